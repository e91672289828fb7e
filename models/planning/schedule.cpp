#include "planning/schedule.h"

#include <algorithm>

namespace Planning {

Schedule::Schedule(const Problem &problem)
    : m_problem(&problem)
    , m_routeOf(size_t(problem.siteCount()), -1)
    , m_indexOf(size_t(problem.siteCount()), -1)
    , m_vehicleUsed(problem.fleet().size(), 0)
{
    m_unassigned = problem.customers();
}

Schedule::Schedule(const Problem &problem, const Plan &plan)
    : Schedule(problem)
{
    for (const RoutePlan &plannedRoute : plan.routes) {
        if (plannedRoute.vehicle < 0 || plannedRoute.vehicle >= int(problem.fleet().size()) ||
            m_vehicleUsed[size_t(plannedRoute.vehicle)])
            continue;
        const int r = openRoute(plannedRoute.vehicle);
        std::vector<int> customers;
        for (int c : plannedRoute.visits)
            if (problem.isCustomer(c) && m_routeOf[size_t(c)] < 0 &&
                std::find(customers.begin(), customers.end(), c) == customers.end())
                customers.push_back(c);
        for (int c : customers)
            clearUnassigned(c);
        setCustomers(r, customers);
    }
}

double Schedule::travel() const
{
    double total = 0;
    for (const Route &r : m_routes)
        total += r.travel;
    return total;
}

bool Schedule::feasible() const
{
    for (const Route &r : m_routes) {
        if (r.totalLoad() > r.capacity + kTolerance)
            return false;
        for (size_t i = 0; i < r.nodes.size(); ++i)
            if (r.start[i] > r.latest[i] + kTolerance)
                return false;
    }
    return true;
}

Plan Schedule::toPlan() const
{
    Plan plan;
    for (const Route &r : m_routes) {
        if (r.customers() == 0)
            continue;
        plan.routes.push_back(
            {r.vehicle, std::vector<int>(r.nodes.begin() + 1, r.nodes.end() - 1)});
    }
    plan.unassigned = m_unassigned;
    std::sort(plan.unassigned.begin(), plan.unassigned.end());
    return plan;
}

bool Schedule::hasFreeVehicle() const
{
    return std::find(m_vehicleUsed.begin(), m_vehicleUsed.end(), 0) != m_vehicleUsed.end();
}

int Schedule::openRoute()
{
    const auto free = std::find(m_vehicleUsed.begin(), m_vehicleUsed.end(), 0);
    if (free == m_vehicleUsed.end())
        return -1;
    return openRoute(int(free - m_vehicleUsed.begin()));
}

int Schedule::openRoute(int vehicle)
{
    m_vehicleUsed[size_t(vehicle)] = 1;
    Route route;
    route.vehicle = vehicle;
    route.nodes = {m_problem->vehicle(vehicle).startSite, m_problem->vehicle(vehicle).endSite};
    route.capacity = m_problem->vehicle(vehicle).capacity;
    route.returnBy = m_problem->returnBy(vehicle);
    m_routes.push_back(std::move(route));
    refresh(int(m_routes.size()) - 1);
    return int(m_routes.size()) - 1;
}

void Schedule::refresh(int r)
{
    Route &route = m_routes[size_t(r)];
    const Problem &p = *m_problem;
    const size_t n = route.nodes.size();
    route.start.resize(n);
    route.latest.resize(n);
    route.load.resize(n);
    route.start[0] = p.departure(route.vehicle);
    route.load[0] = 0;
    double travel = 0;
    for (size_t i = 1; i < n; ++i) {
        const int a = route.nodes[i - 1];
        const int b = route.nodes[i];
        const double leg = p.travel(a, b);
        travel += leg;
        const double arrival = route.start[i - 1] + p.site(a).service + leg;
        route.start[i] = i + 1 < n ? std::max(arrival, p.site(b).ready) : arrival;
        route.load[i] = route.load[i - 1] + (i + 1 < n ? p.site(b).demand : 0);
        if (i + 1 < n) {
            m_routeOf[size_t(b)] = r;
            m_indexOf[size_t(b)] = int(i);
        }
    }
    route.travel = travel;
    route.latest[n - 1] = route.returnBy;
    for (size_t i = n - 1; i-- > 0;) {
        const int a = route.nodes[i];
        const int b = route.nodes[i + 1];
        const double byNext = route.latest[i + 1] - p.travel(a, b) - p.site(a).service;
        route.latest[i] = i == 0 ? byNext : std::min(p.site(a).due, byNext);
    }
}

bool Schedule::canInsert(int customer, int r, int pos) const
{
    const Route &route = m_routes[size_t(r)];
    const Problem &p = *m_problem;
    const Site &u = p.site(customer);
    if (route.totalLoad() + u.demand > route.capacity + kTolerance)
        return false;
    const int a = route.nodes[size_t(pos - 1)];
    const int b = route.nodes[size_t(pos)];
    const double atU =
        std::max(u.ready, route.start[size_t(pos - 1)] + p.site(a).service + p.travel(a, customer));
    if (atU > u.due + kTolerance)
        return false;
    const double arrivalB = atU + u.service + p.travel(customer, b);
    const double atB =
        size_t(pos) + 1 < route.nodes.size() ? std::max(arrivalB, p.site(b).ready) : arrivalB;
    return atB <= route.latest[size_t(pos)] + kTolerance;
}

double Schedule::insertionCost(int customer, int r, int pos) const
{
    const Route &route = m_routes[size_t(r)];
    const int a = route.nodes[size_t(pos - 1)];
    const int b = route.nodes[size_t(pos)];
    const Problem &p = *m_problem;
    return p.travel(a, customer) + p.travel(customer, b) - p.travel(a, b);
}

void Schedule::clearUnassigned(int customer)
{
    const auto it = std::find(m_unassigned.begin(), m_unassigned.end(), customer);
    if (it != m_unassigned.end()) {
        *it = m_unassigned.back();
        m_unassigned.pop_back();
    }
}

void Schedule::insert(int customer, int r, int pos)
{
    clearUnassigned(customer);
    Route &route = m_routes[size_t(r)];
    route.nodes.insert(route.nodes.begin() + pos, customer);
    refresh(r);
}

void Schedule::unassign(int customer)
{
    const int r = m_routeOf[size_t(customer)];
    if (r < 0)
        return;
    Route &route = m_routes[size_t(r)];
    route.nodes.erase(route.nodes.begin() + m_indexOf[size_t(customer)]);
    m_routeOf[size_t(customer)] = -1;
    m_indexOf[size_t(customer)] = -1;
    m_unassigned.push_back(customer);
    refresh(r);
}

void Schedule::setCustomers(int r, const std::vector<int> &customers)
{
    Route &route = m_routes[size_t(r)];
    const Vehicle &vehicle = m_problem->vehicle(route.vehicle);
    route.nodes.assign(1, vehicle.startSite);
    route.nodes.insert(route.nodes.end(), customers.begin(), customers.end());
    route.nodes.push_back(vehicle.endSite);
    refresh(r);
}

void Schedule::closeEmptyRoutes()
{
    bool moved = false;
    for (size_t r = 0; r < m_routes.size();) {
        if (m_routes[r].customers() == 0) {
            m_vehicleUsed[size_t(m_routes[r].vehicle)] = 0;
            m_routes[r] = std::move(m_routes.back());
            m_routes.pop_back();
            moved = true;
        } else {
            ++r;
        }
    }
    if (moved)
        for (int r = 0; r < int(m_routes.size()); ++r)
            for (size_t i = 1; i + 1 < m_routes[size_t(r)].nodes.size(); ++i)
                m_routeOf[size_t(m_routes[size_t(r)].nodes[i])] = r;
}

bool Schedule::evaluate(int vehicle, const int *customers, int count, double *travel) const
{
    const Problem &p = *m_problem;
    double clock = p.departure(vehicle);
    double load = 0;
    double total = 0;
    int here = p.vehicle(vehicle).startSite;
    bool ok = true;
    for (int k = 0; k < count; ++k) {
        const int c = customers[k];
        const Site &s = p.site(c);
        const double leg = p.travel(here, c);
        total += leg;
        clock = std::max(s.ready, clock + p.site(here).service + leg);
        if (clock > s.due + kTolerance)
            ok = false;
        load += s.demand;
        here = c;
    }
    const double leg = p.travel(here, p.vehicle(vehicle).endSite);
    total += leg;
    if (clock + p.site(here).service + leg > p.returnBy(vehicle) + kTolerance)
        ok = false;
    if (load > p.vehicle(vehicle).capacity + kTolerance)
        ok = false;
    if (travel)
        *travel = total;
    return ok;
}

} // namespace Planning
