#pragma once

#include "entities.h"

// What the crews board says about one route at a moment: its state, how far
// it is behind its plan, the next stop and how long the van has been silent.
struct RouteStatus
{
    Domain::RouteState state = Domain::RouteState::NotStarted;
    int delayMin = 0;       // positive: behind the plan
    QString nextStopId;     // empty when nothing is left
    int nextStopIndex = -1; // into the stops given to derive()
    qint64 lastContactTs = 0;
    int minutesSinceContact = -1; // -1: never heard from
};

// The thresholds the derivation uses; set from the settings.
struct RouteStatusRules
{
    int noContactMinutes = 15;
};

namespace RouteStatusDeriver {

// `stops` are the route's planned stops in sequence order; `now` from the Clock.
RouteStatus derive(const Route &route, const QVector<Stop> &stops, const Vehicle &vehicle,
                   qint64 now, const RouteStatusRules &rules = {});

} // namespace RouteStatusDeriver
