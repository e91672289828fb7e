#pragma once

#include "changeset.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

class Database;

namespace Replan {

// What one stop was before a change touched it: the fields a change writes.
struct StopBefore
{
    QString id;
    QString routeId;
    int seq = 0;
    qint64 plannedArrival = 0;
    QString state;
    bool inPlan = true;
    QString movedReason;
    QString movedNote;
    QString movedBy;
    qint64 movedAt = 0;
    qint64 localChangeAt = 0;
};

// What applying a change did to the store, enough to put it back exactly.
struct AppliedChange
{
    QVector<StopBefore> before;  // every existing stop written, as it was
    QStringList createdStops;    // return visits put on a route
    QStringList requestedVisits; // return visits not on a route yet
    QSet<QString> routes;        // routes whose stops changed (old and new)
    QSet<QString> stops;         // stops changed, created or removed
};

// Writes a ChangeSet into the store and takes it back out, in portable SQL,
// inside the caller's transaction (nothing here commits). A change that does
// not fit the store (an unknown stop or route, a stop already visited, a
// return visit for a day its route does not drive) throws StoreError and the
// caller rolls back.
class StopChanges
{
public:
    explicit StopChanges(Database &db);

    // Ids for the return visits of `change`'s reschedules (one each, in
    // order), not used by any stop or requested visit: "S-12-R2" for the
    // second attempt at S-12 (the third at S-12-R2 is "S-12-R3").
    QStringList newReturnVisitIds(const ChangeSet &change);

    // `returnVisitIds` holds one id per reschedule, so that applying the same
    // change again (redo after undo) creates the same return visits.
    AppliedChange apply(const ChangeSet &change, const QStringList &returnVisitIds,
                        const QString &actor, qint64 now);
    // Removes the return visits and puts every stop back as it was. A result
    // the road reported since (an arrival, a completion) is kept; a stop
    // visited since on the route the change gave it (or a return visit
    // visited since) refuses the revert with a StoreError.
    void revert(const AppliedChange &applied);

private:
    struct Current
    {
        StopBefore fields;
        qint64 arrivedAt = 0;
        qint64 completedAt = 0;
        int attempt = 1;
    };
    Current load(const QString &stopId);
    // Remembers `stop` as it was the first time this change writes it.
    void remember(AppliedChange &applied, const StopBefore &stop);
    QString routeDay(const QString &routeId);
    bool idTaken(const QString &id);
    void applyOrder(const RouteOrder &order, qint64 now, AppliedChange &applied);
    void applyReschedule(const ChangeSet &change, const Reschedule &r, const QString &visitId,
                         const QString &actor, qint64 now, AppliedChange &applied);
    void insertOnRoute(const Reschedule &r, const QString &visitId, qint64 now,
                       AppliedChange &applied);

    Database &m_db;
};

} // namespace Replan
