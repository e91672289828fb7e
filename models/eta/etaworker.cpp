#include "etaworker.h"

#include "core/clock.h"
#include "storage/operationstore.h"

EtaWorker::EtaWorker(const DatabaseConfig &config, Clock *clock, const EtaSettings &settings)
    : m_config(config)
    , m_clock(clock)
    , m_day(settings)
{
    m_changes.reset = true;
}

EtaWorker::~EtaWorker() = default;

void EtaWorker::listenTo(ChangeNotifier *notifier)
{
    // The worker is the context: the lambdas run on its thread, queued.
    EtaStoreReader::collect(notifier, this, &m_changes);
    const auto later = [this] { schedule(); };
    connect(notifier, &ChangeNotifier::routesAdded, this, later);
    connect(notifier, &ChangeNotifier::routesChanged, this, later);
    connect(notifier, &ChangeNotifier::stopsChanged, this, later);
    connect(notifier, &ChangeNotifier::vehiclesMoved, this, later);
    connect(notifier, &ChangeNotifier::vehiclesChanged, this, later);
    connect(notifier, &ChangeNotifier::storeReset, this, later);
}

void EtaWorker::start(int idleRefreshMs)
{
    m_idle = new QTimer(this);
    connect(m_idle, &QTimer::timeout, this, [this] { process(); });
    setIdleRefreshMs(idleRefreshMs);
    schedule();
}

void EtaWorker::setIdleRefreshMs(int ms)
{
    if (!m_idle)
        return;
    if (ms > 0)
        m_idle->start(ms);
    else
        m_idle->stop();
}

void EtaWorker::reload()
{
    m_changes.reset = true;
    schedule();
}

void EtaWorker::setSettings(const EtaSettings &settings)
{
    m_day.setSettings(settings);
    schedule();
}

void EtaWorker::schedule()
{
    // Many batches in a burst make one estimate.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &EtaWorker::process, Qt::QueuedConnection);
}

qint64 EtaWorker::now()
{
    if (m_clock)
        return m_clock->nowMs();
    return m_store ? m_store->latestEventTs() : 0;
}

void EtaWorker::process()
{
    m_scheduled = false;
    try {
        if (!m_db) {
            m_db = std::make_unique<Database>(m_config);
            m_store = std::make_unique<OperationStore>(*m_db);
        }
        if (!m_changes.isEmpty()) {
            EtaStoreReader::apply(*m_store, m_day, m_changes);
            m_changes.clear();
        }
        const qint64 at = now();
        if (at > 0)
            Q_EMIT snapshotReady(m_day.estimateAll(at));
    } catch (const StoreError &error) {
        Q_EMIT failed(error.message());
    }
}
