// EtaService keeps the estimates of a live day up to date from the store,
// on its own thread: a first snapshot once it has read the day, a new one
// after each applied batch (arrivals, completions, a breakdown, a re-plan),
// announced with the routes whose estimates changed.

#include "eta/etaservice.h"
#include "feedlines.h"
#include "operationfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace FeedLines;

namespace {

const QString RA = QStringLiteral("R-A");
const QString RB = QStringLiteral("R-B");
const QString VanA = QStringLiteral("V-A");
const QString VanB = QStringLiteral("V-B");
constexpr qint64 Minute = 60 * 1000;

RouteSpec route(const QString &id, const QString &vehicle, int firstHour)
{
    RouteSpec r;
    r.id = id;
    r.vehicleId = vehicle;
    r.plate = vehicle + QStringLiteral("-P");
    r.start = QTime(firstHour, 0).addSecs(-30 * 60);
    for (int i = 0; i < 4; ++i) {
        StopSpec s(QStringLiteral("%1-S%2").arg(id).arg(i + 1), i + 1,
                   QTime(firstHour, 0).addSecs(i * 45 * 60));
        r.stops.append(s);
    }
    return r;
}

} // namespace

class TestEtaService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstSnapshotHoldsEveryPendingStop();
    void arrivalAndCompletionMoveTheEstimates();
    void breakdownHoldsOnlyItsRoute();
    void replanIsFollowed();

private:
    EtaSnapshot waitForSnapshot();

    std::unique_ptr<OperationFixture> m_op;
    std::unique_ptr<EtaService> m_service;
    std::unique_ptr<QSignalSpy> m_etas;
    std::unique_ptr<QSignalSpy> m_routes;
};

void TestEtaService::init()
{
    m_op = std::make_unique<OperationFixture>(dateTimeAt(8, 0));
    m_op->feed({plan(at(6, 0), route(RA, VanA, 9)), plan(at(6, 0), route(RB, VanB, 9))});
    m_service = std::make_unique<EtaService>(
        DatabaseConfig::sqlite(m_op->path() + QStringLiteral("/voorzet.sqlite")), m_op->clock(),
        m_op->notifier());
    m_etas = std::make_unique<QSignalSpy>(m_service.get(), &EtaService::etasChanged);
    m_routes = std::make_unique<QSignalSpy>(m_service.get(), &EtaService::routeEtasChanged);
}

void TestEtaService::cleanup()
{
    m_routes.reset();
    m_etas.reset();
    m_service.reset();
    m_op.reset();
}

EtaSnapshot TestEtaService::waitForSnapshot()
{
    if (m_etas->isEmpty() && !m_etas->wait(10000))
        return {};
    const EtaSnapshot snapshot = m_etas->takeLast().at(0).value<EtaSnapshot>();
    m_etas->clear();
    return snapshot;
}

void TestEtaService::firstSnapshotHoldsEveryPendingStop()
{
    const EtaSnapshot snapshot = waitForSnapshot();
    QCOMPARE(snapshot.size(), 8);
    const StopEta first = snapshot.value(QStringLiteral("R-A-S1"));
    QVERIFY(first.isValid());
    QCOMPARE(first.routeId, RA);
    QCOMPARE(first.estimatedAt, msAt(8, 0));
    // Nothing has happened yet: the plan.
    QVERIFY(std::abs(first.eta - msAt(9, 0)) <= 2 * Minute);
    QVERIFY(first.low <= first.eta && first.eta <= first.high);
    QCOMPARE(m_service->snapshot().size(), 8);
    QCOMPARE(m_service->eta(QStringLiteral("R-B-S4")).routeId, RB);
    QVERIFY(!m_routes->isEmpty());
    QCOMPARE(m_routes->constLast().at(0).toStringList(), QStringList({RA, RB}));
}

void TestEtaService::arrivalAndCompletionMoveTheEstimates()
{
    const EtaSnapshot before = waitForSnapshot();
    m_routes->clear();
    // R-A's crew reaches its first stop 40 minutes late and leaves at 10:00.
    m_op->clock()->setTime(dateTimeAt(10, 0));
    m_op->feed({routeStarted(at(8, 30), RA, VanA),
                arrived(at(9, 40), QStringLiteral("R-A-S1"), RA, VanA),
                completed(at(10, 0), QStringLiteral("R-A-S1"), RA, VanA)});
    const EtaSnapshot after = waitForSnapshot();
    QVERIFY(!after.contains(QStringLiteral("R-A-S1")));
    const StopEta next = after.value(QStringLiteral("R-A-S2"));
    QVERIFY(next.isValid());
    QCOMPARE(next.estimatedAt, msAt(10, 0));
    // It left S-1 at 10:00, a quarter of an hour after S-2's planned arrival.
    QVERIFY(next.eta >= msAt(10, 0));
    QVERIFY(next.eta > before.value(QStringLiteral("R-A-S2")).eta);
    QVERIFY(!m_routes->isEmpty());
    QVERIFY(m_routes->constLast().at(0).toStringList().contains(RA));
}

void TestEtaService::breakdownHoldsOnlyItsRoute()
{
    waitForSnapshot();
    m_op->clock()->setTime(dateTimeAt(8, 40));
    m_op->feed({routeStarted(at(8, 30), RA, VanA), routeStarted(at(8, 30), RB, VanB)});
    const EtaSnapshot driving = waitForSnapshot();
    m_op->feed(vehicleStatus(at(8, 40), VanA, QStringLiteral("breakdown"))); // 90 minutes
    const EtaSnapshot broken = waitForSnapshot();
    const qint64 shiftA =
        broken.value(QStringLiteral("R-A-S3")).eta - driving.value(QStringLiteral("R-A-S3")).eta;
    const qint64 shiftB =
        broken.value(QStringLiteral("R-B-S3")).eta - driving.value(QStringLiteral("R-B-S3")).eta;
    QVERIFY2(shiftA > 60 * Minute, qPrintable(QString::number(shiftA / Minute)));
    QVERIFY(std::abs(shiftB) < 5 * Minute);
    // Wider after the breakdown.
    const StopEta a = broken.value(QStringLiteral("R-A-S3"));
    const StopEta b = driving.value(QStringLiteral("R-A-S3"));
    QVERIFY(a.high - a.low > b.high - b.low);

    m_op->clock()->setTime(dateTimeAt(9, 0));
    m_op->feed(vehicleStatus(at(9, 0), VanA, QStringLiteral("repaired")));
    const EtaSnapshot repaired = waitForSnapshot();
    QVERIFY(repaired.value(QStringLiteral("R-A-S3")).eta < a.eta - 30 * Minute);
}

void TestEtaService::replanIsFollowed()
{
    waitForSnapshot();
    // The planner drops S4 and moves S3 an hour later.
    RouteSpec r = route(RA, VanA, 9);
    r.stops.removeLast();
    r.stops[2].planned = QTime(11, 30);
    r.stops[2].windowStart = QTime(11, 30);
    r.stops[2].windowEnd = QTime(12, 30);
    m_op->feed(plan(at(7, 50), r));
    const EtaSnapshot replanned = waitForSnapshot();
    QVERIFY(!replanned.contains(QStringLiteral("R-A-S4")));
    const StopEta s3 = replanned.value(QStringLiteral("R-A-S3"));
    QVERIFY(s3.isValid());
    QVERIFY(s3.eta >= msAt(11, 30)); // the crew waits for the new window
    m_service->reload();
    QCOMPARE(waitForSnapshot().size(), 7);
}

QTEST_GUILESS_MAIN(TestEtaService)
#include "tst_etaservice.moc"
