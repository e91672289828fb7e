#pragma once

#include "tilekey.h"

#include <QColor>
#include <QImage>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVector>

// Every route's planned path and driven path as plain scene polylines: what
// the map shows for all routes at once. Rendered into tiles on a worker
// thread, so thousands of routes never slow the map down; a snapshot is
// immutable and shared with the render thread.
struct RouteShape
{
    QString routeId;
    QPolygonF planned; // scene coordinates
    QPolygonF driven;
    QColor color;
    QRectF bounds; // of both polylines

    void updateBounds();
};

namespace RouteNetwork {

struct Layers
{
    bool planned = true;
    bool driven = true;
    // A route is selected: the others step back.
    bool dimmed = false;
};

// Renders the routes crossing tile `key` into a transparent tile.
QImage renderTile(const QVector<RouteShape> &routes, const TileKey &key, const Layers &layers,
                  qreal devicePixelRatio = 1.0);

} // namespace RouteNetwork
