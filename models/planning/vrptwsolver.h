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
    bool minimiseVehicles = true; // false: only travel counts, fleet used as needed
    double vehicleShare = 0.4;    // most of the budget spent on taking routes away
    double vehicleStall = 0.15;   // ... which ends early after this share without success
    // Count the time limit in processor time of the calling thread instead of
    // wall time (for measurements on a machine shared with other work).
    bool processorTime = false;
    // Simulated annealing from this temperature down to the end one, both as
    // a multiple of the average leg of the first plan (scale-free).
    double startTemperature = 1.0;
    double endTemperature = 0.01;
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
