#include "schema_notices.h"

// An incident is one force-majeure situation with its scope (JSON: stops,
// routes, hubs, postcode prefixes, an area polygon) and time range.
//
// The outbox holds one message per incident and customer: UNIQUE(incident,
// customer) keeps a re-run, a second desk or a restart from queueing a second
// message, and the idempotency key (derived from both) is stored, so a message
// posted again after a crash carries the key the gateway saw before.
//
// The message log records what happened to each message on its stop and its
// customer (queued, edited, sent, failed), for the stop's history and the
// review card.
QStringList noticesSchemaStatements()
{
    return {
        QStringLiteral(
            "CREATE TABLE incidents (id TEXT PRIMARY KEY, kind TEXT NOT NULL,"
            " note TEXT NOT NULL DEFAULT '', scope TEXT NOT NULL DEFAULT '{}',"
            " from_ts BIGINT NOT NULL DEFAULT 0, to_ts BIGINT NOT NULL DEFAULT 0,"
            " state TEXT NOT NULL DEFAULT 'confirmed',"
            " cause_key TEXT NOT NULL DEFAULT '',"
            " created_by TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL,"
            " decided_by TEXT NOT NULL DEFAULT '', decided_at BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX incidents_created ON incidents(created_at)"),
        QStringLiteral(
            "CREATE TABLE notice_outbox (id {id},"
            " incident_id TEXT NOT NULL REFERENCES incidents(id),"
            " customer_id TEXT NOT NULL, stop_id TEXT NOT NULL DEFAULT '',"
            " idempotency_key TEXT NOT NULL UNIQUE, language TEXT NOT NULL DEFAULT 'nl',"
            " channel TEXT NOT NULL DEFAULT '', recipient_name TEXT NOT NULL DEFAULT '',"
            " phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',"
            " text TEXT NOT NULL, edited INTEGER NOT NULL DEFAULT 0,"
            " state TEXT NOT NULL DEFAULT 'queued', attempts INTEGER NOT NULL DEFAULT 0,"
            " next_attempt_at BIGINT NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',"
            " gateway_reason TEXT NOT NULL DEFAULT '', created_at BIGINT NOT NULL,"
            " updated_at BIGINT NOT NULL, sent_at BIGINT NOT NULL DEFAULT 0,"
            " UNIQUE (incident_id, customer_id))"),
        QStringLiteral("CREATE INDEX notice_outbox_due ON notice_outbox(state, next_attempt_at)"),
        QStringLiteral("CREATE TABLE notice_log (id {id}, at BIGINT NOT NULL,"
                       " stop_id TEXT NOT NULL DEFAULT '', customer_id TEXT NOT NULL,"
                       " incident_id TEXT NOT NULL, message_id BIGINT NOT NULL,"
                       " event TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX notice_log_stop ON notice_log(stop_id, at)"),
        QStringLiteral("CREATE INDEX notice_log_customer ON notice_log(customer_id, at)"),
    };
}
