#include "pointclusterer.h"

#include <QHash>
#include <QPoint>
#include <cmath>

namespace PointClusterer {

QVector<Cluster> cluster(const QVector<QPointF> &points, double cellSize)
{
    QVector<Cluster> out;
    if (points.isEmpty() || !(cellSize > 0))
        return out;

    // First pass: one cluster per occupied grid cell, in order of first member.
    QHash<QPoint, int> clusterOfCell;
    QVector<QPointF> sums;
    for (int i = 0; i < points.size(); ++i) {
        const QPointF &pt = points[i];
        const QPoint cell(int(std::floor(pt.x() / cellSize)), int(std::floor(pt.y() / cellSize)));
        auto it = clusterOfCell.find(cell);
        if (it == clusterOfCell.end()) {
            it = clusterOfCell.insert(cell, int(out.size()));
            out.append(Cluster{});
            sums.append(QPointF());
        }
        out[*it].members.append(i);
        sums[*it] += pt;
    }
    for (int c = 0; c < out.size(); ++c)
        out[c].centre = sums[c] / out[c].members.size();

    // Second pass: clusters in neighbouring cells whose centres ended up
    // closer than most of a cell would still crowd each other on screen;
    // fold them together.
    const double mergeDistance = cellSize * 0.8;
    QVector<bool> gone(out.size(), false);
    QHash<QPoint, QVector<int>> byCell;
    for (int c = 0; c < out.size(); ++c) {
        const QPointF &pt = out[c].centre;
        byCell[QPoint(int(std::floor(pt.x() / cellSize)), int(std::floor(pt.y() / cellSize)))]
            .append(c);
    }
    for (int c = 0; c < out.size(); ++c) {
        if (gone[c])
            continue;
        const QPointF centre = out[c].centre;
        const QPoint cell(int(std::floor(centre.x() / cellSize)),
                          int(std::floor(centre.y() / cellSize)));
        for (int dx = -1; dx <= 1; ++dx) {
            for (int dy = -1; dy <= 1; ++dy) {
                for (int other : byCell.value(cell + QPoint(dx, dy))) {
                    if (other <= c || gone[other])
                        continue;
                    const QPointF d = out[other].centre - out[c].centre;
                    if (std::hypot(d.x(), d.y()) >= mergeDistance)
                        continue;
                    const double n = out[c].members.size();
                    const double m = out[other].members.size();
                    out[c].centre = (out[c].centre * n + out[other].centre * m) / (n + m);
                    out[c].members += out[other].members;
                    gone[other] = true;
                }
            }
        }
    }
    QVector<Cluster> kept;
    kept.reserve(out.size());
    for (int c = 0; c < out.size(); ++c) {
        if (!gone[c])
            kept.append(std::move(out[c]));
    }
    return kept;
}

} // namespace PointClusterer
