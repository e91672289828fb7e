#include "planning/localsearch.h"
#include "planning/vrptwsolver.h"

#include "planningfixtures.h"

#include <QTest>

using namespace Planning;
using namespace PlanningFixtures;

namespace {

Move randomMove(RandomSource &random, const Schedule &s)
{
    Move m;
    m.type = Move::Type(random.below(5));
    m.r1 = random.below(s.routeCount());
    m.r2 = m.type == Move::Type::TwoOpt ? m.r1 : random.below(s.routeCount());
    const int l1 = int(s.route(m.r1).nodes.size());
    const int l2 = int(s.route(m.r2).nodes.size());
    m.i = random.below(l1);
    m.j = random.below(l2);
    m.length = 1 + random.below(3);
    return m;
}

const char *nameOf(Move::Type type)
{
    switch (type) {
    case Move::Type::Relocate:
        return "relocate";
    case Move::Type::Exchange:
        return "exchange";
    case Move::Type::TwoOptStar:
        return "2-opt*";
    case Move::Type::OrOpt:
        return "or-opt";
    case Move::Type::TwoOpt:
        return "2-opt";
    }
    return "?";
}

} // namespace

class TestLocalSearchMoves : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Random moves on random instances: the quick check must agree with the
    // independent checker every time, both ways, and predict the change in
    // travel exactly; the walk continues from every feasible result.
    void everyMoveKeepsFeasibilityAndItsPredictedCost_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("mixedWorkingDays");
        for (quint64 seed = 1; seed <= 6; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed)))
                << seed << (seed % 2 == 0);
    }

    void everyMoveKeepsFeasibilityAndItsPredictedCost()
    {
        QFETCH(quint64, seed);
        QFETCH(bool, mixedWorkingDays);
        Problem base = randomProblem(seed, 60, 20, 80);
        std::vector<Vehicle> fleet = base.fleet();
        if (mixedWorkingDays)
            for (size_t v = 0; v < fleet.size(); v += 2)
                fleet[v].shiftEnd = 700; // half the crews stop earlier
        const Problem problem(base.name(), base.sites(), fleet);
        SolverOptions options;
        options.timeLimitSeconds = 0;
        options.maxIterations = 200;
        options.seed = seed;
        options.minimiseVehicles = false;
        const SolverResult start = solveVrptw(problem, options);
        QVERIFY(checkPlan(problem, start.plan).feasible());
        Schedule s(problem, start.plan);
        QVERIFY(s.routeCount() >= 3);

        RandomSource random(seed * 7919);
        int counts[5][2] = {};
        for (int k = 0; k < 40000; ++k) {
            const Move m = randomMove(random, s);
            if (!Moves::valid(s, m))
                continue;
            const std::optional<double> delta = Moves::evaluate(s, m);
            Schedule after = s;
            Moves::apply(after, m);
            const PlanCheck check = checkPlan(problem, after.toPlan());
            const QString where = QStringLiteral("%1 r1=%2 i=%3 r2=%4 j=%5 k=%6 (move %7)")
                                      .arg(QLatin1String(nameOf(m.type)))
                                      .arg(m.r1)
                                      .arg(m.i)
                                      .arg(m.r2)
                                      .arg(m.j)
                                      .arg(m.length)
                                      .arg(k);
            QVERIFY2(check.unassignedCustomers == 0 &&
                         check.servedCustomers == problem.customerCount(),
                     qPrintable(where));
            QVERIFY2(delta.has_value() == check.feasible(), qPrintable(where));
            QCOMPARE(after.feasible(), check.feasible());
            ++counts[int(m.type)][delta ? 1 : 0];
            if (delta) {
                QVERIFY2(std::fabs(check.totalTravel - (s.travel() + *delta)) < 1e-6,
                         qPrintable(where));
                s = after;
                s.closeEmptyRoutes();
            }
        }
        // The walk really exercised every kind of move, feasible or not.
        for (int t = 0; t < 5; ++t) {
            QVERIFY2(counts[t][0] > 0, nameOf(Move::Type(t)));
            QVERIFY2(counts[t][1] > 0, nameOf(Move::Type(t)));
        }
    }

    void descentNeverMakesThePlanWorse()
    {
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            const Problem problem = randomProblem(seed, 80, 30, 60);
            SolverOptions options;
            options.timeLimitSeconds = 0;
            options.maxIterations = 1;
            options.minimiseVehicles = false;
            Schedule s(problem, solveVrptw(problem, options).plan);
            const double before = s.travel();
            LocalSearch(problem).descend(s, seed);
            const PlanCheck check = checkPlan(problem, s.toPlan());
            QVERIFY(check.feasible());
            QCOMPARE(check.unassignedCustomers, 0);
            QVERIFY(check.totalTravel <= before + 1e-9);
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalSearchMoves)
#include "tst_localsearchmoves.moc"
