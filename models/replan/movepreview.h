#pragma once

#include "replan/changeset.h"

#include <QString>
#include <QStringList>
#include <QVector>

class OperationStore;

// What a change would do to each route of today it touches, before anything
// is committed: the old and the new order of the stops still to visit, the
// arrival the road estimate gives each (driving from where the van is now),
// which promised windows hold and which break, and the kilometres and
// driving minutes it adds. Every re-planning dialog shows this.
namespace Replan {

struct RoutePreview
{
    QString routeId;
    QString vehicleLabel; // plate, or the route id when unknown
    QStringList oldStopIds;
    QVector<qint64> oldArrivals; // epoch ms
    QVector<bool> oldKept;       // window kept, per old stop
    QStringList newStopIds;
    QVector<qint64> newArrivals;
    QVector<bool> newKept;
    QVector<qint64> newWindowStarts; // the windows of the new stops, for display
    QVector<qint64> newWindowEnds;
    QStringList receivedStopIds; // on this route now, from another route
    qint64 oldBack = 0;          // at the hub
    qint64 newBack = 0;
    bool withinWorkingDay = true; // the new order is back by the end of the crew's day
    double addedKm = 0;
    double addedDrivingMin = 0;

    int keptBefore() const { return int(oldKept.count(true)); }
    int keptAfter() const { return int(newKept.count(true)); }
    int brokenBefore() const { return int(oldKept.count(false)); }
    int brokenAfter() const { return int(newKept.count(false)); }
};

struct MovePreview
{
    QVector<RoutePreview> routes;
    QStringList rescheduledStopIds; // leave today's routes for another day
    QStringList unknownStopIds;     // named by the change but not pending on a touched route
    double addedKm = 0;
    double addedDrivingMin = 0;
    int windowsKeptBefore = 0;
    int windowsKeptAfter = 0;
    int windowsBrokenAfter = 0; // of stops still on today's routes

    // Routes, stops and days are read from the store at `now`.
    static MovePreview compute(OperationStore &store, const ChangeSet &change, qint64 now);
    const RoutePreview *route(const QString &routeId) const;
    // The routes whose crew would be back after its working day.
    QStringList routesPastWorkingDay() const;
};

// The change that moves `stopIds` onto `targetRouteId` today, each stop at its
// cheapest place (windows first, then driving) or, when its own window holds
// nowhere on that route, where it is least late; the other touched routes
// close the gap. The planned arrivals are the road estimate's.
ChangeSet moveStopsChange(OperationStore &store, const QStringList &stopIds,
                          const QString &targetRouteId, qint64 now);

} // namespace Replan
