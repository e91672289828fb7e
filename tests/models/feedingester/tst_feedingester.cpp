// FeedIngester with FeedStore on real SQLite files: idempotence, re-plans,
// late and out-of-order events, rejected lines, crashes in the middle of a
// batch (simulated and a real kill of voorzet-cli), and what a batch announces.

#include "core/changenotifier.h"
#include "core/clock.h"
#include "feed/feedingester.h"
#include "feed/feedparser.h"
#include "feedbuilder.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace FeedBuilder;

namespace {

const QString R1 = QStringLiteral("R-1");
const QString R2 = QStringLiteral("R-2");

QString id(const char *prefix, int n)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(n, 5, 10, QLatin1Char('0'));
}

// Every table's rows as sorted text, leaving out what legitimately differs
// between two runs over the same input: surrogate keys and the wall-clock
// time a rejection was received.
QStringList dumpTables(QSqlDatabase connection)
{
    QStringList rows;
    QSqlQuery tables(connection);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                    " AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        qWarning("cannot list tables: %s", qPrintable(tables.lastError().text()));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    const QSet<QString> surrogate = {QStringLiteral("positions"), QStringLiteral("vehicle_events"),
                                     QStringLiteral("rejected_events"),
                                     QStringLiteral("audit_log")};
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(connection);
        q.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (q.next()) {
            const QSqlRecord record = q.record();
            QStringList values{table};
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i);
                if (column == QLatin1String("id") && surrogate.contains(table))
                    continue;
                if (table == QLatin1String("rejected_events") &&
                    column == QLatin1String("received_at"))
                    continue;
                values.append(
                    column + QLatin1Char('=') +
                    (record.isNull(i) ? QStringLiteral("NULL") : record.value(i).toString()));
            }
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    rows.sort();
    return rows;
}

qint64 count(Database &db, const QString &table, const QString &where = {})
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1%2")
               .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return q.next() ? q.value(0).toLongLong() : -1;
}

QList<QList<QByteArray>> chunks(const QList<QByteArray> &lines, int size)
{
    QList<QList<QByteArray>> out;
    for (qsizetype i = 0; i < lines.size(); i += size)
        out.append(lines.mid(i, size));
    return out;
}

// A small day: two routes, positions, arrivals and results, a status change,
// a review, a warning, some bad lines, a blank line and a result for a stop
// whose plan never comes (so it stays pending).
QList<QByteArray> smallDay()
{
    QList<QByteArray> lines;
    lines << line(plan(QStringLiteral("p-1"), at(6, 0), R1,
                       {{QStringLiteral("S-1"), 1, at(9, 0)},
                        {QStringLiteral("S-2"), 2, at(10, 0)},
                        {QStringLiteral("S-3"), 3, at(11, 0), QStringLiteral("C-3")}}));
    lines << line(plan(QStringLiteral("p-2"), at(6, 1), R2,
                       {{QStringLiteral("S-21"), 1, at(9, 30), QStringLiteral("C-21")}},
                       QStringLiteral("V-20")));
    lines << line(routeMark(QStringLiteral("route.started"), QStringLiteral("e-1"), at(8, 5), R1));
    lines << line(position(QStringLiteral("e-2"), at(8, 30), QStringLiteral("V-17"), 52.08, 5.09));
    lines << QByteArray("   ");
    lines << line(position(QStringLiteral("e-3"), at(8, 50), QStringLiteral("V-17"), 52.09, 5.11));
    lines << line(arrived(QStringLiteral("e-4"), at(9, 5), QStringLiteral("S-1"), R1));
    lines << QByteArray("{\"v\":1,\"id\":\"bad-1\",\"type\":\"vehicle.position\"}");
    lines << line(completed(QStringLiteral("e-5"), at(9, 25), QStringLiteral("S-1"), R1));
    lines << line(position(QStringLiteral("e-6"), at(9, 40), QStringLiteral("V-20"), 52.2, 5.3));
    lines << line(status(QStringLiteral("e-7"), at(9, 45), QStringLiteral("V-20"),
                         QStringLiteral("breakdown")));
    lines << line(with(position(QStringLiteral("e-13"), at(9, 50), QStringLiteral("V-20"), 52, 5),
                       QStringLiteral("lat"), 95));
    lines << QByteArray("not json at all");
    lines << line(
        review(QStringLiteral("e-8"), at(12, 0), QStringLiteral("RV-1"), QStringLiteral("S-1"), 9));
    lines << line(warning(QStringLiteral("e-9"), at(5, 0), QStringLiteral("W-1")));
    lines << line(completed(QStringLiteral("e-10"), at(10, 0), QStringLiteral("S-99"),
                            QStringLiteral("R-99")));
    lines << line(arrived(QStringLiteral("e-11"), at(10, 10), QStringLiteral("S-2"), R1));
    lines << line(position(QStringLiteral("e-12"), at(10, 11), QStringLiteral("V-17"), 52.1, 5.12));
    return lines;
}

} // namespace

class TestFeedIngester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void reingestIsIdempotent_data();
    void reingestIsIdempotent();
    void batchSizeDoesNotChangeTheResult();
    void largeBatchIsAppliedInOrder();
    void batchMixingStoredAndNewIds();
    void replanReplacesThePlannedPart();
    void replanKeepsVisitedStops();
    void lateResultForADroppedStop();
    void lateArrivalForADroppedStop();
    void olderResultDoesNotReplaceNewer();
    void firstArrivalIsKept();
    void olderPlanDoesNotReplaceNewer_data();
    void olderPlanDoesNotReplaceNewer();
    void resultBeforePlanIsPendingThenApplied();
    void pendingEventIsKeptOnce();
    void planReleasesWhatWaitsWhateverTheBatch_data();
    void planReleasesWhatWaitsWhateverTheBatch();
    void positionsOutOfOrder();
    void statusOutOfOrder();
    void rejectedLinesAreKept();
    void optionalFieldsMayBeLeftOut_data();
    void optionalFieldsMayBeLeftOut();
    void crashMidBatchConverges_data();
    void crashMidBatchConverges();
    void killedCliConverges();
    void batchAnnouncesWhatChanged();
    void duplicateBatchAnnouncesNothing();

private:
    std::unique_ptr<Database> openDb(const QString &name);
    IngestSummary ingestAll(Database &db, const QList<QByteArray> &lines, int batchSize = 1000,
                            ChangeNotifier *notifier = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    Clock *m_clock = nullptr;
};

void TestFeedIngester::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = Clock::stepped(QDateTime::fromMSecsSinceEpoch(msAt(12, 0), Qt::UTC), this);
}

void TestFeedIngester::cleanup()
{
    delete m_clock;
    m_clock = nullptr;
    m_dir.reset();
}

std::unique_ptr<Database> TestFeedIngester::openDb(const QString &name)
{
    return std::make_unique<Database>(DatabaseConfig::sqlite(m_dir->filePath(name)));
}

IngestSummary TestFeedIngester::ingestAll(Database &db, const QList<QByteArray> &lines,
                                          int batchSize, ChangeNotifier *notifier)
{
    FeedIngester ingester(db, m_clock, notifier);
    ingester.setSourceName(QStringLiteral("test"));
    qint64 lineNo = 1;
    for (const QList<QByteArray> &batch : chunks(lines, batchSize)) {
        ingester.ingest(batch, lineNo);
        lineNo += batch.size();
    }
    return ingester.total();
}

void TestFeedIngester::reingestIsIdempotent_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::newRow("one batch") << 1000;
    QTest::newRow("batches of 3") << 3;
    QTest::newRow("one line per batch") << 1;
}

void TestFeedIngester::reingestIsIdempotent()
{
    QFETCH(int, batchSize);
    const QList<QByteArray> lines = smallDay();
    auto db = openDb(QStringLiteral("day.db"));

    const IngestSummary first = ingestAll(*db, lines, batchSize);
    QCOMPARE(first.lines, 17); // the blank line is not counted
    QCOMPARE(first.rejected(), 3);
    QCOMPARE(first.pending, 1);  // S-99 has no plan
    QCOMPARE(first.applied, 13); // everything else
    QCOMPARE(first.duplicates, 0);
    const QStringList before = dumpTables(db->connection());
    QCOMPARE(count(*db, QStringLiteral("applied_events")), 14); // applied + pending
    QCOMPARE(count(*db, QStringLiteral("positions")), 4);
    QCOMPARE(count(*db, QStringLiteral("rejected_events")), 3);
    QCOMPARE(count(*db, QStringLiteral("pending_events")), 1);
    QCOMPARE(count(*db, QStringLiteral("stops")), 4);

    const IngestSummary second = ingestAll(*db, lines, batchSize);
    QCOMPARE(second.lines, first.lines);
    QCOMPARE(second.duplicates, first.applied + first.pending);
    QCOMPARE(second.applied, 0);
    QCOMPARE(second.pending, 0);
    QCOMPARE(second.released, 0);
    QCOMPARE(second.rejected(), first.rejected());
    QCOMPARE(dumpTables(db->connection()), before);

    // Also after closing and opening the file again.
    db.reset();
    db = openDb(QStringLiteral("day.db"));
    const IngestSummary third = ingestAll(*db, lines, batchSize);
    QCOMPARE(third.duplicates, first.applied + first.pending);
    QCOMPARE(dumpTables(db->connection()), before);
}

void TestFeedIngester::batchSizeDoesNotChangeTheResult()
{
    const QList<QByteArray> lines = smallDay();
    auto whole = openDb(QStringLiteral("whole.db"));
    auto single = openDb(QStringLiteral("single.db"));
    ingestAll(*whole, lines, 1000);
    ingestAll(*single, lines, 1);
    QCOMPARE(dumpTables(single->connection()), dumpTables(whole->connection()));
}

void TestFeedIngester::largeBatchIsAppliedInOrder()
{
    // A large batch is parsed on several threads: the result, the counts
    // and the line numbers of rejected lines are those of small batches.
    QList<QByteArray> lines = smallDay();
    for (int i = 0; i < 1500; ++i) {
        const QString vehicle = QStringLiteral("V-%1").arg(30 + i % 7);
        if (i % 97 == 5)
            lines << QByteArray("{\"v\":1,\"id\":\"broken-") + QByteArray::number(i) + "\"";
        else if (i % 101 == 7)
            lines << QByteArray();
        else if (i % 89 == 3) // the same id again: a duplicate
            lines << line(position(id("pos", i - 1), at(9, 0), vehicle, 52.0, 5.0));
        else
            lines << line(position(id("pos", i), at(8 + i / 600, i / 10 % 60, i % 60), vehicle,
                                   52.0 + i * 1e-4, 5.0 + i * 1e-4));
    }
    auto large = openDb(QStringLiteral("large.db"));
    auto small = openDb(QStringLiteral("small.db"));
    const IngestSummary a = ingestAll(*large, lines, 5000);
    const IngestSummary b = ingestAll(*small, lines, 7);
    QCOMPARE(a.lines, b.lines);
    QCOMPARE(a.applied, b.applied);
    QCOMPARE(a.duplicates, b.duplicates);
    QVERIFY(a.duplicates > 0);
    QCOMPARE(a.rejectedByReason, b.rejectedByReason);
    QVERIFY(a.rejected() > 3);
    QCOMPARE(a.pending, b.pending);
    QCOMPARE(dumpTables(large->connection()), dumpTables(small->connection()));
    QCOMPARE(OperationStore(*large).vehicles().size(), 9);
}

void TestFeedIngester::batchMixingStoredAndNewIds()
{
    // Event ids are recorded many at a time; a batch where some ids were
    // applied by an earlier batch (scattered, and in runs), some come twice
    // and the rest are new counts each as one batch at a time would.
    auto makeLine = [](int i) {
        return line(position(id("pos", i), at(8 + i / 600, i / 10 % 60, i % 60),
                             QStringLiteral("V-%1").arg(1 + i % 5), 52.0 + i * 1e-4,
                             5.0 + i * 1e-4));
    };
    QList<QByteArray> first, second;
    QSet<int> inFirst;
    for (int i = 0; i < 700; ++i) {
        if (i % 13 == 0 || (i >= 200 && i < 330)) {
            first << makeLine(i);
            inFirst.insert(i);
        }
    }
    for (int i = 0; i < 700; ++i) {
        second << makeLine(i);
        if (i % 50 == 1)
            second << makeLine(i); // again in the same batch
    }
    auto db = openDb(QStringLiteral("mixed.db"));
    FeedIngester ingester(*db, m_clock);
    const IngestSummary a = ingester.ingest(first);
    QCOMPARE(a.applied, qint64(inFirst.size()));
    QCOMPARE(a.duplicates, 0);
    const IngestSummary b = ingester.ingest(second);
    QCOMPARE(b.applied, qint64(700 - inFirst.size()));
    QCOMPARE(b.duplicates, qint64(inFirst.size() + 14));
    QCOMPARE(count(*db, QStringLiteral("applied_events")), 700);
    QCOMPARE(count(*db, QStringLiteral("positions")), 700);

    // The same lines one by one give the same store.
    auto oneByOne = openDb(QStringLiteral("onebyone.db"));
    const IngestSummary c = ingestAll(*oneByOne, first + second, 1);
    QCOMPARE(c.applied, a.applied + b.applied);
    QCOMPARE(c.duplicates, a.duplicates + b.duplicates);
    QCOMPARE(dumpTables(db->connection()), dumpTables(oneByOne->connection()));
}

void TestFeedIngester::replanReplacesThePlannedPart()
{
    auto db = openDb(QStringLiteral("replan.db"));
    ChangeNotifier notifier;
    FeedIngester ingester(*db, m_clock, &notifier);
    ingester.ingest({line(plan(QStringLiteral("p-1"), at(6, 0), R1,
                               {{QStringLiteral("S-1"), 1, at(9, 0)},
                                {QStringLiteral("S-2"), 2, at(10, 0)},
                                {QStringLiteral("S-3"), 3, at(11, 0)},
                                {QStringLiteral("S-4"), 4, at(12, 0)}})),
                     line(arrived(QStringLiteral("e-1"), at(9, 2), QStringLiteral("S-1"), R1)),
                     line(completed(QStringLiteral("e-2"), at(9, 20), QStringLiteral("S-1"), R1)),
                     line(arrived(QStringLiteral("e-3"), at(10, 5), QStringLiteral("S-2"), R1))});

    QSignalSpy added(&notifier, &ChangeNotifier::routesAdded);
    QSignalSpy changed(&notifier, &ChangeNotifier::routesChanged);
    QSignalSpy stops(&notifier, &ChangeNotifier::stopsChanged);
    // Re-plan: S-4 moves forward, S-3 (not visited) is dropped, S-5 is new,
    // S-2 gets a new planned time.
    const IngestSummary s = ingester.ingest({line(plan(QStringLiteral("p-2"), at(10, 6), R1,
                                                       {{QStringLiteral("S-1"), 1, at(9, 0)},
                                                        {QStringLiteral("S-4"), 2, at(10, 30)},
                                                        {QStringLiteral("S-2"), 3, at(10, 50)},
                                                        {QStringLiteral("S-5"), 4, at(11, 40)}}))});
    QCOMPARE(s.applied, 1);
    QCOMPARE(s.stale, 0);

    OperationStore store(*db);
    const QVector<Stop> planned = store.stopsOfRoute(R1);
    QStringList order;
    for (const Stop &st : planned)
        order << QStringLiteral("%1@%2").arg(st.id).arg(st.seq);
    QCOMPARE(order, QStringList({QStringLiteral("S-1@1"), QStringLiteral("S-4@2"),
                                 QStringLiteral("S-2@3"), QStringLiteral("S-5@4")}));
    // What happened is kept.
    QCOMPARE(planned.at(0).arrivedAt, msAt(9, 2));
    QCOMPARE(planned.at(0).completedAt, msAt(9, 20));
    QCOMPARE(planned.at(0).outcome, Domain::Outcome::Delivered);
    QCOMPARE(planned.at(0).state, Domain::StopState::Done);
    QCOMPARE(planned.at(2).arrivedAt, msAt(10, 5));
    QCOMPARE(planned.at(2).state, Domain::StopState::Arrived);
    // The planned part is new.
    QCOMPARE(planned.at(2).plannedArrival, msAt(10, 50));
    QCOMPARE(planned.at(1).plannedArrival, msAt(10, 30));
    QCOMPARE(planned.at(3).state, Domain::StopState::Planned);

    const QVector<Stop> all = store.stopsOfRoute(R1, true);
    QCOMPARE(all.size(), 5);
    const auto dropped = std::find_if(all.cbegin(), all.cend(),
                                      [](const Stop &st) { return st.id == QLatin1String("S-3"); });
    QVERIFY(dropped != all.cend());
    QVERIFY(!dropped->inPlan);

    const QVector<Route> routes = store.routesByIds({R1});
    QCOMPARE(routes.size(), 1);
    QCOMPARE(routes.at(0).stopCount, 4);
    QCOMPARE(routes.at(0).doneCount, 1);

    // Announced as a change of the route, with every stop that moved.
    QCOMPARE(added.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{R1});
    QCOMPARE(stops.count(), 1);
    QCOMPARE(stops.at(0).at(0).toStringList(),
             QStringList({QStringLiteral("S-1"), QStringLiteral("S-2"), QStringLiteral("S-3"),
                          QStringLiteral("S-4"), QStringLiteral("S-5")}));

    // A later plan that brings S-3 back puts it in the plan again.
    ingester.ingest({line(plan(QStringLiteral("p-3"), at(10, 20), R1,
                               {{QStringLiteral("S-1"), 1, at(9, 0)},
                                {QStringLiteral("S-2"), 2, at(10, 50)},
                                {QStringLiteral("S-3"), 3, at(11, 20)}}))});
    QStringList ids;
    for (const Stop &st : store.stopsOfRoute(R1))
        ids << st.id;
    QCOMPARE(ids,
             QStringList({QStringLiteral("S-1"), QStringLiteral("S-2"), QStringLiteral("S-3")}));
}

void TestFeedIngester::replanKeepsVisitedStops()
{
    // A re-plan that leaves out stops where something already happened keeps
    // them on the route: what happened is not undone by the planner.
    auto db = openDb(QStringLiteral("visited.db"));
    FeedIngester ingester(*db, m_clock);
    ingester.ingest({line(plan(QStringLiteral("p-1"), at(6, 0), R1,
                               {{QStringLiteral("S-1"), 1, at(9, 0)},
                                {QStringLiteral("S-2"), 2, at(10, 0)},
                                {QStringLiteral("S-3"), 3, at(11, 0)}})),
                     line(completed(QStringLiteral("e-1"), at(9, 20), QStringLiteral("S-1"), R1,
                                    QStringLiteral("not_home"))),
                     line(arrived(QStringLiteral("e-2"), at(10, 5), QStringLiteral("S-2"), R1)),
                     line(plan(QStringLiteral("p-2"), at(10, 6), R1,
                               {{QStringLiteral("S-3"), 1, at(10, 40)}}))});
    OperationStore store(*db);
    QStringList ids;
    for (const Stop &st : store.stopsOfRoute(R1))
        ids << st.id;
    ids.sort();
    QCOMPARE(ids,
             QStringList({QStringLiteral("S-1"), QStringLiteral("S-2"), QStringLiteral("S-3")}));
    const QVector<Stop> s1 = store.stopsByIds({QStringLiteral("S-1")});
    QCOMPARE(s1.size(), 1);
    QCOMPARE(s1.at(0).state, Domain::StopState::Failed);
    QCOMPARE(s1.at(0).outcome, Domain::Outcome::NotHome);
}

void TestFeedIngester::lateResultForADroppedStop()
{
    // S-2 was delivered at 10:00, but its result reaches Voorzet only after a
    // re-plan (made at 10:05 without that news) left S-2 out. What happened
    // is kept: the stop is back on the route with its result.
    auto db = openDb(QStringLiteral("late-result.db"));
    FeedIngester ingester(*db, m_clock);
    ingester.ingest(
        {line(plan(QStringLiteral("p-1"), at(6, 0), R1,
                   {{QStringLiteral("S-1"), 1, at(9, 0)}, {QStringLiteral("S-2"), 2, at(10, 0)}})),
         line(plan(QStringLiteral("p-2"), at(10, 5), R1, {{QStringLiteral("S-1"), 1, at(9, 0)}}))});
    OperationStore store(*db);
    QCOMPARE(store.stopsOfRoute(R1).size(), 1);
    ingester.ingest({line(arrived(QStringLiteral("e-1"), at(9, 50), QStringLiteral("S-2"), R1)),
                     line(completed(QStringLiteral("e-2"), at(10, 0), QStringLiteral("S-2"), R1))});
    const QVector<Stop> s2 = store.stopsByIds({QStringLiteral("S-2")});
    QCOMPARE(s2.size(), 1);
    QCOMPARE(s2.at(0).state, Domain::StopState::Done);
    QVERIFY(s2.at(0).inPlan);
    QCOMPARE(s2.at(0).arrivedAt, msAt(9, 50));
    QCOMPARE(s2.at(0).completedAt, msAt(10, 0));
    QCOMPARE(store.stopsOfRoute(R1).size(), 2);
    QCOMPARE(store.routesByIds({R1}).at(0).doneCount, 1);
    // A later re-plan that still leaves it out keeps it: it was visited.
    ingester.ingest({line(
        plan(QStringLiteral("p-3"), at(10, 30), R1, {{QStringLiteral("S-1"), 1, at(9, 0)}}))});
    QVERIFY(store.stopsByIds({QStringLiteral("S-2")}).value(0).inPlan);
    QCOMPARE(store.routesByIds({R1}).at(0).doneCount, 1);
}

void TestFeedIngester::lateArrivalForADroppedStop()
{
    // Only the arrival reaches Voorzet after the re-plan: the crew was there,
    // so the stop is back on its route as arrived.
    auto db = openDb(QStringLiteral("late-arrival.db"));
    FeedIngester ingester(*db, m_clock);
    ingester.ingest(
        {line(plan(QStringLiteral("p-1"), at(6, 0), R1,
                   {{QStringLiteral("S-1"), 1, at(9, 0)}, {QStringLiteral("S-2"), 2, at(10, 0)}})),
         line(plan(QStringLiteral("p-2"), at(10, 5), R1, {{QStringLiteral("S-1"), 1, at(9, 0)}})),
         line(arrived(QStringLiteral("e-1"), at(9, 50), QStringLiteral("S-2"), R1))});
    OperationStore store(*db);
    const Stop s2 = store.stopsByIds({QStringLiteral("S-2")}).value(0);
    QVERIFY(s2.inPlan);
    QCOMPARE(s2.state, Domain::StopState::Arrived);
    QCOMPARE(store.stopsOfRoute(R1).size(), 2);
}

void TestFeedIngester::olderResultDoesNotReplaceNewer()
{
    // Two results for one stop arrive in the opposite order of their times
    // (a retried upload): the newer one stands, as for positions and statuses,
    // so the end state does not depend on the order of arrival.
    const QByteArray planLine =
        line(plan(QStringLiteral("p-1"), at(6, 0), R1, {{QStringLiteral("S-1"), 1, at(9, 0)}}));
    const QByteArray older = line(completed(QStringLiteral("e-1"), at(9, 20), QStringLiteral("S-1"),
                                            R1, QStringLiteral("not_home")));
    const QByteArray newer = line(completed(QStringLiteral("e-2"), at(9, 40), QStringLiteral("S-1"),
                                            R1, QStringLiteral("delivered")));
    auto inOrder = openDb(QStringLiteral("in-order.db"));
    auto reversed = openDb(QStringLiteral("reversed.db"));
    ingestAll(*inOrder, {planLine, older, newer});
    ingestAll(*reversed, {planLine, newer, older});
    const Stop a = OperationStore(*inOrder).stopsByIds({QStringLiteral("S-1")}).value(0);
    QCOMPARE(a.outcome, Domain::Outcome::Delivered);
    QCOMPARE(a.completedAt, msAt(9, 40));
    const Stop b = OperationStore(*reversed).stopsByIds({QStringLiteral("S-1")}).value(0);
    QCOMPARE(b.outcome, Domain::Outcome::Delivered);
    QCOMPARE(b.completedAt, msAt(9, 40));
    QCOMPARE(b.state, a.state);
    QCOMPARE(b.state, Domain::StopState::Done);
    QCOMPARE(b.servicesDone, a.servicesDone);
}

void TestFeedIngester::firstArrivalIsKept()
{
    // Two arrivals at one stop (the crew drove on and came back): the first
    // one is the arrival, whatever order they reach Voorzet in.
    const QByteArray planLine =
        line(plan(QStringLiteral("p-1"), at(6, 0), R1, {{QStringLiteral("S-1"), 1, at(9, 0)}}));
    const QByteArray first =
        line(arrived(QStringLiteral("e-1"), at(9, 5), QStringLiteral("S-1"), R1));
    const QByteArray again =
        line(arrived(QStringLiteral("e-2"), at(9, 25), QStringLiteral("S-1"), R1));
    auto inOrder = openDb(QStringLiteral("arrive-in-order.db"));
    auto reversed = openDb(QStringLiteral("arrive-reversed.db"));
    ingestAll(*inOrder, {planLine, first, again});
    ingestAll(*reversed, {planLine, again, first});
    QCOMPARE(OperationStore(*inOrder).stopsByIds({QStringLiteral("S-1")}).value(0).arrivedAt,
             msAt(9, 5));
    QCOMPARE(OperationStore(*reversed).stopsByIds({QStringLiteral("S-1")}).value(0).arrivedAt,
             msAt(9, 5));
}

void TestFeedIngester::olderPlanDoesNotReplaceNewer_data()
{
    QTest::addColumn<bool>("sameBatch");
    QTest::newRow("in a later batch") << false;
    QTest::newRow("in the same batch") << true;
}

void TestFeedIngester::olderPlanDoesNotReplaceNewer()
{
    QFETCH(bool, sameBatch);
    const QByteArray newer =
        line(plan(QStringLiteral("p-new"), at(7, 0), R1,
                  {{QStringLiteral("S-1"), 1, at(9, 0)}, {QStringLiteral("S-2"), 2, at(10, 0)}}));
    const QByteArray older =
        line(plan(QStringLiteral("p-old"), at(6, 0), R1,
                  {{QStringLiteral("S-2"), 1, at(8, 0)}, {QStringLiteral("S-9"), 2, at(9, 0)}}));
    auto db = openDb(QStringLiteral("older.db"));
    FeedIngester ingester(*db, m_clock);
    if (sameBatch) {
        ingester.ingest({newer, older});
    } else {
        ingester.ingest({newer});
        ingester.ingest({older});
    }
    OperationStore store(*db);
    const QVector<Stop> stops = store.stopsOfRoute(R1, true);
    QCOMPARE(stops.size(), 2);
    QCOMPARE(stops.at(0).id, QStringLiteral("S-1"));
    QCOMPARE(stops.at(1).id, QStringLiteral("S-2"));
    QCOMPARE(stops.at(1).plannedArrival, msAt(10, 0));
    QCOMPARE(store.stopsByIds({QStringLiteral("S-9")}).size(), 0);
    QCOMPARE(store.routesByIds({R1}).at(0).stopCount, 2);
    // The stale plan still counts as seen: sending it again is a duplicate.
    QCOMPARE(ingester.ingest({older}).duplicates, 1);

    QCOMPARE(ingester.total().stale, 1);
    // A stale plan is counted as stale only, not as applied as well.
    QCOMPARE(ingester.total().applied, 1);
}

void TestFeedIngester::resultBeforePlanIsPendingThenApplied()
{
    const QByteArray planLine =
        line(plan(QStringLiteral("p-1"), at(6, 0), R1,
                  {{QStringLiteral("S-1"), 1, at(9, 0)}, {QStringLiteral("S-2"), 2, at(10, 0)}}));
    const QList<QByteArray> early = {
        // Stream order differs from time order on purpose: completion before arrival.
        line(completed(QStringLiteral("e-3"), at(9, 30), QStringLiteral("S-1"), R1)),
        line(arrived(QStringLiteral("e-2"), at(9, 5), QStringLiteral("S-1"), R1)),
        line(routeMark(QStringLiteral("route.started"), QStringLiteral("e-1"), at(8, 0), R1)),
        line(arrived(QStringLiteral("e-4"), at(10, 3), QStringLiteral("S-2"), R1)),
    };

    auto db = openDb(QStringLiteral("pending.db"));
    ChangeNotifier notifier;
    FeedIngester ingester(*db, m_clock, &notifier);
    const IngestSummary first = ingester.ingest(early);
    QCOMPARE(first.pending, 4);
    QCOMPARE(first.applied, 0);
    QCOMPARE(ingester.pendingInStore(), 4);
    OperationStore store(*db);
    QCOMPARE(store.stopsByIds({QStringLiteral("S-1")}).size(), 0);

    QSignalSpy stopsSpy(&notifier, &ChangeNotifier::stopsChanged);
    const IngestSummary second = ingester.ingest({planLine});
    QCOMPARE(second.applied, 1);
    QCOMPARE(second.released, 4);
    QCOMPARE(ingester.pendingInStore(), 0);

    const QVector<Stop> stops = store.stopsOfRoute(R1);
    QCOMPARE(stops.size(), 2);
    QCOMPARE(stops.at(0).arrivedAt, msAt(9, 5));
    QCOMPARE(stops.at(0).completedAt, msAt(9, 30));
    QCOMPARE(stops.at(0).state, Domain::StopState::Done);
    QCOMPARE(stops.at(1).arrivedAt, msAt(10, 3));
    QCOMPARE(stops.at(1).state, Domain::StopState::Arrived);
    QCOMPARE(store.routesByIds({R1}).at(0).startedAt, msAt(8, 0));
    QCOMPARE(stopsSpy.count(), 1);
    QCOMPARE(stopsSpy.at(0).at(0).toStringList(),
             QStringList({QStringLiteral("S-1"), QStringLiteral("S-2")}));

    // The same end state as when everything came in time order.
    auto ordered = openDb(QStringLiteral("ordered.db"));
    FeedIngester inOrder(*ordered, m_clock);
    QList<QByteArray> all{planLine};
    all << early.at(2) << early.at(1) << early.at(0) << early.at(3);
    inOrder.ingest(all);
    QCOMPARE(dumpTables(db->connection()), dumpTables(ordered->connection()));

    // Released events stay applied: the whole input again is all duplicates.
    QList<QByteArray> again = early;
    again << planLine;
    const IngestSummary third = ingester.ingest(again);
    QCOMPARE(third.duplicates, 5);
    QCOMPARE(dumpTables(db->connection()), dumpTables(ordered->connection()));
}

void TestFeedIngester::pendingEventIsKeptOnce()
{
    auto db = openDb(QStringLiteral("pending-once.db"));
    FeedIngester ingester(*db, m_clock);
    const QByteArray result =
        line(completed(QStringLiteral("e-1"), at(9, 30), QStringLiteral("S-1"), R1));
    QCOMPARE(ingester.ingest({result}).pending, 1);
    const IngestSummary again = ingester.ingest({result, result});
    QCOMPARE(again.duplicates, 2);
    QCOMPARE(again.pending, 0);
    QCOMPARE(ingester.pendingInStore(), 1);
}

void TestFeedIngester::planReleasesWhatWaitsWhateverTheBatch_data()
{
    QTest::addColumn<QString>("order");
    // R1's plan comes first and finds nothing waiting; then a result for
    // R2's stop waits; then R2's plan must release it.
    QTest::newRow("all in one batch") << QStringLiteral("one batch");
    QTest::newRow("waiting since an earlier batch") << QStringLiteral("earlier batch");
    // The result is kept by another connection between this ingester's
    // batches (another desk, voorzet-cli ingest).
    QTest::newRow("kept by another connection") << QStringLiteral("other connection");
}

void TestFeedIngester::planReleasesWhatWaitsWhateverTheBatch()
{
    QFETCH(QString, order);
    const QByteArray plan1 =
        line(plan(QStringLiteral("p-1"), at(6, 0), R1, {{QStringLiteral("S-1"), 1, at(9, 0)}}));
    const QByteArray result = line(
        completed(QStringLiteral("e-1"), at(9, 40), QStringLiteral("S-21"), R2, QStringLiteral("delivered"),
                  QStringLiteral("V-20")));
    const QByteArray plan2 =
        line(plan(QStringLiteral("p-2"), at(6, 1), R2,
                  {{QStringLiteral("S-21"), 1, at(9, 30), QStringLiteral("C-21")}},
                  QStringLiteral("V-20")));

    auto db = openDb(QStringLiteral("release.db"));
    FeedIngester ingester(*db, m_clock);
    IngestSummary total;
    if (order == QLatin1String("one batch")) {
        total.add(ingester.ingest({plan1, result, plan2}));
    } else if (order == QLatin1String("earlier batch")) {
        total.add(ingester.ingest({result}));
        total.add(ingester.ingest({plan1, plan2}));
    } else {
        total.add(ingester.ingest({plan1}));
        auto other = openDb(QStringLiteral("release.db"));
        FeedIngester otherIngester(*other, m_clock);
        total.add(otherIngester.ingest({result}));
        total.add(ingester.ingest({plan2}));
    }
    QCOMPARE(total.pending, 1);
    QCOMPARE(total.released, 1);
    QCOMPARE(ingester.pendingInStore(), 0);
    const QVector<Stop> stops = OperationStore(*db).stopsOfRoute(R2);
    QCOMPARE(stops.size(), 1);
    QCOMPARE(stops.at(0).completedAt, msAt(9, 40));
    QCOMPARE(stops.at(0).state, Domain::StopState::Done);
}

void TestFeedIngester::positionsOutOfOrder()
{
    auto db = openDb(QStringLiteral("positions.db"));
    FeedIngester ingester(*db, m_clock);
    const QString V = QStringLiteral("V-17");
    // In one batch: the newest comes second.
    ingester.ingest({line(position(QStringLiteral("e-1"), at(9, 10), V, 52.01, 5.01)),
                     line(position(QStringLiteral("e-2"), at(9, 20), V, 52.03, 5.03)),
                     line(position(QStringLiteral("e-3"), at(9, 15), V, 52.02, 5.02))});
    OperationStore store(*db);
    QVector<Vehicle> v = store.vehicles({V});
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.at(0).positionTs, msAt(9, 20));
    QCOMPARE(v.at(0).lat, 52.03);
    QCOMPARE(v.at(0).lon, 5.03);
    QCOMPARE(v.at(0).lastContactTs, msAt(9, 20));

    // In a later batch: an older position is kept in the trail only.
    ingester.ingest({line(position(QStringLiteral("e-4"), at(9, 5), V, 52.00, 5.00))});
    v = store.vehicles({V});
    QCOMPARE(v.at(0).positionTs, msAt(9, 20));
    QCOMPARE(v.at(0).lat, 52.03);
    QCOMPARE(v.at(0).lastContactTs, msAt(9, 20));
    const QVector<QPointF> trail = store.trail(V, msAt(9, 0), msAt(10, 0));
    QCOMPARE(trail.size(), 4);
    QCOMPARE(trail.first(), QPointF(5.00, 52.00)); // oldest first, (lon, lat)
    QCOMPARE(trail.last(), QPointF(5.03, 52.03));

    // A newer one moves the vehicle.
    ingester.ingest({line(position(QStringLiteral("e-5"), at(9, 30), V, 52.04, 5.04))});
    v = store.vehicles({V});
    QCOMPARE(v.at(0).positionTs, msAt(9, 30));
    QCOMPARE(v.at(0).lat, 52.04);
}

void TestFeedIngester::statusOutOfOrder()
{
    auto db = openDb(QStringLiteral("status.db"));
    FeedIngester ingester(*db, m_clock);
    const QString V = QStringLiteral("V-17");
    ingester.ingest(
        {line(status(QStringLiteral("e-2"), at(10, 45), V, QStringLiteral("repaired")))});
    ingester.ingest(
        {line(status(QStringLiteral("e-1"), at(10, 0), V, QStringLiteral("breakdown")))});
    OperationStore store(*db);
    const QVector<Vehicle> v = store.vehicles({V});
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.at(0).status, Domain::VehicleStatus::Repaired);
    QCOMPARE(v.at(0).statusTs, msAt(10, 45));
    QCOMPARE(v.at(0).lastContactTs, msAt(10, 45));
    QCOMPARE(count(*db, QStringLiteral("vehicle_events")), 2); // the history has both
}

void TestFeedIngester::rejectedLinesAreKept()
{
    auto db = openDb(QStringLiteral("rejected.db"));
    ChangeNotifier notifier;
    QSignalSpy rejectedSpy(&notifier, &ChangeNotifier::eventsRejected);
    FeedIngester ingester(*db, m_clock, &notifier);
    ingester.setSourceName(QStringLiteral("feed.jsonl"));
    const QByteArray badScore = line(with(
        review(QStringLiteral("e-1"), at(12, 0), QStringLiteral("RV-1"), QStringLiteral("S-1"), 9),
        QStringLiteral("score"), 11));
    const QByteArray badJson =
        line(with(position(QStringLiteral("e-3"), at(9, 0), QStringLiteral("V-1"), 52, 5),
                  QStringLiteral("type"), QStringLiteral("vehicle.jumped")));
    const QByteArray good =
        line(position(QStringLiteral("e-2"), at(9, 0), QStringLiteral("V-1"), 52, 5));
    const IngestSummary s = ingester.ingest({good, badScore, badJson}, 10);
    QCOMPARE(s.applied, 1);
    QCOMPARE(s.rejected(), 2);
    QCOMPARE(rejectedSpy.count(), 1);
    QCOMPARE(rejectedSpy.at(0).at(0).toInt(), 2);

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT event_id, type, field, reason, raw, source, line_no,"
                                  " received_at FROM rejected_events ORDER BY line_no")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("e-1"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("review.received"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("score"));
    QVERIFY(!q.value(3).toString().isEmpty());
    QCOMPARE(q.value(4).toString().toUtf8(), badScore);
    QCOMPARE(q.value(5).toString(), QStringLiteral("feed.jsonl"));
    QCOMPARE(q.value(6).toLongLong(), 11);
    QCOMPARE(q.value(7).toLongLong(), m_clock->nowMs());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("e-3"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("vehicle.jumped"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("type"));
    QVERIFY(!q.value(3).toString().isEmpty());
    QCOMPARE(q.value(4).toString().toUtf8(), badJson);
    QCOMPARE(q.value(6).toLongLong(), 12);
    QVERIFY(!q.next());

    // Seen again (another line number, another batch): kept once.
    const IngestSummary again = ingester.ingest({badJson, badScore}, 0);
    QCOMPARE(again.rejected(), 2);
    QCOMPARE(count(*db, QStringLiteral("rejected_events")), 2);
    QCOMPARE(OperationStore(*db).rejectedCount(), 2);

    // Grouped by what is wrong, not by the values in the message.
    const IngestSummary scores =
        ingester.ingest({line(with(review(QStringLiteral("e-5"), at(12, 0), QStringLiteral("RV-5"),
                                          QStringLiteral("S-1"), 9),
                                   QStringLiteral("score"), 12)),
                         line(with(review(QStringLiteral("e-6"), at(12, 0), QStringLiteral("RV-6"),
                                          QStringLiteral("S-1"), 9),
                                   QStringLiteral("score"), -4))});
    QCOMPARE(scores.rejectedByReason.size(), 1);
    QCOMPARE(scores.rejectedByReason.first(), 2);
}

void TestFeedIngester::optionalFieldsMayBeLeftOut_data()
{
    // Each row leaves out (or empties) what FEED.md allows to leave out, or
    // is a line rejected before its id, type or field could be read. The
    // batch must apply (or keep the rejection) and go on.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("table"); // where the line must end up
    QTest::addColumn<int>("rows");

    const QString t = at(9, 30);
    const QJsonObject pl =
        plan(QStringLiteral("p-9"), at(6, 0), R2, {{QStringLiteral("S-9"), 1, at(9, 0)}});
    const QString routes = QStringLiteral("routes"), stops = QStringLiteral("stops"),
                  events = QStringLiteral("vehicle_events"), reviews = QStringLiteral("reviews"),
                  rejected = QStringLiteral("rejected_events");
    QTest::newRow("stop without previous_stop")
        << line(without(pl, QStringLiteral("stops[0].previous_stop"))) << stops << 2;
    QTest::newRow("stop without product model")
        << line(without(pl, QStringLiteral("stops[0].product.model"))) << stops << 2;
    QTest::newRow("stop without services")
        << line(with(pl, QStringLiteral("stops[0].services"), QJsonArray())) << stops << 2;
    QTest::newRow("plan without geometry")
        << line(without(pl, QStringLiteral("geometry"))) << routes << 2;
    QTest::newRow("vehicle without plate")
        << line(without(pl, QStringLiteral("vehicle.plate"))) << routes << 2;
    QTest::newRow("customer without phone and email")
        << line(without(without(pl, QStringLiteral("stops[0].customer.phone")),
                        QStringLiteral("stops[0].customer.email")))
        << stops << 2;
    QJsonObject noAddress = pl;
    for (const char *key : {"street", "house_number", "postcode", "city"})
        noAddress = without(noAddress, QStringLiteral("stops[0].customer.") + QLatin1String(key));
    QTest::newRow("customer without address") << line(noAddress) << stops << 2;
    QTest::newRow("completed without note")
        << line(without(completed(QStringLiteral("e-90"), t, QStringLiteral("S-1"), R1),
                        QStringLiteral("note")))
        << stops << 1;
    QTest::newRow("not home, no services done")
        << line(with(completed(QStringLiteral("e-91"), t, QStringLiteral("S-1"), R1,
                               QStringLiteral("not_home")),
                     QStringLiteral("services_done"), QJsonArray()))
        << stops << 1;
    QTest::newRow("status without note")
        << line(without(status(QStringLiteral("e-92"), t, QStringLiteral("V-17"),
                               QStringLiteral("break_start")),
                        QStringLiteral("note")))
        << events << 1;
    QTest::newRow("review without language and channel")
        << line(without(without(review(QStringLiteral("e-93"), t, QStringLiteral("RV-9"),
                                       QStringLiteral("S-1"), 7),
                                QStringLiteral("language")),
                        QStringLiteral("channel")))
        << reviews << 1;
    QTest::newRow("line that is not JSON") << QByteArray("not json at all") << rejected << 1;
    QTest::newRow("JSON that is not an object") << QByteArray("[1, 2]") << rejected << 1;
    QTest::newRow("event without v")
        << line(without(position(QStringLiteral("e-94"), t, QStringLiteral("V-17"), 52, 5),
                        QStringLiteral("v")))
        << rejected << 1;
    QTest::newRow("event with an empty id")
        << line(with(position(QStringLiteral("e-95"), t, QStringLiteral("V-17"), 52, 5),
                     QStringLiteral("id"), QString(QLatin1String(""))))
        << rejected << 1;
    // A readable rejection, by an ingester that was given no source name.
    QTest::newRow("rejection without a source name")
        << line(with(position(QStringLiteral("e-96"), t, QStringLiteral("V-17"), 52, 5),
                     QStringLiteral("lat"), 95))
        << rejected << 1;
}

void TestFeedIngester::optionalFieldsMayBeLeftOut()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, table);
    QFETCH(int, rows);

    auto db = openDb(QStringLiteral("optional.db"));
    FeedIngester ingester(*db, m_clock);
    if (QLatin1String(QTest::currentDataTag()) != QLatin1String("rejection without a source name"))
        ingester.setSourceName(QStringLiteral("feed.jsonl"));
    ingester.ingest(
        {line(plan(QStringLiteral("p-1"), at(6, 0), R1, {{QStringLiteral("S-1"), 1, at(9, 0)}}))});
    const qint64 applied = count(*db, QStringLiteral("applied_events"));
    QString error;
    try {
        // The line, then a good one after it: the stream must go on.
        ingester.ingest({input, line(position(QStringLiteral("e-after"), at(11, 0),
                                              QStringLiteral("V-17"), 52, 5))});
    } catch (const StoreError &e) {
        error = e.message().section(QLatin1Char('\n'), 0, 0);
    }
    // Absent optional strings once went to SQL as NULL into NOT NULL columns
    // and failed the whole batch.
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(count(*db, QStringLiteral("applied_events")) > applied);
    QCOMPARE(count(*db, table), rows);
}

void TestFeedIngester::crashMidBatchConverges_data()
{
    QTest::addColumn<int>("failAfter");
    QTest::newRow("before the first event") << 0;
    QTest::newRow("after one event") << 1;
    QTest::newRow("after five events") << 5;
    QTest::newRow("before the last event") << 9;
}

void TestFeedIngester::crashMidBatchConverges()
{
    QFETCH(int, failAfter);
    const QList<QByteArray> lines = smallDay();
    const QList<QByteArray> firstBatch = lines.mid(0, 5);
    const QList<QByteArray> secondBatch = lines.mid(5);

    auto clean = openDb(QStringLiteral("clean.db"));
    ingestAll(*clean, lines, 5);
    auto partial = openDb(QStringLiteral("partial.db"));
    ingestAll(*partial, firstBatch, 5);

    auto db = openDb(QStringLiteral("crash.db"));
    ChangeNotifier notifier;
    FeedIngester ingester(*db, m_clock, &notifier);
    ingester.setSourceName(QStringLiteral("test"));
    ingester.ingest(firstBatch, 1);

    QSignalSpy routes(&notifier, &ChangeNotifier::routesChanged);
    QSignalSpy moved(&notifier, &ChangeNotifier::vehiclesMoved);
    QSignalSpy rejected(&notifier, &ChangeNotifier::eventsRejected);
    ingester.failAfterEvents(failAfter);
    QVERIFY_THROWS_EXCEPTION(StoreError, ingester.ingest(secondBatch, 6));
    // Nothing of the failed batch is in the store, and nothing was announced.
    QCOMPARE(dumpTables(db->connection()), dumpTables(partial->connection()));
    QCOMPARE(routes.count() + moved.count() + rejected.count(), 0);

    // The same ingester (its caches must not believe the rolled-back writes)
    // then runs the whole input again from the start.
    ingester.ingest(firstBatch, 1);
    ingester.ingest(secondBatch, 6);
    QCOMPARE(dumpTables(db->connection()), dumpTables(clean->connection()));

    // And a fresh ingester on a fresh connection agrees.
    db.reset();
    db = openDb(QStringLiteral("crash.db"));
    const IngestSummary again = ingestAll(*db, lines, 5);
    QCOMPARE(again.applied + again.pending, 0);
    QCOMPARE(dumpTables(db->connection()), dumpTables(clean->connection()));
}

void TestFeedIngester::killedCliConverges()
{
    const QString cli = qEnvironmentVariable("VOORZET_BIN_DIR") + QStringLiteral("/voorzet-cli");
    if (!QFileInfo(cli).isExecutable())
        QSKIP("voorzet-cli is not built");

    // A day big enough that ingesting it in batches of 50 takes a while.
    QList<QByteArray> lines;
    const int routes = 6, stopsPerRoute = 25, positionsPerRoute = 4000;
    for (int r = 0; r < routes; ++r) {
        const QString route = QStringLiteral("R-%1").arg(r);
        const QString vehicle = QStringLiteral("V-%1").arg(r);
        QList<StopSpec> specs;
        for (int s = 0; s < stopsPerRoute; ++s)
            specs.append({QStringLiteral("S-%1-%2").arg(r).arg(s), s + 1,
                          at(9 + s / 4, (s % 4) * 15), QStringLiteral("C-%1-%2").arg(r).arg(s)});
        // Odd routes' plans come late, after some of their results (pending).
        if (r % 2 == 0)
            lines << line(plan(id("plan", r), at(6, r), route, specs, vehicle));
        for (int p = 0; p < positionsPerRoute; ++p) {
            const int second = p * 2;
            lines << line(position(id("pos", r * positionsPerRoute + p),
                                   at(8 + second / 3600, (second / 60) % 60, second % 60), vehicle,
                                   52.0 + 0.0001 * p, 5.0 + 0.0001 * r));
            if (p % 160 == 0) {
                const int s = p / 160;
                lines << line(arrived(id("arr", r * 100 + s), at(9 + s / 4, (s % 4) * 15 + 2),
                                      specs.at(s).id, route, vehicle));
                lines << line(completed(
                    id("done", r * 100 + s), at(9 + s / 4, (s % 4) * 15 + 12), specs.at(s).id,
                    route, s % 7 == 3 ? QStringLiteral("not_home") : QStringLiteral("delivered"),
                    vehicle));
            }
            if (p % 997 == 0)
                lines << QByteArray("{\"v\":1,\"id\":\"broken-%1\",\"type\":\"vehicle.position\"}")
                             .replace("%1", QByteArray::number(r * positionsPerRoute + p));
        }
        if (r % 2 == 1)
            lines << line(plan(id("plan", r), at(6, r), route, specs, vehicle));
    }
    const QString feed = m_dir->filePath(QStringLiteral("feed.jsonl"));
    QVERIFY(writeFeed(feed, lines));

    auto runCli = [&](const QString &db, QProcess &process) {
        process.setProgram(cli);
        process.setArguments({QStringLiteral("ingest"), QStringLiteral("--db"), db,
                              QStringLiteral("--batch"), QStringLiteral("50"), feed});
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        return process.waitForStarted(5000);
    };

    // The reference: one clean run.
    const QString cleanDb = m_dir->filePath(QStringLiteral("clean.db"));
    QElapsedTimer timer;
    timer.start();
    {
        QProcess clean;
        QVERIFY(runCli(cleanDb, clean));
        QVERIFY(clean.waitForFinished(15000));
        QCOMPARE(clean.exitStatus(), QProcess::NormalExit);
        QCOMPARE(clean.exitCode(), 0);
    }
    const qint64 cleanMs = timer.elapsed();

    // The run that is killed once some batches are committed.
    const QString killedDb = m_dir->filePath(QStringLiteral("killed.db"));
    QProcess killed;
    QVERIFY(runCli(killedDb, killed));
    qint64 appliedAtKill = -1;
    {
        QSqlDatabase watch =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
        watch.setDatabaseName(killedDb);
        watch.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=50"));
        QElapsedTimer waited;
        waited.start();
        while (killed.state() == QProcess::Running && waited.elapsed() < 15000) {
            if (QFileInfo::exists(killedDb) && (watch.isOpen() || watch.open())) {
                QSqlQuery q(watch);
                if (q.exec(QStringLiteral("SELECT count(*) FROM applied_events")) && q.next() &&
                    q.value(0).toLongLong() >= 9000) {
                    killed.kill();
                    break;
                }
            }
            QThread::msleep(2);
        }
        watch.close();
        watch = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("watch"));
    }
    QVERIFY(killed.waitForFinished(5000));
    if (killed.exitStatus() != QProcess::CrashExit)
        QSKIP(qPrintable(
            QStringLiteral("the ingest (clean run %1 ms) finished before it could be killed")
                .arg(cleanMs)));
    {
        Database check(DatabaseConfig::sqlite(killedDb));
        appliedAtKill = count(check, QStringLiteral("applied_events"));
        Database reference(DatabaseConfig::sqlite(cleanDb));
        const qint64 total = count(reference, QStringLiteral("applied_events"));
        QVERIFY2(appliedAtKill > 0 && appliedAtKill < total,
                 qPrintable(
                     QStringLiteral("%1 of %2 applied at the kill").arg(appliedAtKill).arg(total)));
        qInfo("killed with %lld of %lld events applied (a clean run takes %lld ms)", appliedAtKill,
              total, cleanMs);
    }

    // Run again to the end: the same state as the clean run.
    QProcess rerun;
    QVERIFY(runCli(killedDb, rerun));
    QVERIFY(rerun.waitForFinished(15000));
    QCOMPARE(rerun.exitCode(), 0);
    Database a(DatabaseConfig::sqlite(cleanDb));
    Database b(DatabaseConfig::sqlite(killedDb));
    const QStringList expected = dumpTables(a.connection());
    QVERIFY(expected.size() > 20000);
    QCOMPARE(dumpTables(b.connection()), expected);
}

void TestFeedIngester::batchAnnouncesWhatChanged()
{
    auto db = openDb(QStringLiteral("announce.db"));
    ChangeNotifier notifier;
    FeedIngester ingester(*db, m_clock, &notifier);
    ingester.setSourceName(QStringLiteral("feed.jsonl"));
    QSignalSpy routesAdded(&notifier, &ChangeNotifier::routesAdded);
    QSignalSpy routesChanged(&notifier, &ChangeNotifier::routesChanged);
    QSignalSpy stopsChanged(&notifier, &ChangeNotifier::stopsChanged);
    QSignalSpy moved(&notifier, &ChangeNotifier::vehiclesMoved);
    QSignalSpy vehiclesChanged(&notifier, &ChangeNotifier::vehiclesChanged);
    QSignalSpy reviews(&notifier, &ChangeNotifier::reviewsAdded);
    QSignalSpy warnings(&notifier, &ChangeNotifier::weatherWarningsAdded);
    QSignalSpy rejected(&notifier, &ChangeNotifier::eventsRejected);
    QSignalSpy reset(&notifier, &ChangeNotifier::storeReset);

    const QList<QByteArray> lines = smallDay();
    ingester.ingest(lines);
    // One signal per kind for the whole batch, ids sorted and unique.
    QCOMPARE(routesAdded.count(), 1);
    QCOMPARE(routesAdded.at(0).at(0).toStringList(), QStringList({R1, R2}));
    QCOMPARE(routesChanged.count(), 1);
    QCOMPARE(routesChanged.at(0).at(0).toStringList(), QStringList{R1});
    QCOMPARE(stopsChanged.count(), 1);
    QCOMPARE(stopsChanged.at(0).at(0).toStringList(),
             QStringList({QStringLiteral("S-1"), QStringLiteral("S-2"), QStringLiteral("S-21"),
                          QStringLiteral("S-3")}));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(0).toStringList(),
             QStringList({QStringLiteral("V-17"), QStringLiteral("V-20")}));
    QCOMPARE(vehiclesChanged.count(), 1);
    QCOMPARE(vehiclesChanged.at(0).at(0).toStringList(), QStringList{QStringLiteral("V-20")});
    QCOMPARE(reviews.count(), 1);
    QCOMPARE(reviews.at(0).at(0).toStringList(), QStringList{QStringLiteral("RV-1")});
    QCOMPARE(warnings.count(), 1);
    QCOMPARE(warnings.at(0).at(0).toStringList(), QStringList{QStringLiteral("W-1")});
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.at(0).at(0).toInt(), 3);
    QCOMPARE(reset.count(), 0);

    // Positions alone: only vehiclesMoved.
    const int before = routesAdded.count() + routesChanged.count() + stopsChanged.count() +
                       vehiclesChanged.count() + reviews.count() + warnings.count() +
                       rejected.count();
    ingester.ingest(
        {line(position(QStringLiteral("e-100"), at(11, 0), QStringLiteral("V-17"), 52.2, 5.2)),
         line(position(QStringLiteral("e-101"), at(11, 1), QStringLiteral("V-17"), 52.3, 5.2))});
    QCOMPARE(moved.count(), 2);
    QCOMPARE(moved.at(1).at(0).toStringList(), QStringList{QStringLiteral("V-17")});
    QCOMPARE(routesAdded.count() + routesChanged.count() + stopsChanged.count() +
                 vehiclesChanged.count() + reviews.count() + warnings.count() + rejected.count(),
             before);
}

void TestFeedIngester::duplicateBatchAnnouncesNothing()
{
    auto db = openDb(QStringLiteral("dup.db"));
    ChangeNotifier notifier;
    FeedIngester ingester(*db, m_clock, &notifier);
    QList<QByteArray> valid = smallDay();
    valid.erase(std::remove_if(valid.begin(), valid.end(),
                               [](const QByteArray &l) {
                                   return !std::holds_alternative<Feed::Event>(
                                       FeedParser::parse(l));
                               }),
                valid.end());
    QCOMPARE(valid.size(), 14);
    ingester.ingest(valid);

    QList<QSignalSpy *> spies{new QSignalSpy(&notifier, &ChangeNotifier::routesAdded),
                              new QSignalSpy(&notifier, &ChangeNotifier::routesChanged),
                              new QSignalSpy(&notifier, &ChangeNotifier::stopsChanged),
                              new QSignalSpy(&notifier, &ChangeNotifier::vehiclesMoved),
                              new QSignalSpy(&notifier, &ChangeNotifier::vehiclesChanged),
                              new QSignalSpy(&notifier, &ChangeNotifier::reviewsAdded),
                              new QSignalSpy(&notifier, &ChangeNotifier::weatherWarningsAdded),
                              new QSignalSpy(&notifier, &ChangeNotifier::eventsRejected)};
    const IngestSummary s = ingester.ingest(valid);
    QCOMPARE(s.duplicates, s.lines);
    for (QSignalSpy *spy : std::as_const(spies))
        QCOMPARE(spy->count(), 0);
    qDeleteAll(spies);
}

QTEST_GUILESS_MAIN(TestFeedIngester)
#include "tst_feedingester.moc"
