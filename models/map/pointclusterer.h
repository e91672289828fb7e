#pragma once

#include <QPointF>
#include <QVector>

// Groups points that would be drawn on top of each other at the current zoom
// into clusters with a count. Grid based, so it is linear in the number of
// points and the same input always gives the same clusters.
namespace PointClusterer {

struct Cluster
{
    QPointF centre;       // the mean of the members' positions
    QVector<int> members; // indexes into the input
};

// `cellSize` is the clustering distance in the points' own units (scene
// units: pixels times the view's scene units per pixel).
QVector<Cluster> cluster(const QVector<QPointF> &points, double cellSize);

} // namespace PointClusterer
