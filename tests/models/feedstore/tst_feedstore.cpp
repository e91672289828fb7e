// FeedStore's writes read back through OperationStore: every field of a plan
// and of the other events survives the round trip, and the bookkeeping
// (applied ids, pending events, rejections) behaves as FeedIngester relies on.

#include "core/changenotifier.h"
#include "core/clock.h"
#include "feed/feedingester.h"
#include "feed/feedparser.h"
#include "feedbuilder.h"
#include "simulator/daysimulator.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/operationstore.h"
#include "storage/sqlitestatement.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sqlite3.h>

using namespace FeedBuilder;

namespace {

Feed::Event parsed(const QJsonObject &o)
{
    const FeedParser::Result r = FeedParser::parse(line(o));
    if (const auto *rejection = std::get_if<Feed::Rejection>(&r))
        qFatal("test input rejected: %s", qPrintable(rejection->text()));
    return std::get<Feed::Event>(r);
}

// Every row of `table` in key order, one text line per row, for comparing
// two stores.
QStringList rowsOf(Database &db, const QString &table, const QString &order)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order)))
        qFatal("cannot read %s", qPrintable(table));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant v = q.value(i);
            values << (v.isNull() ? QStringLiteral("NULL")
                                  : QStringLiteral("%1:%2").arg(QLatin1String(v.typeName()),
                                                                v.toString()));
        }
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

// Ingests `lines` in batches into a new store at `path`, then the middle
// third again (all duplicates) mixed with nothing new; `portable` keeps every
// statement on QSqlQuery.
void ingestInto(const QString &path, const QVector<FeedLine> &lines, bool portable,
                bool *wroteDirectly)
{
    if (portable)
        qputenv("VOORZET_PORTABLE_SQL", "1");
    Database db(DatabaseConfig::sqlite(path));
    FeedIngester ingester(db, nullptr);
    *wroteDirectly = FeedStore(db).writesDirectly();
    if (portable)
        qunsetenv("VOORZET_PORTABLE_SQL");
    QList<QByteArray> batch;
    auto flush = [&] {
        ingester.ingest(batch);
        batch.clear();
    };
    for (const FeedLine &l : lines) {
        batch.append(l.json);
        if (batch.size() == 700)
            flush();
    }
    flush();
    for (qsizetype i = lines.size() / 3; i < 2 * lines.size() / 3; ++i)
        batch.append(lines.at(i).json);
    flush();
}

} // namespace

class TestFeedStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void planRoundTrip();
    void eventsRoundTrip();
    void warningsRoundTrip();
    void appliedIdsAreRememberedOnce();
    void pendingComesBackOldestFirst();
    void rejectionIsKeptOncePerLine();
    void rollbackForgetsTheBatch();
    void sqliteWritesDirectlyOnTheSameConnection();
    void directWritesMatchPortableOnes_data();
    void directWritesMatchPortableOnes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFeedStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("store.db"))));
}

void TestFeedStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestFeedStore::planRoundTrip()
{
    QJsonObject o = plan(QStringLiteral("p-1"), at(6, 0), QStringLiteral("R-1"),
                         {{QStringLiteral("S-1"), 1, at(9, 30), QStringLiteral("C-1")},
                          {QStringLiteral("S-2"), 2, at(10, 15), QStringLiteral("C-2")}});
    o = with(o, QStringLiteral("stops[1].customer.language"), QStringLiteral("en"));
    o = with(o, QStringLiteral("stops[1].customer.email"), QStringLiteral("j.smith@example.com"));
    o = with(o, QStringLiteral("stops[1].attempt"), 2);
    o = with(o, QStringLiteral("stops[1].previous_stop"), QStringLiteral("S-20261120-7"));
    o = with(o, QStringLiteral("stops[1].product"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("sofa")},
                         {QStringLiteral("description"), QStringLiteral("Hoekbank, 3-zits")}});
    o = with(o, QStringLiteral("stops[1].services"),
             QJsonArray{QStringLiteral("deliver"), QStringLiteral("assemble")});
    const Feed::Event event = parsed(o);
    const auto &planned = std::get<Feed::PlanRoute>(event.payload);

    FeedStore store(*m_db);
    ChangeNotifier::Batch changes;
    {
        Transaction t(*m_db);
        QVERIFY(store.markApplied(event));
        QVERIFY(store.applyPlan(event, planned, changes));
        store.flushPositions();
        t.commit();
    }
    QCOMPARE(changes.routesAdded, QSet<QString>{QStringLiteral("R-1")});
    QCOMPARE(changes.stopsChanged, (QSet<QString>{QStringLiteral("S-1"), QStringLiteral("S-2")}));

    OperationStore read(*m_db);
    QCOMPARE(read.days(), QStringList{QStringLiteral("2026-11-23")});
    const QVector<Route> routes = read.routes(QStringLiteral("2026-11-23"));
    QCOMPARE(routes.size(), 1);
    const Route &r = routes.at(0);
    QCOMPARE(r.id, planned.route.id);
    QCOMPARE(r.date, planned.route.date);
    QCOMPARE(r.hub.id, planned.route.hub.id);
    QCOMPARE(r.hub.name, planned.route.hub.name);
    QCOMPARE(r.hub.lat, planned.route.hub.lat);
    QCOMPARE(r.hub.lon, planned.route.hub.lon);
    QCOMPARE(r.vehicleId, planned.route.vehicleId);
    QCOMPARE(r.plate, planned.route.plate);
    QCOMPARE(r.crew.size(), 2);
    QCOMPARE(r.crew.at(0).id, QStringLiteral("P-1"));
    QCOMPARE(r.crew.at(1).name, QStringLiteral("Daan"));
    QCOMPARE(r.plannedStart, planned.route.plannedStart);
    QCOMPARE(r.geometry, planned.route.geometry);
    QCOMPARE(r.stopCount, 2);
    QCOMPARE(r.doneCount, 0);
    QCOMPARE(r.startedAt, 0);
    QCOMPARE(read.hubs().size(), 1);

    const QVector<Stop> stops = read.stopsOfRoute(QStringLiteral("R-1"));
    QCOMPARE(stops.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Stop &got = stops.at(i);
        const Stop &want = planned.stops.at(i);
        QCOMPARE(got.id, want.id);
        QCOMPARE(got.routeId, want.routeId);
        QCOMPARE(got.seq, want.seq);
        QCOMPARE(got.customer.id, want.customer.id);
        QCOMPARE(got.customer.name, want.customer.name);
        QCOMPARE(got.customer.street, want.customer.street);
        QCOMPARE(got.customer.houseNumber, want.customer.houseNumber);
        QCOMPARE(got.customer.postcode, want.customer.postcode);
        QCOMPARE(got.customer.city, want.customer.city);
        QCOMPARE(got.customer.lat, want.customer.lat);
        QCOMPARE(got.customer.lon, want.customer.lon);
        QCOMPARE(got.customer.phone, want.customer.phone);
        QCOMPARE(got.customer.email, want.customer.email);
        QCOMPARE(got.customer.language, want.customer.language);
        QCOMPARE(got.clientId, want.clientId);
        QCOMPARE(got.clientName, want.clientName);
        QCOMPARE(got.productType, want.productType);
        QCOMPARE(got.productDescription, want.productDescription);
        QCOMPARE(got.productModel, want.productModel);
        QCOMPARE(got.services, want.services);
        QCOMPARE(got.windowStart, want.windowStart);
        QCOMPARE(got.windowEnd, want.windowEnd);
        QCOMPARE(got.plannedArrival, want.plannedArrival);
        QCOMPARE(got.serviceMin, want.serviceMin);
        QCOMPARE(got.attempt, want.attempt);
        QCOMPARE(got.previousStop, want.previousStop);
        QVERIFY(got.inPlan);
        QCOMPARE(got.state, Domain::StopState::Planned);
    }
    QCOMPARE(read.stopsOfDay(QStringLiteral("2026-11-23")).size(), 2);
    QCOMPARE(read.stopsByIds({QStringLiteral("S-2")}).at(0).productModel, QString());
}

void TestFeedStore::eventsRoundTrip()
{
    Clock *clock = Clock::stepped(QDateTime::fromMSecsSinceEpoch(msAt(12, 0), Qt::UTC), this);
    FeedIngester ingester(*m_db, clock);
    const QString R = QStringLiteral("R-1"), V = QStringLiteral("V-17");
    ingester.ingest({
        line(plan(QStringLiteral("p-1"), at(6, 0), R,
                  {{QStringLiteral("S-1"), 1, at(9, 0)}, {QStringLiteral("S-2"), 2, at(10, 0)}})),
        line(routeMark(QStringLiteral("route.started"), QStringLiteral("e-1"), at(8, 2), R)),
        line(position(QStringLiteral("e-2"), at(8, 40), V, 52.05, 5.10)),
        line(arrived(QStringLiteral("e-3"), at(9, 6), QStringLiteral("S-1"), R)),
        line(completed(QStringLiteral("e-4"), at(9, 31), QStringLiteral("S-1"), R,
                       QStringLiteral("damaged"))),
        line(status(QStringLiteral("e-5"), at(9, 50), V, QStringLiteral("breakdown"))),
        line(review(QStringLiteral("e-6"), at(18, 0), QStringLiteral("RV-1"), QStringLiteral("S-1"),
                    3)),
        line(routeMark(QStringLiteral("route.finished"), QStringLiteral("e-7"), at(15, 0), R)),
    });
    OperationStore read(*m_db);
    const Route r = read.routesByIds({R}).value(0);
    QCOMPARE(r.startedAt, msAt(8, 2));
    QCOMPARE(r.finishedAt, msAt(15, 0));
    QCOMPARE(r.doneCount, 1);
    QCOMPARE(r.failedCount, 1);

    const Stop s = read.stopsByIds({QStringLiteral("S-1")}).value(0);
    QCOMPARE(s.arrivedAt, msAt(9, 6));
    QCOMPARE(s.completedAt, msAt(9, 31));
    QCOMPARE(s.outcome, Domain::Outcome::Damaged);
    QCOMPARE(s.state, Domain::StopState::Failed);
    QCOMPARE(s.servicesDone, QStringList({QStringLiteral("deliver"), QStringLiteral("install")}));
    QCOMPARE(s.note, QStringLiteral("Oude machine meegenomen"));

    const Vehicle v = read.vehicles({V}).value(0);
    QCOMPARE(v.plate, QStringLiteral("VX-123-B"));
    QCOMPARE(v.lat, 52.05);
    QCOMPARE(v.lon, 5.10);
    QCOMPARE(v.speedKmh, 43.0);
    QCOMPARE(v.headingDeg, 270.0);
    QCOMPARE(v.positionTs, msAt(8, 40));
    QCOMPARE(v.status, Domain::VehicleStatus::Breakdown);
    QCOMPARE(v.statusTs, msAt(9, 50));
    QCOMPARE(v.expectedRepairMin, 45.0);
    QCOMPARE(v.lastContactTs, msAt(15, 0)); // route.finished is contact too

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT stop_id, score, comment, language, channel, received_at FROM reviews")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("S-1"));
    QCOMPARE(q.value(1).toInt(), 3);
    QCOMPARE(q.value(2).toString(), QStringLiteral("Heel vriendelijk"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("nl"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("email"));
    QCOMPARE(q.value(5).toLongLong(), msAt(18, 0));
    QCOMPARE(read.latestEventTs(), msAt(18, 0));
}

void TestFeedStore::warningsRoundTrip()
{
    Clock *clock = Clock::stepped(QDateTime::fromMSecsSinceEpoch(msAt(12, 0), Qt::UTC), this);
    FeedIngester ingester(*m_db, clock);
    ingester.ingest(
        {line(warning(QStringLiteral("e-1"), at(5, 0), QStringLiteral("W-1"))),
         line(with(with(warning(QStringLiteral("e-2"), at(5, 1), QStringLiteral("W-2")),
                        QStringLiteral("area"),
                        QJsonObject{{QStringLiteral("postcodes"),
                                     QJsonArray{QStringLiteral("35"), QStringLiteral("3611")}}}),
                   QStringLiteral("from"), at(7, 0)))});
    // A later warning with the same id updates it.
    ingester.ingest({line(with(warning(QStringLiteral("e-3"), at(8, 0), QStringLiteral("W-1")),
                               QStringLiteral("severity"), QStringLiteral("red")))});
    const QVector<WeatherWarning> warnings = OperationStore(*m_db).weatherWarnings();
    QCOMPARE(warnings.size(), 2);
    const WeatherWarning &box = warnings.at(0); // ordered by start
    QCOMPARE(box.id, QStringLiteral("W-1"));
    QCOMPARE(box.kind, QStringLiteral("snow"));
    QCOMPARE(box.severity, QStringLiteral("red"));
    QCOMPARE(box.from, msAt(6, 0));
    QCOMPARE(box.to, msAt(18, 0));
    QVERIFY(box.hasBox);
    QCOMPARE(box.minLon, 4.5);
    QCOMPARE(box.minLat, 51.8);
    QCOMPARE(box.maxLon, 5.5);
    QCOMPARE(box.maxLat, 52.3);
    const WeatherWarning &codes = warnings.at(1);
    QCOMPARE(codes.id, QStringLiteral("W-2"));
    QVERIFY(!codes.hasBox);
    QCOMPARE(codes.postcodePrefixes, QStringList({QStringLiteral("35"), QStringLiteral("3611")}));
}

void TestFeedStore::sqliteWritesDirectlyOnTheSameConnection()
{
    // The Qt driver's connection and the libsqlite3 this program links are
    // one library: the handle answers with the store's own file.
    sqlite3 *handle = SqliteStatement::handleOf(*m_db);
    QVERIFY(handle);
    QCOMPARE(QFileInfo(QString::fromUtf8(sqlite3_db_filename(handle, "main"))).canonicalFilePath(),
             QFileInfo(m_dir->filePath(QStringLiteral("store.db"))).canonicalFilePath());
    QVERIFY(FeedStore(*m_db).writesDirectly());

    // A direct statement joins the open transaction: a rollback undoes it.
    FeedStore store(*m_db);
    Feed::Event e = parsed(position(QStringLiteral("e-1"), at(9, 0), QStringLiteral("V-1"), 52, 5));
    {
        Transaction t(*m_db);
        QCOMPARE(store.recordApplied({&e}), QSet<QString>{QStringLiteral("e-1")});
    }
    store.discardBatch();
    {
        Transaction t(*m_db);
        QCOMPARE(store.recordApplied({&e}), QSet<QString>{QStringLiteral("e-1")});
        QCOMPARE(store.recordApplied({&e}), QSet<QString>());
        t.commit();
    }
    QCOMPARE(rowsOf(*m_db, QStringLiteral("applied_events"), QStringLiteral("id")).size(), 1);

    // A statement that breaks a constraint throws, naming it, and leaves the
    // connection usable.
    Transaction t(*m_db);
    ChangeNotifier::Batch changes;
    Feed::Event orphan = e;
    std::get<Feed::Position>(orphan.payload).vehicle = QStringLiteral("V-2");
    store.addPosition(orphan, std::get<Feed::Position>(orphan.payload), changes);
    QVERIFY(!m_db->connection()
                 .exec(QStringLiteral("DELETE FROM vehicles WHERE id = 'V-2'"))
                 .lastError()
                 .isValid());
    QVERIFY_THROWS_EXCEPTION(StoreError, store.flushPositions());
    store.discardBatch();
    QCOMPARE(store.recordApplied({&e}), QSet<QString>());
}

void TestFeedStore::directWritesMatchPortableOnes_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("order");
    QTest::newRow("applied ids") << QStringLiteral("applied_events") << QStringLiteral("id");
    QTest::newRow("trail") << QStringLiteral("positions") << QStringLiteral("vehicle_id, ts, seq");
    QTest::newRow("vehicles") << QStringLiteral("vehicles") << QStringLiteral("id");
    QTest::newRow("stops") << QStringLiteral("stops") << QStringLiteral("id");
    QTest::newRow("customers") << QStringLiteral("customers") << QStringLiteral("id");
    QTest::newRow("routes") << QStringLiteral("routes") << QStringLiteral("id");
    QTest::newRow("status history")
        << QStringLiteral("vehicle_events") << QStringLiteral("event_id");
}

// The same simulated day through SQLite's own interface and through
// QSqlQuery only: every row is the same, value and type.
void TestFeedStore::directWritesMatchPortableOnes()
{
    QFETCH(QString, table);
    QFETCH(QString, order);
    SimulationParams params;
    params.date = QDate(2026, 11, 23);
    params.seed = 11;
    params.vans = 3;
    params.hubs = 1;
    const QVector<FeedLine> lines = DaySimulator::generate(params);
    QVERIFY(lines.size() > 1000);
    bool direct = false, portable = true;
    const QString directPath = m_dir->filePath(QStringLiteral("direct.db"));
    const QString portablePath = m_dir->filePath(QStringLiteral("portable.db"));
    ingestInto(directPath, lines, false, &direct);
    ingestInto(portablePath, lines, true, &portable);
    QVERIFY(direct);
    QVERIFY(!portable);
    Database a(DatabaseConfig::sqlite(directPath));
    Database b(DatabaseConfig::sqlite(portablePath));
    const QStringList directRows = rowsOf(a, table, order);
    const QStringList portableRows = rowsOf(b, table, order);
    QVERIFY(!directRows.isEmpty());
    QCOMPARE(directRows.size(), portableRows.size());
    for (qsizetype i = 0; i < directRows.size(); ++i)
        QCOMPARE(directRows.at(i), portableRows.at(i));
}

void TestFeedStore::appliedIdsAreRememberedOnce()
{
    FeedStore store(*m_db);
    const Feed::Event e =
        parsed(position(QStringLiteral("e-1"), at(9, 0), QStringLiteral("V-1"), 52, 5));
    Transaction t(*m_db);
    QVERIFY(store.markApplied(e));
    QVERIFY(!store.markApplied(e));
    Feed::Event other = e;
    other.id = QStringLiteral("e-2");
    QVERIFY(store.markApplied(other));
    t.commit();
}

void TestFeedStore::pendingComesBackOldestFirst()
{
    FeedStore store(*m_db);
    const QJsonObject late = completed(QStringLiteral("e-late"), at(9, 40), QStringLiteral("S-1"),
                                       QStringLiteral("R-1"));
    const QJsonObject early =
        arrived(QStringLiteral("e-early"), at(9, 5), QStringLiteral("S-1"), QStringLiteral("R-1"));
    const QJsonObject other =
        arrived(QStringLiteral("e-other"), at(9, 0), QStringLiteral("S-7"), QStringLiteral("R-7"));
    Transaction t(*m_db);
    store.keepPending(parsed(late), QStringLiteral("S-1"), line(late));
    store.keepPending(parsed(early), QStringLiteral("S-1"), line(early));
    store.keepPending(parsed(early), QStringLiteral("S-1"), line(early)); // kept once
    store.keepPending(parsed(other), QStringLiteral("S-7"), line(other));
    QCOMPARE(store.pendingCount(), 3);
    QCOMPARE(store.takePending({QStringLiteral("S-1"), QStringLiteral("R-1")}),
             QList<QByteArray>({line(early), line(late)}));
    QCOMPARE(store.pendingCount(), 1);
    QCOMPARE(store.takePending({QStringLiteral("S-1")}), QList<QByteArray>());
    t.commit();
}

void TestFeedStore::rejectionIsKeptOncePerLine()
{
    FeedStore store(*m_db);
    Feed::Rejection r;
    r.field = QStringLiteral("score");
    r.reason = QStringLiteral("is out of range (0 to 10)");
    r.eventId = QStringLiteral("e-1");
    r.type = QStringLiteral("review.received");
    Transaction t(*m_db);
    store.reject("{\"score\":11}", r, QStringLiteral("a.jsonl"), 4, 1000);
    store.reject("{\"score\":11}", r, QStringLiteral("b.jsonl"), 9, 2000);
    store.reject("{\"score\":12}", r, QStringLiteral("a.jsonl"), 5, 3000);
    t.commit();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT source, line_no, received_at, raw FROM rejected_events ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("a.jsonl")); // the first sighting stays
    QCOMPARE(q.value(1).toLongLong(), 4);
    QCOMPARE(q.value(2).toLongLong(), 1000);
    QVERIFY(q.next());
    QCOMPARE(q.value(3).toString(), QStringLiteral("{\"score\":12}"));
    QVERIFY(!q.next());
}

void TestFeedStore::rollbackForgetsTheBatch()
{
    // Positions are cached until flushPositions(); a rolled-back batch must
    // not leave its cache behind to be written by the next one.
    FeedStore store(*m_db);
    ChangeNotifier::Batch changes;
    const Feed::Event p =
        parsed(position(QStringLiteral("e-1"), at(9, 0), QStringLiteral("V-1"), 52.5, 5.5));
    {
        Transaction t(*m_db);
        store.addPosition(p, std::get<Feed::Position>(p.payload), changes);
        // no commit: rolled back
    }
    store.discardBatch();
    {
        Transaction t(*m_db);
        store.flushPositions();
        t.commit();
    }
    QCOMPARE(OperationStore(*m_db).vehicles().size(), 0);

    // And the vehicle the rolled-back batch created is created again next time.
    {
        Transaction t(*m_db);
        store.addPosition(p, std::get<Feed::Position>(p.payload), changes);
        store.flushPositions();
        t.commit();
    }
    const QVector<Vehicle> v = OperationStore(*m_db).vehicles();
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.at(0).lat, 52.5);
}

QTEST_GUILESS_MAIN(TestFeedStore)
#include "tst_feedstore.moc"
