#include "planningfixtures.h"

#include <QTest>

using namespace Planning;
using namespace PlanningFixtures;

Q_DECLARE_METATYPE(Planning::Plan)

namespace {

// Depot at the origin open 0-100; three customers; vehicles 0 and 1 work the
// whole day, vehicle 2 only until 40. Capacity 10 each.
Problem handMade()
{
    std::vector<Site> sites{depotAt(0, 0, 0, 100), customer(1, 10, 0, 5, 0, 20, 5),
                            customer(2, 20, 0, 5, 0, 30, 5), customer(3, 0, 10, 8, 50, 60, 5)};
    std::vector<Vehicle> fleet{{10, 0, 100}, {10, 0, 100}, {10, 0, 40}};
    return Problem(QStringLiteral("hand-made"), std::move(sites), std::move(fleet));
}

using Kinds = QList<int>;

Kinds kindsOf(const PlanCheck &check)
{
    Kinds kinds;
    for (const PlanViolation &v : check.violations)
        kinds << int(v.kind);
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

} // namespace

class TestPlanCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryBrokenRule_data()
    {
        QTest::addColumn<Plan>("plan");
        QTest::addColumn<Kinds>("kinds");
        QTest::addColumn<double>("amount"); // of the first violation
        QTest::addColumn<double>("travel");
        QTest::addColumn<int>("unassigned");
        using K = PlanViolation::Kind;
        const double diagonal = std::sqrt(200.0);
        QTest::newRow("feasible") << Plan{{{0, {1, 2}}, {1, {3}}}, {}} << Kinds{} << 0.0 << 60.0
                                  << 0;
        QTest::newRow("window violated")
            << Plan{{{0, {2, 1}}, {1, {3}}}, {}} << Kinds{int(K::LateArrival)} << 15.0 << 60.0 << 0;
        QTest::newRow("capacity violated")
            << Plan{{{0, {1, 3}}, {1, {2}}}, {}} << Kinds{int(K::OverCapacity)} << 3.0
            << 10 + diagonal + 10 + 40.0 << 0;
        QTest::newRow("working day exceeded")
            << Plan{{{0, {1, 2}}, {2, {3}}}, {}} << Kinds{int(K::WorkingDay)} << 25.0 << 60.0 << 0;
        QTest::newRow("waiting is not lateness")
            << Plan{{{1, {3}}}, {1, 2}} << Kinds{} << 0.0 << 20.0 << 2;
        QTest::newRow("not planned")
            << Plan{{{0, {1}}}, {}} << Kinds{int(K::NotVisited), int(K::NotVisited)} << 0.0 << 20.0
            << 0;
        QTest::newRow("twice") << Plan{{{0, {1, 2}}, {1, {3, 1}}}, {}}
                               << Kinds{int(K::LateArrival), int(K::OverCapacity),
                                        int(K::VisitedTwice)}
                               << 0.0 << 40.0 + 10 + diagonal + 10 << 0;
        QTest::newRow("twice via unassigned") << Plan{{{0, {1, 2}}, {1, {3}}}, {2}}
                                              << Kinds{int(K::VisitedTwice)} << 0.0 << 60.0 << 1;
        QTest::newRow("vehicle reused") << Plan{{{0, {1, 2}}, {0, {3}}}, {}}
                                        << Kinds{int(K::VehicleReused)} << 0.0 << 60.0 << 0;
        QTest::newRow("unknown site") << Plan{{{0, {1, 2, 9}}, {1, {3}}}, {}}
                                      << Kinds{int(K::UnknownSite)} << 0.0 << 60.0 << 0;
    }

    void findsEveryBrokenRule()
    {
        QFETCH(Plan, plan);
        QFETCH(Kinds, kinds);
        QFETCH(double, amount);
        QFETCH(double, travel);
        QFETCH(int, unassigned);
        const Problem problem = handMade();
        const PlanCheck check = checkPlan(problem, plan);
        QCOMPARE(kindsOf(check), kinds);
        QCOMPARE(check.feasible(), kinds.isEmpty());
        if (!check.violations.empty() && amount > 0)
            QVERIFY2(std::fabs(check.violations.front().amount - amount) < 1e-9,
                     qPrintable(QString::number(check.violations.front().amount)));
        QVERIFY2(std::fabs(check.totalTravel - travel) < 1e-9,
                 qPrintable(QString::number(check.totalTravel)));
        QCOMPARE(check.unassignedCustomers, unassigned);
        for (const PlanViolation &v : check.violations)
            QVERIFY(!v.describe(problem).isEmpty());
    }

    void usesTheTravelFunctionNotTheSolversMatrix()
    {
        // A road network twice as long as the crow flies: the late arrival
        // appears only because the checker asks the function.
        std::vector<Site> sites{depotAt(0, 0, 0, 100), customer(1, 10, 0, 1, 0, 15, 0)};
        const Problem straight(QStringLiteral("s"), sites, Problem::uniformFleet(1, 5, sites[0]));
        const Problem winding(QStringLiteral("w"), sites, Problem::uniformFleet(1, 5, sites[0]),
                              [](const Location &a, const Location &b) {
                                  return 2 * std::hypot(a.x - b.x, a.y - b.y);
                              });
        const Plan plan{{{0, {1}}}, {}};
        QVERIFY(checkPlan(straight, plan).feasible());
        QVERIFY(checkPlan(winding, plan).hasViolation(PlanViolation::Kind::LateArrival));
        QCOMPARE(checkPlan(winding, plan).totalTravel, 40.0);
    }

    void roadTravelTimeIsPlausible()
    {
        // Utrecht centraal to Amsterdam centraal: about 35 km as the crow
        // flies; with detour 1.3 at 60 km/h about 45 minutes.
        const TravelTimeFunction road = roadTravelTime(1.3, 60);
        const double minutes = road({5.1099, 52.0894}, {4.9003, 52.3791});
        QVERIFY2(minutes > 40 && minutes < 50, qPrintable(QString::number(minutes)));
        QCOMPARE(road({5, 52}, {5, 52}), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestPlanCheck)
#include "tst_plancheck.moc"
