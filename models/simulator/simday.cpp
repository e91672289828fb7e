#include "simday.h"

namespace SimDay {

const char *typeKey(EventType type)
{
    switch (type) {
    case EventType::PlanRoute:
        return "plan.route";
    case EventType::RouteStarted:
        return "route.started";
    case EventType::RouteFinished:
        return "route.finished";
    case EventType::VehiclePosition:
        return "vehicle.position";
    case EventType::StopArrived:
        return "stop.arrived";
    case EventType::StopCompleted:
        return "stop.completed";
    case EventType::VehicleStatus:
        return "vehicle.status";
    case EventType::ReviewReceived:
        return "review.received";
    case EventType::WeatherWarning:
        return "weather.warning";
    }
    return "";
}

qint64 dayEnd(const Context &context)
{
    return context.clock->at(23, 50);
}

} // namespace SimDay
