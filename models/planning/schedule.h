#pragma once

#include "planning/vrptwproblem.h"

#include <vector>

// The solver's working copy of a plan: every route with its service start
// times, latest feasible start times and cumulative loads cached, so that an
// insertion or a move between routes is checked in constant time.
namespace Planning {

class Schedule
{
public:
    struct Route
    {
        int vehicle = 0;
        std::vector<int> nodes;     // depot, customers..., depot
        std::vector<double> start;  // earliest service start at each node
        std::vector<double> latest; // latest service start keeping the rest feasible
        std::vector<double> load;   // cumulative load up to and including the node
        double travel = 0;
        double capacity = 0;
        double returnBy = 0;

        int customers() const { return int(nodes.size()) - 2; }
        double totalLoad() const { return load.back(); }
    };

    explicit Schedule(const Problem &problem);
    // Takes over a plan's routes; customers it does not mention are unassigned.
    // Routes are taken as they are even when they break a rule (see feasible()).
    Schedule(const Problem &problem, const Plan &plan);

    const Problem &problem() const { return *m_problem; }
    int routeCount() const { return int(m_routes.size()); }
    const Route &route(int r) const { return m_routes[size_t(r)]; }
    double travel() const;
    const std::vector<int> &unassigned() const { return m_unassigned; }
    int routeOf(int customer) const { return m_routeOf[size_t(customer)]; }
    int indexOf(int customer) const { return m_indexOf[size_t(customer)]; }
    bool isAssigned(int customer) const { return m_routeOf[size_t(customer)] >= 0; }
    // Whether every route keeps its windows, capacity and working day.
    bool feasible() const;
    Plan toPlan() const;

    // A new empty route on the lowest-numbered free vehicle; -1 if none.
    int openRoute();
    int openRoute(int vehicle);
    bool hasFreeVehicle() const;

    // Inserting `customer` before position `pos` (1 .. nodes.size()-1) of route r.
    bool canInsert(int customer, int r, int pos) const;
    double insertionCost(int customer, int r, int pos) const;
    void insert(int customer, int r, int pos); // the customer must be unassigned
    // Takes an assigned customer off its route and lists it as unassigned.
    void unassign(int customer);
    // Drops routes without customers and frees their vehicles.
    void closeEmptyRoutes();
    // Replaces route r's customers (the cache is rebuilt).
    void setCustomers(int r, const std::vector<int> &customers);
    void clearUnassigned(int customer); // removes from the unassigned list only

    // Whether `customers` in this order would be feasible on `vehicle`, and
    // at what travel time; O(length).
    bool evaluate(int vehicle, const int *customers, int count, double *travel) const;

    void refresh(int r);

private:
    const Problem *m_problem;
    std::vector<Route> m_routes;
    std::vector<int> m_routeOf;
    std::vector<int> m_indexOf;
    std::vector<int> m_unassigned;
    std::vector<char> m_vehicleUsed;
};

} // namespace Planning
