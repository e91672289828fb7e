#pragma once

#include "core/changenotifier.h"
#include "feed/feedevent.h"

#include <QHash>
#include <QSet>
#include <memory>

class Database;

// The writes that applying feed events makes, in portable SQL. Every call runs
// inside the caller's transaction; nothing here commits. Ids of what changed
// are collected into a ChangeNotifier::Batch.
//
// On SQLite the statements that run for nearly every event (applied ids, the
// trail, the vehicles' newest position) go through SQLite's own interface on
// the same connection, which spares the per-value work of QSqlQuery; the rows
// written are the same. VOORZET_PORTABLE_SQL=1 in the environment keeps every
// statement on QSqlQuery (for comparisons).
class FeedStore
{
public:
    explicit FeedStore(Database &db);
    ~FeedStore();
    FeedStore(const FeedStore &) = delete;
    FeedStore &operator=(const FeedStore &) = delete;

    // True when the frequent statements go through SQLite's own interface.
    bool writesDirectly() const { return m_direct != nullptr; }

    // Records the event id; false when it was applied before (a duplicate).
    bool markApplied(const Feed::Event &event);
    // Of `ids`, those recorded as applied in the store, asked for many at a
    // time (a batch's events at once, rather than one statement per event).
    QSet<QString> appliedAmong(const QVector<QString> &ids);
    // Records the ids of `events` as applied, many rows per statement, and
    // returns those that were new: an id recorded before is not returned, and
    // one that occurs several times among `events` is returned once.
    QSet<QString> recordApplied(const QVector<const Feed::Event *> &events);
    // Keeps a rejected line with its reason; a line rejected before is kept once.
    void reject(const QByteArray &raw, const Feed::Rejection &rejection, const QString &source,
                qint64 lineNo, qint64 now);
    // Keeps an event that waits for a stop or route whose plan has not arrived.
    void keepPending(const Feed::Event &event, const QString &waitsFor, const QByteArray &raw);
    // Pending events waiting for any of `keys`, oldest first, removed from the store.
    QList<QByteArray> takePending(const QStringList &keys);
    qint64 pendingCount();

    // Returns false when the plan is older than the one already stored.
    bool applyPlan(const Feed::Event &event, const Feed::PlanRoute &plan,
                   ChangeNotifier::Batch &changes);
    bool routeExists(const QString &routeId);
    // The route a stop belongs to, or an empty string when the stop is unknown.
    QString routeOfStop(const QString &stopId);

    void markRoute(const Feed::Event &event, const Feed::RouteMark &mark,
                   ChangeNotifier::Batch &changes);
    // Keeps the earliest arrival at a stop.
    void arrive(const Feed::Event &event, const Feed::StopArrival &arrival, const QString &routeId,
                ChangeNotifier::Batch &changes);
    // Keeps the newest result of a stop; an older one that arrives late is ignored.
    void complete(const Feed::Event &event, const Feed::StopCompletion &completion,
                  const QString &routeId, ChangeNotifier::Batch &changes);
    // Adds to the trail; the trail and the latest position are written by
    // flushPositions().
    void addPosition(const Feed::Event &event, const Feed::Position &position,
                     ChangeNotifier::Batch &changes);
    void changeStatus(const Feed::Event &event, const Feed::StatusChange &change,
                      ChangeNotifier::Batch &changes);
    void addReview(const Review &review, ChangeNotifier::Batch &changes);
    void addWarning(const Feed::Event &event, const WeatherWarning &warning,
                    ChangeNotifier::Batch &changes);

    // Writes the trail points, the newest position and contact time of every
    // vehicle seen since the last flush; call once before committing a batch.
    // Also ends what the batch cached of routes and stops.
    void flushPositions();
    // Forgets what the batch cached (after a rollback).
    void discardBatch();

private:
    void ensureVehicle(const QString &vehicleId);
    // A plan's customer (inserted or updated) and new stop (false when the
    // store already has the stop: nothing is written then).
    void writeCustomer(const Customer &customer);
    bool insertStop(const Stop &stop, const QString &routeId, const QString &productKey,
                    const QString &services);
    // Logs that a plan listed a stop the desk has changed since, and left it.
    void keptLocal(const Feed::Event &event, const QString &routeId, const QString &stopId);
    void touchContact(const QString &vehicleId, qint64 ts);

    struct Latest
    {
        Feed::Position position;
        qint64 ts = -1;
        qint64 contact = 0;
        int trailVehicle = -1; // index in m_trailVehicles once it has a trail point
    };

    struct TrailPoint
    {
        qint64 ts = 0;
        qint64 seq = 0; // tells apart points of a vehicle at the same time
        int vehicle = 0; // index in m_trailVehicles
        Feed::Position position;
    };

    // Inserts events[at .. at + count) into applied_events; returns the rows added.
    int insertApplied(const QVector<const Feed::Event *> &events, qsizetype at, int count);
    enum class Savepoint { Begin, Release, Undo };
    void savepoint(Savepoint step);
    // flushPositions() through QSqlQuery or through SQLite's own interface.
    void writeTrail();
    void writeTrailDirect();
    void moveVehicles();
    void moveVehiclesDirect();

    struct Direct;
    std::unique_ptr<Direct> m_direct;

    Database &m_db;
    QSet<QString> m_knownVehicles;
    QHash<QString, Latest> m_latest;
    QVector<TrailPoint> m_trail;
    // The vehicles of the batch's trail points, in the order first seen.
    QVector<QString> m_trailVehicles;
    // Within one batch: routes known to exist, and the route of each stop
    // looked up or planned, so repeated events do not ask the database again.
    QSet<QString> m_batchRoutes;
    QHash<QString, QString> m_batchStopRoutes;
    // Within one batch: the clients and products written (many stops share
    // them), so the same values are not written again.
    QHash<QString, QString> m_batchClients;
    QHash<QString, QString> m_batchProducts;
    // Within one batch on SQLite (which holds the write lock, so no other
    // connection adds any): whether pending_events is known to be empty.
    bool m_batchNothingPending = false;
    bool m_batchPendingAsked = false;
};
