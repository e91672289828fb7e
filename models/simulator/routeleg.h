#pragma once

#include "simgeo.h"

#include <QVector>

// The road between two addresses as a few bends: a straight line on a map
// looks wrong, so the leg gets two waypoints off the straight line, chosen
// from the two ends alone so the planned geometry and the driven path agree.
class RouteLeg
{
public:
    RouteLeg(const SimGeo::Point &from, const SimGeo::Point &to, quint64 shapeSeed);

    const QVector<SimGeo::Point> &points() const { return m_points; }
    // Straight-line (haversine) distance between the ends.
    double directKm() const { return m_directKm; }
    // What the van drives: the straight line times a road factor.
    double roadKm() const { return m_directKm * 1.3; }

    // The point at `fraction` (0..1) of the way, and the heading there.
    SimGeo::Point pointAt(double fraction, double *headingDeg = nullptr) const;

private:
    QVector<SimGeo::Point> m_points;
    QVector<double> m_cumulative; // km from the start to each point
    double m_directKm = 0;
};
