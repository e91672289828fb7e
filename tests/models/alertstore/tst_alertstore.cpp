// AlertStore: one alert per cause in a real SQLite file; raised once,
// updated, cleared and reopened as the cause comes and goes; a person's
// acknowledgement and resolution are kept and written to the audit log.

#include "alerts/alertstore.h"
#include "storage/database.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

namespace {

AlertFinding finding(const QString &key, AlertKind::Kind kind = AlertKind::LateStop,
                     AlertSeverity::Severity severity = AlertSeverity::Warning, int lateMin = 10)
{
    AlertFinding f;
    f.causeKey = key;
    f.kind = kind;
    f.severity = severity;
    f.day = QStringLiteral("2026-11-23");
    f.routeId = QStringLiteral("R-1");
    f.stopId = QStringLiteral("S-1");
    f.vehicleId = QStringLiteral("V-1");
    f.detail = {{QStringLiteral("late_min"), lateMin}};
    f.clears = kind != AlertKind::FailedDelivery;
    return f;
}

int rows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestAlertStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aCauseIsRaisedOnce();
    void changesAreUpdatesNotNewAlerts();
    void aCauseThatWentAwayIsClearedAndComesBackReopened();
    void failedDeliveriesWaitForAPerson();
    void aPersonsResolutionStands();
    void acknowledgeAndResolveAreAudited();
    void raisingWaitsForAnotherConnectionsWrite();
    void openAlertsMostSevereFirstThenNewest();
    void keptAcrossReopeningTheFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AlertStore> m_store;
};

void TestAlertStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("alerts.sqlite"))));
    m_store = std::make_unique<AlertStore>(*m_db);
}

void TestAlertStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestAlertStore::aCauseIsRaisedOnce()
{
    AlertSyncResult r = m_store->sync({finding(QStringLiteral("late:S-1"))}, 1000);
    QCOMPARE(r.raised.size(), 1);
    QVERIFY(r.raised.constFirst().id > 0);
    QCOMPARE(r.raised.constFirst().raisedAt, qint64(1000));
    // The same cause again, and twice in one sweep: nothing new.
    r = m_store->sync({finding(QStringLiteral("late:S-1")), finding(QStringLiteral("late:S-1"))},
                      2000);
    QVERIFY(r.raised.isEmpty());
    QVERIFY(!r.changed());
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT count(*) FROM alerts")), 1);
    QCOMPARE(m_store->openCount(), 1);
}

void TestAlertStore::changesAreUpdatesNotNewAlerts()
{
    m_store->sync({finding(QStringLiteral("late:S-1"))}, 1000);
    const AlertSyncResult r = m_store->sync(
        {finding(QStringLiteral("late:S-1"), AlertKind::LateStop, AlertSeverity::Severe, 35)},
        2000);
    QCOMPARE(r.updated, 1);
    QVERIFY(r.raised.isEmpty());
    const Alert a = m_store->openAlerts().constFirst();
    QCOMPARE(a.severity, AlertSeverity::Severe);
    QCOMPARE(a.detail.value(QStringLiteral("late_min")).toInt(), 35);
    QCOMPARE(a.raisedAt, qint64(1000));
    QCOMPARE(a.updatedAt, qint64(2000));
}

void TestAlertStore::aCauseThatWentAwayIsClearedAndComesBackReopened()
{
    const qint64 id = m_store->sync({finding(QStringLiteral("late:S-1"))}, 1000)
                          .raised.constFirst()
                          .id;
    AlertSyncResult r = m_store->sync({}, 2000);
    QCOMPARE(r.cleared, 1);
    QCOMPARE(m_store->openCount(), 0);
    Alert a = m_store->alert(id);
    QCOMPARE(a.resolution, AlertStore::clearedResolution());
    QCOMPARE(a.resolvedAt, qint64(2000));
    QVERIFY(!a.isOpen());

    r = m_store->sync({finding(QStringLiteral("late:S-1"))}, 3000);
    QCOMPARE(r.reopened, 1);
    QVERIFY(r.raised.isEmpty());
    a = m_store->alert(id);
    QVERIFY(a.isOpen());
    QCOMPARE(a.raisedAt, qint64(1000));
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT count(*) FROM alerts")), 1);
}

void TestAlertStore::failedDeliveriesWaitForAPerson()
{
    m_store->sync({finding(QStringLiteral("failed:S-1"), AlertKind::FailedDelivery)}, 1000);
    const AlertSyncResult r = m_store->sync({}, 2000);
    QCOMPARE(r.cleared, 0);
    QCOMPARE(m_store->openCount(), 1);
}

void TestAlertStore::aPersonsResolutionStands()
{
    const qint64 id = m_store->sync({finding(QStringLiteral("late:S-1"))}, 1000)
                          .raised.constFirst()
                          .id;
    QVERIFY(m_store->resolve(id, QStringLiteral("Fatima"), 1500, QStringLiteral("Klant gebeld")));
    QVERIFY(!m_store->resolve(id, QStringLiteral("Fatima"), 1600, QString()));
    const AlertSyncResult r = m_store->sync({finding(QStringLiteral("late:S-1"))}, 2000);
    QVERIFY(!r.changed());
    const Alert a = m_store->alert(id);
    QVERIFY(!a.isOpen());
    QCOMPARE(a.resolvedBy, QStringLiteral("Fatima"));
    QCOMPARE(a.resolution, QStringLiteral("Klant gebeld"));
    // Resolving also counts as seeing it.
    QCOMPARE(a.acknowledgedBy, QStringLiteral("Fatima"));
    QCOMPARE(a.acknowledgedAt, qint64(1500));
}

void TestAlertStore::raisingWaitsForAnotherConnectionsWrite()
{
    m_store->sync({finding(QStringLiteral("late:S-1"))}, 1000);
    // The alert monitor reads what is stored, then writes what is new, while
    // the live feed writes through its own connection: the monitor waits its
    // turn instead of failing at its first write.
    QSemaphore locked, waiting;
    const QString path = m_db->config().path;
    std::unique_ptr<QThread> feed(QThread::create([&] {
        Database other(DatabaseConfig::sqlite(path));
        other.exec(QStringLiteral("BEGIN IMMEDIATE"));
        other.exec(QStringLiteral("UPDATE alerts SET updated_at = 1001"));
        locked.release();
        waiting.acquire();
        QThread::msleep(300); // the monitor is waiting by now
        other.exec(QStringLiteral("COMMIT"));
    }));
    feed->start();
    QVERIFY(locked.tryAcquire(1, 10000));
    waiting.release();
    AlertSyncResult r;
    try {
        r = m_store->sync(
            {finding(QStringLiteral("late:S-1")), finding(QStringLiteral("late:S-2"))}, 1100);
    } catch (const StoreError &e) {
        feed->wait();
        QFAIL(qPrintable(e.message()));
    }
    QVERIFY(feed->wait(10000));
    QCOMPARE(r.raised.size(), 1);
    QCOMPARE(rows(*m_db, QStringLiteral("SELECT COUNT(*) FROM alerts")), 2);
}

void TestAlertStore::acknowledgeAndResolveAreAudited()
{
    const qint64 id = m_store->sync({finding(QStringLiteral("late:S-1"))}, 1000)
                          .raised.constFirst()
                          .id;
    QVERIFY(m_store->acknowledge(id, QStringLiteral("Joost"), 1100));
    QVERIFY(!m_store->acknowledge(id, QStringLiteral("Fatima"), 1200)); // already seen
    QVERIFY(!m_store->acknowledge(id + 100, QStringLiteral("Joost"), 1200)); // no such alert
    QVERIFY(m_store->resolve(id, QStringLiteral("Fatima"), 1300, QStringLiteral("Verzet")));
    const Alert a = m_store->alert(id);
    QCOMPARE(a.acknowledgedBy, QStringLiteral("Joost"));
    QCOMPARE(a.acknowledgedAt, qint64(1100));
    QCOMPARE(a.resolvedBy, QStringLiteral("Fatima"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor, action, object_type, object_id, detail, at"
                                  " FROM audit_log ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Joost"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("acknowledge"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("alert"));
    QCOMPARE(q.value(3).toString(), QString::number(id));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("resolve"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("Verzet"));
    QCOMPARE(q.value(5).toLongLong(), qint64(1300));
    QVERIFY(!q.next());
}

void TestAlertStore::openAlertsMostSevereFirstThenNewest()
{
    m_store->sync({finding(QStringLiteral("late:A"))}, 1000);
    m_store->sync({finding(QStringLiteral("late:A")),
                   finding(QStringLiteral("breakdown:V-1:1"), AlertKind::Breakdown,
                           AlertSeverity::Severe)},
                  2000);
    m_store->sync({finding(QStringLiteral("late:A")),
                   finding(QStringLiteral("breakdown:V-1:1"), AlertKind::Breakdown,
                           AlertSeverity::Severe),
                   finding(QStringLiteral("late:B"))},
                  3000);
    QStringList order;
    for (const Alert &a : m_store->openAlerts())
        order.append(a.causeKey);
    QCOMPARE(order, QStringList({QStringLiteral("breakdown:V-1:1"), QStringLiteral("late:B"),
                                 QStringLiteral("late:A")}));
    QCOMPARE(m_store->recentAlerts(2500).size(), 3); // open ones always count
}

void TestAlertStore::keptAcrossReopeningTheFile()
{
    const qint64 id = m_store->sync({finding(QStringLiteral("late:S-1"))}, 1000)
                          .raised.constFirst()
                          .id;
    m_store->acknowledge(id, QStringLiteral("Joost"), 1100);
    m_store.reset();
    m_db.reset();
    m_db = std::make_unique<Database>(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("alerts.sqlite"))));
    m_store = std::make_unique<AlertStore>(*m_db);
    const AlertSyncResult r = m_store->sync({finding(QStringLiteral("late:S-1"))}, 2000);
    QVERIFY(r.raised.isEmpty());
    QCOMPARE(m_store->alert(id).acknowledgedBy, QStringLiteral("Joost"));
}

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
