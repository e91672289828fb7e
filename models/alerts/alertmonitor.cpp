#include "alertmonitor.h"

#include "alertsweep.h"
#include "core/changenotifier.h"
#include "core/clock.h"

#include <QMetaObject>

AlertMonitor::AlertMonitor(const DatabaseConfig &config, Clock *clock, ChangeNotifier *notifier,
                           QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<AlertSyncResult>();
    qRegisterMetaType<QVector<Alert>>();
    m_worker = new AlertSweepWorker(config);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AlertSweepWorker::swept, this, &AlertMonitor::onSwept);
    connect(m_worker, &AlertSweepWorker::failed, this, [this](const QString &message) {
        m_busy = false;
        Q_EMIT failed(message);
    });
    m_thread.setObjectName(QStringLiteral("voorzet-alerts"));
    m_thread.start();

    m_periodic.setInterval(2000);
    connect(&m_periodic, &QTimer::timeout, this, &AlertMonitor::sweepNow);
    m_periodic.start();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &AlertMonitor::sweepNow);

    if (notifier) {
        auto changed = [this] { schedule(); };
        connect(notifier, &ChangeNotifier::routesAdded, this, changed);
        connect(notifier, &ChangeNotifier::routesChanged, this, changed);
        connect(notifier, &ChangeNotifier::stopsChanged, this, changed);
        connect(notifier, &ChangeNotifier::vehiclesChanged, this, changed);
        connect(notifier, &ChangeNotifier::weatherWarningsAdded, this, changed);
        connect(notifier, &ChangeNotifier::storeReset, this, changed);
    }
    if (clock)
        connect(clock, &Clock::timeJumped, this, &AlertMonitor::schedule);
}

AlertMonitor::~AlertMonitor()
{
    m_thread.quit();
    m_thread.wait();
}

void AlertMonitor::setRules(const AlertRules &rules)
{
    m_rules = rules;
    schedule();
}

void AlertMonitor::setInterval(int ms)
{
    m_periodic.setInterval(ms);
    m_debounce.setInterval(qMin(ms, 300));
}

void AlertMonitor::setEtas(const EtaSnapshot &etas)
{
    m_etas = etas;
    schedule();
}

void AlertMonitor::schedule()
{
    if (!m_debounce.isActive())
        m_debounce.start();
}

void AlertMonitor::sweepNow()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_again = false;
    const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    const EtaSnapshot etas = m_etas;
    const AlertRules rules = m_rules;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, now, etas, rules] {
        worker->sweep(now, etas, rules);
    });
}

void AlertMonitor::onSwept(const AlertSyncResult &result, qint64 at)
{
    m_busy = false;
    if (!result.raised.isEmpty())
        Q_EMIT alertsRaised(result.raised);
    if (result.changed())
        Q_EMIT alertsChanged();
    Q_EMIT swept(at);
    if (m_again)
        sweepNow();
}

AlertSweepWorker::AlertSweepWorker(const DatabaseConfig &config)
    : m_config(config)
{}

AlertSweepWorker::~AlertSweepWorker() = default;

void AlertSweepWorker::sweep(qint64 now, const EtaSnapshot &etas, const AlertRules &rules)
{
    try {
        if (!m_db)
            m_db = std::make_unique<Database>(m_config);
        const AlertSyncResult result = AlertSweep::run(*m_db, now, etas, rules);
        Q_EMIT swept(result, now);
    } catch (const StoreError &e) {
        Q_EMIT failed(e.message());
    }
}
