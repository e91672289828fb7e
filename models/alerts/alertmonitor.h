#pragma once

#include "alertdetector.h"
#include "alertstore.h"
#include "storage/database.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <memory>

class ChangeNotifier;
class Clock;
class AlertSweepWorker;

// Keeps the alerts current while the operation runs: after the feed changed
// something (at most once per `interval`), and every `interval` for what the
// clock alone makes true (silence, a stop that lasts too long), a sweep runs
// on a worker thread with its own connection. The GUI thread never waits.
class AlertMonitor : public QObject
{
    Q_OBJECT
public:
    AlertMonitor(const DatabaseConfig &config, Clock *clock, ChangeNotifier *notifier,
                 QObject *parent = nullptr);
    ~AlertMonitor() override;

    void setRules(const AlertRules &rules);
    AlertRules rules() const { return m_rules; }
    // Real-time milliseconds between sweeps (and the longest a change waits).
    void setInterval(int ms);

    // The newest estimates, used for "late for window".
    void setEtas(const EtaSnapshot &etas);

public Q_SLOTS:
    // Sweeps as soon as the worker is free.
    void sweepNow();

Q_SIGNALS:
    // Alerts in the store changed (raised, updated, cleared or reopened).
    void alertsChanged();
    // Alerts raised for the first time in the last sweep.
    void alertsRaised(const QVector<Alert> &alerts);
    // A sweep finished (whether or not anything changed).
    void swept(qint64 at);
    void failed(const QString &message);

private:
    void schedule();
    void onSwept(const AlertSyncResult &result, qint64 at);

    Clock *m_clock;
    AlertRules m_rules;
    QThread m_thread;
    AlertSweepWorker *m_worker = nullptr;
    QTimer m_periodic;
    QTimer m_debounce;
    bool m_busy = false;
    bool m_again = false;
    EtaSnapshot m_etas;
};

// Lives on AlertMonitor's thread.
class AlertSweepWorker : public QObject
{
    Q_OBJECT
public:
    explicit AlertSweepWorker(const DatabaseConfig &config);
    ~AlertSweepWorker() override;

    void sweep(qint64 now, const EtaSnapshot &etas, const AlertRules &rules);

Q_SIGNALS:
    void swept(const AlertSyncResult &result, qint64 at);
    void failed(const QString &message);

private:
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db;
};

Q_DECLARE_METATYPE(AlertSyncResult)
