#include "etaservice.h"

#include "core/changenotifier.h"
#include "etaworker.h"

#include <QMutexLocker>
#include <QSet>

namespace {

constexpr int DefaultIdleRefreshMs = 30 * 1000;

} // namespace

EtaService::EtaService(const DatabaseConfig &config, Clock *clock, ChangeNotifier *notifier,
                       QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<EtaSnapshot>("EtaSnapshot");
    m_thread.setObjectName(QStringLiteral("eta"));
    m_worker = new EtaWorker(config, clock, m_settings);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    if (notifier)
        m_worker->listenTo(notifier);
    connect(m_worker, &EtaWorker::snapshotReady, this, &EtaService::onSnapshot);
    connect(m_worker, &EtaWorker::failed, this, &EtaService::failed);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->start(DefaultIdleRefreshMs); });
}

EtaService::~EtaService()
{
    m_thread.quit();
    m_thread.wait();
}

EtaSnapshot EtaService::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot;
}

StopEta EtaService::eta(const QString &stopId) const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot.value(stopId);
}

EtaSettings EtaService::settings() const
{
    return m_settings;
}

void EtaService::setSettings(const EtaSettings &settings)
{
    m_settings = settings;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, settings] { w->setSettings(settings); });
}

void EtaService::setIdleRefreshMs(int ms)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ms] { w->setIdleRefreshMs(ms); });
}

void EtaService::reload()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->reload(); });
}

void EtaService::onSnapshot(const EtaSnapshot &snapshot)
{
    QSet<QString> changedRoutes;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = snapshot.cbegin(); it != snapshot.cend(); ++it) {
            const auto old = m_snapshot.constFind(it.key());
            if (old == m_snapshot.cend() || old->eta != it->eta || old->low != it->low ||
                old->high != it->high)
                changedRoutes.insert(it->routeId);
        }
        for (auto it = m_snapshot.cbegin(); it != m_snapshot.cend(); ++it) {
            if (!snapshot.contains(it.key()))
                changedRoutes.insert(it->routeId);
        }
        m_snapshot = snapshot;
    }
    Q_EMIT etasChanged(snapshot);
    if (!changedRoutes.isEmpty()) {
        QStringList ids(changedRoutes.cbegin(), changedRoutes.cend());
        ids.sort();
        Q_EMIT routeEtasChanged(ids);
    }
}
