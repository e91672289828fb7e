#pragma once

#include "planning/vrptwproblem.h"

#include <QString>

#include <vector>

// Checks a plan against its problem without any of the solver's bookkeeping:
// it walks each route from the depot, recomputing arrival, wait and load from
// the travel-time function itself, and lists every rule that does not hold.
namespace Planning {

struct PlanViolation
{
    enum class Kind {
        LateArrival,   // service starts after the customer's due time
        OverCapacity,  // the route carries more than its vehicle's capacity
        WorkingDay,    // back at the depot after the crew's working day
        UnknownSite,   // a visit that is not a customer of the problem
        VisitedTwice,  // a customer on more than one place in the plan
        NotVisited,    // a customer neither visited nor listed as unassigned
        VehicleReused, // two routes on the same vehicle, or no such vehicle
    };
    Kind kind;
    int route = -1;    // index into Plan::routes, -1 when not about one route
    int site = -1;     // the site (index into the Problem) concerned, -1 if none
    double amount = 0; // by how much (minutes late, load over capacity)

    QString describe(const Problem &problem) const;
};

struct PlanCheck
{
    std::vector<PlanViolation> violations;
    double totalTravel = 0; // sum of the routes' travel times (Solomon: distance)
    int usedVehicles = 0;
    int servedCustomers = 0;
    int unassignedCustomers = 0;

    // No violation; unassigned customers are allowed (they are reported).
    bool feasible() const { return violations.empty(); }
    bool hasViolation(PlanViolation::Kind kind) const;
};

PlanCheck checkPlan(const Problem &problem, const Plan &plan);

} // namespace Planning
