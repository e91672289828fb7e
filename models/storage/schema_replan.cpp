#include "schema_replan.h"

// A moved stop keeps its route and sequence (what happened is history); the
// reason, the dispatcher's note, who moved it and when are stored on it, so
// every view can say "moved: customer not home" without reading the audit log.
//
// local_change_at is the time of the desk's last change to the stop's route,
// order or state. The feed ingester compares it with a plan's time: a plan
// made before the dispatcher's change does not move the stop back.
//
// A return visit with a route is an ordinary stop (attempt + 1, previous_stop
// set). One without a route yet is kept in requested_visits, per day: stops
// need a route (routes need a van and a hub), and a made-up "unplanned" route
// would show up as a van on every board, map and count. When the planning
// system (or the dispatcher) later puts it on a route, it becomes a stop.
QStringList replanSchemaStatements()
{
    return {
        QStringLiteral("ALTER TABLE stops ADD COLUMN moved_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE stops ADD COLUMN moved_note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE stops ADD COLUMN moved_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE stops ADD COLUMN moved_at BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE stops ADD COLUMN local_change_at BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX stops_previous ON stops(previous_stop)"),
        QStringLiteral("CREATE TABLE requested_visits (id TEXT PRIMARY KEY, day TEXT NOT NULL,"
                       " previous_stop TEXT NOT NULL REFERENCES stops(id),"
                       " customer_id TEXT NOT NULL REFERENCES customers(id),"
                       " client_id TEXT NOT NULL REFERENCES clients(id),"
                       " product_id TEXT NOT NULL REFERENCES products(id),"
                       " services TEXT NOT NULL DEFAULT '', window_start BIGINT NOT NULL,"
                       " window_end BIGINT NOT NULL, service_min {real} NOT NULL,"
                       " attempt INTEGER NOT NULL, reason TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL DEFAULT '',"
                       " created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX requested_visits_day ON requested_visits(day, window_start)"),
        QStringLiteral("CREATE INDEX requested_visits_previous ON requested_visits(previous_stop)"),
    };
}
