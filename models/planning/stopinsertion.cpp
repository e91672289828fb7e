#include "planning/stopinsertion.h"

#include "planning/schedule.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace Planning {

namespace {

Schedule scheduleFor(const Problem &problem, const Plan &plan, const std::vector<int> &stops)
{
    std::vector<char> vehicleSeen(problem.fleet().size(), 0);
    for (const RoutePlan &route : plan.routes) {
        if (route.vehicle < 0 || route.vehicle >= int(problem.fleet().size()) ||
            vehicleSeen[size_t(route.vehicle)])
            throw std::invalid_argument(
                QCoreApplication::translate("StopInsertion",
                                            "a route has a missing or already used vehicle %1")
                    .arg(route.vehicle)
                    .toStdString());
        vehicleSeen[size_t(route.vehicle)] = 1;
    }
    Schedule schedule(problem, plan);
    for (int stop : stops) {
        if (!problem.isCustomer(stop))
            throw std::invalid_argument(
                QCoreApplication::translate("StopInsertion", "%1 is not a stop of the problem")
                    .arg(stop)
                    .toStdString());
        schedule.unassign(stop);
    }
    return schedule;
}

// The stop's feasible places in the schedule, cheapest first.
void placesOf(const Schedule &schedule, int stop, std::vector<InsertionOption> &into)
{
    for (int r = 0; r < schedule.routeCount(); ++r) {
        const int last = int(schedule.route(r).nodes.size()) - 1;
        for (int pos = 1; pos <= last; ++pos)
            if (schedule.canInsert(stop, r, pos))
                into.push_back({stop, r, pos - 1, schedule.insertionCost(stop, r, pos)});
    }
}

bool cheaper(const InsertionOption &a, const InsertionOption &b)
{
    if (a.addedTravel != b.addedTravel)
        return a.addedTravel < b.addedTravel;
    if (a.route != b.route)
        return a.route < b.route;
    return a.position < b.position;
}

} // namespace

std::vector<InsertionOption> StopInsertion::rank(const Problem &problem, const Plan &plan,
                                                 const std::vector<int> &stops, int perStop)
{
    const Schedule schedule = scheduleFor(problem, plan, stops);
    std::vector<InsertionOption> result;
    std::vector<InsertionOption> places;
    for (int stop : stops) {
        places.clear();
        placesOf(schedule, stop, places);
        std::sort(places.begin(), places.end(), cheaper);
        if (perStop > 0 && int(places.size()) > perStop)
            places.resize(size_t(perStop));
        result.insert(result.end(), places.begin(), places.end());
    }
    return result;
}

InsertionResult StopInsertion::insertAll(const Problem &problem, const Plan &plan,
                                         const std::vector<int> &stops)
{
    Schedule schedule = scheduleFor(problem, plan, stops);
    const double before = schedule.travel();
    std::vector<int> waiting = stops;
    std::sort(waiting.begin(), waiting.end());
    waiting.erase(std::unique(waiting.begin(), waiting.end()), waiting.end());
    InsertionResult result;
    std::vector<InsertionOption> places;
    while (!waiting.empty()) {
        constexpr double none = std::numeric_limits<double>::infinity();
        int chosen = -1;
        InsertionOption chosenPlace;
        double chosenRegret = -1;
        for (size_t k = 0; k < waiting.size(); ++k) {
            places.clear();
            placesOf(schedule, waiting[k], places);
            if (places.empty())
                continue;
            std::partial_sort(places.begin(), places.begin() + std::min<size_t>(2, places.size()),
                              places.end(), cheaper);
            const double second = places.size() > 1 ? places[1].addedTravel : none;
            // A stop with a single place left has an infinite regret: it goes first.
            const double regret = second == none ? none : second - places[0].addedTravel;
            if (chosen < 0 || regret > chosenRegret ||
                (regret == chosenRegret && cheaper(places[0], chosenPlace))) {
                chosen = int(k);
                chosenPlace = places[0];
                chosenRegret = regret;
            }
        }
        if (chosen < 0)
            break;
        schedule.insert(chosenPlace.stop, chosenPlace.route, chosenPlace.position + 1);
        waiting.erase(waiting.begin() + chosen);
    }
    result.unplaced = waiting;
    result.addedTravel = schedule.travel() - before;
    // Keep the plan's route order (and its empty routes): Schedule keeps both.
    result.plan.routes.reserve(size_t(schedule.routeCount()));
    for (int r = 0; r < schedule.routeCount(); ++r) {
        const Schedule::Route &route = schedule.route(r);
        result.plan.routes.push_back(
            {route.vehicle, std::vector<int>(route.nodes.begin() + 1, route.nodes.end() - 1)});
    }
    result.plan.unassigned = schedule.unassigned();
    std::sort(result.plan.unassigned.begin(), result.plan.unassigned.end());
    return result;
}

} // namespace Planning
