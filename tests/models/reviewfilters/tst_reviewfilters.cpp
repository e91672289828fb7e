// Every inbox filter and the combinations team leads use, on a generated
// store of a few thousand reviews, against a plain query over the joined
// tables: the same reviews in the same order, page by page, and the same
// count. Whatever plan the store picks (which index it walks, a theme
// gathered or checked per review), the answer must not change. Also: the
// filter columns the store keeps next to each review (review_facts) follow
// every writer.

#include "reviews/reviewfilter.h"
#include "reviews/reviewstore.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

Q_DECLARE_METATYPE(ReviewFilter)

namespace {

constexpr qint64 start = 1764547200000LL; // 2025-12-01
constexpr qint64 step = 600000;           // a review every ten minutes
constexpr int reviewCount = 4000;

void exec(Database &db, const QString &sql)
{
    db.exec(sql);
}

// 4000 reviews on 4000 stops of 400 routes (three hubs, 12 crew members,
// two a route), seven clients and five product types, skewed so that each
// of client, product type, hub, unhandled and starred is the rarest
// condition in some combination: client C-6 and product type "tv" are
// rare, hub H-2 is rare, starred is rare, unhandled common. Some reviews
// share a received_at (paging must continue across them), some have no
// stop in the store.
void generate(Database &db)
{
    Transaction transaction(db);
    exec(db, QStringLiteral("INSERT INTO hubs VALUES ('H-0', 'Utrecht', 52.1, 5.1),"
                            " ('H-1', 'Zwolle', 52.5, 6.1), ('H-2', 'Venlo', 51.4, 6.2)"));
    exec(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n"
                            " WHERE i < 6) INSERT INTO clients SELECT 'C-' || i, 'Client ' || i"
                            " FROM n"));
    exec(db, QStringLiteral("INSERT INTO products (id, type, description) VALUES"
                            " ('P-0', 'sofa', ''), ('P-1', 'fridge', ''), ('P-2', 'bed', ''),"
                            " ('P-3', 'oven', ''), ('P-4', 'tv', ''), ('P-5', 'sofa', '')"));
    exec(db, QStringLiteral("INSERT INTO customers (id, name, lat, lon) VALUES"
                            " ('K-1', 'Jansen', 52.1, 5.1)"));
    exec(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n"
                            " WHERE i < 11) INSERT INTO crew_members SELECT 'D-' || i, 'Crew ' || i"
                            " FROM n"));
    exec(db, QStringLiteral("INSERT INTO vehicles (id) VALUES ('V-1')"));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 399)"
                 " INSERT INTO routes (id, day, hub_id, vehicle_id, planned_start, plan_ts,"
                 " plan_event) SELECT printf('R-%03d', i), '2025-12-01',"
                 " CASE WHEN i % 17 = 0 THEN 'H-2' ELSE 'H-' || (i % 2) END, 'V-1', 0, 0, 'e'"
                 " FROM n"));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 399)"
                 " INSERT INTO route_crew SELECT printf('R-%03d', i), 0, 'D-' || (i % 12) FROM n"));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 399)"
                 " INSERT INTO route_crew SELECT printf('R-%03d', i), 1, 'D-' || ((i * 5 + 1) % 12)"
                 " FROM n WHERE (i * 5 + 1) % 12 <> i % 12"));
    exec(db, QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                 " INSERT INTO stops (id, route_id, seq, customer_id, client_id, product_id,"
                 " window_start, window_end, planned_arrival, service_min) SELECT"
                 " printf('S-%04d', i), printf('R-%03d', i / 10), i % 10, 'K-1',"
                 " CASE WHEN i % 53 = 0 THEN 'C-6' ELSE 'C-' || ((i * 7) % 6) END,"
                 " CASE WHEN i % 41 = 0 THEN 'P-4' WHEN i % 9 = 0 THEN 'P-5'"
                 " ELSE 'P-' || ((i * 3) % 4) END, 0, 0, 0, 20 FROM n")
                 .arg(reviewCount - 1));
    const char *const comments[] = {"alpha beta", "gamma", "delta alpha", "", "beta gamma"};
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO reviews (id, stop_id, score, comment, language, channel,"
                             " received_at) VALUES (?, ?, ?, ?, '', '', ?)"));
    for (int i = 0; i < reviewCount; ++i) {
        q.addBindValue(QStringLiteral("RV-%1").arg(i, 5, 10, QLatin1Char('0')));
        // 1 in 60 reviews names a stop that is not in the store.
        q.addBindValue(i % 60 == 7 ? QStringLiteral("S-MISSING")
                                   : QStringLiteral("S-%1").arg(i, 4, 10, QLatin1Char('0')));
        q.addBindValue((i * 7 + i / 13) % 11);
        q.addBindValue(QString::fromLatin1(comments[(i * 3 + i / 7) % 5]));
        // Every fifth pair of reviews arrives in the same millisecond.
        q.addBindValue(start + qint64(i - (i % 10 == 1 ? 1 : 0)) * step);
        Database::run(q);
    }
    // The state: most reviews older than the newest 600 handled, 1 in 90
    // starred, causes, themes (a common one and a rare one).
    exec(db, QStringLiteral(
                 "INSERT INTO review_state (review_id, handled, starred, cause, updated_at)"
                 " SELECT id, rowid < %1 AND rowid % 7 <> 0, rowid % 90 = 4,"
                 " CASE rowid % 5 WHEN 0 THEN 'client' WHEN 1 THEN 'delivery' ELSE '' END, 0"
                 " FROM reviews WHERE rowid % 11 <> 5")
                 .arg(reviewCount - 600));
    exec(db, QStringLiteral("INSERT INTO review_themes (review_id, theme) SELECT id, 'punctuality'"
                            " FROM reviews WHERE rowid % 3 = 0"));
    exec(db, QStringLiteral("INSERT INTO review_themes (review_id, theme) SELECT id, 'price'"
                            " FROM reviews WHERE rowid % 97 = 1"));
    transaction.commit();
}

QStringList ids(const QVector<ReviewRow> &rows)
{
    QStringList out;
    for (const ReviewRow &r : rows)
        out.append(r.id);
    return out;
}

// The reviews passing `f`, newest first, from the plain join (the meaning of
// each filter, written without the store's code).
QStringList reference(Database &db, const ReviewFilter &f)
{
    QStringList where{QStringLiteral("1")};
    QVariantList values;
    switch (f.band) {
    case Reviews::ScoreBand::Detractor:
        where << QStringLiteral("r.score BETWEEN 0 AND 6");
        break;
    case Reviews::ScoreBand::Passive:
        where << QStringLiteral("r.score IN (7, 8)");
        break;
    case Reviews::ScoreBand::Promoter:
        where << QStringLiteral("r.score IN (9, 10)");
        break;
    case Reviews::ScoreBand::Any:
        break;
    }
    auto equal = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        where << column + QStringLiteral(" = ?");
        values << value;
    };
    if (!f.crewId.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM route_crew rc WHERE rc.route_id ="
                                " s.route_id AND rc.crew_id = ?)");
        values << f.crewId;
    }
    equal(QStringLiteral("rt.hub_id"), f.hubId);
    equal(QStringLiteral("s.client_id"), f.clientId);
    equal(QStringLiteral("p.type"), f.productType);
    if (!f.theme.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM review_themes t WHERE t.review_id = r.id"
                                " AND t.theme = ?)");
        values << f.theme;
    }
    if (f.from) {
        where << QStringLiteral("r.received_at >= ?");
        values << f.from;
    }
    if (f.to) {
        where << QStringLiteral("r.received_at < ?");
        values << f.to;
    }
    if (f.unhandledOnly)
        where << QStringLiteral("(st.handled IS NULL OR st.handled = 0)");
    if (f.starredOnly)
        where << QStringLiteral("st.starred = 1");
    if (f.cause)
        where << (*f.cause == Reviews::Cause::Unknown
                      ? QStringLiteral("(st.cause IS NULL OR st.cause = '')")
                      : QStringLiteral("st.cause = '%1'").arg(Reviews::causeKey(*f.cause)));
    // Whole words; the last one also as the start of a word while it is
    // being typed (no space after it).
    const QStringList words = Reviews::searchWords(f.searchText);
    for (int i = 0; i < words.size(); ++i) {
        const bool typing = i == words.size() - 1 && !f.searchText.endsWith(QLatin1Char(' '));
        where << QStringLiteral("(' ' || r.comment || ' ') LIKE ?");
        values << QStringLiteral("% ") + words.at(i) +
                      (typing ? QStringLiteral("%") : QStringLiteral(" %"));
    }
    QSqlQuery q(db.connection());
    const QString sql =
        QStringLiteral("SELECT r.id FROM reviews r LEFT JOIN stops s ON s.id = r.stop_id"
                       " LEFT JOIN routes rt ON rt.id = s.route_id"
                       " LEFT JOIN products p ON p.id = s.product_id"
                       " LEFT JOIN review_state st ON st.review_id = r.id WHERE ") +
        where.join(QStringLiteral(" AND ")) +
        QStringLiteral(" ORDER BY r.received_at DESC, r.id DESC");
    if (!q.prepare(sql))
        qFatal("%s", qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    Database::run(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// review_facts against the joins it stands for.
QStringList factsMismatches(Database &db)
{
    const QString expected = QStringLiteral(
        "SELECT r.received_at, r.id, r.score, COALESCE(rt.hub_id, ''), COALESCE(s.client_id, ''),"
        " COALESCE(p.type, ''), COALESCE(st.handled, 0), COALESCE(st.starred, 0) FROM reviews r"
        " LEFT JOIN stops s ON s.id = r.stop_id LEFT JOIN routes rt ON rt.id = s.route_id"
        " LEFT JOIN products p ON p.id = s.product_id"
        " LEFT JOIN review_state st ON st.review_id = r.id");
    const QString stored = QStringLiteral(
        "SELECT received_at, review_id, score, hub_id, client_id, product_type, handled, starred"
        " FROM review_facts");
    QStringList out;
    QSqlQuery q(db.connection());
    for (const auto &[a, b] : {std::pair{expected, stored}, std::pair{stored, expected}}) {
        if (!q.exec(a + QStringLiteral(" EXCEPT ") + b))
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next())
            out << (a == expected ? QStringLiteral("missing ") : QStringLiteral("stale ")) +
                       q.value(1).toString();
    }
    return out;
}

} // namespace

class TestReviewFilters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReviewStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(
            DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("reviews.sqlite"))));
        generate(*m_db);
        // Opened after the reviews are there: the store fills its tables
        // from what is stored.
        m_store = std::make_unique<ReviewStore>(*m_db);
        QCOMPARE(factsMismatches(*m_db), QStringList{});
    }

    void combinations_data()
    {
        QTest::addColumn<ReviewFilter>("filter");
        using Reviews::ScoreBand;
        const qint64 monthStart = start + qint64(reviewCount - 900) * step;
        const qint64 monthEnd = start + qint64(reviewCount - 300) * step;
        QVector<QPair<QByteArray, ReviewFilter>> others;
        ReviewFilter f;
        others.append({"nothing else", f});
        f.crewId = QStringLiteral("D-3");
        others.append({"driver", f});
        f = {};
        f.hubId = QStringLiteral("H-1");
        others.append({"hub", f});
        f.hubId = QStringLiteral("H-2");
        others.append({"rare hub", f});
        f = {};
        f.clientId = QStringLiteral("C-2");
        others.append({"client", f});
        f.clientId = QStringLiteral("C-6");
        others.append({"rare client", f});
        f = {};
        f.productType = QStringLiteral("sofa");
        others.append({"product type", f});
        f.productType = QStringLiteral("tv");
        others.append({"rare product type", f});
        f = {};
        f.theme = QStringLiteral("punctuality");
        others.append({"theme", f});
        f.theme = QStringLiteral("price");
        others.append({"rare theme", f});
        f = {};
        f.from = monthStart;
        f.to = monthEnd;
        others.append({"period", f});
        f.to = 0;
        others.append({"from", f});
        f = {};
        f.unhandledOnly = true;
        others.append({"unhandled", f});
        f = {};
        f.starredOnly = true;
        others.append({"starred", f});
        f = {};
        f.cause = Reviews::Cause::Client;
        others.append({"cause", f});
        f.cause = Reviews::Cause::Unknown;
        others.append({"cause unknown", f});
        f = {};
        f.searchText = QStringLiteral("gamma");
        others.append({"search text", f});
        for (ScoreBand band :
             {ScoreBand::Any, ScoreBand::Detractor, ScoreBand::Passive, ScoreBand::Promoter}) {
            for (const auto &[name, other] : others) {
                ReviewFilter g = other;
                g.band = band;
                QTest::newRow(QByteArray("band ") + QByteArray::number(int(band)) + ", " + name)
                    << g;
            }
        }
        f = {};
        f.clientId = QStringLiteral("C-2");
        f.from = monthStart;
        f.band = ScoreBand::Detractor;
        QTest::newRow("client, last month, detractors") << f;
        f = {};
        f.hubId = QStringLiteral("H-0");
        f.unhandledOnly = true;
        QTest::newRow("hub, unhandled") << f;
        f.band = ScoreBand::Detractor;
        QTest::newRow("hub, unhandled, detractors") << f;
        f.hubId = QStringLiteral("H-2");
        QTest::newRow("rare hub, unhandled, detractors") << f;
        f = {};
        f.starredOnly = true;
        f.clientId = QStringLiteral("C-1");
        QTest::newRow("starred, client") << f;
        f = {};
        f.hubId = QStringLiteral("H-1");
        f.clientId = QStringLiteral("C-3");
        f.productType = QStringLiteral("bed");
        f.band = ScoreBand::Detractor;
        QTest::newRow("hub, client, product type, detractors") << f;
        f.crewId = QStringLiteral("D-5");
        QTest::newRow("the same, driver") << f;
        f = {};
        f.hubId = QStringLiteral("H-0");
        f.clientId = QStringLiteral("C-6");
        f.productType = QStringLiteral("sofa");
        QTest::newRow("hub, rare client, product type") << f;
        f.clientId = QStringLiteral("C-1");
        f.productType = QStringLiteral("tv");
        QTest::newRow("hub, client, rare product type") << f;
        f.productType.clear();
        f.hubId = QStringLiteral("H-2");
        QTest::newRow("rare hub, client") << f;
        f = {};
        f.hubId = QStringLiteral("H-1");
        f.clientId = QStringLiteral("C-4");
        f.theme = QStringLiteral("price");
        QTest::newRow("hub, client, rare theme") << f;
        f.theme = QStringLiteral("punctuality");
        f.unhandledOnly = true;
        f.starredOnly = true;
        QTest::newRow("hub, client, theme, unhandled, starred") << f;
        f = {};
        f.clientId = QStringLiteral("C-NOBODY");
        f.band = ScoreBand::Promoter;
        QTest::newRow("client without reviews") << f;
        f = {};
        f.crewId = QStringLiteral("D-7");
        f.productType = QStringLiteral("fridge");
        f.unhandledOnly = true;
        f.from = monthStart;
        QTest::newRow("driver, product type, unhandled, from") << f;
        f.searchText = QStringLiteral("alp");
        QTest::newRow("the same, search text (unfinished word)") << f;
        f = {};
        f.clientId = QStringLiteral("C-5");
        f.cause = Reviews::Cause::Delivery;
        f.band = ScoreBand::Detractor;
        QTest::newRow("client, cause, detractors") << f;
    }

    // The store's pages (of 37, each continuing from the last row shown)
    // and count against the plain query.
    void combinations()
    {
        QFETCH(ReviewFilter, filter);
        const QStringList expected = reference(*m_db, filter);
        QStringList paged;
        std::optional<ReviewStore::PageKey> after;
        constexpr int pageSize = 37;
        for (int guard = 0; guard <= reviewCount / pageSize + 1; ++guard) {
            const QVector<ReviewRow> page = m_store->page(filter, after, pageSize);
            paged += ids(page);
            if (page.size() < pageSize)
                break;
            after = ReviewStore::PageKey{page.constLast().receivedAt, page.constLast().id};
        }
        QCOMPARE(paged, expected);
        QCOMPARE(m_store->count(filter), qint64(expected.size()));
        // A first page of 500 is the start of the same list.
        QCOMPARE(ids(m_store->page(filter, std::nullopt, 500)), expected.mid(0, 500));
    }

    // The kept filter columns follow every writer: the feed, the desk, a
    // re-plan, corrections of a route's hub or a product's type.
    void factsFollowEveryWriter()
    {
        QTemporaryDir dir;
        Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("w.sqlite"))));
        generate(db);
        ReviewStore store(db);
        QCOMPARE(factsMismatches(db), QStringList{});
        const char *const writes[] = {
            // a review arrives, one is corrected, one is taken away
            "INSERT INTO reviews (id, stop_id, score, received_at) VALUES ('RV-NEW', 'S-0005', 2,"
            " 1764547200001)",
            "UPDATE reviews SET score = 10, received_at = received_at + 1 WHERE id = 'RV-00012'",
            "UPDATE reviews SET stop_id = 'S-0100' WHERE id = 'RV-00013'",
            "DELETE FROM reviews WHERE id = 'RV-00014'",
            // a review whose stop arrives later
            "INSERT INTO reviews (id, stop_id, score, received_at) VALUES ('RV-EARLY', 'S-LATE', 9,"
            " 1764547200002)",
            "INSERT INTO stops (id, route_id, seq, customer_id, client_id, product_id,"
            " window_start, window_end, planned_arrival, service_min) VALUES ('S-LATE', 'R-002',"
            " 11, 'K-1', 'C-3', 'P-2', 0, 0, 0, 20)",
            // a re-plan moves a stop, a stop's client and product are corrected
            "UPDATE stops SET route_id = 'R-017' WHERE id = 'S-0021'",
            "UPDATE stops SET client_id = 'C-6', product_id = 'P-4' WHERE id = 'S-0022'",
            "UPDATE stops SET seq = 99 WHERE id = 'S-0023'",
            // a route moves to another hub, a product type is corrected
            "UPDATE routes SET hub_id = 'H-2' WHERE id = 'R-003'",
            "UPDATE products SET type = 'couch' WHERE id = 'P-5'",
            // the desk
            "UPDATE review_state SET handled = 1 - handled WHERE review_id = 'RV-00030'",
            "UPDATE review_state SET starred = 1 WHERE review_id = 'RV-00031'",
            "DELETE FROM review_state WHERE review_id = 'RV-00034'",
            // a stop and its reviews' plan taken away
            "DELETE FROM reviews WHERE stop_id = 'S-0040'",
            "DELETE FROM stops WHERE id IN ('S-0040', 'S-0041')",
        };
        for (const char *statement : writes) {
            db.exec(QString::fromUtf8(statement));
            QVERIFY2(factsMismatches(db).isEmpty(),
                     qPrintable(QString::fromUtf8(statement) + QStringLiteral(": ") +
                                factsMismatches(db).join(QLatin1Char(' '))));
        }
        // Through the store (what the desk does in the inbox).
        store.setHandled(QStringLiteral("RV-00050"), true, QStringLiteral("lead"), 1);
        store.setStarred(QStringLiteral("RV-00054"), true, QStringLiteral("lead"), 1);
        store.setStarred(QStringLiteral("RV-00031"), false, QStringLiteral("lead"), 1);
        QCOMPARE(factsMismatches(db), QStringList{});
        ReviewFilter f;
        f.productType = QStringLiteral("couch");
        f.starredOnly = false;
        QCOMPARE(ids(store.page(f, std::nullopt, 5000)), reference(db, f));
        QVERIFY(!reference(db, f).isEmpty());
        f = {};
        f.hubId = QStringLiteral("H-2");
        f.unhandledOnly = true;
        QCOMPARE(ids(store.page(f, std::nullopt, 5000)), reference(db, f));
        f = {};
        f.starredOnly = true;
        QCOMPARE(ids(store.page(f, std::nullopt, 5000)), reference(db, f));
        QVERIFY(reference(db, f).contains(QStringLiteral("RV-00054")));
        QVERIFY(!reference(db, f).contains(QStringLiteral("RV-00031")));
    }

    // A store opened again keeps its table (no second fill) and it is right.
    void reopenedStoreKeepsTheFacts()
    {
        ReviewStore again(*m_db);
        QCOMPARE(factsMismatches(*m_db), QStringList{});
        ReviewFilter f;
        f.clientId = QStringLiteral("C-6");
        QCOMPARE(ids(again.page(f, std::nullopt, 5000)), reference(*m_db, f));
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestReviewFilters)
#include "tst_reviewfilters.moc"
