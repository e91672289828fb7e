// OperationStore read back from a real SQLite file filled through the
// ingester: days, routes of a day, stops in planned order with and without
// dropped ones, a vehicle's trail, rejected events and the newest event time.

#include "feedlines.h"
#include "operationfixture.h"

#include <QJsonDocument>
#include <QTest>
#include <functional>
#include <memory>

using namespace FeedLines;

namespace {

RouteSpec route(const QString &id, const QString &day,
                const QString &vehicle = QStringLiteral("V-17"))
{
    RouteSpec r;
    r.id = id;
    r.date = day;
    r.vehicleId = vehicle;
    r.stops = {{id + QStringLiteral("-S1"), 1, QTime(9, 0)},
               {id + QStringLiteral("-S2"), 2, QTime(10, 0)}};
    return r;
}

QStringList idsOf(const QVector<Stop> &stops)
{
    QStringList ids;
    for (const Stop &s : stops)
        ids.append(s.id);
    return ids;
}

// `line` with one change made to its JSON.
QByteArray edited(const QByteArray &line, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(line).object();
    change(o);
    return toLine(o);
}

// `line` (a plan) with one change made to its first stop.
QByteArray editedStop(const QByteArray &line, const std::function<void(QJsonObject &)> &change)
{
    return edited(line, [&](QJsonObject &o) {
        QJsonArray stops = o.value(QLatin1String("stops")).toArray();
        QJsonObject first = stops.at(0).toObject();
        change(first);
        stops[0] = first;
        o.insert(QStringLiteral("stops"), stops);
    });
}

void removeFrom(QJsonObject &o, const char *object, const char *key)
{
    QJsonObject inner = o.value(QLatin1String(object)).toObject();
    inner.remove(QLatin1String(key));
    o.insert(QLatin1String(object), inner);
}

} // namespace

class TestOperationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void daysAreNewestFirst();
    void routesOfOneDay();
    void stopsInPlannedOrder();
    void droppedStopsOnlyOnRequest();
    void trailBetweenTwoTimes();
    void rejectedCount();
    void rejectedLinesOfEveryKindAreKept_data();
    void rejectedLinesOfEveryKindAreKept();
    void latestEventTs();
    void optionalFieldsMayBeLeftOut_data();
    void optionalFieldsMayBeLeftOut();

private:
    std::unique_ptr<OperationFixture> m_op;
};

void TestOperationStore::init()
{
    m_op = std::make_unique<OperationFixture>(dateTimeAt(7, 0));
}

void TestOperationStore::cleanup()
{
    m_op.reset();
}

void TestOperationStore::daysAreNewestFirst()
{
    QVERIFY(m_op->store().days().isEmpty());
    m_op->feed({plan(at(6, 0, 0, QStringLiteral("2026-11-21")),
                     route(QStringLiteral("R-A"), QStringLiteral("2026-11-21"))),
                plan(at(6, 0), route(QStringLiteral("R-B"), QStringLiteral("2026-11-23"))),
                plan(at(6, 1), route(QStringLiteral("R-C"), QStringLiteral("2026-11-23"),
                                     QStringLiteral("V-18"))),
                plan(at(6, 0, 0, QStringLiteral("2026-11-22")),
                     route(QStringLiteral("R-D"), QStringLiteral("2026-11-22")))});
    QCOMPARE(m_op->store().days(),
             QStringList({QStringLiteral("2026-11-23"), QStringLiteral("2026-11-22"),
                          QStringLiteral("2026-11-21")}));
}

void TestOperationStore::routesOfOneDay()
{
    RouteSpec b = route(QStringLiteral("R-B"), testDay(), QStringLiteral("V-18"));
    b.hubId = QStringLiteral("H-AMS");
    b.hubName = QStringLiteral("Amsterdam Westpoort");
    b.plate = QStringLiteral("VZ-987-X");
    b.crew = {QStringLiteral("Fatima El Amrani"), QStringLiteral("Joost Visser")};
    m_op->feed(
        {plan(at(6, 0), b), plan(at(6, 0), route(QStringLiteral("R-A"), testDay())),
         plan(at(6, 0, 0, QStringLiteral("2026-11-24")),
              route(QStringLiteral("R-C"), QStringLiteral("2026-11-24"), QStringLiteral("V-19")))});
    m_op->feed({completed(at(9, 10), QStringLiteral("R-B-S1"), QStringLiteral("R-B"),
                          QStringLiteral("V-18")),
                completed(at(10, 10), QStringLiteral("R-B-S2"), QStringLiteral("R-B"),
                          QStringLiteral("V-18"), QStringLiteral("not_home"))});

    const QVector<Route> routes = m_op->store().routes(testDay());
    QCOMPARE(routes.size(), 2);
    QCOMPARE(routes.at(0).id, QStringLiteral("R-A"));
    QCOMPARE(routes.at(1).id, QStringLiteral("R-B"));
    const Route &r = routes.at(1);
    QCOMPARE(r.date, testDay());
    QCOMPARE(r.hub.id, QStringLiteral("H-AMS"));
    QCOMPARE(r.hub.name, QStringLiteral("Amsterdam Westpoort"));
    QCOMPARE(r.vehicleId, QStringLiteral("V-18"));
    QCOMPARE(r.plate, QStringLiteral("VZ-987-X"));
    QCOMPARE(r.crew.size(), 2);
    QCOMPARE(r.crew.at(0).name, QStringLiteral("Fatima El Amrani"));
    QCOMPARE(r.crew.at(1).name, QStringLiteral("Joost Visser"));
    QCOMPARE(r.plannedStart, msAt(8, 0));
    QCOMPARE(r.stopCount, 2);
    QCOMPARE(r.doneCount, 2);
    QCOMPARE(r.failedCount, 1);
    QCOMPARE(routes.at(0).doneCount, 0);

    QCOMPARE(m_op->store().routes(QStringLiteral("2026-11-24")).size(), 1);
    QVERIFY(m_op->store().routes(QStringLiteral("2026-11-25")).isEmpty());
}

void TestOperationStore::stopsInPlannedOrder()
{
    // The plan lists its stops out of sequence; the store gives them by seq.
    RouteSpec r = route(QStringLiteral("R-A"), testDay());
    r.stops = {{QStringLiteral("S-c"), 3, QTime(11, 0)},
               {QStringLiteral("S-a"), 1, QTime(9, 0)},
               {QStringLiteral("S-b"), 2, QTime(10, 0)}};
    m_op->feed(plan(at(6, 0), r));
    const QVector<Stop> stops = m_op->store().stopsOfRoute(QStringLiteral("R-A"));
    QCOMPARE(idsOf(stops),
             QStringList({QStringLiteral("S-a"), QStringLiteral("S-b"), QStringLiteral("S-c")}));
    QCOMPARE(stops.at(1).seq, 2);
    QCOMPARE(stops.at(1).plannedArrival, msAt(10, 0));
    QCOMPARE(stops.at(1).windowStart, msAt(9, 0));
    QCOMPARE(stops.at(1).windowEnd, msAt(11, 0));
    QVERIFY(m_op->store().stopsOfRoute(QStringLiteral("R-unknown")).isEmpty());
}

void TestOperationStore::droppedStopsOnlyOnRequest()
{
    RouteSpec r = route(QStringLiteral("R-A"), testDay());
    r.stops = {{QStringLiteral("S-1"), 1, QTime(9, 0)},
               {QStringLiteral("S-2"), 2, QTime(10, 0)},
               {QStringLiteral("S-3"), 3, QTime(11, 0)}};
    m_op->feed(plan(at(6, 0), r));
    m_op->feed(
        arrived(at(9, 5), QStringLiteral("S-1"), QStringLiteral("R-A"), QStringLiteral("V-17")));

    // The re-plan leaves out S-1 (already visited: it stays) and S-3 (unvisited: dropped).
    RouteSpec replan = r;
    replan.stops = {{QStringLiteral("S-2"), 2, QTime(10, 15)}};
    m_op->feed(plan(at(9, 30), replan));

    const QVector<Stop> planned = m_op->store().stopsOfRoute(QStringLiteral("R-A"));
    QCOMPARE(idsOf(planned), QStringList({QStringLiteral("S-1"), QStringLiteral("S-2")}));
    QCOMPARE(planned.at(1).plannedArrival, msAt(10, 15));

    const QVector<Stop> all = m_op->store().stopsOfRoute(QStringLiteral("R-A"), true);
    QCOMPARE(idsOf(all),
             QStringList({QStringLiteral("S-1"), QStringLiteral("S-2"), QStringLiteral("S-3")}));
    QVERIFY(all.at(0).inPlan);
    QVERIFY(all.at(1).inPlan);
    QVERIFY(!all.at(2).inPlan);
    QCOMPARE(m_op->store().routes(testDay()).at(0).stopCount, 2);
}

void TestOperationStore::trailBetweenTwoTimes()
{
    const QString van = QStringLiteral("V-17");
    // Out of order, with another van in between.
    m_op->feed({position(at(9, 20), van, 52.3, 5.3), position(at(9, 0), van, 52.1, 5.1),
                position(at(9, 15), QStringLiteral("V-99"), 51.0, 4.0),
                position(at(9, 30), van, 52.4, 5.4)});
    m_op->feed(position(at(9, 10), van, 52.2, 5.2));

    const QVector<QPointF> middle = m_op->store().trail(van, msAt(9, 5), msAt(9, 25));
    QCOMPARE(middle, QVector<QPointF>({QPointF(5.2, 52.2), QPointF(5.3, 52.3)}));

    // Both ends are included.
    const QVector<QPointF> closed = m_op->store().trail(van, msAt(9, 0), msAt(9, 30));
    QCOMPARE(closed.size(), 4);
    QCOMPARE(closed.first(), QPointF(5.1, 52.1));
    QCOMPARE(closed.last(), QPointF(5.4, 52.4));

    QVERIFY(m_op->store().trail(van, msAt(10, 0), msAt(11, 0)).isEmpty());
    QCOMPARE(m_op->store().trail(QStringLiteral("V-99"), msAt(0, 0), msAt(23, 0)).size(), 1);
}

void TestOperationStore::rejectedCount()
{
    QCOMPARE(m_op->store().rejectedCount(), 0);
    const QByteArray badLat = position(at(9, 0), QStringLiteral("V-17"), 123.0, 5.0);
    const QByteArray unknownType(
        R"({"v":1,"id":"x-1","type":"vehicle.teleported","ts":"2026-11-23T09:00:00+01:00"})");
    const QByteArray badTs(R"({"v":1,"id":"x-2","type":"vehicle.position","ts":"yesterday",)"
                           R"("vehicle":"V-17","lat":52.0,"lon":5.0})");
    const IngestSummary summary = m_op->feed(
        {badLat, position(at(9, 1), QStringLiteral("V-17"), 52.0, 5.0), unknownType, badTs});
    QCOMPARE(summary.rejected(), 3);
    QCOMPARE(summary.applied, 1);
    QCOMPARE(m_op->store().rejectedCount(), 3);
    // The same bad line again is kept once.
    m_op->feed(badLat);
    QCOMPARE(m_op->store().rejectedCount(), 3);
    m_op->feed(position(at(9, 2), QStringLiteral("V-17"), 52.0, 500.0));
    QCOMPARE(m_op->store().rejectedCount(), 4);
}

void TestOperationStore::rejectedLinesOfEveryKindAreKept_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("not json") << QByteArray("this is not json");
    QTest::newRow("json array") << QByteArray("[1,2,3]");
    QTest::newRow("version 2") << QByteArray(R"({"v":2,"id":"x-9","type":"vehicle.position"})");
    QTest::newRow("no id") << QByteArray(
        R"({"v":1,"type":"vehicle.position","ts":"2026-11-23T09:00:00+01:00","vehicle":"V-17","lat":52.0,"lon":5.0})");
    QTest::newRow("no type") << QByteArray(
        R"({"v":1,"id":"x-3","ts":"2026-11-23T09:00:00+01:00"})");
    QTest::newRow("latitude out of range")
        << position(at(9, 0), QStringLiteral("V-17"), -91.0, 5.0);
}

// "Rejected events are kept, with the reason, so that nothing is lost": also
// lines that never got as far as naming an id or a type.
void TestOperationStore::rejectedLinesOfEveryKindAreKept()
{
    QFETCH(QByteArray, line);
    const QByteArray good = position(at(9, 5), QStringLiteral("V-17"), 52.0, 5.0);
    QString error;
    try {
        m_op->feed({good, line});
    } catch (const StoreError &e) {
        error = e.message().section(QLatin1Char('\n'), 0, 0);
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_op->store().rejectedCount(), 1);
    QCOMPARE(m_op->store().latestEventTs(), msAt(9, 5));
}

void TestOperationStore::latestEventTs()
{
    QCOMPARE(m_op->store().latestEventTs(), 0);
    m_op->feed({position(at(9, 0), QStringLiteral("V-17"), 52.0, 5.0),
                position(at(10, 0), QStringLiteral("V-17"), 52.1, 5.0, QStringLiteral("pos-10"))});
    QCOMPARE(m_op->store().latestEventTs(), msAt(10, 0));
    // A late event does not turn the newest time back.
    m_op->feed(position(at(8, 30), QStringLiteral("V-18"), 52.0, 5.0));
    QCOMPARE(m_op->store().latestEventTs(), msAt(10, 0));
    // A duplicate changes nothing, whatever time it claims.
    m_op->feed(position(at(12, 0), QStringLiteral("V-17"), 52.2, 5.0, QStringLiteral("pos-10")));
    QCOMPARE(m_op->store().latestEventTs(), msAt(10, 0));
    // A rejected event was not applied.
    m_op->feed(position(at(13, 0), QStringLiteral("V-17"), 95.0, 5.0));
    QCOMPARE(m_op->store().latestEventTs(), msAt(10, 0));
    m_op->feed(position(at(11, 0), QStringLiteral("V-17"), 52.3, 5.0));
    QCOMPARE(m_op->store().latestEventTs(), msAt(11, 0));
}

void TestOperationStore::optionalFieldsMayBeLeftOut_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("isPlan");

    RouteSpec r = route(QStringLiteral("R-A"), testDay());
    const QByteArray full = plan(at(6, 0), r);
    const QString stop = r.stops.at(0).id;
    const QString route = r.id;
    const QString van = r.vehicleId;

    QTest::newRow("plan.route without geometry")
        << edited(full, [](QJsonObject &o) { o.remove(QStringLiteral("geometry")); }) << true;
    QTest::newRow("product without model")
        << editedStop(full, [](QJsonObject &s) { removeFrom(s, "product", "model"); }) << true;
    QTest::newRow("first visit without previous_stop")
        << editedStop(full, [](QJsonObject &s) { s.remove(QStringLiteral("previous_stop")); })
        << true;
    QTest::newRow("stop.completed without note")
        << edited(completed(at(9, 20), stop, route, van),
                  [](QJsonObject &o) { o.remove(QStringLiteral("note")); })
        << false;
    QTest::newRow("stop.completed not_home with nothing done")
        << edited(completed(at(9, 20), stop, route, van, QStringLiteral("not_home")),
                  [](QJsonObject &o) { o.insert(QStringLiteral("services_done"), QJsonArray()); })
        << false;
    QTest::newRow("vehicle.status without note")
        << edited(vehicleStatus(at(9, 20), van, QStringLiteral("break_start")),
                  [](QJsonObject &o) { o.remove(QStringLiteral("note")); })
        << false;
}

// FEED.md marks these fields optional (or allows an empty array); an event
// without them is valid and must be stored like any other.
void TestOperationStore::optionalFieldsMayBeLeftOut()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, isPlan);

    RouteSpec r = route(QStringLiteral("R-A"), testDay());
    if (!isPlan)
        m_op->feed(plan(at(6, 0), r));
    const qint64 before = m_op->store().latestEventTs();

    QString error;
    try {
        const IngestSummary summary = m_op->feed(line);
        QCOMPARE(summary.rejected(), 0);
    } catch (const StoreError &e) {
        error = e.message().section(QLatin1Char('\n'), 0, 0);
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QVERIFY(m_op->store().latestEventTs() > before);
    const QVector<Stop> stops = m_op->store().stopsOfRoute(r.id);
    QCOMPARE(stops.size(), r.stops.size());
}

QTEST_GUILESS_MAIN(TestOperationStore)
#include "tst_operationstore.moc"
