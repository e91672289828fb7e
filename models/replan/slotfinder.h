#pragma once

#include "replan/changeset.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

class OperationStore;

// Where stops can go on the coming working days: for each day, the routes of
// the stop's hub that have room for it (the stop, at the clock times of its
// window, is put in the day's plan at its cheapest place; its window, its
// minutes at the door, the other stops' windows and the crew's working day
// must all still hold), ranked by the driving time added. A day without such
// a route offers the hub's usual windows, "to be planned". Several stops are
// placed together, so one slot is a place for each of them.
namespace Replan {

struct SlotPlace
{
    QString stopId;
    QString routeId; // empty: not on a route yet
    int seq = 0;     // 1-based on routeId; 0 when not on a route
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    qint64 plannedArrival = 0; // 0 when not on a route
};

struct Slot
{
    QString day;     // YYYY-MM-DD
    QString routeId; // empty: "to be planned" in the window of the places
    QString vehicleLabel;
    double addedDrivingMin = 0;
    QVector<SlotPlace> places; // one per stop

    bool toBePlanned() const { return routeId.isEmpty(); }
    // The stops' reschedules for this slot (for a ChangeSet).
    QVector<Reschedule> reschedules() const;
};

struct SlotOptions
{
    int workingDays = 5;  // how many days after today are looked at
    int routesPerDay = 3; // at most this many route slots per day
    int firstHour = 8;    // the hub's usual windows: from 08:00 ...
    int lastHour = 18;    // ... to 18:00 ...
    int windowHours = 2;  // ... two hours each
};

class SlotFinder
{
public:
    // Slots for `stopIds` on the working days after the day of `now`: per
    // day, the route slots cheapest first, else the usual windows.
    static QVector<Slot> find(OperationStore &store, const QStringList &stopIds, qint64 now,
                              const SlotOptions &options = {});
    // The best slot for each stop on its own: the cheapest route slot of the
    // earliest day that has one, else the first day's usual window that holds
    // the stop's window start. Empty when the stop is unknown.
    static Slot best(OperationStore &store, const QString &stopId, qint64 now,
                     const SlotOptions &options = {});

    // best() for each stop, reading each day's routes once: the stops are
    // each placed on their own (not together). Unknown stops are left out.
    static QHash<QString, Slot> bestEach(OperationStore &store, const QStringList &stopIds,
                                         qint64 now, const SlotOptions &options = {});

    // The `count` delivery days after `day` (Monday to Friday).
    static QStringList nextWorkingDays(const QString &day, int count);
    // The same clock time (company zone) as `ms`, on `day`.
    static qint64 onDay(qint64 ms, const QString &day);
    // `hour`:00 on `day` in the company zone.
    static qint64 atHour(const QString &day, int hour);
};

} // namespace Replan
