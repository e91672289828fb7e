// AlertMonitor and AlertSweep on a real store filled through the ingester:
// a breakdown, a failed delivery and a silent van raise their alerts once,
// from a worker thread, announced with alertsRaised; a repair clears the
// breakdown; the clock alone makes a van silent.

#include "alerts/alertmonitor.h"
#include "alerts/alertsweep.h"
#include "feedlines.h"
#include "operationfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace FeedLines;

namespace {

RouteSpec route()
{
    RouteSpec r;
    r.id = QStringLiteral("R-1");
    r.stops = {StopSpec(QStringLiteral("S-1"), 1, QTime(9, 0)),
               StopSpec(QStringLiteral("S-2"), 2, QTime(10, 0)),
               StopSpec(QStringLiteral("S-3"), 3, QTime(11, 0))};
    return r;
}

QStringList kinds(const QVector<Alert> &alerts)
{
    QStringList out;
    for (const Alert &a : alerts)
        out.append(AlertKind::key(a.kind));
    out.sort();
    return out;
}

} // namespace

class TestAlertMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sweepRaisesOnceAndClears();
    void monitorAnnouncesFromItsThread();
    void theClockAloneMakesAVanSilent();
    void weatherCoversTomorrow();
};

void TestAlertMonitor::sweepRaisesOnceAndClears()
{
    OperationFixture op(dateTimeAt(9, 30));
    op.feed({plan(at(6, 0), route()), routeStarted(at(8, 0), QStringLiteral("R-1"), QStringLiteral("V-17")),
             arrived(at(9, 0), QStringLiteral("S-1"), QStringLiteral("R-1"), QStringLiteral("V-17")),
             completed(at(9, 10), QStringLiteral("S-1"), QStringLiteral("R-1"),
                       QStringLiteral("V-17"), QStringLiteral("not_home")),
             vehicleStatus(at(9, 25), QStringLiteral("V-17"), QStringLiteral("breakdown"))});
    AlertSyncResult r = AlertSweep::run(op.db(), msAt(9, 30));
    QCOMPARE(kinds(r.raised),
             QStringList({QStringLiteral("breakdown"), QStringLiteral("failed_delivery")}));
    r = AlertSweep::run(op.db(), msAt(9, 31));
    QVERIFY(r.raised.isEmpty());

    op.feed(vehicleStatus(at(9, 50), QStringLiteral("V-17"), QStringLiteral("repaired")));
    r = AlertSweep::run(op.db(), msAt(9, 51));
    QCOMPARE(r.cleared, 1); // the breakdown; the failed delivery waits for a person
    AlertStore store(op.db());
    QCOMPARE(kinds(store.openAlerts()), QStringList{QStringLiteral("failed_delivery")});
}

void TestAlertMonitor::monitorAnnouncesFromItsThread()
{
    OperationFixture op(dateTimeAt(9, 30));
    AlertMonitor monitor(DatabaseConfig::sqlite(op.path() + QStringLiteral("/voorzet.sqlite")),
                         op.clock(), op.notifier());
    monitor.setInterval(60000); // only changes trigger a sweep in this test
    QSignalSpy raised(&monitor, &AlertMonitor::alertsRaised);
    QSignalSpy changed(&monitor, &AlertMonitor::alertsChanged);
    op.feed({plan(at(6, 0), route()), routeStarted(at(8, 0), QStringLiteral("R-1"), QStringLiteral("V-17")),
             vehicleStatus(at(9, 25), QStringLiteral("V-17"), QStringLiteral("breakdown"))});
    QVERIFY(raised.wait(5000));
    QCOMPARE(kinds(raised.constFirst().constFirst().value<QVector<Alert>>()),
             QStringList{QStringLiteral("breakdown")});
    QCOMPARE(changed.size(), 1);
    // Another change without a new cause: a sweep, nothing raised.
    QSignalSpy swept(&monitor, &AlertMonitor::swept);
    op.feed(position(at(9, 29), QStringLiteral("V-17"), 52.1, 5.1));
    monitor.sweepNow();
    QVERIFY(swept.wait(5000));
    QCOMPARE(raised.size(), 1);
}

void TestAlertMonitor::theClockAloneMakesAVanSilent()
{
    OperationFixture op(dateTimeAt(9, 0));
    op.feed({plan(at(6, 0), route()), routeStarted(at(8, 0), QStringLiteral("R-1"), QStringLiteral("V-17")),
             position(at(8, 55), QStringLiteral("V-17"), 52.1, 5.1)});
    AlertRules rules;
    rules.lateToleranceMin = 120; // this test is about silence only
    QVERIFY(AlertSweep::run(op.db(), msAt(9, 5), {}, rules).raised.isEmpty());
    const AlertSyncResult r = AlertSweep::run(op.db(), msAt(9, 11), {}, rules);
    QCOMPARE(kinds(r.raised), QStringList{QStringLiteral("no_contact")});
    QCOMPARE(r.raised.constFirst().detail.value(QStringLiteral("minutes")).toInt(), 16);
    // Heard from again: cleared; silent again later: a new cause (a new silence).
    op.feed(position(at(9, 12), QStringLiteral("V-17"), 52.1, 5.1));
    QCOMPARE(AlertSweep::run(op.db(), msAt(9, 13), {}, rules).cleared, 1);
    QCOMPARE(AlertSweep::run(op.db(), msAt(9, 30), {}, rules).raised.size(), 1);
    AlertStore store(op.db());
    QCOMPARE(store.recentAlerts(0).size(), 2);
}

void TestAlertMonitor::weatherCoversTomorrow()
{
    OperationFixture op(dateTimeAt(15, 0));
    RouteSpec tomorrow = route();
    tomorrow.id = QStringLiteral("R-2");
    tomorrow.date = QStringLiteral("2026-11-24");
    op.feed(plan(at(14, 0), tomorrow));
    const QByteArray warning = toLine(QJsonObject{
        {QStringLiteral("v"), 1},
        {QStringLiteral("id"), QStringLiteral("ev-weather-1")},
        {QStringLiteral("type"), QStringLiteral("weather.warning")},
        {QStringLiteral("ts"), at(14, 30)},
        {QStringLiteral("warning"), QStringLiteral("W-7")},
        {QStringLiteral("kind"), QStringLiteral("ice")},
        {QStringLiteral("severity"), QStringLiteral("orange")},
        {QStringLiteral("from"), at(5, 0, 0, QStringLiteral("2026-11-24"))},
        {QStringLiteral("to"), at(12, 0, 0, QStringLiteral("2026-11-24"))},
        {QStringLiteral("area"),
         QJsonObject{{QStringLiteral("postcodes"), QJsonArray{QStringLiteral("35")}}}}});
    const IngestSummary s = op.feed(warning);
    QCOMPARE(s.rejected(), qint64(0));
    const AlertSyncResult r = AlertSweep::run(op.db(), msAt(15, 0));
    QCOMPARE(kinds(r.raised), QStringList{QStringLiteral("weather")});
    QCOMPARE(r.raised.constFirst().detail.value(QStringLiteral("stops")).toInt(), 3);
    QCOMPARE(r.raised.constFirst().day, QStringLiteral("2026-11-24"));
}

QTEST_GUILESS_MAIN(TestAlertMonitor)
#include "tst_alertmonitor.moc"
