#include "routeleg.h"

#include "simrandom.h"

#include <cmath>

RouteLeg::RouteLeg(const SimGeo::Point &from, const SimGeo::Point &to, quint64 shapeSeed)
{
    m_directKm = SimGeo::distanceKm(from, to);
    m_points.append(from);
    if (m_directKm > 1.2) {
        SimRandom shape(shapeSeed);
        // The leg in local kilometres, and the unit vector at right angles to it.
        const double north =
            SimGeo::distanceKm(from, {to.lat, from.lon}) * (to.lat >= from.lat ? 1 : -1);
        const double east =
            SimGeo::distanceKm({to.lat, from.lon}, to) * (to.lon >= from.lon ? 1 : -1);
        const double len = std::sqrt(north * north + east * east);
        const double perpNorth = -east / len, perpEast = north / len;
        for (const double at : {0.33, 0.67}) {
            const double side = shape.uniform(-0.12, 0.12) * m_directKm;
            const SimGeo::Point base = SimGeo::lerp(from, to, at + shape.uniform(-0.05, 0.05));
            m_points.append(SimGeo::offsetKm(base, perpNorth * side, perpEast * side));
        }
    }
    m_points.append(to);
    m_cumulative.append(0);
    for (int i = 1; i < m_points.size(); ++i)
        m_cumulative.append(m_cumulative.back() + SimGeo::distanceKm(m_points[i - 1], m_points[i]));
}

SimGeo::Point RouteLeg::pointAt(double fraction, double *headingDeg) const
{
    const double f = fraction < 0 ? 0 : fraction > 1 ? 1 : fraction;
    const double total = m_cumulative.back();
    const double at = f * total;
    int seg = 1;
    while (seg < m_points.size() - 1 && m_cumulative[seg] < at)
        ++seg;
    const double segLen = m_cumulative[seg] - m_cumulative[seg - 1];
    const double local = segLen > 0 ? (at - m_cumulative[seg - 1]) / segLen : 0;
    if (headingDeg)
        *headingDeg = SimGeo::headingDeg(m_points[seg - 1], m_points[seg]);
    return SimGeo::lerp(m_points[seg - 1], m_points[seg], local);
}
