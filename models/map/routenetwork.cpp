#include "routenetwork.h"

#include "mapprojection.h"

#include <QPainter>
#include <algorithm>

void RouteShape::updateBounds()
{
    bounds = planned.boundingRect().united(driven.boundingRect());
}

namespace RouteNetwork {

QImage renderTile(const QVector<RouteShape> &routes, const TileKey &key, const Layers &layers,
                  qreal devicePixelRatio)
{
    const int side = MapProjection::TileSize;
    QImage image(QSize(side, side) * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    const QRectF tile = MapProjection::tileSceneRect(key.x, key.y, key.z);
    const double perPixel = tile.width() / side;
    // Lines reach a few pixels beyond a tile; take what touches the margin.
    const QRectF reach = tile.adjusted(-8 * perPixel, -8 * perPixel, 8 * perPixel, 8 * perPixel);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setTransform(
        QTransform::fromScale(1 / perPixel, 1 / perPixel).translate(-tile.left(), -tile.top()));
    // Thin at country scale, bolder in town.
    const double zoomFactor = std::clamp((key.z - 7) / 6.0, 0.0, 1.0);
    const double plannedWidth = 1.0 + 1.4 * zoomFactor;
    const double drivenWidth = 1.6 + 1.8 * zoomFactor;

    if (layers.planned) {
        for (const RouteShape &r : routes) {
            if (r.planned.size() < 2 || !r.bounds.intersects(reach))
                continue;
            QColor c = r.color;
            c.setAlpha(layers.dimmed ? 70 : 150);
            QPen pen(c, plannedWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            pen.setCosmetic(true);
            if (key.z >= 11)
                pen.setDashPattern({3.0, 2.0});
            p.setPen(pen);
            p.drawPolyline(r.planned);
        }
    }
    if (layers.driven) {
        for (const RouteShape &r : routes) {
            if (r.driven.size() < 2 || !r.bounds.intersects(reach))
                continue;
            QColor c = r.color.darker(115);
            if (layers.dimmed)
                c.setAlpha(95);
            QPen pen(c, drivenWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            pen.setCosmetic(true);
            p.setPen(pen);
            p.drawPolyline(r.driven);
        }
    }
    return image;
}

} // namespace RouteNetwork
