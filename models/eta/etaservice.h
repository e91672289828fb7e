#pragma once

#include "etasettings.h"
#include "stopeta.h"
#include "storage/database.h"

#include <QMutex>
#include <QObject>
#include <QThread>

class ChangeNotifier;
class Clock;
class EtaWorker;

// Keeps every pending stop's estimate up to date while the day runs: after
// each applied batch the notifier names what changed, a worker thread with
// its own store connection reads it, teaches the learner and re-estimates;
// the GUI only ever receives finished snapshots. Time passing alone also
// moves estimates, so the worker re-estimates every `idleRefreshMs` as well.
class EtaService : public QObject
{
    Q_OBJECT
public:
    EtaService(const DatabaseConfig &config, Clock *clock, ChangeNotifier *notifier,
               QObject *parent = nullptr);
    ~EtaService() override;

    // The newest estimates (empty until the first one is done).
    EtaSnapshot snapshot() const;
    StopEta eta(const QString &stopId) const;
    EtaSettings settings() const;
    void setSettings(const EtaSettings &settings);
    void setIdleRefreshMs(int ms);

public Q_SLOTS:
    // Reads the newest days again and re-estimates (after a restore, a clock jump).
    void reload();

Q_SIGNALS:
    // A new set of estimates; `routeIds` are the routes whose estimates changed.
    void etasChanged(const EtaSnapshot &snapshot);
    void routeEtasChanged(const QStringList &routeIds);
    void failed(const QString &message);

private:
    void onSnapshot(const EtaSnapshot &snapshot);

    QThread m_thread;
    EtaWorker *m_worker = nullptr;
    mutable QMutex m_mutex;
    EtaSnapshot m_snapshot;
    EtaSettings m_settings;
};
