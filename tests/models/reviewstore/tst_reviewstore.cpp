#include "reviewfixture.h"

#include "reviews/clientfeedback.h"
#include "reviews/reviewfilter.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>

Q_DECLARE_METATYPE(ReviewFilter)

class TestReviewStore : public QObject
{
    Q_OBJECT

private:
    // Ten reviews over two days on the fixture's three stops.
    static void fill(ReviewFixture &f)
    {
        const qint64 d1 = ReviewFixture::at(2026, 11, 23, 18);
        const qint64 d2 = ReviewFixture::at(2026, 11, 24, 18);
        f.addReview(QStringLiteral("RV-01"), QStringLiteral("S-1"), 10,
                    QStringLiteral("Heel vriendelijk, oude machine netjes meegenomen."), d1);
        f.addReview(QStringLiteral("RV-02"), QStringLiteral("S-2"), 3,
                    QStringLiteral("Bank beschadigd en te laat."), d1 + 1000);
        f.addReview(QStringLiteral("RV-03"), QStringLiteral("S-3"), 8,
                    QStringLiteral("Netjes geïnstalleerd, wel een uur te laat."), d1 + 2000);
        f.addReview(QStringLiteral("RV-04"), QStringLiteral("S-1"), 6,
                    QStringLiteral("Wrong colour, the sofa was grey instead of blue."), d1 + 3000);
        f.addReview(QStringLiteral("RV-05"), QStringLiteral("S-2"), 9,
                    QStringLiteral("Right on time and very friendly crew."), d2);
        f.addReview(QStringLiteral("RV-06"), QStringLiteral("S-3"), 0,
                    QStringLiteral("Niemand gebeld, niemand gekomen."), d2 + 1000);
        f.addReview(QStringLiteral("RV-07"), QStringLiteral("S-1"), 7,
                    QStringLiteral("Zeer vriendelijke mannen; koffie in het café gehaald."),
                    d2 + 2000);
        f.addReview(QStringLiteral("RV-08"), QStringLiteral("S-404"), 5,
                    QStringLiteral("Geen idee welke levering dit was."), d2 + 3000);
        f.addReview(QStringLiteral("RV-09"), QStringLiteral("S-2"), 10, QString(), d2 + 4000);
        f.addReview(QStringLiteral("RV-10"), QStringLiteral("S-3"), 9,
                    QStringLiteral("Prima, op tijd."), d2 + 5000);
    }

    static QStringList ids(const QVector<ReviewRow> &rows)
    {
        QStringList out;
        for (const ReviewRow &r : rows)
            out.append(r.id);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void schemaHasTheWorkspaceTables()
    {
        ReviewFixture f;
        QSqlQuery q(f.db().connection());
        for (const char *table : {"review_state", "review_themes", "review_cases", "review_shares",
                                  "review_import_rejects", "review_fts"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
            QVERIFY2(q.next(), table);
        }
        QVERIFY(f.db().schemaVersion() >= 4);
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // newest stored first
        QTest::addColumn<QStringList>("marked");   // the highlighted words, in order
        QTest::newRow("prefix of the last word") << "vriendelijk" << QStringList{"RV-07", "RV-01"}
                                                 << QStringList{"vriendelijke", "vriendelijk"};
        QTest::newRow("whole word after a space")
            << "vriendelijk " << QStringList{"RV-01"} << QStringList{"vriendelijk"};
        QTest::newRow("without the diaeresis")
            << "geinstalleerd" << QStringList{"RV-03"} << QStringList{"geïnstalleerd"};
        QTest::newRow("without the accent")
            << "cafe" << QStringList{"RV-07"} << QStringList{"café"};
        QTest::newRow("all words") << "te laat" << QStringList{"RV-03", "RV-02"}
                                   << QStringList{"te", "laat", "te", "laat"};
        QTest::newRow("English") << "on time" << QStringList{"RV-05"} << QStringList{"on", "time"};
        QTest::newRow("case folded")
            << "NIEMAND" << QStringList{"RV-06"} << QStringList{"Niemand", "niemand"};
        QTest::newRow("quotes are words")
            << "\"bank" << QStringList{"RV-02"} << QStringList{"Bank"};
        QTest::newRow("no match") << "pizza" << QStringList{} << QStringList{};
        QTest::newRow("no words") << " ,; " << QStringList{} << QStringList{};
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, marked);
        ReviewFixture f;
        fill(f);
        const QVector<ReviewRow> rows = f.store().search(query, 50);
        QCOMPARE(ids(rows), expected);
        QStringList words;
        for (const ReviewRow &r : rows)
            for (const Reviews::TextRange &range : r.highlights)
                words.append(r.comment.mid(range.first, range.second));
        QCOMPARE(words, marked);
        // The model's highlighting (for the shown start of a comment) agrees.
        QStringList again;
        for (const ReviewRow &r : rows)
            for (const Reviews::TextRange &range : Reviews::highlightRanges(r.comment, query))
                again.append(r.comment.mid(range.first, range.second));
        QCOMPARE(again, marked);
    }

    void searchIndexIsBuiltForReviewsStoredBefore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db(DatabaseConfig::sqlite(path));
            db.exec(QStringLiteral("INSERT INTO reviews (id, stop_id, score, comment, received_at)"
                                   " VALUES ('RV-OLD', 'S-1', 8, 'Keurig bezorgd', 1)"));
        }
        Database db(DatabaseConfig::sqlite(path));
        ReviewStore store(db);
        QCOMPARE(ids(store.search(QStringLiteral("keurig"), 5)), QStringList{"RV-OLD"});
        // and reviews stored afterwards by anyone are indexed by the triggers
        db.exec(QStringLiteral("INSERT INTO reviews (id, stop_id, score, comment, received_at)"
                               " VALUES ('RV-NEW', 'S-1', 8, 'Ook keurig', 2)"));
        QCOMPARE(ids(store.search(QStringLiteral("keurig"), 5)), (QStringList{"RV-NEW", "RV-OLD"}));
        db.exec(QStringLiteral("DELETE FROM reviews WHERE id = 'RV-OLD'"));
        QCOMPARE(ids(store.search(QStringLiteral("keurig"), 5)), QStringList{"RV-NEW"});
        store.rebuildSearchIndex();
        QCOMPARE(ids(store.search(QStringLiteral("keurig"), 5)), QStringList{"RV-NEW"});
    }

    void filters_data()
    {
        QTest::addColumn<ReviewFilter>("filter");
        QTest::addColumn<QStringList>("expected"); // newest first
        ReviewFilter any;
        QTest::newRow("everything")
            << any << QStringList{"RV-10", "RV-09", "RV-08", "RV-07", "RV-06",
                                  "RV-05", "RV-04", "RV-03", "RV-02", "RV-01"};
        ReviewFilter f = any;
        f.band = Reviews::ScoreBand::Detractor;
        QTest::newRow("detractors") << f << QStringList{"RV-08", "RV-06", "RV-04", "RV-02"};
        f = any;
        f.band = Reviews::ScoreBand::Passive;
        QTest::newRow("passives") << f << QStringList{"RV-07", "RV-03"};
        f = any;
        f.band = Reviews::ScoreBand::Promoter;
        QTest::newRow("promoters") << f << QStringList{"RV-10", "RV-09", "RV-05", "RV-01"};
        f = any;
        f.crewId = QStringLiteral("D-BRAM");
        QTest::newRow("second crew member")
            << f << QStringList{"RV-09", "RV-07", "RV-05", "RV-04", "RV-02", "RV-01"};
        f = any;
        f.crewId = QStringLiteral("D-CEES");
        QTest::newRow("driver") << f << QStringList{"RV-10", "RV-06", "RV-03"};
        f = any;
        f.crewId = QStringLiteral("D-NOBODY");
        QTest::newRow("driver without reviews") << f << QStringList{};
        f = any;
        f.crewId = QStringLiteral("D-ANNA");
        f.band = Reviews::ScoreBand::Detractor;
        QTest::newRow("driver, detractors") << f << QStringList{"RV-04", "RV-02"};
        f.band = Reviews::ScoreBand::Any;
        f.unhandledOnly = true;
        f.from = ReviewFixture::at(2026, 11, 23, 0);
        f.to = ReviewFixture::at(2026, 11, 24, 18) + 1;
        QTest::newRow("driver, unhandled, period") << f << QStringList{"RV-05", "RV-04", "RV-01"};
        f = any;
        f.crewId = QStringLiteral("D-ANNA");
        f.theme = QStringLiteral("punctuality");
        QTest::newRow("driver and theme") << f << QStringList{"RV-02"};
        f = any;
        f.hubId = QStringLiteral("H-ZW");
        QTest::newRow("hub") << f << QStringList{"RV-10", "RV-06", "RV-03"};
        f = any;
        f.clientId = QStringLiteral("C-EL");
        QTest::newRow("client") << f << QStringList{"RV-09", "RV-05", "RV-02"};
        f = any;
        f.productType = QStringLiteral("washing_machine");
        QTest::newRow("product type") << f << QStringList{"RV-07", "RV-04", "RV-01"};
        f = any;
        f.from = ReviewFixture::at(2026, 11, 24, 0);
        f.to = ReviewFixture::at(2026, 11, 24, 18) + 2500;
        QTest::newRow("period") << f << QStringList{"RV-07", "RV-06", "RV-05"};
        f = any;
        f.searchText = QStringLiteral("laat");
        QTest::newRow("search") << f << QStringList{"RV-03", "RV-02"};
        f.productType = QStringLiteral("sofa");
        f.crewId = QStringLiteral("D-ANNA");
        QTest::newRow("search, product and driver") << f << QStringList{"RV-02"};
        f = any;
        f.unhandledOnly = true;
        QTest::newRow("unhandled") << f << QStringList{"RV-10", "RV-09", "RV-08", "RV-07",
                                                       "RV-05", "RV-04", "RV-03", "RV-01"};
        f = any;
        f.starredOnly = true;
        QTest::newRow("starred") << f << QStringList{"RV-05"};
        f = any;
        f.theme = QStringLiteral("punctuality");
        QTest::newRow("theme") << f << QStringList{"RV-10", "RV-02"};
        f = any;
        f.cause = Reviews::Cause::Client;
        QTest::newRow("cause") << f << QStringList{"RV-04"};
    }

    void filters()
    {
        QFETCH(ReviewFilter, filter);
        QFETCH(QStringList, expected);
        ReviewFixture f;
        fill(f);
        const qint64 now = ReviewFixture::at(2026, 11, 25);
        f.store().setHandled(QStringLiteral("RV-02"), true, QStringLiteral("lead"), now);
        f.store().setHandled(QStringLiteral("RV-06"), true, QStringLiteral("lead"), now);
        f.store().setHandled(QStringLiteral("RV-06"), true, QStringLiteral("lead"), now);
        f.store().setStarred(QStringLiteral("RV-05"), true, QStringLiteral("lead"), now);
        f.store().setStarred(QStringLiteral("RV-01"), true, QStringLiteral("lead"), now);
        f.store().setStarred(QStringLiteral("RV-01"), false, QStringLiteral("lead"), now);
        f.store().setCause(QStringLiteral("RV-04"), Reviews::Cause::Client, QStringLiteral("lead"),
                           now);
        f.store().setThemes(QStringLiteral("RV-02"),
                            {QStringLiteral("damage"), QStringLiteral("punctuality")},
                            QStringLiteral("negative"), QStringLiteral("t1"), now);
        f.store().setThemes(QStringLiteral("RV-10"), {QStringLiteral("punctuality")},
                            QStringLiteral("positive"), QStringLiteral("t1"), now);
        QCOMPARE(ids(f.store().page(filter, std::nullopt, 100)), expected);
        QCOMPARE(f.store().count(filter), qint64(expected.size()));
        // The same, a page of three at a time from the last row shown.
        QStringList paged;
        std::optional<ReviewStore::PageKey> after;
        for (int guard = 0; guard < 10; ++guard) {
            const QVector<ReviewRow> page = f.store().page(filter, after, 3);
            paged += ids(page);
            if (page.size() < 3)
                break;
            after = ReviewStore::PageKey{page.constLast().receivedAt, page.constLast().id};
        }
        QCOMPARE(paged, expected);
    }

private:
    // Who delivered each review (review_crew) against the join it stands
    // for, crew member by crew member.
    static void verifyCrewIndex(ReviewFixture &f)
    {
        QSqlQuery q(f.db().connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT crew_id, received_at, review_id FROM review_crew"
            " EXCEPT SELECT rc.crew_id, r.received_at, r.id FROM reviews r"
            " JOIN stops s ON s.id = r.stop_id JOIN route_crew rc ON rc.route_id = s.route_id")));
        QVERIFY2(!q.next(), "review_crew holds a row the plans do not");
        QVERIFY(q.exec(QStringLiteral(
            "SELECT rc.crew_id, r.received_at, r.id FROM reviews r"
            " JOIN stops s ON s.id = r.stop_id JOIN route_crew rc ON rc.route_id = s.route_id"
            " EXCEPT SELECT crew_id, received_at, review_id FROM review_crew")));
        QVERIFY2(!q.next(), "review_crew misses a row of the plans");
    }

    static QStringList driver(ReviewFixture &f, const char *crewId)
    {
        ReviewFilter filter;
        filter.crewId = QString::fromLatin1(crewId);
        return ids(f.store().page(filter, std::nullopt, 100));
    }

private Q_SLOTS:
    void driverIndexFollowsEveryWriter()
    {
        ReviewFixture f;
        fill(f);
        verifyCrewIndex(f);
        QCOMPARE(driver(f, "D-CEES"), (QStringList{"RV-10", "RV-06", "RV-03"}));
        QCOMPARE(driver(f, "D-ANNA"), driver(f, "D-BRAM"));

        // The stop of a review arrives later (another day's plan).
        f.db().exec(QStringLiteral(
            "INSERT INTO stops (id, route_id, seq, customer_id, client_id, product_id,"
            " window_start, window_end, planned_arrival, service_min) VALUES"
            " ('S-404', 'R-2', 2, 'K-1', 'C-WW', 'P-SO', 0, 0, 0, 20)"));
        QCOMPARE(driver(f, "D-CEES"), (QStringList{"RV-10", "RV-08", "RV-06", "RV-03"}));
        verifyCrewIndex(f);

        // A later plan names another crew for R-1 (the feed store deletes the
        // route's crew and inserts the new one).
        f.db().exec(QStringLiteral("DELETE FROM route_crew WHERE route_id = 'R-1'"));
        f.db().exec(QStringLiteral(
            "INSERT INTO route_crew VALUES ('R-1', 0, 'D-ANNA'), ('R-1', 1, 'D-CEES')"));
        QCOMPARE(driver(f, "D-BRAM"), QStringList{});
        QCOMPARE(driver(f, "D-CEES").size(), 10);
        verifyCrewIndex(f);
        f.db().exec(QStringLiteral(
            "UPDATE route_crew SET crew_id = 'D-BRAM' WHERE route_id = 'R-1' AND position = 1"));
        QCOMPARE(driver(f, "D-BRAM"),
                 (QStringList{"RV-09", "RV-07", "RV-05", "RV-04", "RV-02", "RV-01"}));
        verifyCrewIndex(f);

        // A re-plan moves a stop to another route.
        f.db().exec(QStringLiteral("UPDATE stops SET route_id = 'R-2' WHERE id = 'S-2'"));
        QCOMPARE(driver(f, "D-ANNA"), (QStringList{"RV-07", "RV-04", "RV-01"}));
        QCOMPARE(driver(f, "D-CEES"),
                 (QStringList{"RV-10", "RV-09", "RV-08", "RV-06", "RV-05", "RV-03", "RV-02"}));
        verifyCrewIndex(f);

        // New reviews (the feed, an import), a corrected time, a deleted review.
        f.addReview(QStringLiteral("RV-11"), QStringLiteral("S-1"), 9, QStringLiteral("Top"),
                    ReviewFixture::at(2026, 11, 25));
        Review imported;
        imported.id = QStringLiteral("RV-12");
        imported.stopId = QStringLiteral("S-1");
        imported.score = 4;
        imported.receivedAt = ReviewFixture::at(2026, 11, 26);
        QVERIFY(f.store().addReview(imported, QStringLiteral("csv")));
        QCOMPARE(driver(f, "D-BRAM").mid(0, 2), (QStringList{"RV-12", "RV-11"}));
        f.db().exec(QStringLiteral("UPDATE reviews SET received_at = 1 WHERE id = 'RV-12'"));
        QCOMPARE(driver(f, "D-BRAM").constLast(), QStringLiteral("RV-12"));
        f.db().exec(QStringLiteral("DELETE FROM reviews WHERE id = 'RV-01'"));
        QVERIFY(!driver(f, "D-ANNA").contains(QStringLiteral("RV-01")));
        verifyCrewIndex(f);
        f.db().exec(QStringLiteral("DELETE FROM stops WHERE id = 'S-404'"));
        QVERIFY(!driver(f, "D-CEES").contains(QStringLiteral("RV-08")));
        verifyCrewIndex(f);

        // A file from before the index: made and filled when a store opens it.
        QSqlQuery q(f.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                      " AND name LIKE 'review_crew_%'")));
        QStringList triggers;
        while (q.next())
            triggers.append(q.value(0).toString());
        QCOMPARE(triggers.size(), 9);
        for (const QString &trigger : triggers)
            f.db().exec(QStringLiteral("DROP TRIGGER %1").arg(trigger));
        f.db().exec(QStringLiteral("DROP TABLE review_crew"));
        f.addReview(QStringLiteral("RV-13"), QStringLiteral("S-3"), 8, QStringLiteral("Goed"),
                    ReviewFixture::at(2026, 11, 27));
        ReviewStore reopened(f.db());
        verifyCrewIndex(f);
        ReviewFilter filter;
        filter.crewId = QStringLiteral("D-CEES");
        QCOMPARE(ids(reopened.page(filter, std::nullopt, 1)), QStringList{"RV-13"});
    }

    // Many matches: the page is read by walking the inbox newest first and
    // checking each review (a common word, a common theme), not by sorting
    // all matches; the pages must be the same. Row ids are not in time order.
    void pagesOfCommonWordsAndThemes_data()
    {
        QTest::addColumn<ReviewFilter>("filter");
        QTest::addColumn<QString>("matches"); // SQL condition on r for the same reviews
        ReviewFilter f;
        f.searchText = QStringLiteral("laat");
        QTest::newRow("common word") << f << QStringLiteral("r.comment LIKE '%laat%'");
        f.searchText = QStringLiteral("zelden");
        QTest::newRow("rare word") << f << QStringLiteral("r.comment LIKE '%zelden%'");
        f = {};
        f.theme = QStringLiteral("punctuality");
        QTest::newRow("common theme") << f << QStringLiteral("r.score <> 9");
        f.band = Reviews::ScoreBand::Detractor;
        f.searchText = QStringLiteral("laat");
        QTest::newRow("theme, word and band")
            << f << QStringLiteral("r.score <> 9 AND r.score <= 6 AND r.comment LIKE '%laat%'");
    }

    void pagesOfCommonWordsAndThemes()
    {
        QFETCH(ReviewFilter, filter);
        QFETCH(QString, matches);
        ReviewFixture f;
        const int n = 22500; // more than 20,000 of the theme, more than 2,000 of a word
        {
            Transaction transaction(f.db());
            f.db().exec(
                QStringLiteral("WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k"
                               " WHERE i < %1) INSERT INTO reviews (id, stop_id, score, comment,"
                               " received_at) SELECT printf('RV-%05d', i), 'S-1', i % 11,"
                               " CASE WHEN i % 5 = 0 THEN 'prima' WHEN i % 997 = 0 THEN"
                               " 'zelden zo laat' ELSE 'te laat' END,"
                               " 1000000 + ((i * 7919) % %2) * 1000 + (i % 3) FROM k")
                    .arg(n - 1)
                    .arg(n / 2));
            f.db().exec(QStringLiteral("INSERT INTO review_themes (review_id, theme)"
                                       " SELECT id, 'punctuality' FROM reviews WHERE score <> 9"));
            transaction.commit();
        }
        QStringList expected;
        QSqlQuery q(f.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT r.id FROM reviews r WHERE %1"
                                      " ORDER BY r.received_at DESC, r.id DESC LIMIT 1200")
                           .arg(matches)));
        while (q.next())
            expected.append(q.value(0).toString());
        QVERIFY(expected.size() > 10);
        QStringList paged;
        std::optional<ReviewStore::PageKey> after;
        while (paged.size() < expected.size()) {
            const QVector<ReviewRow> page = f.store().page(filter, after, 500);
            if (page.isEmpty())
                break;
            paged += ids(page);
            after = ReviewStore::PageKey{page.constLast().receivedAt, page.constLast().id};
        }
        QCOMPARE(paged.mid(0, expected.size()), expected);
    }

    void pagesContinueAcrossEqualTimes()
    {
        ReviewFixture f;
        const qint64 t = ReviewFixture::at(2026, 11, 23);
        QStringList expected;
        for (int i = 0; i < 25; ++i) {
            const QString id = QStringLiteral("RV-%1").arg(i, 3, 10, QLatin1Char('0'));
            f.addReview(id, QStringLiteral("S-1"), 9, QStringLiteral("ok"), t + (i / 10) * 1000);
            expected.append(id);
        }
        std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
            const int ta = a.mid(3).toInt() / 10, tb = b.mid(3).toInt() / 10;
            return ta != tb ? ta > tb : a > b;
        });
        QStringList paged;
        std::optional<ReviewStore::PageKey> after;
        for (int guard = 0; guard < 20; ++guard) {
            const QVector<ReviewRow> page = f.store().page({}, after, 4);
            paged += ids(page);
            if (page.size() < 4)
                break;
            after = ReviewStore::PageKey{page.constLast().receivedAt, page.constLast().id};
        }
        QCOMPARE(paged, expected);
    }

    void reviewCarriesItsDeliveryAndState()
    {
        ReviewFixture f;
        fill(f);
        const qint64 now = ReviewFixture::at(2026, 11, 25);
        f.store().setCause(QStringLiteral("RV-02"), Reviews::Cause::PlanningCommunication,
                           QStringLiteral("lead"), now);
        f.store().setThemes(QStringLiteral("RV-02"), {QStringLiteral("damage")},
                            QStringLiteral("negative"), QStringLiteral("t1"), now);
        const std::optional<ReviewRow> r = f.store().review(QStringLiteral("RV-02"));
        QVERIFY(r);
        QCOMPARE(r->crew, QStringLiteral("Anna, Bram"));
        QCOMPARE(r->hubId, QStringLiteral("H-UT"));
        QCOMPARE(r->clientName, QStringLiteral("Elektrohuis"));
        QCOMPARE(r->productType, QStringLiteral("sofa"));
        QCOMPARE(r->cause, Reviews::Cause::PlanningCommunication);
        QCOMPARE(r->themes, QStringList{"damage"});
        QCOMPARE(r->tone, QStringLiteral("negative"));
        QVERIFY(!r->handled);
        const std::optional<ReviewRow> unknown = f.store().review(QStringLiteral("RV-08"));
        QVERIFY(unknown);
        QVERIFY(unknown->clientId.isEmpty());
        QVERIFY(!f.store().review(QStringLiteral("RV-nope")));
        QSqlQuery q(f.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_id = 'RV-02'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // re-tagging replaces the themes
        f.store().setThemes(QStringLiteral("RV-02"), {QStringLiteral("punctuality")},
                            QStringLiteral("mixed"), QStringLiteral("t2"), now);
        QCOMPARE(f.store().review(QStringLiteral("RV-02"))->themes, QStringList{"punctuality"});
        QCOMPARE(f.store().untagged(QStringLiteral("t2"), 100).size(), 9);
    }

    void teamWallNewestFirst()
    {
        ReviewFixture f;
        fill(f);
        f.store().share(QStringLiteral("RV-01"), QStringLiteral("Petra"),
                        QStringLiteral("  Kijk hoe blij!  "), 100);
        f.store().share(QStringLiteral("RV-05"), QStringLiteral("Joost"), QString(), 200);
        const QVector<ReviewShare> wall = f.store().wall(10);
        QCOMPARE(wall.size(), 2);
        QCOMPARE(wall.at(0).reviewId, QStringLiteral("RV-05"));
        QCOMPARE(wall.at(1).sharedBy, QStringLiteral("Petra"));
        QCOMPARE(wall.at(1).note, QStringLiteral("Kijk hoe blij!"));
        QCOMPARE(f.store().wall(1).size(), 1);
    }

    void clientFeedbackListAndExports()
    {
        ReviewFixture f;
        fill(f);
        f.addReview(QStringLiteral("RV-11"), QStringLiteral("S-3"), 2,
                    QStringLiteral("Verkeerde kleur; \"grijs\" <besteld>,\nniet blauw"),
                    ReviewFixture::at(2026, 11, 25));
        for (const char *id : {"RV-04", "RV-11"})
            f.store().setCause(QString::fromLatin1(id), Reviews::Cause::Client,
                               QStringLiteral("lead"), 1);
        f.store().setCause(QStringLiteral("RV-02"), Reviews::Cause::Client, QStringLiteral("lead"),
                           1);
        f.store().setCause(QStringLiteral("RV-02"), Reviews::Cause::Delivery,
                           QStringLiteral("lead"), 2);
        const QVector<ReviewRow> rows = f.store().clientFeedback(QStringLiteral("C-WW"));
        QCOMPARE(ids(rows), (QStringList{"RV-11", "RV-04"}));
        const QVector<ReviewStore::ClientCount> counts = f.store().clientFeedbackCounts();
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).clientName, QStringLiteral("Woonwinkel"));
        QCOMPARE(counts.at(0).count, 2);

        const QByteArray csv = ClientFeedback::toCsv(rows);
        QVERIFY(
            csv.startsWith("\xEF\xBB\xBFreview_id,date,score,product_type,stop_id,comment\r\n"));
        QVERIFY(csv.contains("RV-11,2026-11-25,2,sofa,S-3,\"Verkeerde kleur; \"\"grijs\"\" "
                             "<besteld>,\nniet blauw\"\r\n"));
        QVERIFY(csv.contains("RV-04,2026-11-23,6,washing_machine,S-1,\"Wrong colour, the sofa"));
        const QString html = ClientFeedback::toHtml(QStringLiteral("Woon & Co"), rows, 0, 0, 1);
        QVERIFY(html.contains(QStringLiteral("Woon &amp; Co")));
        QVERIFY(html.contains(QStringLiteral("&quot;grijs&quot; &lt;besteld&gt;,<br>niet blauw")));
        QCOMPARE(html.count(QStringLiteral("<tr>")), 3);
    }
};

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
