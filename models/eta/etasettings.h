#pragma once

#include <QtGlobal>

// What the estimator may be told by the desk, and how strongly it trusts the
// plan before the day has shown otherwise. Shrinkage strengths are "planned
// minutes worth of evidence" given to the prior.
struct EtaSettings
{
    // A crew that reaches a stop before its window either waits until the
    // window opens, or calls ahead and is let in at once.
    enum class EarlyArrival { Wait, CallAhead };
    EarlyArrival earlyArrival = EarlyArrival::Wait;

    // Share of real arrivals the band (low, high) should hold.
    double bandLevel = 0.8;

    // Travel: a route's own ratio actual/planned is pulled towards the ratio
    // of its area and hour, that towards the ratio of the whole day so far,
    // and that towards 1 (the plan) early in the day.
    double routeTravelPriorMin = 40;
    double areaTravelPriorMin = 90;
    double dayTravelPriorMin = 60;
    // Service at the door: a kind's ratio towards the day's, that towards 1.
    double kindServicePriorMin = 40;
    double dayServicePriorMin = 40;
    // A crew's own pace, until the day's visits show how much crews differ
    // (then that decides; see EtaLearner).
    double crewServicePriorMin = 60;

    // Repairs without an expected duration, breaks: minutes assumed until seen.
    double defaultRepairMin = 60;
    double defaultBreakMin = 30;

    // A position older than this does not count as the van's current place.
    qint64 freshPositionMs = 5 * 60 * 1000;
};
