#include "migrations.h"
#include "schema_reviews.h"
#include "schema_notices.h"
#include "schema_replan.h"

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE hubs (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " lat {real} NOT NULL, lon {real} NOT NULL)"),
        QStringLiteral("CREATE TABLE clients (id TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE products (id TEXT PRIMARY KEY, type TEXT NOT NULL,"
                       " description TEXT NOT NULL, model TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE customers (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " street TEXT NOT NULL DEFAULT '', house_number TEXT NOT NULL DEFAULT '',"
                       " postcode TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',"
                       " lat {real} NOT NULL, lon {real} NOT NULL, phone TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT 'nl')"),
        QStringLiteral("CREATE TABLE crew_members (id TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE vehicles (id TEXT PRIMARY KEY, plate TEXT NOT NULL DEFAULT '',"
            " lat {real}, lon {real}, speed_kmh {real}, heading_deg {real}, accuracy_m {real},"
            " position_ts BIGINT NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT '',"
            " status_ts BIGINT NOT NULL DEFAULT 0, status_note TEXT NOT NULL DEFAULT '',"
            " expected_minutes {real}, last_contact_ts BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE routes (id TEXT PRIMARY KEY, day TEXT NOT NULL,"
                       " hub_id TEXT NOT NULL REFERENCES hubs(id),"
                       " vehicle_id TEXT NOT NULL REFERENCES vehicles(id),"
                       " planned_start BIGINT NOT NULL, started_at BIGINT NOT NULL DEFAULT 0,"
                       " finished_at BIGINT NOT NULL DEFAULT 0, geometry TEXT NOT NULL DEFAULT '',"
                       " plan_ts BIGINT NOT NULL, plan_event TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX routes_day ON routes(day)"),
        QStringLiteral("CREATE TABLE route_crew (route_id TEXT NOT NULL REFERENCES routes(id),"
                       " position INTEGER NOT NULL,"
                       " crew_id TEXT NOT NULL REFERENCES crew_members(id),"
                       " PRIMARY KEY (route_id, position))"),
        QStringLiteral(
            "CREATE TABLE stops (id TEXT PRIMARY KEY, route_id TEXT NOT NULL REFERENCES routes(id),"
            " seq INTEGER NOT NULL, in_plan INTEGER NOT NULL DEFAULT 1,"
            " customer_id TEXT NOT NULL REFERENCES customers(id),"
            " client_id TEXT NOT NULL REFERENCES clients(id),"
            " product_id TEXT NOT NULL REFERENCES products(id),"
            " services TEXT NOT NULL DEFAULT '', window_start BIGINT NOT NULL,"
            " window_end BIGINT NOT NULL, planned_arrival BIGINT NOT NULL,"
            " service_min {real} NOT NULL, attempt INTEGER NOT NULL DEFAULT 1,"
            " previous_stop TEXT NOT NULL DEFAULT '', arrived_at BIGINT NOT NULL DEFAULT 0,"
            " completed_at BIGINT NOT NULL DEFAULT 0, outcome TEXT NOT NULL DEFAULT '',"
            " services_done TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
            " state TEXT NOT NULL DEFAULT 'planned')"),
        QStringLiteral("CREATE INDEX stops_route ON stops(route_id, seq)"),
        QStringLiteral("CREATE INDEX stops_customer ON stops(customer_id)"),
        QStringLiteral("CREATE TABLE positions (id {id}, vehicle_id TEXT NOT NULL"
                       " REFERENCES vehicles(id), ts BIGINT NOT NULL, lat {real} NOT NULL,"
                       " lon {real} NOT NULL, speed_kmh {real}, heading_deg {real})"),
        QStringLiteral("CREATE INDEX positions_vehicle_ts ON positions(vehicle_id, ts)"),
        QStringLiteral("CREATE TABLE vehicle_events (id {id}, event_id TEXT NOT NULL,"
                       " vehicle_id TEXT NOT NULL REFERENCES vehicles(id), ts BIGINT NOT NULL,"
                       " status TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
                       " expected_minutes {real})"),
        QStringLiteral("CREATE INDEX vehicle_events_vehicle ON vehicle_events(vehicle_id, ts)"),
        QStringLiteral("CREATE TABLE reviews (id TEXT PRIMARY KEY, stop_id TEXT NOT NULL,"
                       " score INTEGER NOT NULL, comment TEXT NOT NULL DEFAULT '',"
                       " language TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL DEFAULT '',"
                       " received_at BIGINT NOT NULL, source TEXT NOT NULL DEFAULT 'feed')"),
        QStringLiteral("CREATE INDEX reviews_stop ON reviews(stop_id)"),
        QStringLiteral("CREATE INDEX reviews_received ON reviews(received_at)"),
        QStringLiteral("CREATE TABLE weather_warnings (id TEXT PRIMARY KEY, kind TEXT NOT NULL,"
                       " severity TEXT NOT NULL, from_ts BIGINT NOT NULL, to_ts BIGINT NOT NULL,"
                       " area TEXT NOT NULL, issued_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE applied_events (id TEXT PRIMARY KEY, type TEXT NOT NULL,"
                       " ts BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE pending_events (event_id TEXT PRIMARY KEY,"
                       " waits_for TEXT NOT NULL, ts BIGINT NOT NULL, raw TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX pending_events_waits ON pending_events(waits_for)"),
        QStringLiteral("CREATE TABLE rejected_events (id {id}, raw_hash TEXT NOT NULL UNIQUE,"
                       " event_id TEXT NOT NULL DEFAULT '', type TEXT NOT NULL DEFAULT '',"
                       " field TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL, raw TEXT NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '', line_no BIGINT NOT NULL DEFAULT 0,"
                       " received_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log (id {id}, at BIGINT NOT NULL, actor TEXT NOT NULL,"
                       " action TEXT NOT NULL, object_type TEXT NOT NULL,"
                       " object_id TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX audit_log_object ON audit_log(object_type, object_id)"),
    };
}

// The two tables every feed event writes to, keyed for writing: an applied
// event id is stored once, in its key's b-tree (no separate row id), and a
// trail point is stored in (vehicle, time) order, so reading a van's trail
// and adding to it touch one b-tree instead of a table and an index. `seq`
// tells apart two points of a van at the same time (the old row id for
// copied points).
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE applied_events_v2 (id TEXT NOT NULL PRIMARY KEY,"
                       " type TEXT NOT NULL, ts BIGINT NOT NULL){without_rowid}"),
        QStringLiteral("INSERT INTO applied_events_v2 (id, type, ts)"
                       " SELECT id, type, ts FROM applied_events"),
        QStringLiteral("DROP TABLE applied_events"),
        QStringLiteral("ALTER TABLE applied_events_v2 RENAME TO applied_events"),
        QStringLiteral("CREATE TABLE positions_v2 (vehicle_id TEXT NOT NULL"
                       " REFERENCES vehicles(id), ts BIGINT NOT NULL, seq BIGINT NOT NULL,"
                       " lat {real} NOT NULL, lon {real} NOT NULL, speed_kmh {real},"
                       " heading_deg {real}, PRIMARY KEY (vehicle_id, ts, seq)){without_rowid}"),
        QStringLiteral("INSERT INTO positions_v2 (vehicle_id, ts, seq, lat, lon, speed_kmh,"
                       " heading_deg) SELECT vehicle_id, ts, id, lat, lon, speed_kmh, heading_deg"
                       " FROM positions"),
        QStringLiteral("DROP TABLE positions"),
        QStringLiteral("ALTER TABLE positions_v2 RENAME TO positions"),
    };
}

// Alerts: one row per cause (a late stop, a breakdown event, a silence that
// began at a moment, ...), so a cause is never raised twice. The text is made
// when shown, from the kind and the parameters in `detail` (JSON), so it
// follows the user's language.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE alerts (id {id}, cause_key TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL, severity TEXT NOT NULL, day TEXT NOT NULL DEFAULT '',"
                       " route_id TEXT NOT NULL DEFAULT '', stop_id TEXT NOT NULL DEFAULT '',"
                       " vehicle_id TEXT NOT NULL DEFAULT '', raised_at BIGINT NOT NULL,"
                       " updated_at BIGINT NOT NULL, detail TEXT NOT NULL DEFAULT '{}',"
                       " acknowledged_by TEXT NOT NULL DEFAULT '',"
                       " acknowledged_at BIGINT NOT NULL DEFAULT 0,"
                       " resolved_by TEXT NOT NULL DEFAULT '', resolved_at BIGINT NOT NULL DEFAULT 0,"
                       " resolution TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX alerts_open ON alerts(resolved_at, raised_at)"),
        QStringLiteral("CREATE INDEX alerts_route ON alerts(route_id)"),
    };
}

} // namespace

const QVector<Migration> &schemaMigrations()
{
    static const QVector<Migration> migrations = {
        {1, "operation, feed bookkeeping and audit log", version1()},
        {2, "applied event ids and trail points keyed for writing", version2()},
        {3, "alerts, one per cause", version3()},
        {4, "review state, follow-up cases, team wall, import refusals", reviewsSchemaVersion4()},
        {5, "incidents, the notice outbox and its log", noticesSchemaStatements()},
        {6, "moved stops' reason and local changes, requested return visits",
         replanSchemaStatements()},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().constLast().version;
}
