#pragma once

#include <QString>

#include <functional>
#include <vector>

// The vehicle-routing-with-time-windows model the re-planning engine works on:
// one depot, customers (stops) with a place, a demand, a window in which the
// service must start and a service time, and a fleet whose vehicles each have
// a capacity and a working day. The same model carries Solomon's benchmark
// instances and the company's routes; only the travel-time function differs.
namespace Planning {

struct Location
{
    double x = 0; // Euclidean x, or longitude in degrees for roadTravelTime()
    double y = 0; // Euclidean y, or latitude in degrees for roadTravelTime()
};

// The depot (index 0 of a Problem) or a customer.
struct Site
{
    int number = 0; // the customer's number in the source (Solomon's CUST NO.)
    Location location;
    double demand = 0;
    double ready = 0;   // service may not start earlier (the vehicle waits)
    double due = 0;     // service must start at the latest then
    double service = 0; // time spent at the customer
};

// One vehicle with its crew: what it can carry and when it may leave the
// depot and must be back. A van already on the road starts elsewhere than it
// ends (where it is now, back at its hub): startSite and endSite name those
// places among the Problem's sites; they are never customers.
struct Vehicle
{
    double capacity = 0;
    double shiftStart = 0;
    double shiftEnd = 0;
    int startSite = 0; // the depot unless set
    int endSite = 0;
};

// Travel time between two places; it is also the cost the solver minimises
// (distance for Solomon, driving time for the company).
using TravelTimeFunction = std::function<double(const Location &, const Location &)>;

// Straight-line distance (Solomon's convention: real-valued, not rounded).
TravelTimeFunction euclideanTravelTime();

// Great-circle distance between (longitude, latitude) places times a detour
// factor for the road network, driven at `speedKmh`, in minutes.
TravelTimeFunction roadTravelTime(double detourFactor, double speedKmh);

// Comparisons of times and loads allow this much rounding.
constexpr double kTolerance = 1e-7;

class Problem
{
public:
    Problem() = default;
    // sites[0] is the depot. The travel times between all sites are computed
    // once here.
    Problem(QString name, std::vector<Site> sites, std::vector<Vehicle> fleet,
            TravelTimeFunction travelTime = euclideanTravelTime());

    const QString &name() const { return m_name; }
    int siteCount() const { return int(m_sites.size()); }
    // Sites that are served: all but the depot and the vehicles' start and end places.
    int customerCount() const { return int(m_customers.size()); }
    const std::vector<int> &customers() const { return m_customers; }
    bool isCustomer(int index) const
    {
        return index > 0 && index < siteCount() && m_isCustomer[size_t(index)];
    }
    const Site &site(int index) const { return m_sites[size_t(index)]; }
    const std::vector<Site> &sites() const { return m_sites; }
    const std::vector<Vehicle> &fleet() const { return m_fleet; }
    const Vehicle &vehicle(int index) const { return m_fleet[size_t(index)]; }

    double travel(int from, int to) const
    {
        return m_matrix[size_t(from) * m_sites.size() + size_t(to)];
    }
    const TravelTimeFunction &travelTimeFunction() const { return m_travelTime; }

    // The earliest a vehicle may leave its start and the latest it must be at its end.
    double departure(int vehicle) const;
    double returnBy(int vehicle) const;

    // A fleet of `count` equal vehicles working the depot's window.
    static std::vector<Vehicle> uniformFleet(int count, double capacity, const Site &depot);

private:
    QString m_name;
    std::vector<Site> m_sites;
    std::vector<Vehicle> m_fleet;
    TravelTimeFunction m_travelTime;
    std::vector<double> m_matrix;
    std::vector<int> m_customers;
    std::vector<char> m_isCustomer;
};

// One vehicle's route: the sites (indices into the Problem, depot excluded)
// in visiting order.
struct RoutePlan
{
    int vehicle = 0;
    std::vector<int> visits;
};

// A plan for the whole problem: the routes and the customers left unserved.
struct Plan
{
    std::vector<RoutePlan> routes;
    std::vector<int> unassigned;

    int usedVehicles() const;
};

} // namespace Planning
