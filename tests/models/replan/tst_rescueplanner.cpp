#include "replanscenario.h"

#include "planning/randomsource.h"
#include "replan/movepreview.h"
#include "replan/rescueplanner.h"
#include "replan/rescuesearch.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace Replan;
using namespace ReplanScenario;

namespace {

// R-3 on V-3 broke down at 09:30, near its hub, with its stops still to do.
RouteAt brokenRoute(const QList<StopAt> &stops)
{
    return RouteAt{QStringLiteral("R-3"), QStringLiteral("V-3"), QTime(8, 0), stops};
}

void breakDown(OperationFixture &fixture)
{
    const Place here = km(1, 1);
    fixture.feed(
        {FeedLines::routeStarted(FeedLines::at(8, 0), QStringLiteral("R-3"), QStringLiteral("V-3")),
         FeedLines::position(FeedLines::at(9, 29), QStringLiteral("V-3"), here.lat, here.lon),
         FeedLines::vehicleStatus(FeedLines::at(9, 30), QStringLiteral("V-3"),
                                  QStringLiteral("breakdown"))});
}

// Every rescued stop is in exactly one receiving order or one reschedule;
// every receiving order keeps the stops its van had.
void checkConsistent(OperationStore &store, const RescuePlanner &planner, const RescueProposal &p)
{
    QMultiHash<QString, QString> seen;
    for (const RouteOrder &o : p.change.orders) {
        QCOMPARE(o.plannedArrivals.size(), o.stopIds.size());
        for (const QString &id : o.stopIds)
            seen.insert(id, o.routeId);
        QVERIFY(o.routeId != QStringLiteral("R-3"));
        for (const Stop &s : store.stopsOfRoute(o.routeId))
            if (s.arrivedAt == 0 && s.completedAt == 0)
                QVERIFY2(o.stopIds.contains(s.id), qPrintable(s.id));
    }
    for (const Reschedule &r : p.change.reschedules) {
        seen.insert(r.stopId, QString());
        QVERIFY(!r.day.isEmpty());
        QVERIFY(r.windowEnd > r.windowStart);
    }
    for (const QString &id : planner.rescuedStopIds()) {
        QCOMPARE(seen.count(id), 1);
        QCOMPARE(seen.value(id), p.receiverOf.value(id));
    }
    QCOMPARE(p.rescuedStops, planner.rescuedStopIds().size());
    QCOMPARE(p.keptWindows + p.lateStops + p.rescheduled, p.rescuedStops);
    QCOMPARE(p.change.kind, ChangeSet::Kind::Rescue);
    QCOMPARE(p.change.reason, Reason::Breakdown);
    QCOMPARE(p.change.sourceRouteId, QStringLiteral("R-3"));
}

} // namespace

// The breakdown rescue on small days whose best answer is known.
class TestRescuePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<OperationFixture>(FeedLines::dateTimeAt(6, 0)); }
    void cleanup() { m_fixture.reset(); }

    void eachStopGoesToTheVanThatPassesBy()
    {
        load(*m_fixture,
             {RouteAt{QStringLiteral("R-1"),
                      QStringLiteral("V-1"),
                      QTime(8, 0),
                      {{QStringLiteral("E-1"), km(10, 0)}, {QStringLiteral("E-2"), km(20, 0)}}},
              RouteAt{QStringLiteral("R-2"),
                      QStringLiteral("V-2"),
                      QTime(8, 0),
                      {{QStringLiteral("N-1"), km(0, 10)}, {QStringLiteral("N-2"), km(0, 20)}}},
              brokenRoute({{QStringLiteral("X"), km(15, 1)}, {QStringLiteral("Y"), km(1, 15)}})});
        breakDown(*m_fixture);
        RescuePlanner planner(m_fixture->store(), QStringLiteral("R-3"), FeedLines::msAt(10, 0));
        QVERIFY(planner.error().isEmpty());
        QCOMPARE(planner.rescuedStopIds(), (QStringList{QStringLiteral("X"), QStringLiteral("Y")}));
        QCOMPARE(planner.candidateRouteIds(),
                 (QStringList{QStringLiteral("R-1"), QStringLiteral("R-2")}));
        const RescueProposal p = planner.propose();
        checkConsistent(m_fixture->store(), planner, p);
        QCOMPARE(p.keptWindows, 2);
        QCOMPARE(p.rescheduled, 0);
        QCOMPARE(p.windowsBrokenElsewhere, 0);
        QCOMPARE(p.receiverOf.value(QStringLiteral("X")), QStringLiteral("R-1"));
        QCOMPARE(p.receiverOf.value(QStringLiteral("Y")), QStringLiteral("R-2"));
        for (const RouteOrder &o : p.change.orders) {
            // The van's own stops keep their order; X or Y joins on the way.
            const QString own =
                o.routeId == QStringLiteral("R-1") ? QStringLiteral("E") : QStringLiteral("N");
            QCOMPARE(o.stopIds.size(), 3);
            QVERIFY(o.stopIds.indexOf(own + QStringLiteral("-1")) <
                    o.stopIds.indexOf(own + QStringLiteral("-2")));
        }
        // X and Y are each about 1 km off a road their van drives anyway.
        QVERIFY(p.addedKm > 0 && p.addedKm < 8);
        const MovePreview preview =
            MovePreview::compute(m_fixture->store(), p.change, FeedLines::msAt(10, 0));
        QCOMPARE(preview.windowsBrokenAfter, 0);
    }

    void aKeptWindowBeatsFewerKilometres()
    {
        // R-1 passes X but is held 60 minutes at E-1 first; R-2 is far off
        // but free in the morning.
        load(*m_fixture,
             {RouteAt{QStringLiteral("R-1"),
                      QStringLiteral("V-1"),
                      QTime(8, 0),
                      {{QStringLiteral("E-1"), km(14, 0), QTime(10, 0), QTime(10, 40), 60}}},
              RouteAt{QStringLiteral("R-2"),
                      QStringLiteral("V-2"),
                      QTime(8, 0),
                      {{QStringLiteral("N-1"), km(0, 30), QTime(13, 0), QTime(15, 0)}}},
              brokenRoute({{QStringLiteral("X"), km(15, 0), QTime(10, 30), QTime(11, 0)}})});
        breakDown(*m_fixture);
        RescuePlanner planner(m_fixture->store(), QStringLiteral("R-3"), FeedLines::msAt(10, 0));
        const RescueProposal p = planner.propose();
        checkConsistent(m_fixture->store(), planner, p);
        QCOMPARE(p.receiverOf.value(QStringLiteral("X")), QStringLiteral("R-2"));
        QCOMPARE(p.keptWindows, 1);
        QCOMPARE(p.windowsBrokenElsewhere, 0);
    }

    void lateTodayOrAnotherDay_data()
    {
        QTest::addColumn<double>("maxLateMin");
        QTest::addColumn<bool>("servedToday");
        QTest::newRow("eleven minutes late is better than another day") << 60.0 << true;
        QTest::newRow("too late: another day") << 5.0 << false;
    }

    void lateTodayOrAnotherDay()
    {
        QFETCH(double, maxLateMin);
        QFETCH(bool, servedToday);
        // The only helper reaches X (20 km, 31 minutes) eleven minutes after its window.
        load(*m_fixture,
             {RouteAt{QStringLiteral("R-1"), QStringLiteral("V-1"), QTime(8, 0), {}},
              brokenRoute({{QStringLiteral("X"), km(20, 0), QTime(9, 0), QTime(10, 20)}})});
        breakDown(*m_fixture);
        RescueOptions options;
        options.maxLateMin = maxLateMin;
        RescuePlanner planner(m_fixture->store(), QStringLiteral("R-3"), FeedLines::msAt(10, 0),
                              options);
        const RescueProposal p = planner.propose();
        checkConsistent(m_fixture->store(), planner, p);
        if (servedToday) {
            QCOMPARE(p.lateStops, 1);
            QVERIFY(std::abs(p.latenessMin - (20 * kRoadDetourFactor / kRoadSpeedKmh * 60 - 20)) <
                    0.5);
            QCOMPARE(p.receiverOf.value(QStringLiteral("X")), QStringLiteral("R-1"));
        } else {
            QCOMPARE(p.rescheduled, 1);
            QCOMPARE(p.receiverOf.value(QStringLiteral("X")), QString());
        }
    }

    void pastTheWorkingDayGoesToAnotherDayWithASlot()
    {
        // 100 km out at 16:00: back long after 18:00, the end of R-1's day.
        load(*m_fixture,
             {RouteAt{QStringLiteral("R-1"), QStringLiteral("V-1"), QTime(8, 0), {}},
              brokenRoute({{QStringLiteral("X"), km(100, 0), QTime(9, 0), QTime(23, 0)},
                           {QStringLiteral("Z"), km(2, 0), QTime(16, 0), QTime(17, 0)}})});
        breakDown(*m_fixture);
        RescuePlanner planner(m_fixture->store(), QStringLiteral("R-3"), FeedLines::msAt(16, 0));
        const RescueProposal p = planner.propose();
        checkConsistent(m_fixture->store(), planner, p);
        QCOMPARE(p.receiverOf.value(QStringLiteral("Z")), QStringLiteral("R-1"));
        QCOMPARE(p.rescheduled, 1);
        const Reschedule &r = p.change.reschedules.first();
        QCOMPARE(r.stopId, QStringLiteral("X"));
        QCOMPARE(r.day, QStringLiteral("2026-11-24")); // Tuesday: no routes yet
        QVERIFY(r.routeId.isEmpty());
        QCOMPARE(r.windowStart, FeedLines::msAt(8, 0, 0, QStringLiteral("2026-11-24")));
        QCOMPARE(r.windowEnd, FeedLines::msAt(10, 0, 0, QStringLiteral("2026-11-24")));
    }

    void theDispatchersChoiceIsKept()
    {
        load(*m_fixture,
             {RouteAt{QStringLiteral("R-1"),
                      QStringLiteral("V-1"),
                      QTime(8, 0),
                      {{QStringLiteral("E-1"), km(10, 0)}, {QStringLiteral("E-2"), km(20, 0)}}},
              RouteAt{QStringLiteral("R-2"),
                      QStringLiteral("V-2"),
                      QTime(8, 0),
                      {{QStringLiteral("N-1"), km(0, 10)}, {QStringLiteral("N-2"), km(0, 20)}}},
              brokenRoute({{QStringLiteral("X"), km(15, 1)}, {QStringLiteral("Y"), km(1, 15)}})});
        breakDown(*m_fixture);
        RescuePlanner planner(m_fixture->store(), QStringLiteral("R-3"), FeedLines::msAt(10, 0));
        const RescueProposal p = planner.propose(
            {{QStringLiteral("Y"), QStringLiteral("R-1")}, {QStringLiteral("X"), QString()}});
        checkConsistent(m_fixture->store(), planner, p);
        QCOMPARE(p.receiverOf.value(QStringLiteral("Y")), QStringLiteral("R-1"));
        QCOMPARE(p.receiverOf.value(QStringLiteral("X")), QString());
        QCOMPARE(p.change.orders.size(), 1);
        QCOMPARE(p.rescheduled, 1);
    }

    void otherHubsOnlyWhenNear()
    {
        RouteAt near{QStringLiteral("R-1"), QStringLiteral("V-1"), QTime(8, 0), {}};
        near.hubId = QStringLiteral("H-AMF");
        near.hub = km(20, 0);
        RouteAt far{QStringLiteral("R-2"), QStringLiteral("V-2"), QTime(8, 0), {}};
        far.hubId = QStringLiteral("H-EHV");
        far.hub = km(0, -80);
        load(*m_fixture, {near, far, brokenRoute({{QStringLiteral("X"), km(5, 0)}})});
        breakDown(*m_fixture);
        RescuePlanner planner(m_fixture->store(), QStringLiteral("R-3"), FeedLines::msAt(10, 0));
        QCOMPARE(planner.candidateRouteIds(), QStringList{QStringLiteral("R-1")});
    }

    void anUnknownRouteIsAnError()
    {
        RescuePlanner planner(m_fixture->store(), QStringLiteral("R-404"), FeedLines::msAt(10, 0));
        QVERIFY(!planner.error().isEmpty());
        QVERIFY(planner.propose().change.isEmpty());
    }

    // A 30-stop route into 20 vans of 12 stops: prints the time it takes.
    void aFullDayRescue()
    {
        Planning::RandomSource random(7);
        const auto between = [&](double a, double b) { return a + (b - a) * random.uniform(); };
        QList<RouteAt> routes;
        // Each van works its own part of the region, its windows through the day.
        const auto stopsFor = [&](const QString &prefix, int count, double spread) {
            QList<StopAt> stops;
            const double east = between(-20, 20), north = between(-20, 20);
            for (int i = 0; i < count; ++i) {
                const int hour = 8 + (10 * i) / count;
                stops.append({QStringLiteral("%1-%2").arg(prefix).arg(i + 1),
                              km(east + between(-spread, spread), north + between(-spread, spread)),
                              QTime(hour, 0), QTime(std::min(hour + 2, 20), 0), 15});
            }
            return stops;
        };
        for (int v = 1; v <= 20; ++v)
            routes.append({QStringLiteral("R-H%1").arg(v), QStringLiteral("V-H%1").arg(v),
                           QTime(8, 0), stopsFor(QStringLiteral("H%1").arg(v), 12, 5)});
        routes.append(brokenRoute(stopsFor(QStringLiteral("B"), 30, 8)));
        load(*m_fixture, routes);
        breakDown(*m_fixture);
        QElapsedTimer timer;
        timer.start();
        RescuePlanner planner(m_fixture->store(), QStringLiteral("R-3"), FeedLines::msAt(9, 30));
        const double readSeconds = timer.nsecsElapsed() / 1e9;
        const RescueProposal p = planner.propose();
        QCOMPARE(planner.rescuedStopIds().size(), 30);
        QCOMPARE(planner.candidateRouteIds().size(), 20);
        checkConsistent(m_fixture->store(), planner, p);
        qInfo("rescue of 30 stops into 20 vans: read %.3f s, search %.3f s, total %.3f s; "
              "kept %d, late %d, another day %d, broken elsewhere %d, +%.1f km",
              readSeconds, p.seconds, timer.nsecsElapsed() / 1e9, p.keptWindows, p.lateStops,
              p.rescheduled, p.windowsBrokenElsewhere, p.addedKm);
        QVERIFY(p.keptWindows > 0);
        const MovePreview preview =
            MovePreview::compute(m_fixture->store(), p.change, FeedLines::msAt(9, 30));
        for (const RoutePreview &r : preview.routes)
            QVERIFY2(r.withinWorkingDay || r.newBack <= r.oldBack, qPrintable(r.routeId));
    }

    // After the search no single move of a rescued stop (to another place on
    // any helping van, or to another day) makes the score better while
    // keeping the working days and the lateness limit.
    void theSearchEndsInALocalOptimum()
    {
        Planning::RandomSource random(11);
        const auto between = [&](double a, double b) { return a + (b - a) * random.uniform(); };
        QList<RouteAt> routes;
        for (int v = 1; v <= 6; ++v) {
            QList<StopAt> stops;
            const double east = between(-15, 15), north = between(-15, 15);
            for (int i = 0; i < 8; ++i)
                stops.append({QStringLiteral("H%1-%2").arg(v).arg(i + 1),
                              km(east + between(-4, 4), north + between(-4, 4)), QTime(9 + i, 0),
                              QTime(11 + i, 0), 15});
            routes.append({QStringLiteral("R-H%1").arg(v), QStringLiteral("V-H%1").arg(v),
                           QTime(8, 0), stops});
        }
        QList<StopAt> broken;
        for (int i = 0; i < 12; ++i)
            broken.append({QStringLiteral("B-%1").arg(i + 1),
                           km(between(-15, 15), between(-15, 15)), QTime(10 + i / 2, 0),
                           QTime(12 + i / 2, 0), 15});
        routes.append(brokenRoute(broken));
        load(*m_fixture, routes);
        breakDown(*m_fixture);
        RescuePlanner planner(m_fixture->store(), QStringLiteral("R-3"), FeedLines::msAt(9, 30));
        const DayPlan &plan = planner.dayPlan();
        std::vector<int> vans;
        for (const QString &id : planner.candidateRouteIds())
            vans.push_back(plan.vanOfRoute(id));
        const std::vector<int> rescued = plan.sitesOf(planner.rescuedStopIds());
        constexpr double maxLate = 60;
        RescueSearch search(plan, vans, rescued, maxLate);
        search.run();
        QVERIFY(search.movesApplied() > 0);

        const auto scoreOf = [&](const RouteTimes &t) {
            return RescueSearch::Score{t.broken, 0, t.lateness, t.travel};
        };
        const auto admissible = [&](int van, const std::vector<int> &visits) {
            const RouteTimes t = plan.walk(van, visits);
            const RouteTimes now = plan.walk(van, search.visits(van));
            if (!t.withinDay && t.back > now.back + 1e-6)
                return false;
            for (size_t i = 0; i < visits.size(); ++i)
                if (std::find(rescued.begin(), rescued.end(), visits[i]) != rescued.end() &&
                    t.start[i] - plan.problem().site(visits[i]).due > maxLate)
                    return false;
            return true;
        };
        const RescueSearch::Score anotherDay{1, 1, 0, 0};
        int checked = 0;
        for (int site : rescued) {
            const int from = search.vanOf(site);
            RescueSearch::Score removal = RescueSearch::Score{} - anotherDay;
            if (from >= 0) {
                std::vector<int> without = search.visits(from);
                without.erase(std::find(without.begin(), without.end(), site));
                removal = scoreOf(plan.walk(from, without)) -
                          scoreOf(plan.walk(from, search.visits(from)));
                QVERIFY(!(removal + anotherDay < RescueSearch::Score{}));
            }
            for (int to : vans) {
                if (to == from)
                    continue;
                const std::vector<int> &visits = search.visits(to);
                for (size_t pos = 0; pos <= visits.size(); ++pos) {
                    std::vector<int> with = visits;
                    with.insert(with.begin() + long(pos), site);
                    if (!admissible(to, with))
                        continue;
                    ++checked;
                    const RescueSearch::Score delta =
                        removal + (scoreOf(plan.walk(to, with)) - scoreOf(plan.walk(to, visits)));
                    QVERIFY2(!(delta < RescueSearch::Score{}),
                             qPrintable(plan.stopIdAt(site) + QStringLiteral(" to ") +
                                        plan.vans().at(to).route.id));
                }
            }
        }
        QVERIFY(checked > 0);
        // Every helping van is back within its working day (or no later than before).
        for (int v : vans) {
            const RouteTimes t = plan.walk(v, search.visits(v));
            QVERIFY(t.withinDay || t.back <= plan.walk(v, plan.vans().at(v).pending).back + 1e-6);
        }
    }

private:
    std::unique_ptr<OperationFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestRescuePlanner)
#include "tst_rescueplanner.moc"
