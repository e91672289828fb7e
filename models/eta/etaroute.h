#pragma once

#include "core/entities.h"

#include <QString>
#include <QVector>

// One route as the estimator reads it: its stops in planned order (only those
// still in the plan) with what follows from the plan alone, worked out once
// per plan instead of once per estimate.
struct EtaRoute
{
    struct Leg
    {
        double plannedMin = -1; // the plan's drive from the stop before; -1 unknown
        double slackMin = 0;    // time in the plan's gap that is not driving (a break, a wait)
        double straightKm = 0;  // from the stop before (the hub for the first)
        quint32 area = 0;       // of this stop
        QString kind;           // of the work at the door (EtaLearner::serviceKind)
    };

    Route route;
    QVector<Stop> stops;     // in plan order
    QVector<Leg> legs;       // one per stop
    int utcOffsetSec = 3600; // the company's offset from UTC on this day
    // The break the plan leaves room for: the largest slack of the route,
    // from the planned departure before it. None when the plan has none.
    qint64 plannedBreakAt = 0;
    double plannedBreakMin = 0;
    // The planned departure before that one: the break was not due yet then.
    qint64 plannedBreakAfter = 0;
    // From when the crew takes its break at its next departure, when the
    // day's plans agree on a moment (EtaBreakClock); else plannedBreakAt.
    qint64 breakFrom = 0;
    bool breakTaken = false; // the crew had its break today (set by whoever follows the day)

    static EtaRoute make(const Route &route, QVector<Stop> stops);
    // Re-derives the legs after `stops` changed.
    void refresh();
    int indexOf(const QString &stopId) const;
    int localHour(qint64 ms) const;
    double localMinute(qint64 ms) const; // minutes since the local midnight
    qint64 breakDueAt() const { return breakFrom > 0 ? breakFrom : plannedBreakAt; }
};

// Kilometres between two places as the crow flies.
double straightKm(double lat1, double lon1, double lat2, double lon2);
