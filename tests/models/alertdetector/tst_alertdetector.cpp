// AlertDetector: which causes for an alert one picture of the operation
// holds, with their keys (one per cause), severity and whether they clear
// by themselves.

#include "alerts/alertdetector.h"

#include <QDateTime>
#include <QTest>

namespace {

qint64 t(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 23), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

constexpr qint64 minute = 60 * 1000;

// A started route R-1 (van V-1) with three stops planned at 9:00, 10:00,
// 11:00, each with a window of an hour either side and 20 minutes of service.
AlertInputs baseline(qint64 now)
{
    AlertInputs in;
    in.now = now;
    Route r;
    r.id = QStringLiteral("R-1");
    r.date = QStringLiteral("2026-11-23");
    r.vehicleId = QStringLiteral("V-1");
    r.plate = QStringLiteral("VX-001-A");
    r.plannedStart = t(8, 0);
    r.startedAt = t(8, 0);
    in.routes.append(r);
    for (int i = 0; i < 3; ++i) {
        Stop s;
        s.id = QStringLiteral("S-%1").arg(i + 1);
        s.routeId = r.id;
        s.seq = i + 1;
        s.customer.name = QStringLiteral("Klant %1").arg(i + 1);
        s.customer.city = QStringLiteral("Utrecht");
        s.customer.postcode = QStringLiteral("3511 AB");
        s.customer.lat = 52.09;
        s.customer.lon = 5.12;
        s.plannedArrival = t(9 + i, 0);
        s.windowStart = s.plannedArrival - 60 * minute;
        s.windowEnd = s.plannedArrival + 60 * minute;
        s.serviceMin = 20;
        in.stopsByRoute[r.id].append(s);
    }
    Vehicle v;
    v.id = r.vehicleId;
    v.lastContactTs = now - minute;
    in.vehicles.insert(v.id, v);
    return in;
}

Stop &stop(AlertInputs &in, int index)
{
    return in.stopsByRoute[QStringLiteral("R-1")][index];
}

void setEta(AlertInputs &in, int index, qint64 eta, qint64 low, qint64 high)
{
    StopEta e;
    e.stopId = stop(in, index).id;
    e.routeId = QStringLiteral("R-1");
    e.eta = eta;
    e.low = low;
    e.high = high;
    in.etas.insert(e.stopId, e);
}

QStringList keys(const QVector<AlertFinding> &findings)
{
    QStringList out;
    for (const AlertFinding &f : findings)
        out.append(f.causeKey);
    out.sort();
    return out;
}

const AlertFinding *find(const QVector<AlertFinding> &findings, const QString &key)
{
    for (const AlertFinding &f : findings)
        if (f.causeKey == key)
            return &f;
    return nullptr;
}

WeatherWarning warning(const QString &id, const QString &severity)
{
    WeatherWarning w;
    w.id = id;
    w.kind = QStringLiteral("snow");
    w.severity = severity;
    w.from = t(6, 0);
    w.to = t(18, 0);
    return w;
}

} // namespace

class TestAlertDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lateStops_data();
    void lateStops();
    void withoutEstimatesThePlanShiftedByTheDelayCounts();
    void finishedRoutesRaiseNothingLate();
    void longStop_data();
    void longStop();
    void failedDeliveries();
    void breakdownAndSilence();
    void weather_data();
    void weather();
    void postcodeCover_data();
    void postcodeCover();
};

void TestAlertDetector::lateStops_data()
{
    QTest::addColumn<qint64>("eta");
    QTest::addColumn<qint64>("low");
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<QString>("severity"); // "" = no alert

    const qint64 end = t(12, 0); // window end of the third stop
    QTest::newRow("well inside") << end - 30 * minute << end - 45 * minute << 5 << "";
    QTest::newRow("within the tolerance") << end + 4 * minute << end - 10 * minute << 5 << "";
    QTest::newRow("late, the band reaches the window")
        << end + 20 * minute << end - 5 * minute << 5 << "warning";
    QTest::newRow("late, even the early side")
        << end + 40 * minute << end + 15 * minute << 5 << "severe";
    QTest::newRow("a larger tolerance") << end + 20 * minute << end - 5 * minute << 30 << "";
}

void TestAlertDetector::lateStops()
{
    QFETCH(qint64, eta);
    QFETCH(qint64, low);
    QFETCH(int, tolerance);
    QFETCH(QString, severity);
    AlertInputs in = baseline(t(9, 30));
    stop(in, 0).arrivedAt = t(9, 0);
    stop(in, 0).completedAt = t(9, 20);
    stop(in, 0).state = Domain::StopState::Done;
    setEta(in, 1, t(10, 0), t(9, 50), t(10, 10));
    setEta(in, 2, eta, low, eta + 20 * minute);
    AlertRules rules;
    rules.lateToleranceMin = tolerance;
    const QVector<AlertFinding> found = AlertDetector::detect(in, rules);
    const AlertFinding *late = find(found, QStringLiteral("late:S-3"));
    QCOMPARE(found.size(), severity.isEmpty() ? 0 : 1);
    if (severity.isEmpty())
        return;
    QVERIFY(late);
    QCOMPARE(late->kind, AlertKind::LateStop);
    QCOMPARE(AlertSeverity::key(late->severity), severity);
    QCOMPARE(late->routeId, QStringLiteral("R-1"));
    QCOMPARE(late->stopId, QStringLiteral("S-3"));
    QCOMPARE(late->detail.value(QStringLiteral("eta")).toLongLong(), eta);
    QCOMPARE(late->detail.value(QStringLiteral("late_min")).toInt(),
             int((eta - t(12, 0)) / minute));
    QVERIFY(late->clears);
}

void TestAlertDetector::withoutEstimatesThePlanShiftedByTheDelayCounts()
{
    // The first stop was reached 90 minutes late; without estimates, the
    // later stops are taken to keep that delay: 11:00 + 1:30 is past 12:00.
    AlertInputs in = baseline(t(10, 40));
    stop(in, 0).arrivedAt = t(10, 30);
    QCOMPARE(keys(AlertDetector::detect(in)),
             QStringList({QStringLiteral("late:S-2"), QStringLiteral("late:S-3")}));
    // A clock past the window's end makes a pending stop certainly late.
    AlertInputs past = baseline(t(12, 30));
    stop(past, 0).arrivedAt = t(9, 0);
    stop(past, 0).completedAt = t(9, 10);
    stop(past, 1).arrivedAt = t(10, 0);
    stop(past, 1).completedAt = t(10, 10);
    setEta(past, 2, t(11, 0), t(10, 50), t(11, 10)); // an estimate behind the clock
    const QVector<AlertFinding> found = AlertDetector::detect(past);
    QCOMPARE(keys(found), QStringList{QStringLiteral("late:S-3")});
    QCOMPARE(found.constFirst().severity, AlertSeverity::Severe);
}

void TestAlertDetector::finishedRoutesRaiseNothingLate()
{
    AlertInputs in = baseline(t(13, 0));
    in.routes[0].finishedAt = t(12, 50);
    setEta(in, 2, t(13, 30), t(13, 20), t(13, 40));
    QVERIFY(AlertDetector::detect(in).isEmpty());
}

void TestAlertDetector::longStop_data()
{
    QTest::addColumn<int>("serviceMin");
    QTest::addColumn<int>("spentMin");
    QTest::addColumn<bool>("raised");
    // The limit is the larger of twice the plan and the plan plus 20 minutes.
    QTest::newRow("short plan, within plan + 20") << 10 << 29 << false;
    QTest::newRow("short plan, past plan + 20") << 10 << 31 << true;
    QTest::newRow("long plan, within twice") << 45 << 89 << false;
    QTest::newRow("long plan, past twice") << 45 << 91 << true;
}

void TestAlertDetector::longStop()
{
    QFETCH(int, serviceMin);
    QFETCH(int, spentMin);
    QFETCH(bool, raised);
    AlertInputs in = baseline(t(9, 0) + spentMin * minute);
    stop(in, 0).arrivedAt = t(9, 0);
    stop(in, 0).serviceMin = serviceMin;
    stop(in, 0).state = Domain::StopState::Arrived;
    const QVector<AlertFinding> found = AlertDetector::detect(in);
    const AlertFinding *f = find(found, QStringLiteral("longstop:S-1"));
    QCOMPARE(f != nullptr, raised);
    if (f) {
        QCOMPARE(f->detail.value(QStringLiteral("spent_min")).toInt(), spentMin);
        QCOMPARE(f->detail.value(QStringLiteral("planned_min")).toInt(), serviceMin);
    }
    // Once completed, the stop is not long any more.
    stop(in, 0).completedAt = in.now;
    stop(in, 0).state = Domain::StopState::Done;
    QVERIFY(!find(AlertDetector::detect(in), QStringLiteral("longstop:S-1")));
}

void TestAlertDetector::failedDeliveries()
{
    AlertInputs in = baseline(t(10, 30));
    stop(in, 0).arrivedAt = t(9, 0);
    stop(in, 0).completedAt = t(9, 5);
    stop(in, 0).outcome = Domain::Outcome::NotHome;
    stop(in, 0).state = Domain::StopState::Failed;
    stop(in, 1).arrivedAt = t(10, 0);
    stop(in, 1).completedAt = t(10, 20);
    stop(in, 1).outcome = Domain::Outcome::Damaged;
    stop(in, 1).note = QStringLiteral("Deur beschadigd");
    stop(in, 1).state = Domain::StopState::Failed;
    const QVector<AlertFinding> found = AlertDetector::detect(in);
    QCOMPARE(keys(found), QStringList({QStringLiteral("failed:S-1"), QStringLiteral("failed:S-2")}));
    const AlertFinding *notHome = find(found, QStringLiteral("failed:S-1"));
    const AlertFinding *damaged = find(found, QStringLiteral("failed:S-2"));
    QCOMPARE(notHome->severity, AlertSeverity::Warning);
    QCOMPARE(damaged->severity, AlertSeverity::Severe);
    QCOMPARE(damaged->detail.value(QStringLiteral("note")).toString(),
             QStringLiteral("Deur beschadigd"));
    QVERIFY(!notHome->clears);
    QCOMPARE(notHome->detail.value(QStringLiteral("outcome")).toString(),
             QStringLiteral("not_home"));
}

void TestAlertDetector::breakdownAndSilence()
{
    AlertInputs in = baseline(t(9, 30));
    stop(in, 0).arrivedAt = t(9, 0);
    stop(in, 0).completedAt = t(9, 20);
    Vehicle &v = in.vehicles[QStringLiteral("V-1")];
    v.status = Domain::VehicleStatus::Breakdown;
    v.statusTs = t(9, 25);
    v.expectedRepairMin = 90;
    v.lastContactTs = t(9, 25);
    setEta(in, 1, t(10, 0), t(9, 50), t(10, 30));
    setEta(in, 2, t(11, 0), t(10, 50), t(11, 30));
    QVector<AlertFinding> found = AlertDetector::detect(in);
    QCOMPARE(keys(found), QStringList{QStringLiteral("breakdown:V-1:%1").arg(t(9, 25))});
    QCOMPARE(found.constFirst().severity, AlertSeverity::Severe);
    QCOMPARE(found.constFirst().detail.value(QStringLiteral("stops_left")).toInt(), 2);
    QCOMPARE(found.constFirst().detail.value(QStringLiteral("repair_min")).toInt(), 90);

    // Repaired, then silent: no contact, keyed by the moment the silence began.
    v.status = Domain::VehicleStatus::Repaired;
    v.lastContactTs = t(10, 0);
    in.now = t(10, 16);
    found = AlertDetector::detect(in);
    QCOMPARE(keys(found), QStringList{QStringLiteral("nocontact:R-1:%1").arg(t(10, 0))});
    QCOMPARE(found.constFirst().detail.value(QStringLiteral("minutes")).toInt(), 16);
    // Below the threshold: nothing.
    AlertRules patient;
    patient.noContactMinutes = 30;
    QVERIFY(AlertDetector::detect(in, patient).isEmpty());
}

void TestAlertDetector::weather_data()
{
    QTest::addColumn<bool>("box");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("stops");      // expected stops covered; 0 = no alert
    QTest::addColumn<QString>("level");  // expected alert severity

    QTest::newRow("box over Utrecht, red") << true << "red" << t(18, 0) << 3 << "severe";
    QTest::newRow("postcodes 35, orange") << false << "orange" << t(18, 0) << 3 << "warning";
    QTest::newRow("yellow is information") << true << "yellow" << t(18, 0) << 3 << "info";
    QTest::newRow("ended before now") << true << "red" << t(8, 30) << 0 << "";
    QTest::newRow("ends before the last windows and their drive")
        << true << "red" << t(9, 30) << 2 << "severe";
}

void TestAlertDetector::weather()
{
    QFETCH(bool, box);
    QFETCH(QString, severity);
    QFETCH(qint64, to);
    QFETCH(int, stops);
    QFETCH(QString, level);
    AlertInputs in = baseline(t(8, 45));
    WeatherWarning w = warning(QStringLiteral("W-1"), severity);
    w.to = to;
    if (box) {
        w.hasBox = true;
        w.minLon = 4.9;
        w.maxLon = 5.3;
        w.minLat = 51.9;
        w.maxLat = 52.2;
    } else {
        w.postcodePrefixes = {QStringLiteral("35"), QStringLiteral("36")};
    }
    in.warnings.append(w);
    // A warning elsewhere covers nothing.
    WeatherWarning north = warning(QStringLiteral("W-2"), QStringLiteral("red"));
    north.postcodePrefixes = {QStringLiteral("97")};
    in.warnings.append(north);
    in.weatherStops = in.stopsByRoute.value(QStringLiteral("R-1"));
    // A warning matters for a stop from 3 hours before its window (the drive
    // there): the third window opens at 12:45, so a warning that ends at 9:30
    // covers only the first two.
    in.weatherStops[2].windowStart = t(12, 45);
    in.weatherStops[2].windowEnd = t(14, 0);
    in.dayOfRoute.insert(QStringLiteral("R-1"), QStringLiteral("2026-11-23"));
    const QVector<AlertFinding> found = AlertDetector::detect(in);
    const AlertFinding *f = find(found, QStringLiteral("weather:W-1"));
    QVERIFY(!find(found, QStringLiteral("weather:W-2")));
    QCOMPARE(f != nullptr, stops > 0);
    if (!f)
        return;
    QCOMPARE(f->detail.value(QStringLiteral("stops")).toInt(), stops);
    QCOMPARE(AlertSeverity::key(f->severity), level);
    QCOMPARE(f->routeId, QStringLiteral("R-1"));
    QCOMPARE(f->day, QStringLiteral("2026-11-23"));
}

void TestAlertDetector::postcodeCover_data()
{
    QTest::addColumn<QStringList>("prefixes");
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<bool>("covered");
    QTest::newRow("two digits") << QStringList{QStringLiteral("35")} << "3511 AB" << true;
    QTest::newRow("four digits, spaces ignored") << QStringList{QStringLiteral("3511")} << "3511AB" << true;
    QTest::newRow("letters, any case") << QStringList{QStringLiteral("3511ab")} << "3511 AB" << true;
    QTest::newRow("other region") << QStringList{QStringLiteral("36")} << "3511 AB" << false;
    QTest::newRow("empty prefix covers nothing") << QStringList{QString()} << "3511 AB" << false;
}

void TestAlertDetector::postcodeCover()
{
    QFETCH(QStringList, prefixes);
    QFETCH(QString, postcode);
    QFETCH(bool, covered);
    WeatherWarning w;
    w.postcodePrefixes = prefixes;
    QCOMPARE(AlertDetector::covers(w, 52, 5, postcode), covered);
}

QTEST_GUILESS_MAIN(TestAlertDetector)
#include "tst_alertdetector.moc"
