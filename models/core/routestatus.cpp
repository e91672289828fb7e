#include "routestatus.h"

#include <cmath>

using Domain::RouteState;

namespace RouteStatusDeriver {

RouteStatus derive(const Route &route, const QVector<Stop> &stops, const Vehicle &vehicle,
                   qint64 now, const RouteStatusRules &rules)
{
    RouteStatus status;
    status.lastContactTs = qMax(vehicle.lastContactTs, qMax(route.startedAt, route.finishedAt));

    bool atStop = false;
    bool anyActivity = route.startedAt > 0;
    qint64 delayMs = 0;
    bool delayKnown = false;
    for (int i = 0; i < stops.size(); ++i) {
        const Stop &s = stops.at(i);
        if (s.arrivedAt > 0 || s.completedAt > 0)
            anyActivity = true;
        if (s.arrivedAt > 0 && s.completedAt == 0 && s.state != Domain::StopState::Moved)
            atStop = true;
        // The delay the route has built up: at the last stop that was reached.
        if (s.arrivedAt > 0) {
            delayMs = s.arrivedAt - s.plannedArrival;
            delayKnown = true;
        }
        if (status.nextStopIndex < 0 && s.completedAt == 0 && s.state != Domain::StopState::Moved) {
            status.nextStopIndex = i;
            status.nextStopId = s.id;
        }
    }
    // A van still on its way to a stop whose planned time has passed is at
    // least that late, even before it arrives.
    if (status.nextStopIndex >= 0 && route.finishedAt == 0) {
        const Stop &next = stops.at(status.nextStopIndex);
        const qint64 overdue =
            next.arrivedAt > 0 ? next.arrivedAt - next.plannedArrival : now - next.plannedArrival;
        if (anyActivity && overdue > delayMs) {
            delayMs = overdue;
            delayKnown = true;
        }
    }
    if (delayKnown)
        status.delayMin = int(std::lround(double(delayMs) / 60000.0));

    if (status.lastContactTs > 0)
        status.minutesSinceContact = int(qMax<qint64>(0, now - status.lastContactTs) / 60000);

    if (route.finishedAt > 0)
        status.state = RouteState::Finished;
    else if (vehicle.status == Domain::VehicleStatus::Breakdown)
        status.state = RouteState::Breakdown;
    else if (!anyActivity)
        status.state = RouteState::NotStarted;
    else if (status.minutesSinceContact >= rules.noContactMinutes)
        status.state = RouteState::NoContact;
    else if (vehicle.status == Domain::VehicleStatus::BreakStart)
        status.state = RouteState::OnBreak;
    else if (atStop)
        status.state = RouteState::AtStop;
    else
        status.state = RouteState::Driving;
    if (route.finishedAt > 0 || status.state == RouteState::NotStarted)
        status.nextStopIndex = route.finishedAt > 0 ? -1 : status.nextStopIndex;
    if (status.nextStopIndex < 0)
        status.nextStopId.clear();
    return status;
}

} // namespace RouteStatusDeriver
