// RouteStatusDeriver: what the crews board shows for a route at a moment
// (state, delay, next stop, silence), from the route, its stops, its vehicle
// and the clock.

#include "core/routestatus.h"

#include <QDateTime>
#include <QTest>

namespace {

// Milliseconds of hh:mm on the test day (UTC is fine: only differences matter).
qint64 t(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute, second), Qt::UTC).toMSecsSinceEpoch();
}

// One situation of a route with three stops planned at 9:00, 10:00 and 11:00.
struct Case
{
    qint64 now = 0;
    qint64 started = 0;
    qint64 finished = 0;
    qint64 arrived[3] = {0, 0, 0};
    qint64 completed[3] = {0, 0, 0};
    Domain::Outcome outcome[3] = {Domain::Outcome::Delivered, Domain::Outcome::Delivered,
                                  Domain::Outcome::Delivered};
    int moved = -1; // index of a stop handed to another route
    Domain::VehicleStatus vehicleStatus = Domain::VehicleStatus::None;
    qint64 contact = 0;
    int noContactMinutes = 15;

    Domain::RouteState state = Domain::RouteState::NotStarted;
    int delayMin = 0;
    QString next;
    int minutesSinceContact = -1;
};

} // namespace

Q_DECLARE_METATYPE(Case)

class TestRouteStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derive_data();
    void derive();
    void emptyRoute();
    void stateKeysRoundTrip();
};

void TestRouteStatus::derive_data()
{
    using S = Domain::RouteState;
    using V = Domain::VehicleStatus;
    QTest::addColumn<Case>("c");

    Case c;
    c.now = t(7, 30);
    c.state = S::NotStarted;
    c.next = QStringLiteral("S-1");
    QTest::newRow("not started") << c;

    c = Case();
    c.now = t(9, 30);
    c.state = S::NotStarted;
    c.next = QStringLiteral("S-1");
    QTest::newRow("not started, first stop overdue: no delay yet") << c;

    c = Case();
    c.now = t(8, 55);
    c.started = t(8, 5);
    c.contact = t(8, 50);
    c.state = S::Driving;
    c.next = QStringLiteral("S-1");
    c.minutesSinceContact = 5;
    QTest::newRow("driving to the first stop, in time") << c;

    c = Case();
    c.now = t(10, 12);
    c.started = t(8, 5);
    c.arrived[0] = t(9, 10);
    c.completed[0] = t(9, 25);
    c.contact = t(10, 10);
    c.state = S::Driving;
    c.delayMin = 12; // on the way to S-2, planned 10:00
    c.next = QStringLiteral("S-2");
    c.minutesSinceContact = 2;
    QTest::newRow("driving, overdue at the next stop") << c;

    c = Case();
    c.now = t(9, 40);
    c.started = t(8, 5);
    c.arrived[0] = t(9, 10);
    c.completed[0] = t(9, 25);
    c.contact = t(9, 39);
    c.state = S::Driving;
    c.delayMin = 10; // as late as at the last stop reached
    c.next = QStringLiteral("S-2");
    c.minutesSinceContact = 1;
    QTest::newRow("driving, late from the last stop") << c;

    c = Case();
    c.now = t(9, 10);
    c.started = t(8, 5);
    c.arrived[0] = t(8, 50);
    c.completed[0] = t(9, 5);
    c.contact = t(9, 10);
    c.state = S::Driving;
    c.delayMin = -10;
    c.next = QStringLiteral("S-2");
    c.minutesSinceContact = 0;
    QTest::newRow("ahead of the plan") << c;

    c = Case();
    c.now = t(9, 10);
    c.started = t(8, 5);
    c.arrived[0] = t(9, 4);
    c.contact = t(9, 9);
    c.state = S::AtStop;
    c.delayMin = 4;
    c.next = QStringLiteral("S-1");
    c.minutesSinceContact = 1;
    QTest::newRow("at a stop") << c;

    c = Case();
    c.now = t(9, 10);
    c.started = t(8, 5);
    c.arrived[0] = t(9, 4, 30);
    c.contact = t(9, 9);
    c.state = S::AtStop;
    c.delayMin = 5; // 4.5 minutes rounds to 5
    c.next = QStringLiteral("S-1");
    c.minutesSinceContact = 1;
    QTest::newRow("delay rounds to whole minutes") << c;

    c = Case();
    c.now = t(9, 40);
    c.started = t(8, 5);
    c.arrived[0] = t(9, 0);
    c.completed[0] = t(9, 20);
    c.vehicleStatus = V::BreakStart;
    c.contact = t(9, 35);
    c.state = S::OnBreak;
    c.next = QStringLiteral("S-2");
    c.minutesSinceContact = 5;
    QTest::newRow("on a break") << c;

    c.vehicleStatus = V::BreakEnd;
    c.state = S::Driving;
    QTest::newRow("break over") << c;

    c = Case();
    c.now = t(10, 30);
    c.started = t(8, 5);
    c.arrived[0] = t(9, 0);
    c.completed[0] = t(9, 20);
    c.vehicleStatus = V::Breakdown;
    c.contact = t(9, 35);
    c.state = S::Breakdown; // a known breakdown says more than the silence
    c.delayMin = 30;
    c.next = QStringLiteral("S-2");
    c.minutesSinceContact = 55;
    QTest::newRow("breakdown") << c;

    c.vehicleStatus = V::Repaired;
    c.contact = t(10, 28);
    c.state = S::Driving;
    c.minutesSinceContact = 2;
    QTest::newRow("repaired") << c;

    c = Case();
    c.now = t(9, 50);
    c.started = t(8, 5);
    c.arrived[0] = t(9, 0);
    c.completed[0] = t(9, 20);
    c.contact = t(9, 30);
    c.state = S::NoContact;
    c.next = QStringLiteral("S-2");
    c.minutesSinceContact = 20;
    QTest::newRow("no contact") << c;

    c.contact = t(9, 35);
    c.minutesSinceContact = 15;
    QTest::newRow("no contact at exactly the threshold") << c;

    c.contact = t(9, 35, 1);
    c.minutesSinceContact = 14;
    c.state = S::Driving;
    QTest::newRow("just under the threshold") << c;

    c.contact = t(9, 30);
    c.noContactMinutes = 30;
    c.minutesSinceContact = 20;
    QTest::newRow("a longer threshold from the settings") << c;

    c = Case();
    c.now = t(8, 30);
    c.started = t(8, 5);
    c.state = S::NoContact; // nothing from the van since the start 25 minutes ago
    c.next = QStringLiteral("S-1");
    c.minutesSinceContact = 25;
    QTest::newRow("silent since the start") << c;

    c = Case();
    c.now = t(10, 5);
    c.started = t(8, 5);
    c.arrived[0] = t(9, 0);
    c.completed[0] = t(9, 5);
    c.outcome[0] = Domain::Outcome::NotHome;
    c.contact = t(10, 4);
    c.state = S::Driving;
    c.delayMin = 5;
    c.next = QStringLiteral("S-2");
    c.minutesSinceContact = 1;
    QTest::newRow("a failed stop is behind the van") << c;

    c = Case();
    c.now = t(9, 30);
    c.started = t(8, 5);
    c.arrived[0] = t(9, 0);
    c.completed[0] = t(9, 20);
    c.moved = 1;
    c.contact = t(9, 29);
    c.state = S::Driving;
    c.next = QStringLiteral("S-3"); // S-2 went to another van
    c.minutesSinceContact = 1;
    QTest::newRow("a moved stop is skipped") << c;

    c = Case();
    c.now = t(11, 40);
    c.started = t(8, 5);
    for (int i = 0; i < 3; ++i) {
        c.arrived[i] = t(9 + i, 0);
        c.completed[i] = t(9 + i, 20);
    }
    c.contact = t(11, 35);
    c.state = S::Driving; // back to the hub
    c.next = QString();
    c.minutesSinceContact = 5;
    QTest::newRow("all stops done, not finished") << c;

    c.finished = t(12, 10);
    c.now = t(12, 15);
    c.state = S::Finished;
    c.minutesSinceContact = 5; // the finish counts as contact
    QTest::newRow("finished") << c;

    c.now = t(18, 0);
    c.minutesSinceContact = 350;
    QTest::newRow("finished and silent long after") << c;

    c.vehicleStatus = V::Breakdown;
    QTest::newRow("finished with a breakdown afterwards") << c;
}

void TestRouteStatus::derive()
{
    QFETCH(Case, c);
    Route route;
    route.id = QStringLiteral("R-1");
    route.plannedStart = t(8, 0);
    route.startedAt = c.started;
    route.finishedAt = c.finished;
    QVector<Stop> stops;
    for (int i = 0; i < 3; ++i) {
        Stop s;
        s.id = QStringLiteral("S-%1").arg(i + 1);
        s.routeId = route.id;
        s.seq = i + 1;
        s.plannedArrival = t(9 + i, 0);
        s.arrivedAt = c.arrived[i];
        s.completedAt = c.completed[i];
        if (s.completedAt > 0) {
            s.outcome = c.outcome[i];
            s.state =
                Domain::isFailure(s.outcome) ? Domain::StopState::Failed : Domain::StopState::Done;
        } else if (s.arrivedAt > 0) {
            s.state = Domain::StopState::Arrived;
        }
        if (c.moved == i)
            s.state = Domain::StopState::Moved;
        stops.append(s);
    }
    Vehicle vehicle;
    vehicle.id = QStringLiteral("V-1");
    vehicle.status = c.vehicleStatus;
    vehicle.lastContactTs = c.contact;
    RouteStatusRules rules;
    rules.noContactMinutes = c.noContactMinutes;

    const RouteStatus status = RouteStatusDeriver::derive(route, stops, vehicle, c.now, rules);
    QCOMPARE(Domain::routeStateKey(status.state), Domain::routeStateKey(c.state));
    QCOMPARE(status.delayMin, c.delayMin);
    QCOMPARE(status.nextStopId, c.next);
    QCOMPARE(status.nextStopIndex, c.next.isEmpty() ? -1 : c.next.mid(2).toInt() - 1);
    QCOMPARE(status.minutesSinceContact, c.minutesSinceContact);
    const qint64 lastContact = qMax(c.contact, qMax(c.started, c.finished));
    QCOMPARE(status.lastContactTs, lastContact);
}

void TestRouteStatus::emptyRoute()
{
    Route route;
    route.id = QStringLiteral("R-empty");
    const RouteStatus status = RouteStatusDeriver::derive(route, {}, Vehicle(), t(10, 0));
    QCOMPARE(status.state, Domain::RouteState::NotStarted);
    QCOMPARE(status.nextStopIndex, -1);
    QVERIFY(status.nextStopId.isEmpty());
    QCOMPARE(status.delayMin, 0);
    QCOMPARE(status.minutesSinceContact, -1);
}

void TestRouteStatus::stateKeysRoundTrip()
{
    using S = Domain::RouteState;
    for (S s : {S::NotStarted, S::Driving, S::AtStop, S::OnBreak, S::Breakdown, S::Finished,
                S::NoContact}) {
        const QString key = Domain::routeStateKey(s);
        QVERIFY(!key.isEmpty());
        QCOMPARE(Domain::routeStateFromKey(key), s);
    }
}

QTEST_GUILESS_MAIN(TestRouteStatus)
#include "tst_routestatus.moc"
