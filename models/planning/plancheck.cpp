#include "planning/plancheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace Planning {

namespace {

// lupdate files these calls under the class whose members make them, so the
// context must be the same or the Dutch text is never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Planning::PlanViolation", text);
}

} // namespace

bool PlanCheck::hasViolation(PlanViolation::Kind kind) const
{
    return std::any_of(violations.begin(), violations.end(),
                       [kind](const PlanViolation &v) { return v.kind == kind; });
}

QString PlanViolation::describe(const Problem &problem) const
{
    const QString customer = site >= 0 && site < problem.siteCount()
                                 ? QString::number(problem.site(site).number)
                                 : QString::number(site);
    switch (kind) {
    case Kind::LateArrival:
        return tr("route %1: customer %2 is served %3 after its due time")
            .arg(route + 1)
            .arg(customer)
            .arg(amount);
    case Kind::OverCapacity:
        return tr("route %1 carries %2 more than its capacity").arg(route + 1).arg(amount);
    case Kind::WorkingDay:
        return tr("route %1 returns %2 after the end of the working day")
            .arg(route + 1)
            .arg(amount);
    case Kind::UnknownSite:
        return tr("route %1 visits an unknown site %2").arg(route + 1).arg(site);
    case Kind::VisitedTwice:
        return tr("customer %1 is planned more than once").arg(customer);
    case Kind::NotVisited:
        return tr("customer %1 is not planned").arg(customer);
    case Kind::VehicleReused:
        return tr("route %1 has a vehicle that is missing or already used").arg(route + 1);
    }
    return {};
}

PlanCheck checkPlan(const Problem &problem, const Plan &plan)
{
    PlanCheck check;
    const TravelTimeFunction &travel = problem.travelTimeFunction();
    const int siteCount = problem.siteCount();
    std::vector<int> seen(size_t(std::max(siteCount, 0)), 0);
    std::vector<bool> vehicleUsed(problem.fleet().size(), false);

    for (int r = 0; r < int(plan.routes.size()); ++r) {
        const RoutePlan &route = plan.routes[size_t(r)];
        if (route.visits.empty())
            continue;
        ++check.usedVehicles;
        const bool vehicleKnown = route.vehicle >= 0 && route.vehicle < int(problem.fleet().size());
        if (!vehicleKnown || vehicleUsed[size_t(route.vehicle)]) {
            check.violations.push_back({PlanViolation::Kind::VehicleReused, r, -1, 0});
            if (!vehicleKnown)
                continue;
        }
        vehicleUsed[size_t(route.vehicle)] = true;
        const Vehicle &vehicle = problem.vehicle(route.vehicle);

        const Site &start = problem.site(vehicle.startSite);
        const Site &end = problem.site(vehicle.endSite);
        double clock = std::max(start.ready, vehicle.shiftStart);
        double load = 0;
        Location here = start.location;
        double previousService = start.service;
        for (int site : route.visits) {
            if (!problem.isCustomer(site)) {
                check.violations.push_back({PlanViolation::Kind::UnknownSite, r, site, 0});
                continue;
            }
            if (seen[size_t(site)]++ == 1)
                check.violations.push_back({PlanViolation::Kind::VisitedTwice, r, site, 0});
            const Site &customer = problem.site(site);
            const double leg = travel(here, customer.location);
            check.totalTravel += leg;
            const double arrival = clock + previousService + leg;
            const double start = std::max(arrival, customer.ready);
            if (start > customer.due + kTolerance)
                check.violations.push_back(
                    {PlanViolation::Kind::LateArrival, r, site, start - customer.due});
            load += customer.demand;
            clock = start;
            previousService = customer.service;
            here = customer.location;
        }
        const double leg = travel(here, end.location);
        check.totalTravel += leg;
        const double back = clock + previousService + leg;
        const double returnBy = std::min(end.due, vehicle.shiftEnd);
        if (back > returnBy + kTolerance)
            check.violations.push_back({PlanViolation::Kind::WorkingDay, r, -1, back - returnBy});
        if (load > vehicle.capacity + kTolerance)
            check.violations.push_back(
                {PlanViolation::Kind::OverCapacity, r, -1, load - vehicle.capacity});
    }
    for (int site : plan.unassigned) {
        if (!problem.isCustomer(site)) {
            check.violations.push_back({PlanViolation::Kind::UnknownSite, -1, site, 0});
            continue;
        }
        if (seen[size_t(site)]++ == 1)
            check.violations.push_back({PlanViolation::Kind::VisitedTwice, -1, site, 0});
        ++check.unassignedCustomers;
    }
    for (int site : problem.customers()) {
        if (seen[size_t(site)] == 0)
            check.violations.push_back({PlanViolation::Kind::NotVisited, -1, site, 0});
    }
    check.servedCustomers = problem.customerCount() - check.unassignedCustomers -
                            int(std::count_if(check.violations.begin(), check.violations.end(),
                                              [](const PlanViolation &v) {
                                                  return v.kind == PlanViolation::Kind::NotVisited;
                                              }));
    return check;
}

} // namespace Planning
