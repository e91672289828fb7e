#include "reviewstore.h"

#include "reviewstoresql.h"

#include "core/entities.h"
#include "core/timeformat.h"
#include "storage/database.h"
#include "storage/schema_reviews.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QTimeZone>
#include <algorithm>
#include <limits>

using namespace ReviewStoreSql;

namespace {

// The columns select() reads, in order.
enum Col {
    ColId,
    ColStop,
    ColScore,
    ColComment,
    ColLanguage,
    ColChannel,
    ColSource,
    ColReceived,
    ColRoute,
    ColHub,
    ColClient,
    ColClientName,
    ColProductType,
    ColCrew,
    ColHandled,
    ColStarred,
    ColCause,
    ColThemes,
    ColTone,
    ColHighlight
};

// A driver's reviews and their facts, walked along review_crew's key.
const char *const crewFrom =
    " FROM review_crew k CROSS JOIN review_facts f ON f.received_at = k.received_at"
    " AND f.review_id = k.review_id";

const char *const joins =
    " FROM reviews r LEFT JOIN stops s ON s.id = r.stop_id"
    " LEFT JOIN routes rt ON rt.id = s.route_id LEFT JOIN clients c ON c.id = s.client_id"
    " LEFT JOIN products p ON p.id = s.product_id"
    " LEFT JOIN review_state st ON st.review_id = r.id";

// The joins a page's keys need for `clauses`: only the tables they read.
QString keyJoins(const QStringList &clauses)
{
    const QString conditions = clauses.join(QLatin1Char(' '));
    const bool needStops = conditions.contains(QLatin1String("s.")) ||
                           conditions.contains(QLatin1String("rt.")) ||
                           conditions.contains(QLatin1String("p."));
    QString joins;
    if (needStops)
        joins += QStringLiteral(" LEFT JOIN stops s ON s.id = r.stop_id");
    if (conditions.contains(QLatin1String("rt.")))
        joins += QStringLiteral(" LEFT JOIN routes rt ON rt.id = s.route_id");
    if (conditions.contains(QLatin1String("p.")))
        joins += QStringLiteral(" LEFT JOIN products p ON p.id = s.product_id");
    if (conditions.contains(QLatin1String("st.")))
        joins += QStringLiteral(" LEFT JOIN review_state st ON st.review_id = r.id");
    return joins;
}

// The same over review_facts f: the state for a cause, the review for a
// search text.
QString factJoins(const QStringList &clauses)
{
    const QString conditions = clauses.join(QLatin1Char(' '));
    QString joins;
    if (conditions.contains(QLatin1String("st.")))
        joins += QStringLiteral(" LEFT JOIN review_state st ON st.review_id = f.review_id");
    if (conditions.contains(QLatin1String("r.rowid")))
        joins += QStringLiteral(" JOIN reviews r ON r.id = f.review_id");
    return joins;
}

bool hasSearchWords(const ReviewFilter &filter)
{
    return !Reviews::searchWords(filter.searchText).isEmpty();
}

QString where(const QStringList &clauses)
{
    return clauses.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + clauses.join(QLatin1String(" AND "));
}

// A comment with FTS5 highlight() markers (\x01 before a match, \x02 after)
// into the plain comment and the matched ranges.
void takeHighlights(const QString &marked, ReviewRow &row)
{
    QString plain;
    plain.reserve(marked.size());
    int start = -1;
    for (QChar c : marked) {
        if (c == QChar(1)) {
            start = int(plain.size());
        } else if (c == QChar(2)) {
            if (start >= 0 && plain.size() > start)
                row.highlights.append({start, int(plain.size()) - start});
            start = -1;
        } else {
            plain.append(c);
        }
    }
    row.comment = plain;
}

} // namespace

ReviewCaseError::ReviewCaseError(const QString &message)
    : std::runtime_error(message.toStdString())
{}

ReviewStore::ReviewStore(Database &db)
    : m_db(db)
    , m_sqlite(db.isSqlite())
{
    if (!m_sqlite)
        return;
    auto exists = [this](const char *name) {
        QSqlQuery probe(m_db.connection());
        probe.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
        probe.addBindValue(QString::fromLatin1(name));
        if (!probe.exec())
            throw StoreError(
                tr("Cannot look for the review indexes: %1").arg(probe.lastError().text()));
        return probe.next();
    };
    if (!exists("review_fts")) {
        Transaction transaction(m_db);
        for (const QString &statement : reviewsSearchIndexSqlite())
            m_db.exec(statement);
        m_db.exec(QStringLiteral("INSERT INTO review_fts(review_fts) VALUES ('rebuild')"));
        transaction.commit();
    }
    // The last trigger made: the table, its index and every trigger are made
    // and filled in one transaction, so the table is complete once it is there.
    if (!exists("review_crew_member_update")) {
        Transaction transaction(m_db);
        for (const QString &statement : reviewsCrewIndexSqlite())
            m_db.exec(statement);
        m_db.exec(QStringLiteral("DELETE FROM review_crew"));
        m_db.exec(reviewsCrewIndexFillSqlite());
        transaction.commit();
    }
    // The same for the filter columns (the last trigger made).
    if (!exists("review_facts_state_update")) {
        Transaction transaction(m_db);
        for (const QString &statement : reviewsFactsSqlite())
            m_db.exec(statement);
        transaction.commit();
    }
}

ReviewStore::~ReviewStore() = default;

void ReviewStore::rebuildSearchIndex()
{
    if (!m_sqlite)
        return;
    Transaction transaction(m_db);
    m_db.exec(QStringLiteral("INSERT INTO review_fts(review_fts) VALUES ('rebuild')"));
    transaction.commit();
}

QSqlQuery &ReviewStore::query(const QString &statement)
{
    auto it = m_queries.find(statement);
    if (it != m_queries.end()) {
        it->finish();
        return *it;
    }
    QString sql = m_db.sql(statement);
    if (!m_sqlite)
        sql.replace(QLatin1String("group_concat("), QLatin1String("string_agg("));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StoreError(
            tr("Cannot prepare a statement: %1\n%2").arg(q.lastError().text(), statement));
    return *m_queries.insert(statement, q);
}

QVector<ReviewRow> ReviewStore::select(const QString &whereSql, const QVariantList &values,
                                       const QString &tail, int commentChars, bool highlight)
{
    const QString comment = commentChars > 0
                                ? QStringLiteral("substr(r.comment, 1, %1)").arg(commentChars)
                                : QStringLiteral("r.comment");
    QString statement =
        QStringLiteral(
            "SELECT r.id, r.stop_id, r.score, %1, r.language, r.channel, r.source,"
            " r.received_at, s.route_id, rt.hub_id, s.client_id, c.name, p.type,"
            " (SELECT group_concat(cm.name, ', ') FROM route_crew rc"
            " JOIN crew_members cm ON cm.id = rc.crew_id WHERE rc.route_id = s.route_id),"
            " st.handled, st.starred, st.cause, st.themes, st.tone")
            .arg(comment);
    if (highlight)
        statement += QStringLiteral(", highlight(review_fts, 0, char(1), char(2))"
                                    " FROM review_fts f JOIN reviews r ON r.rowid = f.rowid"
                                    " LEFT JOIN stops s ON s.id = r.stop_id"
                                    " LEFT JOIN routes rt ON rt.id = s.route_id"
                                    " LEFT JOIN clients c ON c.id = s.client_id"
                                    " LEFT JOIN products p ON p.id = s.product_id"
                                    " LEFT JOIN review_state st ON st.review_id = r.id");
    else
        statement += QLatin1String(joins);
    statement += whereSql + tail;
    QSqlQuery &q = query(statement);
    bindAll(q, values);
    Database::run(q);
    QVector<ReviewRow> rows;
    while (q.next()) {
        ReviewRow row;
        row.id = q.value(ColId).toString();
        row.stopId = q.value(ColStop).toString();
        row.score = q.value(ColScore).toInt();
        row.comment = q.value(ColComment).toString();
        row.language = q.value(ColLanguage).toString();
        row.channel = q.value(ColChannel).toString();
        row.source = q.value(ColSource).toString();
        row.receivedAt = q.value(ColReceived).toLongLong();
        row.routeId = q.value(ColRoute).toString();
        row.hubId = q.value(ColHub).toString();
        row.clientId = q.value(ColClient).toString();
        row.clientName = q.value(ColClientName).toString();
        row.productType = q.value(ColProductType).toString();
        row.crew = q.value(ColCrew).toString();
        row.handled = q.value(ColHandled).toInt() != 0;
        row.starred = q.value(ColStarred).toInt() != 0;
        row.cause =
            Reviews::causeFromKey(q.value(ColCause).toString()).value_or(Reviews::Cause::Unknown);
        const QString themes = q.value(ColThemes).toString();
        if (!themes.isEmpty())
            row.themes = themes.split(QLatin1Char(','));
        row.tone = q.value(ColTone).toString();
        if (highlight)
            takeHighlights(q.value(ColHighlight).toString(), row);
        rows.append(row);
    }
    q.finish();
    return rows;
}

QVector<ReviewRow> ReviewStore::page(const ReviewFilter &filter,
                                     const std::optional<PageKey> &after, int limit,
                                     int commentChars)
{
    if (m_sqlite && !filter.crewId.isEmpty())
        return crewPage(filter, after, limit, commentChars);
    if (m_sqlite && !hasSearchWords(filter))
        return factsPage(filter, after, limit, commentChars);
    Reviews::SqlConditions c = Reviews::filterConditions(
        filter, m_sqlite, themeLookupFor(filter.theme), searchLookupFor(filter.searchText));
    if (after) {
        c.clauses.append(QStringLiteral("(r.received_at, r.id) < (?, ?)"));
        c.values.append(after->receivedAt);
        c.values.append(text(after->id));
    }
    c.values.append(limit);
    // The page's keys first, then their columns: SQLite works out every
    // selected column before it sorts, so a filter that gathers many rows to
    // sort (a driver's reviews, the comments with a word) would otherwise
    // look up the crew, client and product of all of them, not of one page.
    // Only the tables the filter reads are joined for the keys.
    const QString keys = QStringLiteral(" WHERE r.id IN (SELECT r.id FROM reviews r") +
                         keyJoins(c.clauses) + where(c.clauses) +
                         QStringLiteral(" ORDER BY r.received_at DESC, r.id DESC LIMIT ?)");
    return select(keys, c.values, QStringLiteral(" ORDER BY r.received_at DESC, r.id DESC"),
                  commentChars);
}

Reviews::Lookup ReviewStore::themeLookupFor(const QString &theme)
{
    // In a store of a million reviews, a theme of 20,000 reviews or more is
    // in 1 review in 50 or more, so walking the inbox newest first reaches a
    // page after ~25,000 reviews (a few ms); a rarer theme's reviews are
    // gathered and sorted (under ~50 ms). Counting up to commonTheme entries to
    // choose costs a few ms. (A walk is slower when a common theme's reviews
    // are all old; a much larger store would want the fraction, not a count.)
    if (theme.isEmpty())
        return Reviews::Lookup::List;
    return themeCount(theme) >= commonTheme ? Reviews::Lookup::PerRow : Reviews::Lookup::List;
}

qint64 ReviewStore::themeCount(const QString &theme)
{
    QSqlQuery &q = query(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM review_themes"
                                        " WHERE theme = ? LIMIT ?)"));
    bindAll(q, {text(theme), commonTheme});
    Database::run(q);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Reviews::Lookup ReviewStore::searchLookupFor(const QString &searchText)
{
    // Walking the inbox newest first costs at most a scan of its index
    // (about 60 ms for a million reviews) and a few ms when the words are
    // common; gathering and sorting the matches costs about 2.5 us each.
    constexpr int common = 2000;
    const QString match = Reviews::ftsQuery(searchText);
    if (!m_sqlite || match.isEmpty())
        return Reviews::Lookup::List;
    QSqlQuery &q = query(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM review_fts"
                                        " WHERE review_fts MATCH ? LIMIT ?)"));
    bindAll(q, {match, common});
    Database::run(q);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n >= common ? Reviews::Lookup::PerRow : Reviews::Lookup::List;
}

QVector<ReviewRow> ReviewStore::crewPage(const ReviewFilter &filter,
                                         const std::optional<PageKey> &after, int limit,
                                         int commentChars)
{
    // A driver's reviews newest first straight from review_crew's key
    // (crew member, received_at, review): the page is the next `limit` rows
    // of that index that pass the other conditions, with no sort. CROSS JOIN
    // keeps review_crew the outer loop, so SQLite walks the index in order.
    ReviewFilter rest = filter;
    rest.crewId.clear();
    // The driver's reviews are walked newest first: a theme is checked per
    // row, the other filters from the review's facts (one lookup by key).
    Reviews::SqlConditions c = Reviews::factConditions(rest, Reviews::Lookup::PerRow);
    c.clauses.prepend(QStringLiteral("k.crew_id = ?"));
    c.values.prepend(text(filter.crewId));
    if (after) {
        c.clauses.append(QStringLiteral("(k.received_at, k.review_id) < (?, ?)"));
        c.values.append(after->receivedAt);
        c.values.append(text(after->id));
    }
    c.values.append(limit);
    const QString keys =
        QStringLiteral(" WHERE r.id IN (SELECT k.review_id") + QLatin1String(crewFrom) +
        factJoins(c.clauses) + where(c.clauses) +
        QStringLiteral(" ORDER BY k.received_at DESC, k.review_id DESC LIMIT ?)");
    return select(keys, c.values, QStringLiteral(" ORDER BY r.received_at DESC, r.id DESC"),
                  commentChars);
}

ReviewStore::FactsPlan ReviewStore::factsPlan(const ReviewFilter &f)
{
    // The condition with the fewest reviews drives: its index is walked
    // newest first and every other condition is checked on the way (inside
    // the index for hub, client, product type, score and handled). Walking
    // stops after a page, and at worst reads that condition's reviews once.
    // Ties (every count at the cap) go to the first in this order: there are
    // usually more clients than product types than hubs, and starred is rare.
    FactsPlan plan{QStringLiteral(" FROM review_facts f"), QString(), Reviews::Lookup::PerRow};
    qint64 fewest = std::numeric_limits<qint64>::max();
    // With one candidate and no theme there is nothing to weigh (no count).
    const int candidates = int(!f.clientId.isEmpty()) + int(!f.productType.isEmpty()) +
                           int(!f.hubId.isEmpty()) + int(f.starredOnly) + int(f.unhandledOnly);
    const bool weigh = candidates > 1 || !f.theme.isEmpty();
    auto consider = [&](const char *driver, const char *index, const QString &condition,
                        const QString &value) {
        const qint64 n = weigh ? estimate(QLatin1String(index), condition, value) : 0;
        if (n < fewest) {
            fewest = n;
            plan.driver = QLatin1String(driver);
            plan.from = QStringLiteral(" FROM review_facts f INDEXED BY ") + QLatin1String(index);
        }
    };
    if (!f.clientId.isEmpty())
        consider("client", "review_facts_client", QStringLiteral("client_id = ?"), f.clientId);
    if (!f.productType.isEmpty())
        consider("product", "review_facts_product", QStringLiteral("product_type = ?"),
                 f.productType);
    if (!f.hubId.isEmpty())
        consider("hub", "review_facts_hub", QStringLiteral("hub_id = ?"), f.hubId);
    if (f.starredOnly)
        consider("starred", "review_facts_starred", QStringLiteral("starred = 1"), {});
    if (f.unhandledOnly)
        consider("unhandled", "review_facts_unhandled", QStringLiteral("handled = 0"), {});
    // A rare theme's reviews are gathered by id and sorted (fewer than
    // commonTheme); a common one is checked per review along the walk.
    if (!f.theme.isEmpty()) {
        const qint64 n = themeCount(f.theme);
        if (n < commonTheme && n < fewest) {
            plan.driver = QStringLiteral("theme");
            plan.from = QStringLiteral(" FROM review_facts f INDEXED BY review_facts_review");
            plan.theme = Reviews::Lookup::List;
        }
    }
    return plan;
}

qint64 ReviewStore::estimate(const QString &index, const QString &condition, const QString &value)
{
    // Counted up to `cap` entries of the index and kept for a while: the
    // estimate only chooses the plan, never the rows, so a stale one costs
    // time, not correctness. The cap finds the rare conditions (those are
    // worth walking); above it the fixed order of factsPlan decides. Counting
    // up to 100,000 instead took 130 ms for a hub and the unhandled reviews
    // the first time (1,000,000 reviews); up to 20,000 is a few ms.
    constexpr int cap = 20000;
    constexpr qint64 keepMs = 10 * 60 * 1000;
    const QString key = index + QLatin1Char('\x1f') + value;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto it = m_estimates.constFind(key);
    if (it != m_estimates.constEnd() && now - it->second < keepMs)
        return it->first;
    QSqlQuery &q =
        query(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM review_facts INDEXED BY %1"
                             " WHERE %2 LIMIT ?)")
                  .arg(index, condition));
    QVariantList values;
    if (!value.isNull())
        values.append(value);
    values.append(cap);
    bindAll(q, values);
    Database::run(q);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    m_estimates.insert(key, {n, now});
    return n;
}

QVector<ReviewRow> ReviewStore::factsPage(const ReviewFilter &filter,
                                          const std::optional<PageKey> &after, int limit,
                                          int commentChars)
{
    const FactsPlan plan = factsPlan(filter);
    Reviews::SqlConditions c = Reviews::factConditions(filter, plan.theme, plan.driver);
    if (after) {
        c.clauses.append(QStringLiteral("(f.received_at, f.review_id) < (?, ?)"));
        c.values.append(after->receivedAt);
        c.values.append(text(after->id));
    }
    c.values.append(limit);
    const QString keys =
        QStringLiteral(" WHERE r.id IN (SELECT f.review_id") + plan.from + factJoins(c.clauses) +
        where(c.clauses) +
        QStringLiteral(" ORDER BY f.received_at DESC, f.review_id DESC LIMIT ?)");
    return select(keys, c.values, QStringLiteral(" ORDER BY r.received_at DESC, r.id DESC"),
                  commentChars);
}

QVector<ReviewRow> ReviewStore::rowsWithIds(const ReviewFilter &filter, const QStringList &ids,
                                            int commentChars)
{
    QVector<ReviewRow> rows;
    // In chunks, so the statement (and its cached form) stays small.
    constexpr int chunk = 64;
    for (int i = 0; i < ids.size(); i += chunk) {
        const QStringList part = ids.mid(i, chunk);
        Reviews::SqlConditions c = Reviews::filterConditions(filter, m_sqlite);
        QStringList marks;
        for (const QString &id : part) {
            marks.append(QStringLiteral("?"));
            c.values.append(text(id));
        }
        c.clauses.append(QStringLiteral("r.id IN (%1)").arg(marks.join(QLatin1Char(','))));
        rows += select(where(c.clauses), c.values, QString(), commentChars);
    }
    std::sort(rows.begin(), rows.end(), [](const ReviewRow &a, const ReviewRow &b) {
        return a.receivedAt != b.receivedAt ? a.receivedAt > b.receivedAt : a.id > b.id;
    });
    return rows;
}

std::optional<ReviewRow> ReviewStore::review(const QString &id)
{
    const QVector<ReviewRow> rows = select(QStringLiteral(" WHERE r.id = ?"), {text(id)}, {}, 0);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

qint64 ReviewStore::count(const ReviewFilter &filter)
{
    Reviews::SqlConditions c;
    QString from;
    if (m_sqlite && !filter.crewId.isEmpty()) {
        ReviewFilter rest = filter;
        rest.crewId.clear();
        c = Reviews::factConditions(rest, Reviews::Lookup::PerRow);
        c.clauses.prepend(QStringLiteral("k.crew_id = ?"));
        c.values.prepend(text(filter.crewId));
        from = QLatin1String(crewFrom) + factJoins(c.clauses);
    } else if (m_sqlite && !hasSearchWords(filter)) {
        const FactsPlan plan = factsPlan(filter);
        c = Reviews::factConditions(filter, plan.theme, plan.driver);
        from = plan.from + factJoins(c.clauses);
    } else {
        c = Reviews::filterConditions(filter, m_sqlite);
        from = QLatin1String(joins);
    }
    QSqlQuery &q = query(QStringLiteral("SELECT count(*)") + from + where(c.clauses));
    bindAll(q, c.values);
    Database::run(q);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

QVector<ReviewRow> ReviewStore::search(const QString &text, int limit, const ReviewFilter &filter)
{
    const QString match = Reviews::ftsQuery(text);
    if (match.isEmpty())
        return {};
    ReviewFilter rest = filter;
    rest.searchText.clear();
    if (!m_sqlite) {
        rest.searchText = text;
        QVector<ReviewRow> rows = page(rest, std::nullopt, limit);
        for (ReviewRow &row : rows)
            row.highlights = Reviews::highlightRanges(row.comment, text);
        return rows;
    }
    Reviews::SqlConditions c = Reviews::filterConditions(rest, m_sqlite);
    c.clauses.prepend(QStringLiteral("review_fts MATCH ?"));
    c.values.prepend(match);
    c.values.append(limit);
    // Newest stored first: FTS5 walks its matches in row id order and stops
    // after `limit`, instead of sorting every match of a common word.
    return select(where(c.clauses), c.values, QStringLiteral(" ORDER BY f.rowid DESC LIMIT ?"), 0,
                  true);
}

// --- what the desk adds

void ReviewStore::ensureState(const QString &reviewId, qint64 at)
{
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO review_state (review_id, updated_at) VALUES (?, ?) ON CONFLICT (review_id)"
        " DO NOTHING"));
    bindAll(q, {text(reviewId), at});
    Database::run(q);
}

void ReviewStore::audit(const QString &actor, const QString &action, const QString &objectType,
                        const QString &objectId, const QString &detail, qint64 at)
{
    QSqlQuery &q = query(QStringLiteral("INSERT INTO audit_log (at, actor, action, object_type,"
                                        " object_id, detail) VALUES (?, ?, ?, ?, ?, ?)"));
    bindAll(q, {at, text(actor), text(action), text(objectType), text(objectId), text(detail)});
    Database::run(q);
}

void ReviewStore::setHandled(const QString &reviewId, bool handled, const QString &actor, qint64 at)
{
    Transaction transaction(m_db);
    ensureState(reviewId, at);
    QSqlQuery &q = query(QStringLiteral("UPDATE review_state SET handled = ?, handled_by = ?,"
                                        " handled_at = ?, updated_at = ? WHERE review_id = ?"));
    bindAll(q, {handled ? 1 : 0, text(handled ? actor : QString()), handled ? at : 0, at,
                text(reviewId)});
    Database::run(q);
    audit(actor, handled ? QStringLiteral("review.handled") : QStringLiteral("review.unhandled"),
          QStringLiteral("review"), reviewId, {}, at);
    transaction.commit();
}

void ReviewStore::setStarred(const QString &reviewId, bool starred, const QString &actor, qint64 at)
{
    Transaction transaction(m_db);
    ensureState(reviewId, at);
    QSqlQuery &q = query(
        QStringLiteral("UPDATE review_state SET starred = ?, updated_at = ? WHERE review_id = ?"));
    bindAll(q, {starred ? 1 : 0, at, text(reviewId)});
    Database::run(q);
    audit(actor, starred ? QStringLiteral("review.starred") : QStringLiteral("review.unstarred"),
          QStringLiteral("review"), reviewId, {}, at);
    transaction.commit();
}

void ReviewStore::setCause(const QString &reviewId, Reviews::Cause cause, const QString &actor,
                           qint64 at)
{
    Transaction transaction(m_db);
    ensureState(reviewId, at);
    QSqlQuery &q = query(QStringLiteral("UPDATE review_state SET cause = ?, cause_by = ?,"
                                        " updated_at = ? WHERE review_id = ?"));
    bindAll(q, {text(Reviews::causeKey(cause)), text(actor), at, text(reviewId)});
    Database::run(q);
    audit(actor, QStringLiteral("review.cause"), QStringLiteral("review"), reviewId,
          Reviews::causeKey(cause), at);
    transaction.commit();
}

void ReviewStore::setThemes(const QString &reviewId, const QStringList &themes, const QString &tone,
                            const QString &taggedWith, qint64 at)
{
    Transaction transaction(m_db);
    writeThemes({reviewId, themes, tone}, taggedWith, at);
    transaction.commit();
}

void ReviewStore::setThemes(const QVector<Tagging> &taggings, const QString &taggedWith, qint64 at)
{
    Transaction transaction(m_db);
    for (const Tagging &t : taggings)
        writeThemes(t, taggedWith, at);
    transaction.commit();
}

void ReviewStore::writeThemes(const Tagging &t, const QString &taggedWith, qint64 at)
{
    ensureState(t.reviewId, at);
    QSqlQuery &q = query(QStringLiteral("UPDATE review_state SET themes = ?, tone = ?,"
                                        " tagged_with = ?, updated_at = ? WHERE review_id = ?"));
    bindAll(q, {text(t.themes.join(QLatin1Char(','))), text(t.tone), text(taggedWith), at,
                text(t.reviewId)});
    Database::run(q);
    QSqlQuery &del = query(QStringLiteral("DELETE FROM review_themes WHERE review_id = ?"));
    bindAll(del, {text(t.reviewId)});
    Database::run(del);
    QSqlQuery &add = query(QStringLiteral(
        "INSERT INTO review_themes (review_id, theme) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QString &theme : t.themes) {
        bindAll(add, {text(t.reviewId), text(theme)});
        Database::run(add);
    }
}

QVector<ReviewStore::Untagged> ReviewStore::untagged(const QString &taggedWith, int limit)
{
    QSqlQuery &q = query(QStringLiteral(
        "SELECT r.id, r.comment, r.language, r.score FROM reviews r"
        " LEFT JOIN review_state st ON st.review_id = r.id"
        " WHERE COALESCE(st.tagged_with, '') <> ? ORDER BY r.received_at DESC, r.id DESC LIMIT ?"));
    bindAll(q, {text(taggedWith), limit});
    Database::run(q);
    QVector<Untagged> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt()});
    q.finish();
    return out;
}

// --- import

bool ReviewStore::hasReview(const QString &id)
{
    QSqlQuery &q = query(QStringLiteral("SELECT 1 FROM reviews WHERE id = ?"));
    bindAll(q, {text(id)});
    Database::run(q);
    const bool found = q.next();
    q.finish();
    return found;
}

bool ReviewStore::addReview(const Review &r, const QString &source)
{
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO reviews (id, stop_id, score, comment, language, channel, received_at, source)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    bindAll(q, {text(r.id), text(r.stopId), r.score, text(r.comment), text(r.language),
                text(r.channel), r.receivedAt, text(source)});
    Database::run(q);
    return q.numRowsAffected() > 0;
}

bool ReviewStore::stopExists(const QString &stopId)
{
    QSqlQuery &q = query(QStringLiteral("SELECT 1 FROM stops WHERE id = ?"));
    bindAll(q, {text(stopId)});
    Database::run(q);
    const bool found = q.next();
    q.finish();
    return found;
}

bool ReviewStore::keepRejectedRow(const QString &file, qint64 lineNo, const QString &field,
                                  const QString &reason, const QString &raw, qint64 at)
{
    // The same row refused for the same reason is one refusal, wherever the
    // file was read from (a re-import of the file keeps no second copy).
    const QByteArray hash = QCryptographicHash::hash(
        (QString::number(lineNo) + QLatin1Char('\n') + reason + QLatin1Char('\n') + raw).toUtf8(),
        QCryptographicHash::Sha1);
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO review_import_rejects (raw_hash, file, line_no, field, reason, raw,"
        " received_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (raw_hash) DO NOTHING"));
    bindAll(q, {QString::fromLatin1(hash.toHex()), text(file), lineNo, text(field), text(reason),
                text(raw), at});
    Database::run(q);
    return q.numRowsAffected() > 0;
}

qint64 ReviewStore::rejectedRowCount()
{
    QSqlQuery &q = query(QStringLiteral("SELECT count(*) FROM review_import_rejects"));
    Database::run(q);
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

// --- client feedback

QVector<ReviewRow> ReviewStore::clientFeedback(const QString &clientId, qint64 from, qint64 to)
{
    ReviewFilter f;
    f.clientId = clientId;
    f.cause = Reviews::Cause::Client;
    f.from = from;
    f.to = to;
    const Reviews::SqlConditions c = Reviews::filterConditions(f, m_sqlite);
    return select(where(c.clauses), c.values,
                  QStringLiteral(" ORDER BY r.received_at DESC, r.id DESC"), 0);
}

QVector<ReviewStore::ClientCount> ReviewStore::clientFeedbackCounts()
{
    QSqlQuery &q = query(QStringLiteral(
        "SELECT s.client_id, COALESCE(c.name, s.client_id), count(*) FROM review_state st"
        " JOIN reviews r ON r.id = st.review_id JOIN stops s ON s.id = r.stop_id"
        " LEFT JOIN clients c ON c.id = s.client_id WHERE st.cause = 'client'"
        " GROUP BY s.client_id, c.name ORDER BY 2"));
    Database::run(q);
    QVector<ClientCount> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    q.finish();
    return out;
}
