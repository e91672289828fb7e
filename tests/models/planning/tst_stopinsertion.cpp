#include "planning/stopinsertion.h"

#include "planningfixtures.h"

#include <QTest>

using namespace Planning;
using namespace PlanningFixtures;

using Places = QList<QPair<int, int>>; // (route, position) in rank order

namespace {

// Route 0 (vehicle 0, all day, capacity 20): A at (10,0) then B at (20,0),
// B's window 40-45: leave 0, A 10-20, B 30 (waits to 40) -50, back 70.
// Route 1 (vehicle 1, working day until 60): empty. Site 3 is the new stop
// at (15,0).
Problem problemWithStop(double demand, double ready, double due, double service)
{
    std::vector<Site> sites{depotAt(0, 0, 0, 200), customer(1, 10, 0, 10, 0, 200, 10),
                            customer(2, 20, 0, 5, 40, 45, 10),
                            customer(3, 15, 0, demand, ready, due, service)};
    std::vector<Vehicle> fleet{{20, 0, 200}, {20, 0, 60}};
    return Problem(QStringLiteral("insertion"), std::move(sites), std::move(fleet));
}

const Plan kPlan{{{0, {1, 2}}, {1, {}}}, {3}};

} // namespace

class TestStopInsertion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranksFeasiblePlaces_data()
    {
        QTest::addColumn<double>("demand");
        QTest::addColumn<double>("ready");
        QTest::addColumn<double>("due");
        QTest::addColumn<double>("service");
        QTest::addColumn<Places>("places");
        QTest::addColumn<QList<double>>("costs");
        QTest::newRow("fits everywhere")
            << 1.0 << 0.0 << 1000.0 << 0.0 << Places{{0, 1}, {0, 2}, {0, 0}, {1, 0}}
            << QList<double>{0, 0, 10, 30};
        QTest::newRow("service time pushes B past its window")
            << 1.0 << 0.0 << 1000.0 << 20.0 << Places{{0, 2}, {1, 0}} << QList<double>{0, 30};
        QTest::newRow("own window closes early")
            << 1.0 << 0.0 << 22.0 << 0.0 << Places{{0, 0}, {1, 0}} << QList<double>{10, 30};
        QTest::newRow("working day of route 1 too short")
            << 1.0 << 0.0 << 1000.0 << 40.0 << Places{{0, 2}} << QList<double>{0};
        QTest::newRow("late window: wait, but not past the working day")
            << 1.0 << 100.0 << 110.0 << 0.0 << Places{{0, 2}} << QList<double>{0};
        QTest::newRow("capacity of route 0 full")
            << 10.0 << 0.0 << 1000.0 << 0.0 << Places{{1, 0}} << QList<double>{30};
        QTest::newRow("nowhere") << 1.0 << 0.0 << 5.0 << 0.0 << Places{} << QList<double>{};
    }

    void ranksFeasiblePlaces()
    {
        QFETCH(double, demand);
        QFETCH(double, ready);
        QFETCH(double, due);
        QFETCH(double, service);
        QFETCH(Places, places);
        QFETCH(QList<double>, costs);
        const Problem problem = problemWithStop(demand, ready, due, service);
        const std::vector<InsertionOption> options = StopInsertion::rank(problem, kPlan, {3});
        Places found;
        for (const InsertionOption &o : options) {
            QCOMPARE(o.stop, 3);
            found << qMakePair(o.route, o.position);
        }
        QCOMPARE(found, places);
        for (int k = 0; k < costs.size(); ++k)
            QVERIFY2(std::fabs(options[size_t(k)].addedTravel - costs[k]) < 1e-9,
                     qPrintable(QString::number(options[size_t(k)].addedTravel)));
        // Every ranked place really is feasible, by the independent check.
        for (const InsertionOption &o : options) {
            Plan plan = kPlan;
            auto &visits = plan.routes[size_t(o.route)].visits;
            visits.insert(visits.begin() + o.position, 3);
            plan.unassigned.clear();
            const PlanCheck check = checkPlan(problem, plan);
            QVERIFY(check.feasible());
            QVERIFY(std::fabs(check.totalTravel - checkPlan(problem, kPlan).totalTravel -
                              o.addedTravel) < 1e-9);
        }
        // ... and every place not ranked is not.
        for (int r = 0; r < 2; ++r) {
            for (int pos = 0; pos <= int(kPlan.routes[size_t(r)].visits.size()); ++pos) {
                if (found.contains(qMakePair(r, pos)))
                    continue;
                Plan plan = kPlan;
                auto &visits = plan.routes[size_t(r)].visits;
                visits.insert(visits.begin() + pos, 3);
                plan.unassigned.clear();
                QVERIFY(!checkPlan(problem, plan).feasible());
            }
        }
    }

    void limitsPlacesPerStop()
    {
        const Problem problem = problemWithStop(1, 0, 1000, 0);
        QCOMPARE(StopInsertion::rank(problem, kPlan, {3}, 2).size(), size_t(2));
    }

    void insertsSeveralStopsAndKeepsThePlanFeasible()
    {
        for (std::uint64_t seed = 1; seed <= 20; ++seed) {
            const Problem problem = randomProblem(seed, 30, 6);
            // A plan of the first 20 customers, one per route round robin,
            // kept only where feasible; the other ten are to be inserted.
            Plan plan;
            for (int v = 0; v < 6; ++v)
                plan.routes.push_back({v, {}});
            std::vector<int> stops;
            for (int c = 1; c <= 30; ++c) {
                if (c > 20) {
                    stops.push_back(c);
                    continue;
                }
                const InsertionResult r = StopInsertion::insertAll(problem, plan, {c});
                if (r.unplaced.empty())
                    plan = r.plan;
                else
                    stops.push_back(c);
            }
            plan.unassigned = stops;
            QVERIFY(checkPlan(problem, plan).feasible());
            const InsertionResult result = StopInsertion::insertAll(problem, plan, stops);
            const PlanCheck check = checkPlan(problem, result.plan);
            QVERIFY2(check.feasible(), qPrintable(QString::number(seed)));
            QCOMPARE(int(result.unplaced.size()), check.unassignedCustomers);
            QCOMPARE(result.plan.routes.size(), plan.routes.size());
            QVERIFY(std::fabs(check.totalTravel - checkPlan(problem, plan).totalTravel -
                              result.addedTravel) < 1e-6);
            QVERIFY(result.unplaced.size() < stops.size());
        }
    }

    // A van already on the road starts where it is, at its own time, and ends
    // at its hub; its start and end places are never stops to serve.
    void vansStartWhereTheyAreAndEndAtTheirHub()
    {
        // Depot (site 0) at the origin; the van is at (100, 0) at time 50 and
        // must be back at its hub (site 2, at (100, 10)) by 200.
        std::vector<Site> sites{depotAt(0, 0, 0, 1000), depotAt(100, 0, 0, 1000),
                                depotAt(100, 10, 0, 1000), customer(3, 100, 5, 1, 0, 1000, 10),
                                customer(4, 0, 5, 1, 0, 1000, 10)};
        std::vector<Vehicle> fleet{{10, 50, 200, 1, 2}};
        const Problem problem(QStringLiteral("on the road"), std::move(sites), std::move(fleet));
        QCOMPARE(problem.customerCount(), 2);
        QCOMPARE(problem.customers(), (std::vector<int>{3, 4}));
        QVERIFY(!problem.isCustomer(1));
        QVERIFY(!problem.isCustomer(2));
        QCOMPARE(problem.departure(0), 50.0);

        // Stop 3 lies on the way from its place to the hub: no added driving.
        const InsertionResult near = StopInsertion::insertAll(problem, Plan{{{0, {}}}, {}}, {3});
        QVERIFY(near.unplaced.empty());
        QCOMPARE(near.addedTravel, 0.0);
        const PlanCheck check = checkPlan(problem, near.plan);
        QVERIFY(check.feasible());
        QCOMPARE(check.totalTravel, 10.0);
        QCOMPARE(check.servedCustomers, 1);
        QCOMPARE(check.unassignedCustomers, 1); // stop 4 was not asked for

        // Stop 4 is 100 away each way: 50 + 100 + 10 + 100 is past 200.
        const InsertionResult far = StopInsertion::insertAll(problem, Plan{{{0, {}}}, {}}, {4});
        QCOMPARE(far.unplaced, std::vector<int>{4});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 StopInsertion::rank(problem, Plan{{{0, {}}}, {}}, {2}));
        const PlanCheck late = checkPlan(problem, Plan{{{0, {4}}}, {3}});
        QVERIFY(late.hasViolation(PlanViolation::Kind::WorkingDay));
    }

    void refusesABrokenPlan()
    {
        const Problem problem = problemWithStop(1, 0, 1000, 0);
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            StopInsertion::rank(problem, Plan{{{0, {1}}, {0, {2}}}, {3}}, {3}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, StopInsertion::rank(problem, kPlan, {7}));
    }
};

QTEST_GUILESS_MAIN(TestStopInsertion)
#include "tst_stopinsertion.moc"
