#pragma once

#include "planning/vrptwproblem.h"

#include <vector>

// Where stops can still go in a day's routes: the product's question when a
// stop is rescheduled or a van breaks down. Every place is checked with the
// stop's window and service time, the windows of the stops after it, the
// vehicle's capacity and the crew's working day; places are ranked by the
// driving time they add.
namespace Planning {

struct InsertionOption
{
    int stop = 0;     // site index in the Problem
    int route = 0;    // index into Plan::routes
    int position = 0; // index in RoutePlan::visits the stop would take (0 = first)
    double addedTravel = 0;
};

struct InsertionResult
{
    Plan plan;                 // the routes with the stops placed
    std::vector<int> unplaced; // stops that fit nowhere
    double addedTravel = 0;
};

namespace StopInsertion {

// Every feasible place for each stop, on its own (as if the other stops were
// not inserted), cheapest first; at most `perStop` places per stop (0: all).
// Stops already on a route are taken off it first. Routes may be empty (a crew
// without stops yet); a route that already breaks a rule after the place gets
// no option there. Throws std::invalid_argument for a plan whose routes name
// vehicles that do not exist or are used twice.
std::vector<InsertionOption> rank(const Problem &problem, const Plan &plan,
                                  const std::vector<int> &stops, int perStop = 0);

// Places all stops, one by one: each round the stop whose best place is most
// ahead of its second best (the one that would suffer most from waiting) goes
// to its best place. Stops that fit nowhere are listed in `unplaced` and
// in the plan's unassigned.
InsertionResult insertAll(const Problem &problem, const Plan &plan, const std::vector<int> &stops);

} // namespace StopInsertion
} // namespace Planning
