#pragma once

#include "planning/plancheck.h"
#include "planning/randomsource.h"
#include "planning/vrptwproblem.h"

#include <algorithm>
#include <vector>

// Small problems for the planning tests, built in code.
namespace PlanningFixtures {

using namespace Planning;

inline Site depotAt(double x, double y, double open, double close)
{
    Site s;
    s.number = 0;
    s.location = {x, y};
    s.ready = open;
    s.due = close;
    return s;
}

inline Site customer(int number, double x, double y, double demand, double ready, double due,
                     double service)
{
    Site s;
    s.number = number;
    s.location = {x, y};
    s.demand = demand;
    s.ready = ready;
    s.due = due;
    s.service = service;
    return s;
}

// `count` customers scattered on a 100 x 100 square with windows of mixed
// width, a depot in the middle and `vehicles` equal vehicles.
inline Problem randomProblem(std::uint64_t seed, int count, int vehicles, double capacity = 100,
                             double horizon = 1000)
{
    RandomSource random(seed);
    std::vector<Site> sites{depotAt(50, 50, 0, horizon)};
    for (int c = 1; c <= count; ++c) {
        const double x = random.uniform() * 100, y = random.uniform() * 100;
        const double fromDepot = std::hypot(x - 50, y - 50);
        const double width = random.uniform() < 0.3 ? horizon : 30 + random.uniform() * 200;
        const double earliest = fromDepot;
        const double latestStart = horizon - fromDepot - 10 - width;
        const double ready = latestStart > earliest
                                 ? earliest + random.uniform() * (latestStart - earliest)
                                 : earliest;
        sites.push_back(customer(c, x, y, 1 + random.below(30), ready,
                                 std::min(ready + width, horizon - fromDepot - 10), 10));
    }
    std::vector<Vehicle> fleet = Problem::uniformFleet(vehicles, capacity, sites.front());
    return Problem(QStringLiteral("random-%1").arg(seed), std::move(sites), std::move(fleet));
}

} // namespace PlanningFixtures
