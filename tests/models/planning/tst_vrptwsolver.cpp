#include "planning/solomonreader.h"
#include "planning/vrptwsolver.h"

#include "planningfixtures.h"

#include <QTest>

#include <chrono>
#include <numeric>

using namespace Planning;
using namespace PlanningFixtures;

namespace {

struct Optimum
{
    int vehicles = 0;
    double travel = 0;
};

// The best plan by enumeration: the shortest feasible order of every subset
// of customers on one vehicle, then the best split of all customers into
// such routes, (vehicles, travel) first or travel only.
Optimum bruteForce(const Problem &p, bool vehiclesFirst)
{
    const int n = p.customerCount();
    const int full = (1 << n) - 1;
    constexpr double none = 1e18;
    std::vector<double> route(size_t(full + 1), none);
    const Vehicle &v = p.vehicle(0);
    for (int mask = 1; mask <= full; ++mask) {
        std::vector<int> order;
        double load = 0;
        for (int c = 1; c <= n; ++c)
            if (mask & (1 << (c - 1))) {
                order.push_back(c);
                load += p.site(c).demand;
            }
        if (load > v.capacity)
            continue;
        do {
            double t = p.departure(0), travel = 0;
            int here = 0;
            bool ok = true;
            for (int c : order) {
                travel += p.travel(here, c);
                t = std::max(p.site(c).ready, t + p.site(here).service + p.travel(here, c));
                ok = ok && t <= p.site(c).due;
                here = c;
            }
            travel += p.travel(here, 0);
            ok = ok && t + p.site(here).service + p.travel(here, 0) <= p.returnBy(0);
            if (ok)
                route[size_t(mask)] = std::min(route[size_t(mask)], travel);
        } while (std::next_permutation(order.begin(), order.end()));
    }
    std::vector<Optimum> best(size_t(full + 1), {1 << 20, none});
    best[0] = {0, 0};
    auto less = [&](const Optimum &a, const Optimum &b) {
        if (vehiclesFirst && a.vehicles != b.vehicles)
            return a.vehicles < b.vehicles;
        return a.travel < b.travel - 1e-9;
    };
    for (int mask = 1; mask <= full; ++mask) {
        const int lowest = mask & -mask; // the route holding the lowest customer
        for (int sub = mask; sub; sub = (sub - 1) & mask) {
            if (!(sub & lowest) || route[size_t(sub)] >= none ||
                best[size_t(mask ^ sub)].travel >= none)
                continue;
            const Optimum candidate{best[size_t(mask ^ sub)].vehicles + 1,
                                    best[size_t(mask ^ sub)].travel + route[size_t(sub)]};
            if (less(candidate, best[size_t(mask)]))
                best[size_t(mask)] = candidate;
        }
    }
    return best[size_t(full)];
}

Problem tinyProblem(std::uint64_t seed)
{
    // Tight capacity and windows so that the number of vehicles matters.
    const Problem wide = randomProblem(seed, 8, 8, 40, 400);
    return Problem(wide.name(), wide.sites(), wide.fleet());
}

} // namespace

class TestVrptwSolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsTheKnownOptimum_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("vehiclesFirst");
        for (quint64 seed = 1; seed <= 8; ++seed) {
            QTest::newRow(qPrintable(QStringLiteral("seed %1 vehicles first").arg(seed)))
                << seed << true;
            QTest::newRow(qPrintable(QStringLiteral("seed %1 travel only").arg(seed)))
                << seed << false;
        }
    }

    void findsTheKnownOptimum()
    {
        QFETCH(quint64, seed);
        QFETCH(bool, vehiclesFirst);
        const Problem problem = tinyProblem(seed);
        const Optimum optimum = bruteForce(problem, vehiclesFirst);
        QVERIFY(optimum.travel < 1e17);
        SolverOptions options;
        options.timeLimitSeconds = 0;
        options.maxIterations = 3000;
        options.seed = seed;
        options.minimiseVehicles = vehiclesFirst;
        const SolverResult result = solveVrptw(problem, options);
        const PlanCheck check = checkPlan(problem, result.plan);
        QVERIFY(check.feasible());
        QCOMPARE(check.unassignedCustomers, 0);
        if (vehiclesFirst)
            QCOMPARE(check.usedVehicles, optimum.vehicles);
        QVERIFY2(
            std::fabs(check.totalTravel - optimum.travel) < 1e-6,
            qPrintable(
                QStringLiteral("%1 vs optimum %2").arg(check.totalTravel).arg(optimum.travel)));
        QVERIFY(std::fabs(result.travel - check.totalTravel) < 1e-6);
        QCOMPARE(result.vehicles, check.usedVehicles);
    }

    void sameSeedSamePlan()
    {
        const Problem problem = randomProblem(42, 60, 20, 80);
        SolverOptions options;
        options.timeLimitSeconds = 0;
        options.maxIterations = 1500;
        options.seed = 9;
        const SolverResult a = solveVrptw(problem, options);
        const SolverResult b = solveVrptw(problem, options);
        QCOMPARE(a.plan.routes.size(), b.plan.routes.size());
        for (size_t r = 0; r < a.plan.routes.size(); ++r)
            QCOMPARE(a.plan.routes[r].visits, b.plan.routes[r].visits);
        QCOMPARE(a.iterations, b.iterations);
        options.seed = 10;
        const SolverResult c = solveVrptw(problem, options);
        QVERIFY(checkPlan(problem, c.plan).feasible());
    }

    void respectsTheTimeLimit()
    {
        const Problem problem = randomProblem(7, 300, 120, 100);
        SolverOptions options;
        options.timeLimitSeconds = 0.3;
        options.processorTime = true; // the machine running the tests may be busy
        const SolverResult result = solveVrptw(problem, options);
        QVERIFY2(result.processorSeconds < 0.3 + 0.15,
                 qPrintable(QString::number(result.processorSeconds)));
        QVERIFY(result.iterations > 0);
        const PlanCheck check = checkPlan(problem, result.plan);
        QVERIFY(check.feasible());
        QCOMPARE(check.unassignedCustomers, 0);
    }

    void leavesOutWhatCannotBeServed()
    {
        // Customer 2 is too heavy for any vehicle, customer 3 cannot be
        // reached within its window: both are reported, not forced in.
        std::vector<Site> sites{depotAt(0, 0, 0, 100), customer(1, 5, 0, 1, 0, 50, 0),
                                customer(2, 0, 5, 50, 0, 50, 0), customer(3, 30, 0, 1, 0, 10, 0)};
        const Problem problem(QStringLiteral("impossible"), sites,
                              Problem::uniformFleet(3, 10, sites[0]));
        SolverOptions options;
        options.timeLimitSeconds = 0;
        options.maxIterations = 100;
        const SolverResult result = solveVrptw(problem, options);
        QCOMPARE(result.plan.unassigned, (std::vector<int>{2, 3}));
        QCOMPARE(result.vehicles, 1);
        QVERIFY(checkPlan(problem, result.plan).feasible());
    }

    void solvesTheSmallFileNextToTheTest()
    {
        const Problem problem =
            SolomonReader::readFile(QStringLiteral(PLANNING_TEST_DATA "/tiny5.txt"));
        SolverOptions options;
        options.timeLimitSeconds = 0;
        options.maxIterations = 2000;
        const SolverResult result = solveVrptw(problem, options);
        const PlanCheck check = checkPlan(problem, result.plan);
        QVERIFY(check.feasible());
        QCOMPARE(check.unassignedCustomers, 0);
        const Optimum optimum = bruteForce(problem, true);
        QCOMPARE(check.usedVehicles, optimum.vehicles);
        QVERIFY(std::fabs(check.totalTravel - optimum.travel) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestVrptwSolver)
#include "tst_vrptwsolver.moc"
