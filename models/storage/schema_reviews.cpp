#include "schema_reviews.h"

QStringList reviewsSchemaVersion4()
{
    return {
        // One row per review that a team lead (or the tagger) touched; a
        // review without a row is unhandled, not starred, cause unknown and
        // not yet tagged. `themes` is a comma-separated cache of
        // review_themes for display; review_themes is what filters use.
        QStringLiteral("CREATE TABLE review_state (review_id TEXT NOT NULL PRIMARY KEY,"
                       " handled INTEGER NOT NULL DEFAULT 0, handled_by TEXT NOT NULL DEFAULT '',"
                       " handled_at BIGINT NOT NULL DEFAULT 0, starred INTEGER NOT NULL DEFAULT 0,"
                       " cause TEXT NOT NULL DEFAULT '', cause_by TEXT NOT NULL DEFAULT '',"
                       " themes TEXT NOT NULL DEFAULT '', tone TEXT NOT NULL DEFAULT '',"
                       " tagged_with TEXT NOT NULL DEFAULT '',"
                       " updated_at BIGINT NOT NULL DEFAULT 0){without_rowid}"),
        QStringLiteral("CREATE INDEX review_state_starred ON review_state(starred, review_id)"),
        QStringLiteral("CREATE INDEX review_state_cause ON review_state(cause, review_id)"),
        QStringLiteral("CREATE TABLE review_themes (review_id TEXT NOT NULL, theme TEXT NOT NULL,"
                       " PRIMARY KEY (review_id, theme)){without_rowid}"),
        QStringLiteral("CREATE INDEX review_themes_theme ON review_themes(theme, review_id)"),
        // A follow-up case per detractor review. due_date is a calendar day
        // (YYYY-MM-DD, company zone): the case is overdue from the day after.
        QStringLiteral("CREATE TABLE review_cases (id {id}, review_id TEXT NOT NULL UNIQUE,"
                       " owner TEXT NOT NULL DEFAULT '', opened_at BIGINT NOT NULL,"
                       " due_date TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'open',"
                       " contacted_at BIGINT NOT NULL DEFAULT 0,"
                       " resolved_at BIGINT NOT NULL DEFAULT 0,"
                       " resolution TEXT NOT NULL DEFAULT '',"
                       " return_stop_id TEXT NOT NULL DEFAULT '',"
                       " updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX review_cases_state ON review_cases(state, due_date)"),
        QStringLiteral("CREATE TABLE review_shares (id {id}, review_id TEXT NOT NULL,"
                       " shared_by TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
                       " shared_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX review_shares_at ON review_shares(shared_at)"),
        QStringLiteral("CREATE INDEX review_shares_review ON review_shares(review_id)"),
        // Rows of an imported file that were refused, kept to be inspected
        // (like rejected feed events); raw_hash keeps a re-import from
        // storing the same refusal twice.
        QStringLiteral("CREATE TABLE review_import_rejects (id {id}, raw_hash TEXT NOT NULL UNIQUE,"
                       " file TEXT NOT NULL DEFAULT '', line_no BIGINT NOT NULL,"
                       " field TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL,"
                       " raw TEXT NOT NULL, received_at BIGINT NOT NULL)"),
        // The inbox reads newest first a page at a time, from the last row
        // shown: (received_at, id) is the key it continues from.
        QStringLiteral("CREATE INDEX reviews_received_id ON reviews(received_at, id)"),
        // Finding the detractors without a case reads this index alone.
        QStringLiteral("CREATE INDEX reviews_detractors ON reviews(received_at, id)"
                       " WHERE score <= 6"),
        // Filtering the inbox by driver starts from the driver's routes and
        // their stops; their reviews' keys are read from this index alone.
        QStringLiteral("CREATE INDEX reviews_stop_received ON reviews(stop_id, received_at, id)"),
        // (route_crew by crew member)
        QStringLiteral("CREATE INDEX route_crew_crew ON route_crew(crew_id, route_id)"),
        // (a route's stop ids without reading the stops)
        QStringLiteral("CREATE INDEX stops_route_id ON stops(route_id, id)"),
    };
}

QStringList reviewsSearchIndexSqlite()
{
    // External content: the comments are stored once, in reviews; the index
    // keeps their words under the review's rowid, and the triggers keep it in
    // step with every insert, update and delete, whoever writes. unicode61
    // with remove_diacritics 2 folds "één", "geïnstalleerd" and "café" so
    // Dutch and English words match with or without accents.
    return {
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS review_fts USING fts5(comment,"
                       " content='reviews', content_rowid='rowid',"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS review_fts_insert AFTER INSERT ON reviews"
                       " BEGIN INSERT INTO review_fts(rowid, comment)"
                       " VALUES (new.rowid, new.comment); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS review_fts_delete AFTER DELETE ON reviews"
                       " BEGIN INSERT INTO review_fts(review_fts, rowid, comment)"
                       " VALUES ('delete', old.rowid, old.comment); END"),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS review_fts_update AFTER UPDATE OF comment"
            " ON reviews BEGIN INSERT INTO review_fts(review_fts, rowid, comment)"
            " VALUES ('delete', old.rowid, old.comment);"
            " INSERT INTO review_fts(rowid, comment) VALUES (new.rowid, new.comment); END"),
    };
}

namespace {

// The crew rows of the reviews of one stop (`stop`: an SQL expression), with
// the crew of route `route`.
QString crewOfStopReviews(const QString &stop, const QString &route)
{
    return QStringLiteral("INSERT OR IGNORE INTO review_crew (crew_id, received_at, review_id)"
                          " SELECT rc.crew_id, r.received_at, r.id FROM reviews r"
                          " JOIN route_crew rc ON rc.route_id = %2 WHERE r.stop_id = %1;")
        .arg(stop, route);
}

} // namespace

QStringList reviewsCrewIndexSqlite()
{
    const QString reviewRows =
        QStringLiteral("INSERT OR IGNORE INTO review_crew (crew_id, received_at, review_id)"
                       " SELECT rc.crew_id, new.received_at, new.id FROM stops s"
                       " JOIN route_crew rc ON rc.route_id = s.route_id WHERE s.id = new.stop_id;");
    const QString dropStopRows = QStringLiteral("DELETE FROM review_crew WHERE review_id IN "
                                                "(SELECT id FROM reviews WHERE stop_id = old.id);");
    // A crew member leaves a route: their rows for its reviews go, unless they
    // are on the route twice (in another position).
    const QString dropMember =
        QStringLiteral("DELETE FROM review_crew WHERE crew_id = old.crew_id AND review_id IN"
                       " (SELECT r.id FROM stops s JOIN reviews r ON r.stop_id = s.id"
                       " WHERE s.route_id = old.route_id) AND NOT EXISTS (SELECT 1 FROM route_crew"
                       " WHERE route_id = old.route_id AND crew_id = old.crew_id);");
    const QString addMember = QStringLiteral(
        "INSERT OR IGNORE INTO review_crew (crew_id, received_at, review_id)"
        " SELECT new.crew_id, r.received_at, r.id FROM stops s JOIN reviews r ON r.stop_id = s.id"
        " WHERE s.route_id = new.route_id;");
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS review_crew (crew_id TEXT NOT NULL,"
                       " received_at INTEGER NOT NULL, review_id TEXT NOT NULL,"
                       " PRIMARY KEY (crew_id, received_at, review_id)) WITHOUT ROWID"),
        // (a review's rows, for the triggers that take them away)
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS review_crew_review ON review_crew(review_id, crew_id)"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS review_crew_review_insert AFTER INSERT ON"
                       " reviews BEGIN ") +
            reviewRows + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS review_crew_review_delete AFTER DELETE ON"
                       " reviews BEGIN DELETE FROM review_crew WHERE review_id = old.id; END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS review_crew_review_update AFTER UPDATE OF id,"
                       " stop_id, received_at ON reviews BEGIN"
                       " DELETE FROM review_crew WHERE review_id = old.id; ") +
            reviewRows + QStringLiteral(" END"),
        // A stop's plan arrives after its review (an imported review, another
        // day loaded later), or a re-plan moves it to another route.
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS review_crew_stop_insert AFTER INSERT ON stops"
                       " BEGIN ") +
            crewOfStopReviews(QStringLiteral("new.id"), QStringLiteral("new.route_id")) +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS review_crew_stop_update AFTER UPDATE OF id,"
                       " route_id ON stops WHEN old.route_id IS NOT new.route_id"
                       " OR old.id IS NOT new.id BEGIN ") +
            dropStopRows +
            crewOfStopReviews(QStringLiteral("new.id"), QStringLiteral("new.route_id")) +
            QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS review_crew_stop_delete AFTER DELETE ON stops"
                       " BEGIN ") +
            dropStopRows + QStringLiteral(" END"),
        // A route's crew changes (a later plan names other people).
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS review_crew_member_insert AFTER INSERT ON"
                       " route_crew BEGIN ") +
            addMember + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS review_crew_member_delete AFTER DELETE ON"
                       " route_crew BEGIN ") +
            dropMember + QStringLiteral(" END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS review_crew_member_update AFTER UPDATE OF"
                       " route_id, crew_id ON route_crew BEGIN ") +
            dropMember + addMember + QStringLiteral(" END"),
    };
}

QString reviewsCrewIndexFillSqlite()
{
    // In key order, so the rows are appended to the table's b-tree.
    return QStringLiteral("INSERT OR IGNORE INTO review_crew (crew_id, received_at, review_id)"
                          " SELECT rc.crew_id, r.received_at, r.id FROM reviews r"
                          " JOIN stops s ON s.id = r.stop_id"
                          " JOIN route_crew rc ON rc.route_id = s.route_id"
                          " ORDER BY rc.crew_id, r.received_at, r.id");
}

namespace {

// Writes the facts of the reviews that `condition` selects (over reviews r)
// again, from their stop, route, product and state.
QString refreshFacts(const QString &condition)
{
    return QStringLiteral(
               "INSERT OR REPLACE INTO review_facts (received_at, review_id, score, hub_id,"
               " client_id, product_type, handled, starred) SELECT r.received_at, r.id, r.score,"
               " COALESCE(rt.hub_id, ''), COALESCE(s.client_id, ''), COALESCE(p.type, ''),"
               " COALESCE(st.handled, 0), COALESCE(st.starred, 0) FROM reviews r"
               " LEFT JOIN stops s ON s.id = r.stop_id LEFT JOIN routes rt ON rt.id = s.route_id"
               " LEFT JOIN products p ON p.id = s.product_id"
               " LEFT JOIN review_state st ON st.review_id = r.id WHERE %1;")
        .arg(condition);
}

QString trigger(const char *name, const char *event, const QString &body)
{
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 %2 BEGIN %3 END")
        .arg(QLatin1String(name), QLatin1String(event), body);
}

} // namespace

QStringList reviewsFactsSqlite()
{
    const QString ofStopsOfRoute = QStringLiteral(
        "r.stop_id IN (SELECT id FROM stops WHERE route_id IN (old.id, new.id))");
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS review_facts (received_at INTEGER NOT NULL,"
                       " review_id TEXT NOT NULL, score INTEGER NOT NULL, hub_id TEXT NOT NULL,"
                       " client_id TEXT NOT NULL, product_type TEXT NOT NULL,"
                       " handled INTEGER NOT NULL, starred INTEGER NOT NULL,"
                       " PRIMARY KEY (received_at, review_id)) WITHOUT ROWID"),
        QStringLiteral("DELETE FROM review_facts"),
        // In key order, so the rows are appended to the table's b-tree.
        refreshFacts(QStringLiteral("1 ORDER BY r.received_at, r.id")).chopped(1),
        QStringLiteral(
            "CREATE UNIQUE INDEX IF NOT EXISTS review_facts_review ON review_facts(review_id)"),
        // Each carries the other columns a filter checks, in this order after
        // the key so that a page is still read in (received_at, id) order.
        QStringLiteral("CREATE INDEX IF NOT EXISTS review_facts_client ON review_facts(client_id,"
                       " received_at, review_id, hub_id, product_type, score, handled)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS review_facts_hub ON review_facts(hub_id,"
                       " received_at, review_id, client_id, product_type, score, handled)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS review_facts_product ON"
                       " review_facts(product_type, received_at, review_id, hub_id, client_id,"
                       " score, handled)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS review_facts_unhandled ON"
                       " review_facts(received_at, review_id) WHERE handled = 0"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS review_facts_starred ON"
                       " review_facts(received_at, review_id) WHERE starred = 1"),
        trigger("review_facts_review_insert", "AFTER INSERT ON reviews",
                refreshFacts(QStringLiteral("r.id = new.id"))),
        trigger("review_facts_review_delete", "AFTER DELETE ON reviews",
                QStringLiteral("DELETE FROM review_facts WHERE review_id = old.id;")),
        trigger("review_facts_review_update",
                "AFTER UPDATE OF id, stop_id, score, received_at ON reviews",
                QStringLiteral("DELETE FROM review_facts WHERE review_id = old.id;") +
                    refreshFacts(QStringLiteral("r.id = new.id"))),
        // A stop's plan arrives after its review, a re-plan moves it, its
        // client or product is corrected, or it is taken away.
        trigger("review_facts_stop_insert", "AFTER INSERT ON stops",
                refreshFacts(QStringLiteral("r.stop_id = new.id"))),
        trigger("review_facts_stop_update",
                "AFTER UPDATE OF id, route_id, client_id, product_id ON stops WHEN"
                " old.id IS NOT new.id OR old.route_id IS NOT new.route_id"
                " OR old.client_id IS NOT new.client_id OR old.product_id IS NOT new.product_id",
                refreshFacts(QStringLiteral("r.stop_id IN (old.id, new.id)"))),
        trigger("review_facts_stop_delete", "AFTER DELETE ON stops",
                refreshFacts(QStringLiteral("r.stop_id = old.id"))),
        // A route moves to another hub; a product's type is corrected. (No
        // insert triggers: a stop can only name a route or product that is
        // already there.)
        trigger("review_facts_route_update",
                "AFTER UPDATE OF id, hub_id ON routes WHEN old.id IS NOT new.id"
                " OR old.hub_id IS NOT new.hub_id",
                refreshFacts(ofStopsOfRoute)),
        trigger("review_facts_route_delete", "AFTER DELETE ON routes",
                refreshFacts(QStringLiteral(
                    "r.stop_id IN (SELECT id FROM stops WHERE route_id = old.id)"))),
        trigger("review_facts_product_update",
                "AFTER UPDATE OF id, type ON products WHEN old.id IS NOT new.id"
                " OR old.type IS NOT new.type",
                refreshFacts(QStringLiteral("r.stop_id IN (SELECT id FROM stops"
                                            " WHERE product_id IN (old.id, new.id))"))),
        trigger("review_facts_product_delete", "AFTER DELETE ON products",
                refreshFacts(QStringLiteral(
                    "r.stop_id IN (SELECT id FROM stops WHERE product_id = old.id)"))),
        // What the desk marks.
        trigger("review_facts_state_insert", "AFTER INSERT ON review_state",
                QStringLiteral("UPDATE review_facts SET handled = new.handled,"
                               " starred = new.starred WHERE review_id = new.review_id;")),
        trigger("review_facts_state_delete", "AFTER DELETE ON review_state",
                QStringLiteral("UPDATE review_facts SET handled = 0, starred = 0"
                               " WHERE review_id = old.review_id;")),
        // The last statement: the store checks for it to know the table is
        // complete (everything is made in one transaction).
        trigger("review_facts_state_update",
                "AFTER UPDATE OF review_id, handled, starred ON review_state",
                QStringLiteral("UPDATE review_facts SET handled = 0, starred = 0"
                               " WHERE review_id = old.review_id;"
                               " UPDATE review_facts SET handled = new.handled,"
                               " starred = new.starred WHERE review_id = new.review_id;")),
    };
}
