// The ETA estimator on plain values: where the crew is, how late it runs, a
// window it waits for, a breakdown and its repair, a re-plan; the learner's
// shrinkage; the band that narrows as a stop comes closer.

#include "eta/etabandcalibrator.h"
#include "eta/etabreakclock.h"
#include "eta/etaday.h"
#include "eta/etaestimator.h"
#include "eta/etalearner.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <functional>

namespace {

constexpr qint64 Minute = 60 * 1000;

// 2026-11-23 08:00 in Amsterdam (+01:00).
qint64 t0()
{
    return QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 at(double minutesAfter8)
{
    return t0() + qint64(minutesAfter8 * Minute);
}

// A route leaving the hub at 08:00 with four stops: 10 minutes of driving to
// each, 10 minutes at the door, so stop n is planned at 08:00 + 20n - 10.
// Windows are two hours around the planned arrival.
struct Scenario
{
    Route route;
    QVector<Stop> stops;
    Vehicle vehicle;
    qint64 now = 0;
    EtaSettings settings;
};

Scenario baseScenario()
{
    Scenario s;
    s.route.id = QStringLiteral("R-1");
    s.route.date = QStringLiteral("2026-11-23");
    s.route.vehicleId = QStringLiteral("V-1");
    s.route.hub = {QStringLiteral("H"), QStringLiteral("Hub"), 52.0, 5.0};
    s.route.plannedStart = at(0);
    for (int i = 1; i <= 4; ++i) {
        Stop stop;
        stop.id = QStringLiteral("S%1").arg(i);
        stop.routeId = s.route.id;
        stop.seq = i;
        stop.customer.lat = 52.0 + 0.02 * i;
        stop.customer.lon = 5.0;
        stop.services = {QStringLiteral("deliver")};
        stop.plannedArrival = at(20 * i - 10);
        stop.windowStart = stop.plannedArrival - 60 * Minute;
        stop.windowEnd = stop.plannedArrival + 60 * Minute;
        stop.serviceMin = 10;
        s.stops.append(stop);
    }
    s.vehicle.id = QStringLiteral("V-1");
    return s;
}

Scenario scenario(const QString &name)
{
    Scenario s = baseScenario();
    if (name == QLatin1String("on time")) {
        s.route.startedAt = at(0);
        s.stops[0].arrivedAt = at(10);
        s.stops[0].completedAt = at(20);
        s.stops[0].state = Domain::StopState::Done;
        s.now = at(22);
    } else if (name == QLatin1String("running late")) {
        s.route.startedAt = at(0);
        s.stops[0].arrivedAt = at(40);
        s.stops[0].completedAt = at(50);
        s.stops[0].state = Domain::StopState::Done;
        s.now = at(52);
    } else if (name == QLatin1String("not started yet")) {
        s.now = at(-30);
    } else if (name == QLatin1String("at the door")) {
        s.route.startedAt = at(0);
        s.stops[0].arrivedAt = at(10);
        s.stops[0].state = Domain::StopState::Arrived;
        s.now = at(15);
    } else if (name.startsWith(QLatin1String("early"))) {
        // S2's window opens at 09:00, long after the crew can be there.
        s.stops[1].windowStart = at(60);
        s.stops[1].windowEnd = at(120);
        s.route.startedAt = at(0);
        s.stops[0].arrivedAt = at(10);
        s.stops[0].completedAt = at(20);
        s.stops[0].state = Domain::StopState::Done;
        s.now = at(21);
        if (name.endsWith(QLatin1String("calls ahead")))
            s.settings.earlyArrival = EtaSettings::EarlyArrival::CallAhead;
    } else if (name.startsWith(QLatin1String("breakdown"))) {
        s.route.startedAt = at(0);
        s.stops[0].arrivedAt = at(10);
        s.stops[0].completedAt = at(20);
        s.stops[0].state = Domain::StopState::Done;
        s.vehicle.status = Domain::VehicleStatus::Breakdown;
        s.vehicle.statusTs = at(22);
        s.vehicle.expectedRepairMin = 60;
        s.now = at(22);
        if (name.endsWith(QLatin1String("half an hour on")))
            s.now = at(52);
        if (name.endsWith(QLatin1String("repaired"))) {
            s.vehicle.status = Domain::VehicleStatus::Repaired;
            s.vehicle.statusTs = at(82);
            s.now = at(82);
        }
    } else if (name == QLatin1String("lunch on the way")) {
        // The crew left S1 at 08:20 and stopped for its break a minute later.
        s.route.startedAt = at(0);
        s.stops[0].arrivedAt = at(10);
        s.stops[0].completedAt = at(20);
        s.stops[0].state = Domain::StopState::Done;
        s.vehicle.status = Domain::VehicleStatus::BreakStart;
        s.vehicle.statusTs = at(21);
        s.now = at(41);
    } else if (name == QLatin1String("re-plan swaps S3 and S4")) {
        s.route.startedAt = at(0);
        s.stops[0].arrivedAt = at(10);
        s.stops[0].completedAt = at(20);
        s.stops[0].state = Domain::StopState::Done;
        s.stops[2].seq = 4;
        s.stops[3].seq = 3;
        std::swap(s.stops[2].plannedArrival, s.stops[3].plannedArrival);
        std::swap(s.stops[2].windowStart, s.stops[3].windowStart);
        std::swap(s.stops[2].windowEnd, s.stops[3].windowEnd);
        s.now = at(22);
    }
    return s;
}

} // namespace

class TestEtaEstimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void estimates_data();
    void estimates();
    void finishedStopsAndRoutesHaveNoEstimate();
    void breakdownWidensTheBand();
    void bandNarrowsAsTheStopComesCloser();
    void calibratorFollowsItsErrors();
    void learnerShrinksTowardsThePlan();
    void learnerKeepsKindsOfServiceApart();
    void learnerTrustsACrewsPaceAsFarAsCrewsDiffer();
    void learnerCountsVisitsThatEndEarly();
    void learnerTellsTheWorkLeftAtTheDoor_data();
    void learnerTellsTheWorkLeftAtTheDoor();
    void learnerRouteRatioLeansOnItsArea();
    void dayLearnsFromArrivalsAndItsOwnErrors();
    void dayLearnsNoServiceTimeFromAFailedVisit();
    void breakClock_data();
    void breakClock();
    void dayPlacesTheBreakByTheClockThePlansShare();
};

void TestEtaEstimator::estimates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stop");
    QTest::addColumn<double>("expectedMin"); // minutes after 08:00
    QTest::addColumn<double>("tolerance");

    QTest::newRow("on time: next stop as planned") << "on time"
                                                   << "S2" << 30.0 << 1.5;
    QTest::newRow("on time: last stop as planned") << "on time"
                                                   << "S4" << 70.0 << 1.5;
    QTest::newRow("running late: 30 minutes on") << "running late"
                                                 << "S2" << 60.0 << 1.5;
    QTest::newRow("running late: carries to the end") << "running late"
                                                      << "S4" << 100.0 << 1.5;
    QTest::newRow("not started yet: the plan") << "not started yet"
                                               << "S1" << 10.0 << 1.5;
    QTest::newRow("at the door: leaves when the work is done") << "at the door"
                                                               << "S2" << 30.0 << 1.5;
    QTest::newRow("early: waits for the window") << "early waits"
                                                 << "S2" << 60.0 << 0.1;
    QTest::newRow("early: the stop after follows the wait") << "early waits"
                                                            << "S3" << 80.0 << 1.5;
    QTest::newRow("early: calls ahead, no wait") << "early calls ahead"
                                                 << "S2" << 30.0 << 1.5;
    // Broken down 8 minutes short of S2, an hour's repair expected.
    QTest::newRow("breakdown: held for the repair") << "breakdown"
                                                    << "S2" << 90.0 << 2.0;
    QTest::newRow("breakdown: everything after moves") << "breakdown"
                                                       << "S4" << 130.0 << 2.0;
    // Half an hour into it: 30 minutes of repair and 8 of driving still to come.
    QTest::newRow("breakdown: the van drove only until it broke down")
        << "breakdown half an hour on"
        << "S2" << 90.0 << 2.0;
    // 20 minutes into a 30-minute break taken a minute after leaving S1.
    QTest::newRow("break on the way: the leg still to drive") << "lunch on the way"
                                                              << "S2" << 60.0 << 2.0;
    // Repaired at 09:22: the rest of the leg is still to drive, not the hour.
    QTest::newRow("breakdown repaired: back on the road") << "breakdown repaired"
                                                          << "S2" << 88.0 << 4.0;
    QTest::newRow("re-plan: S4 now comes third") << "re-plan swaps S3 and S4"
                                                 << "S4" << 50.0 << 1.5;
    QTest::newRow("re-plan: S3 now comes last") << "re-plan swaps S3 and S4"
                                                << "S3" << 70.0 << 1.5;
}

void TestEtaEstimator::estimates()
{
    QFETCH(QString, name);
    QFETCH(QString, stop);
    QFETCH(double, expectedMin);
    QFETCH(double, tolerance);

    const Scenario s = scenario(name);
    const EtaLearner learner(s.settings);
    const EtaBandCalibrator calibrator;
    const EtaEstimator estimator(s.settings, learner, calibrator);
    const QVector<StopEta> etas = estimator.estimate(s.route, s.stops, &s.vehicle, s.now);
    const auto it = std::find_if(etas.cbegin(), etas.cend(),
                                 [&](const StopEta &e) { return e.stopId == stop; });
    QVERIFY2(it != etas.cend(), qPrintable(QStringLiteral("no estimate for ") + stop));
    const double minutes = double(it->eta - t0()) / Minute;
    QVERIFY2(std::abs(minutes - expectedMin) <= tolerance,
             qPrintable(QStringLiteral("%1 estimated at +%2 min, expected +%3")
                            .arg(stop)
                            .arg(minutes)
                            .arg(expectedMin)));
    QVERIFY(it->low <= it->eta);
    QVERIFY(it->eta <= it->high);
    QVERIFY(it->low >= s.now);
    QCOMPARE(it->estimatedAt, s.now);
    QCOMPARE(it->routeId, s.route.id);
}

void TestEtaEstimator::finishedStopsAndRoutesHaveNoEstimate()
{
    Scenario s = scenario(QStringLiteral("on time"));
    const EtaLearner learner;
    const EtaBandCalibrator calibrator;
    const EtaSettings settings;
    const EtaEstimator estimator(settings, learner, calibrator);
    QVector<StopEta> etas = estimator.estimate(s.route, s.stops, &s.vehicle, s.now);
    QCOMPARE(etas.size(), 3); // S1 is done
    for (const StopEta &e : etas)
        QVERIFY(e.stopId != QLatin1String("S1"));

    s.stops[3].inPlan = false; // dropped by a re-plan
    etas = estimator.estimate(s.route, s.stops, &s.vehicle, s.now);
    QCOMPARE(etas.size(), 2);

    s.route.finishedAt = s.now;
    QVERIFY(estimator.estimate(s.route, s.stops, &s.vehicle, s.now).isEmpty());
}

void TestEtaEstimator::breakdownWidensTheBand()
{
    const EtaLearner learner;
    const EtaBandCalibrator calibrator;
    const EtaSettings settings;
    const EtaEstimator estimator(settings, learner, calibrator);
    Scenario normal = scenario(QStringLiteral("on time"));
    Scenario broken = scenario(QStringLiteral("breakdown"));
    const StopEta a =
        estimator.estimate(normal.route, normal.stops, &normal.vehicle, normal.now).constFirst();
    const StopEta b =
        estimator.estimate(broken.route, broken.stops, &broken.vehicle, broken.now).constFirst();
    QCOMPARE(a.stopId, b.stopId);
    // Compare at equal horizons: the calibrated part of the band depends on it.
    const EtaBandCalibrator::Band atB = calibrator.band(double(b.eta - broken.now) / Minute);
    const double plainWidth = atB.highMin - atB.lowMin;
    QVERIFY(double(b.high - b.low) / Minute > plainWidth + 20);
    QVERIFY(b.high - b.low > a.high - a.low);
}

void TestEtaEstimator::bandNarrowsAsTheStopComesCloser()
{
    // The prior alone: wider far ahead.
    double previous = 0;
    for (double h : {5.0, 25.0, 55.0, 110.0, 230.0}) {
        const EtaBandCalibrator::Band b = EtaBandCalibrator::priorBand(h, 0.8);
        QVERIFY(b.lowMin < 0);
        QVERIFY(b.highMin > 0);
        QVERIFY(b.highMin - b.lowMin > previous);
        previous = b.highMin - b.lowMin;
    }
    // Estimates of one route: later stops, wider bands.
    Scenario s = baseScenario();
    for (int i = 5; i <= 12; ++i) {
        Stop stop = s.stops.constLast();
        stop.id = QStringLiteral("S%1").arg(i);
        stop.seq = i;
        stop.plannedArrival = at(20 * i - 10);
        stop.windowStart = stop.plannedArrival - 60 * Minute;
        stop.windowEnd = stop.plannedArrival + 60 * Minute;
        s.stops.append(stop);
    }
    s.route.startedAt = at(0);
    const EtaLearner learner;
    const EtaBandCalibrator calibrator;
    const EtaSettings settings;
    const EtaEstimator estimator(settings, learner, calibrator);
    const QVector<StopEta> etas = estimator.estimate(s.route, s.stops, nullptr, at(1));
    QCOMPARE(etas.size(), 12);
    QVERIFY(etas.constFirst().high - etas.constFirst().low <
            etas.constLast().high - etas.constLast().low);
}

void TestEtaEstimator::calibratorFollowsItsErrors()
{
    EtaBandCalibrator calibrator(0.8);
    // At 60 minutes ahead the estimates were late by 10 +- 10 minutes.
    for (int i = 0; i < 1000; ++i)
        calibrator.addError(55, 10 + (i % 21) - 10);
    // At 10 minutes ahead, by 0 +- 2.
    for (int i = 0; i < 1000; ++i)
        calibrator.addError(12, (i % 5) - 2);
    calibrator.refresh();
    const EtaBandCalibrator::Band far = calibrator.band(55);
    const EtaBandCalibrator::Band near = calibrator.band(12);
    QVERIFY(far.highMin - far.lowMin > 3 * (near.highMin - near.lowMin));
    // About 80% of those errors lie inside, 1.5..18.5 late; the band keeps the
    // estimate itself inside.
    QVERIFY2(far.highMin > 16 && far.highMin < 20, qPrintable(QString::number(far.highMin)));
    QVERIFY2(far.lowMin <= -0.5 && far.lowMin > -2, qPrintable(QString::number(far.lowMin)));
    QVERIFY(near.lowMin > -3 && near.lowMin < -1);
    QVERIFY(near.highMin > 1 && near.highMin < 3);
    QCOMPARE(calibrator.samples(55), 1000);
}

void TestEtaEstimator::learnerShrinksTowardsThePlan()
{
    EtaLearner learner;
    const quint32 area = EtaLearner::areaOf(52.1, 5.1);
    QCOMPARE(learner.travelRatio(QStringLiteral("R"), area, 9), 1.0);
    learner.observeLeg(QStringLiteral("R"), area, 9, 10, 3, 15);
    const double afterOne = learner.travelRatio(QStringLiteral("R"), area, 9);
    QVERIFY(afterOne > 1.0);
    QVERIFY(afterOne < 1.3); // one leg is weak evidence
    for (int i = 0; i < 40; ++i)
        learner.observeLeg(QStringLiteral("R"), area, 9, 10, 3, 15);
    const double afterMany = learner.travelRatio(QStringLiteral("R"), area, 9);
    QVERIFY(afterMany > afterOne);
    QVERIFY(afterMany > 1.35 && afterMany <= 1.55);
    // A leg off by a factor of ten is something else than driving.
    learner.observeLeg(QStringLiteral("R"), area, 9, 10, 3, 150);
    QCOMPARE(learner.travelRatio(QStringLiteral("R"), area, 9), afterMany);
}

void TestEtaEstimator::learnerTrustsACrewsPaceAsFarAsCrewsDiffer()
{
    const QString kind = EtaLearner::serviceKind({QStringLiteral("deliver")});
    // Twenty crews, ten visits each of a planned 20 minutes, every visit off
    // by up to 20% either way. `pace` gives crew c's own factor.
    const auto learnt = [&](const std::function<double(int)> &pace) {
        EtaLearner learner;
        QRandomGenerator random(7);
        for (int visit = 0; visit < 10; ++visit) {
            for (int c = 0; c < 20; ++c) {
                const double noise = 0.8 + 0.4 * random.generateDouble();
                learner.observeService(QStringLiteral("R-%1").arg(c), kind, 20,
                                       20 * pace(c) * noise);
            }
        }
        return learner;
    };
    // Crews alike: a crew whose visits happened to run long is still
    // expected to take about what every crew takes.
    const EtaLearner alike = learnt([](int) { return 1.0; });
    const double anyCrew = alike.serviceMinutes(QStringLiteral("R-new"), kind, 20);
    for (int c = 0; c < 20; ++c) {
        const double own = alike.serviceMinutes(QStringLiteral("R-%1").arg(c), kind, 20);
        QVERIFY2(std::abs(own / anyCrew - 1) < 0.03, qPrintable(QString::number(own / anyCrew)));
    }
    // Half the crews need 40% more time than the other half: each crew's own
    // pace shows after ten visits.
    const EtaLearner apart = learnt([](int c) { return c % 2 ? 1.2 : 0.85; });
    const double slow = apart.serviceMinutes(QStringLiteral("R-1"), kind, 20);
    const double quick = apart.serviceMinutes(QStringLiteral("R-2"), kind, 20);
    QVERIFY2(slow / quick > 1.3, qPrintable(QString::number(slow / quick)));
}

void TestEtaEstimator::learnerCountsVisitsThatEndEarly()
{
    const QString kind = EtaLearner::serviceKind({QStringLiteral("deliver")});
    EtaLearner learner;
    // Before any visit: a small share assumed, so a 30-minute visit is
    // expected to take a little less.
    const double before = learner.visitMinutes(QStringLiteral("R"), kind, 30);
    QVERIFY(before < 30 && before > 27);
    // A day where one visit in four ends after 6 minutes.
    for (int i = 0; i < 400; ++i)
        learner.observeOutcome(i % 4 == 0, i % 4 == 0 ? 6 : 30);
    const double after = learner.visitMinutes(QStringLiteral("R"), kind, 30);
    QVERIFY2(std::abs(after - (0.75 * 30 + 0.25 * 6)) < 1.0, qPrintable(QString::number(after)));
    // What goes as planned is unchanged, and a visit shorter than the early
    // ones is not made longer.
    QCOMPARE(learner.serviceMinutes(QStringLiteral("R"), kind, 30), 30.0);
    QVERIFY(learner.visitMinutes(QStringLiteral("R"), kind, 4) <= 4.0);
}

void TestEtaEstimator::learnerTellsTheWorkLeftAtTheDoor_data()
{
    QTest::addColumn<int>("visits");
    QTest::addColumn<double>("elapsedMin");
    QTest::addColumn<double>("lowMin");
    QTest::addColumn<double>("highMin");
    // Nothing seen yet: the rest of the planned 30, then "nearly done".
    QTest::newRow("no visits, just arrived") << 0 << 0.0 << 29.9 << 30.1;
    QTest::newRow("no visits, halfway") << 0 << 15.0 << 14.9 << 15.1;
    QTest::newRow("no visits, overrun") << 0 << 40.0 << 4.4 << 4.6;
    // Visits took 0.8 to 1.2 times what was expected (24 to 36 of 30), and one
    // in ten ended after 5 minutes (nobody home).
    QTest::newRow("visits, just arrived") << 200 << 0.0 << 27.5 << 30.5;
    QTest::newRow("visits, past the short ones") << 200 << 10.0 << 19.0 << 21.0;
    QTest::newRow("visits, past most") << 200 << 33.0 << 0.9 << 2.2;
    QTest::newRow("visits, longer than any") << 200 << 45.0 << 4.4 << 4.6;
}

void TestEtaEstimator::learnerTellsTheWorkLeftAtTheDoor()
{
    QFETCH(int, visits);
    QFETCH(double, elapsedMin);
    QFETCH(double, lowMin);
    QFETCH(double, highMin);
    EtaLearner learner;
    for (int i = 0; i < visits; ++i)
        learner.observeVisit(30, i % 10 == 0 ? 5 : 24 + 12 * double(i % 41) / 40);
    const double left = learner.remainingServiceMinutes(30, elapsedMin);
    QVERIFY2(left >= lowMin && left <= highMin, qPrintable(QString::number(left)));
}

void TestEtaEstimator::learnerKeepsKindsOfServiceApart()
{
    EtaLearner learner;
    const QString deliver = EtaLearner::serviceKind({QStringLiteral("deliver")});
    const QString install = EtaLearner::serviceKind(
        {QStringLiteral("take_back"), QStringLiteral("deliver"), QStringLiteral("install")});
    QCOMPARE(install, QStringLiteral("deliver+install+take_back"));
    QCOMPARE(learner.serviceMinutes(QStringLiteral("R"), install, 20), 20.0);
    for (int i = 0; i < 30; ++i) {
        learner.observeService(QStringLiteral("R%1").arg(i % 5), install, 20, 35);
        learner.observeService(QStringLiteral("R%1").arg(i % 5), deliver, 10, 9);
    }
    const double installMin = learner.serviceMinutes(QStringLiteral("R-new"), install, 20);
    const double deliverMin = learner.serviceMinutes(QStringLiteral("R-new"), deliver, 10);
    QVERIFY2(installMin > 28 && installMin < 35, qPrintable(QString::number(installMin)));
    QVERIFY2(deliverMin > 8.5 && deliverMin < 11, qPrintable(QString::number(deliverMin)));
}

void TestEtaEstimator::learnerRouteRatioLeansOnItsArea()
{
    EtaLearner learner;
    const quint32 area = EtaLearner::areaOf(52.1, 5.1);
    // Every route in the area drives 1.5x its plan between 9 and 10.
    for (int r = 0; r < 10; ++r) {
        for (int i = 0; i < 5; ++i)
            learner.observeLeg(QStringLiteral("R%1").arg(r), area, 9, 10, 3, 15);
    }
    // A route not seen yet is expected to do the same in that area and hour.
    const double unseen = learner.travelRatio(QStringLiteral("R-new"), area, 9);
    QVERIFY2(unseen > 1.3, qPrintable(QString::number(unseen)));
    // Another area: the day's ratio, pulled in less.
    const double elsewhere =
        learner.travelRatio(QStringLiteral("R-new"), EtaLearner::areaOf(53.2, 6.5), 9);
    QVERIFY(elsewhere > 1.0 && elsewhere <= unseen);
}

void TestEtaEstimator::dayLearnsFromArrivalsAndItsOwnErrors()
{
    EtaDay day;
    Scenario s = baseScenario();
    day.setVehicle(s.vehicle);
    day.setRoute(s.route, s.stops);
    EtaSnapshot snapshot = day.estimateAll(at(-5));
    QCOMPARE(snapshot.size(), 4);
    QVERIFY(snapshot.contains(QStringLiteral("S3")));

    // The crew drives twice as slow as planned.
    s.route.startedAt = at(0);
    s.stops[0].arrivedAt = at(20);
    s.stops[0].state = Domain::StopState::Arrived;
    day.setRoute(s.route, s.stops);
    s.stops[0].completedAt = at(30);
    s.stops[0].state = Domain::StopState::Done;
    day.setRoute(s.route, s.stops);
    snapshot = day.estimateAll(at(31));
    QCOMPARE(snapshot.size(), 3);
    QCOMPARE(day.learner().legsSeen(), 1);
    QCOMPARE(day.learner().servicesSeen(), 1);
    s.stops[1].arrivedAt = at(50);
    s.stops[1].state = Domain::StopState::Arrived;
    day.setRoute(s.route, s.stops);
    QCOMPARE(day.learner().legsSeen(), 2);
    // S1's estimate from before the start and S2's after S1 taught errors.
    QVERIFY(day.calibrator().samples(15) > 0);
    QVERIFY(day.calibrator().samples(35) > 0);
    QCOMPARE(day.routeOfStop(QStringLiteral("S2")), s.route.id);
    // Slower legs learnt: S4 is now expected later than a plan-speed crew would be.
    const QVector<StopEta> etas = day.estimateRoute(s.route.id, at(51));
    QCOMPARE(etas.size(), 2);
    QVERIFY(etas.constLast().eta > at(92)); // 09:30 at the plan's speed
}

void TestEtaEstimator::dayLearnsNoServiceTimeFromAFailedVisit()
{
    EtaDay day;
    Scenario s = baseScenario();
    day.setVehicle(s.vehicle);
    s.route.startedAt = at(0);
    s.stops[0].arrivedAt = at(10);
    s.stops[0].state = Domain::StopState::Arrived;
    day.setRoute(s.route, s.stops);
    // Nobody home: the crew leaves after three minutes instead of ten.
    s.stops[0].completedAt = at(13);
    s.stops[0].outcome = Domain::Outcome::NotHome;
    s.stops[0].state = Domain::StopState::Failed;
    day.setRoute(s.route, s.stops);
    QCOMPARE(day.learner().servicesSeen(), 0);
    s.stops[1].arrivedAt = at(23);
    s.stops[1].state = Domain::StopState::Arrived;
    day.setRoute(s.route, s.stops);
    s.stops[1].completedAt = at(35);
    s.stops[1].outcome = Domain::Outcome::Delivered;
    s.stops[1].state = Domain::StopState::Done;
    day.setRoute(s.route, s.stops);
    QCOMPARE(day.learner().servicesSeen(), 1);
    // The delivered visit took 12 of 10 planned minutes: later ones take longer, not shorter.
    QVERIFY(day.learner().serviceMinutes(s.route.id, QStringLiteral("deliver"), 10) > 10);
}

void TestEtaEstimator::breakClock_data()
{
    QTest::addColumn<QVector<double>>("bounds"); // from, to, from, to, ...
    QTest::addColumn<double>("expected");        // -1: none
    QTest::addColumn<double>("tolerance");

    // Each plan breaks after its first stop done from 11:45 on (705 min).
    QTest::newRow("plans agree") << QVector<double>{690, 712, 701, 730, 670, 706, 704, 745}
                                 << 705.0 << 1.0;
    QTest::newRow("one plan's wait looks like a break")
        << QVector<double>{690, 712, 701, 730, 540, 580, 704, 745} << 708.0 << 4.0;
    QTest::newRow("too few plans") << QVector<double>{690, 712, 701, 730} << -1.0 << 0.0;
    QTest::newRow("no moment most plans share")
        << QVector<double>{600, 610, 650, 660, 700, 710, 750, 760} << -1.0 << 0.0;
    QTest::newRow("touching intervals do not overlap")
        << QVector<double>{690, 700, 700, 710, 710, 720} << -1.0 << 0.0;
    QTest::newRow("empty intervals are ignored")
        << QVector<double>{700, 700, 720, 710, 690, 712, 701, 730, 695, 706} << 703.5 << 1.0;
}

void TestEtaEstimator::breakClock()
{
    QFETCH(QVector<double>, bounds);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    QVector<EtaBreakClock::Interval> intervals;
    for (int i = 0; i + 1 < bounds.size(); i += 2)
        intervals.append({bounds.at(i), bounds.at(i + 1)});
    const std::optional<double> moment = EtaBreakClock::commonMoment(intervals);
    if (expected < 0) {
        QVERIFY2(!moment, qPrintable(QString::number(moment.value_or(-1))));
        return;
    }
    QVERIFY(moment);
    QVERIFY2(std::abs(*moment - expected) <= tolerance, qPrintable(QString::number(*moment)));
}

namespace {

// Four routes each with stops every 20 minutes (10 driving, 10 at the door)
// from `firstArrival`, and a 30-minute break after the first stop done at or
// after 11:45, as a planner with a lunch rule makes them.
QVector<Scenario> lunchDay()
{
    QVector<Scenario> routes;
    const qint64 lunch = at(225); // 11:45
    for (int r = 0; r < 4; ++r) {
        Scenario s = baseScenario();
        s.route.id = QStringLiteral("R-%1").arg(r + 1);
        s.route.vehicleId = s.vehicle.id = QStringLiteral("V-%1").arg(r + 1);
        s.route.plannedStart = at(150 + 6 * r); // 10:30, 10:36, ...
        s.stops.clear();
        qint64 t = s.route.plannedStart;
        bool breakPlanned = false;
        for (int i = 1; i <= 8; ++i) {
            Stop stop;
            stop.id = QStringLiteral("R%1-S%2").arg(r + 1).arg(i);
            stop.routeId = s.route.id;
            stop.seq = i;
            stop.customer.lat = 52.0 + 0.02 * i;
            stop.customer.lon = 5.0 + 0.01 * r;
            stop.services = {QStringLiteral("deliver")};
            t += 10 * Minute;
            stop.plannedArrival = t;
            stop.windowStart = t - 120 * Minute;
            stop.windowEnd = t + 120 * Minute;
            stop.serviceMin = 10;
            t += 10 * Minute;
            if (!breakPlanned && t >= lunch) {
                t += 30 * Minute;
                breakPlanned = true;
            }
            s.stops.append(stop);
        }
        routes.append(s);
    }
    return routes;
}

} // namespace

void TestEtaEstimator::dayPlacesTheBreakByTheClockThePlansShare()
{
    EtaDay day;
    QVector<Scenario> routes = lunchDay();
    for (const Scenario &s : std::as_const(routes)) {
        day.setVehicle(s.vehicle);
        day.setRoute(s.route, s.stops);
    }
    // R-1 planned its break after stop 4 (done 11:50). The crew runs 16
    // minutes late: it reached stop 3 at 11:36 and will be done at 11:46,
    // past 11:45, so it breaks then, one stop earlier than its plan shows.
    Scenario &s = routes[0];
    QCOMPARE(s.stops[3].plannedArrival + 10 * Minute, at(230));
    s.route.startedAt = s.route.plannedStart;
    for (int i = 0; i < 3; ++i) {
        s.stops[i].arrivedAt = s.stops[i].plannedArrival + 16 * Minute;
        s.stops[i].state = Domain::StopState::Arrived;
        if (i < 2) {
            s.stops[i].completedAt = s.stops[i].arrivedAt + 10 * Minute;
            s.stops[i].state = Domain::StopState::Done;
        }
    }
    QCOMPARE(s.stops[2].arrivedAt, at(216));
    day.setRoute(s.route, s.stops);
    const QVector<StopEta> etas = day.estimateRoute(s.route.id, at(220));
    QVERIFY(!etas.isEmpty());
    QCOMPARE(etas.first().stopId, s.stops[3].id);
    // 11:46 + 30 of lunch + 10 of driving, not 11:56 as the plan's place says.
    const double minutes = double(etas.first().eta - t0()) / Minute;
    QVERIFY2(minutes >= 226 + 30 + 10 - 2, qPrintable(QString::number(minutes)));

    // A single route cannot tell the day's clock: its own plan's place holds.
    EtaDay alone;
    alone.setVehicle(s.vehicle);
    alone.setRoute(s.route, s.stops);
    const QVector<StopEta> own = alone.estimateRoute(s.route.id, at(220));
    const double ownMinutes = double(own.first().eta - t0()) / Minute;
    QVERIFY2(ownMinutes < 226 + 30, qPrintable(QString::number(ownMinutes)));
}

QTEST_GUILESS_MAIN(TestEtaEstimator)
#include "tst_etaestimator.moc"
