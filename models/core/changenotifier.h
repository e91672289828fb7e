#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

// The one place the core announces what changed in the store, after the
// transaction that changed it has committed. Item models subscribe and update
// only the rows named; nothing reloads everything for one event.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject *parent = nullptr);

    // Collects ids during a batch; flush() emits one signal per kind.
    struct Batch
    {
        QSet<QString> routesAdded, routesChanged, stopsChanged, vehiclesMoved, vehiclesChanged,
            reviewsAdded, warningsAdded;
        int rejected = 0;
        bool isEmpty() const;
        void merge(const Batch &other);
    };

    void publish(const Batch &batch);

Q_SIGNALS:
    void routesAdded(const QStringList &routeIds);
    // A route's plan, progress or state changed (includes its stops' summary).
    void routesChanged(const QStringList &routeIds);
    void stopsChanged(const QStringList &stopIds);
    // Latest positions changed; nothing else about the vehicle.
    void vehiclesMoved(const QStringList &vehicleIds);
    // Status (breakdown, break) changed.
    void vehiclesChanged(const QStringList &vehicleIds);
    void reviewsAdded(const QStringList &reviewIds);
    void weatherWarningsAdded(const QStringList &warningIds);
    void eventsRejected(int count);
    // Something changed outside the feed (another desk, a restore): reload.
    void storeReset();
};
