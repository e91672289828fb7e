#include "replanscenario.h"

#include "replan/dayplan.h"

#include <QTest>

using namespace Replan;
using namespace ReplanScenario;

// The day as the engine sees it: where each van starts and when, until when
// it may work, which stops are still to be visited, and how the road
// estimate times a list of stops.
class TestDayPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<OperationFixture>(FeedLines::dateTimeAt(6, 0));
        load(*m_fixture, {RouteAt{QStringLiteral("R-1"),
                                  QStringLiteral("V-1"),
                                  QTime(8, 0),
                                  {{QStringLiteral("S-1"), km(10, 0)},
                                   {QStringLiteral("S-2"), km(20, 0), QTime(11, 0), QTime(12, 0)},
                                   {QStringLiteral("S-3"), km(20, 10)}}},
                          RouteAt{QStringLiteral("R-2"),
                                  QStringLiteral("V-2"),
                                  QTime(9, 0),
                                  {{QStringLiteral("T-1"), km(0, 10)}}}});
    }
    void cleanup() { m_fixture.reset(); }

    void aVanNotStartedLeavesItsHubAtItsPlannedStart()
    {
        const DayPlan plan =
            DayPlan::build(m_fixture->store(), {QStringLiteral("R-2")}, FeedLines::msAt(7, 0));
        QCOMPARE(plan.vans().size(), 1);
        const Planning::Vehicle &v = plan.problem().vehicle(plan.vans().first().vehicle);
        QCOMPARE(plan.toMs(v.shiftStart), FeedLines::msAt(9, 0));
        // Back by planned start + the working day.
        QCOMPARE(plan.toMs(v.shiftEnd), FeedLines::msAt(9, 0) + kWorkingDayMs);
        QCOMPARE(plan.problem().site(v.startSite).location.y, kHubLat);
        QCOMPARE(plan.problem().site(v.endSite).location.x, kHubLon);
        QCOMPARE(plan.stopIds(plan.vans().first().pending), QStringList{QStringLiteral("T-1")});
        QVERIFY(plan.vans().first().canReceive);
    }

    void aVanOnTheRoadStartsAtItsLatestPositionNow()
    {
        const Place here = km(12, 1);
        m_fixture->feed(
            {FeedLines::routeStarted(FeedLines::at(8, 0), QStringLiteral("R-1"),
                                     QStringLiteral("V-1")),
             FeedLines::arrived(FeedLines::at(8, 20), QStringLiteral("S-1"), QStringLiteral("R-1"),
                                QStringLiteral("V-1")),
             FeedLines::completed(FeedLines::at(8, 40), QStringLiteral("S-1"),
                                  QStringLiteral("R-1"), QStringLiteral("V-1")),
             FeedLines::position(FeedLines::at(8, 45), QStringLiteral("V-1"), here.lat, here.lon)});
        const DayPlan plan =
            DayPlan::build(m_fixture->store(), {QStringLiteral("R-1")}, FeedLines::msAt(8, 50));
        const DayPlan::Van &van = plan.vans().first();
        QCOMPARE(plan.stopIds(van.pending),
                 (QStringList{QStringLiteral("S-2"), QStringLiteral("S-3")}));
        const Planning::Vehicle &v = plan.problem().vehicle(van.vehicle);
        QCOMPARE(v.shiftStart, 0.0); // now
        QCOMPARE(plan.problem().site(v.startSite).location.y, here.lat);
        QCOMPARE(plan.problem().site(v.startSite).location.x, here.lon);
        QVERIFY(!plan.problem().isCustomer(v.startSite));
        QVERIFY(plan.problem().isCustomer(plan.siteOf(QStringLiteral("S-2"))));
        QCOMPARE(plan.siteOf(QStringLiteral("S-1")), -1); // done: not in the plan
    }

    void aVanAtAStopLeavesWhenItsServiceIsDone()
    {
        m_fixture->feed({FeedLines::routeStarted(FeedLines::at(8, 0), QStringLiteral("R-1"),
                                                 QStringLiteral("V-1")),
                         FeedLines::arrived(FeedLines::at(8, 20), QStringLiteral("S-1"),
                                            QStringLiteral("R-1"), QStringLiteral("V-1"))});
        const DayPlan plan =
            DayPlan::build(m_fixture->store(), {QStringLiteral("R-1")}, FeedLines::msAt(8, 30));
        const Planning::Vehicle &v = plan.problem().vehicle(plan.vans().first().vehicle);
        QCOMPARE(plan.toMs(v.shiftStart), FeedLines::msAt(8, 40)); // 20 minutes at the door
        QCOMPARE(plan.problem().site(v.startSite).location.y, km(10, 0).lat);
        QCOMPARE(plan.vans().first().pending.size(), size_t(2));
    }

    void aBrokenDownOrFinishedVanReceivesNothing()
    {
        m_fixture->feed({FeedLines::routeStarted(FeedLines::at(8, 0), QStringLiteral("R-1"),
                                                 QStringLiteral("V-1")),
                         FeedLines::vehicleStatus(FeedLines::at(8, 30), QStringLiteral("V-1"),
                                                  QStringLiteral("breakdown"))});
        const DayPlan plan =
            DayPlan::build(m_fixture->store(),
                           {QStringLiteral("R-1"), QStringLiteral("R-2"), QStringLiteral("R-9")},
                           FeedLines::msAt(9, 0));
        QCOMPARE(plan.vans().size(), 2); // the unknown route is left out
        QVERIFY(!plan.vans().at(plan.vanOfRoute(QStringLiteral("R-1"))).canReceive);
        QVERIFY(plan.vans().at(plan.vanOfRoute(QStringLiteral("R-2"))).canReceive);
        QCOMPARE(plan.vanOfRoute(QStringLiteral("R-9")), -1);
    }

    void walkTimesTheStopsByRoadWaitingForWindows()
    {
        const DayPlan plan =
            DayPlan::build(m_fixture->store(), {QStringLiteral("R-1")}, FeedLines::msAt(8, 0));
        const std::vector<int> visits =
            plan.sitesOf({QStringLiteral("S-1"), QStringLiteral("S-2"), QStringLiteral("S-3")});
        const RouteTimes t = plan.walk(0, visits);
        // 10 km straight, 1.3 detour, 50 km/h: 15.6 minutes.
        const double tenKm = 10 * kRoadDetourFactor / kRoadSpeedKmh * 60;
        QVERIFY(std::abs(t.start[0] - tenKm) < 0.1);
        QCOMPARE(t.start[1], 180.0); // waits for 11:00
        QVERIFY(std::abs(t.start[2] - (180 + 20 + tenKm)) < 0.1);
        QCOMPARE(t.broken, 0);
        QVERIFY(t.withinDay);
        QVERIFY(std::abs(DayPlan::kmOf(tenKm) - 13.0) < 0.01); // road km

        // The other way round S-2 is reached after its window.
        const RouteTimes reversed = plan.walk(0, {visits[2], visits[0], visits[1]});
        QCOMPARE(reversed.broken, 0); // S-2 is still in time: 11:00-12:00
        const DayPlan late =
            DayPlan::build(m_fixture->store(), {QStringLiteral("R-1")}, FeedLines::msAt(11, 50));
        const RouteTimes t2 =
            late.walk(0, late.sitesOf({QStringLiteral("S-1"), QStringLiteral("S-2")}));
        QCOMPARE(t2.broken, 1);
        QVERIFY(t2.lateness > 20);
        QVERIFY(!late.kept(t2.start[1], late.problem().site(late.siteOf(QStringLiteral("S-2")))));
    }

    void bestPlaceKeepsWindowsFirst()
    {
        const DayPlan plan =
            DayPlan::build(m_fixture->store(), {QStringLiteral("R-1")}, FeedLines::msAt(8, 0));
        const int s2 = plan.siteOf(QStringLiteral("S-2"));
        std::vector<int> visits = plan.sitesOf({QStringLiteral("S-1"), QStringLiteral("S-3")});
        RouteTimes t;
        const int pos = plan.bestPlace(0, visits, s2, &t);
        QCOMPARE(pos, 1); // between S-1 and S-3: on the way, in its window
        QCOMPARE(t.broken, 0);
    }

private:
    std::unique_ptr<OperationFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestDayPlan)
#include "tst_dayplan.moc"
