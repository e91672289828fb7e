#include "planning/vrptwproblem.h"

#include <algorithm>
#include <cmath>

namespace Planning {

TravelTimeFunction euclideanTravelTime()
{
    return [](const Location &a, const Location &b) { return std::hypot(a.x - b.x, a.y - b.y); };
}

TravelTimeFunction roadTravelTime(double detourFactor, double speedKmh)
{
    return [detourFactor, speedKmh](const Location &a, const Location &b) {
        constexpr double earthRadiusKm = 6371.0088;
        constexpr double toRadians = M_PI / 180.0;
        const double lat1 = a.y * toRadians;
        const double lat2 = b.y * toRadians;
        const double dLat = lat2 - lat1;
        const double dLon = (b.x - a.x) * toRadians;
        const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                         std::cos(lat1) * std::cos(lat2) * std::sin(dLon / 2) * std::sin(dLon / 2);
        const double km = 2 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
        return km * detourFactor / speedKmh * 60.0;
    };
}

Problem::Problem(QString name, std::vector<Site> sites, std::vector<Vehicle> fleet,
                 TravelTimeFunction travelTime)
    : m_name(std::move(name))
    , m_sites(std::move(sites))
    , m_fleet(std::move(fleet))
    , m_travelTime(std::move(travelTime))
{
    const size_t n = m_sites.size();
    m_matrix.assign(n * n, 0.0);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < n; ++j)
            if (i != j)
                m_matrix[i * n + j] = m_travelTime(m_sites[i].location, m_sites[j].location);
    m_isCustomer.assign(n, 1);
    if (n > 0)
        m_isCustomer[0] = 0;
    for (const Vehicle &v : m_fleet) {
        for (int terminal : {v.startSite, v.endSite})
            if (terminal >= 0 && size_t(terminal) < n)
                m_isCustomer[size_t(terminal)] = 0;
    }
    for (size_t i = 1; i < n; ++i)
        if (m_isCustomer[i])
            m_customers.push_back(int(i));
}

double Problem::departure(int vehicle) const
{
    const Vehicle &v = m_fleet[size_t(vehicle)];
    return std::max(m_sites[size_t(v.startSite)].ready, v.shiftStart);
}

double Problem::returnBy(int vehicle) const
{
    const Vehicle &v = m_fleet[size_t(vehicle)];
    return std::min(m_sites[size_t(v.endSite)].due, v.shiftEnd);
}

std::vector<Vehicle> Problem::uniformFleet(int count, double capacity, const Site &depot)
{
    return std::vector<Vehicle>(size_t(std::max(0, count)),
                                Vehicle{capacity, depot.ready, depot.due, 0, 0});
}

int Plan::usedVehicles() const
{
    return int(std::count_if(routes.begin(), routes.end(),
                             [](const RoutePlan &r) { return !r.visits.empty(); }));
}

} // namespace Planning
