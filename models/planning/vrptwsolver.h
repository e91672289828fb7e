#pragma once

#include "planning/vrptwproblem.h"

#include <cstdint>

// The re-planning engine's solver: builds routes by insertion and improves
// them with ruin-and-recreate (removing strings of nearby customers and
// re-inserting them at their cheapest places) under simulated annealing, with
// a local-search descent on every new best plan. When asked, a first phase
// takes whole routes away until no fewer vehicles can serve everyone
// (vehicles first, then travel, as the benchmark literature ranks plans).
// Single-threaded; the same seed and iteration budget give the same plan.
namespace Planning {

struct SolverOptions
{
    double timeLimitSeconds = 1.0; // <= 0: no time limit (then maxIterations must be set)
    long long maxIterations = 0;   // 0: until the time limit
    std::uint64_t seed = 1;
    bool minimiseVehicles = true;   // false: only travel counts, fleet used as needed
    double vehicleShare = 0.4;      // share of the budget for taking routes away
    // Count the time limit in processor time of the calling thread instead of
    // wall time (for measurements on a machine shared with other work).
    bool processorTime = false;
};

struct SolverResult
{
    Plan plan;
    double travel = 0;
    int vehicles = 0;
    long long iterations = 0;
    double seconds = 0;          // wall time
    double processorSeconds = 0; // processor time of the calling thread
};

SolverResult solveVrptw(const Problem &problem, const SolverOptions &options = {});

} // namespace Planning
