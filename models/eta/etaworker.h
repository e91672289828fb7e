#pragma once

#include "etaday.h"
#include "etastorereader.h"
#include "storage/database.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class ChangeNotifier;
class Clock;
class OperationStore;

// Lives on EtaService's thread: owns the estimator's day and its own store
// connection, collects what the notifier announces and re-estimates once per
// burst of batches.
class EtaWorker : public QObject
{
    Q_OBJECT
public:
    EtaWorker(const DatabaseConfig &config, Clock *clock, const EtaSettings &settings);
    ~EtaWorker() override;

    void listenTo(ChangeNotifier *notifier);

    // Called through queued invocations from the service's thread.
    void start(int idleRefreshMs);
    void reload();
    void setSettings(const EtaSettings &settings);
    void setIdleRefreshMs(int ms);

Q_SIGNALS:
    void snapshotReady(const EtaSnapshot &snapshot);
    void failed(const QString &message);

private:
    void schedule();
    void process();
    qint64 now();

    DatabaseConfig m_config;
    QPointer<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OperationStore> m_store;
    EtaDay m_day;
    EtaStoreReader::Changes m_changes;
    bool m_scheduled = false;
    QTimer *m_idle = nullptr;
};
