#include "basemaprenderer.h"

#include "basemap.h"
#include "mapprojection.h"

#include <QPainter>
#include <QPen>
#include <algorithm>

namespace BasemapRenderer {

QImage render(const Basemap &map, const QRectF &sceneRect, const QSize &size,
              qreal devicePixelRatio, const Style &style)
{
    // Opaque: drawn by plain copies, no blending.
    QImage image(size * devicePixelRatio, QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(style.sea);
    if (map.isEmpty() || sceneRect.isEmpty())
        return image;

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double sx = size.width() / sceneRect.width();
    const double sy = size.height() / sceneRect.height();
    p.setTransform(QTransform::fromScale(sx, sy).translate(-sceneRect.left(), -sceneRect.top()));
    // Only what touches the image is drawn; the margin keeps strokes whole at the edges.
    const QRectF clip = sceneRect.adjusted(-sceneRect.width() * 0.02, -sceneRect.height() * 0.02,
                                           sceneRect.width() * 0.02, sceneRect.height() * 0.02);
    p.setClipRect(clip);

    // Widths in pixels grow a little with the zoom so lines stay readable.
    const double zoom = MapProjection::zoomForResolution(1.0 / sx);
    auto pixels = [&](double base) {
        QPen pen;
        pen.setCosmetic(true);
        pen.setWidthF(base * std::clamp((zoom - 5) / 5.0, 0.6, 1.8));
        return pen;
    };

    p.setPen(Qt::NoPen);
    p.setBrush(style.land);
    p.drawPath(map.land());
    QPen coast = pixels(1.0);
    coast.setColor(style.coast);
    p.setPen(coast);
    p.setBrush(style.home);
    p.drawPath(map.home());
    p.setBrush(style.water);
    p.drawPath(map.water());

    p.setBrush(Qt::NoBrush);
    QPen river = pixels(1.4);
    river.setColor(style.river);
    river.setCapStyle(Qt::RoundCap);
    river.setJoinStyle(Qt::RoundJoin);
    p.setPen(river);
    p.drawPath(map.rivers());

    // Provinces: thinner, lighter and more finely dashed than the country
    // border, so they orient without competing with the routes drawn on top.
    if (zoom >= style.provinceMinZoom) {
        QPen province = pixels(0.9);
        // Never thinner than this, or anti-aliasing fades them out at country zoom.
        province.setWidthF(std::max(province.widthF(), 0.9));
        province.setColor(style.provinceBorder);
        province.setDashPattern({4.0, 3.0});
        p.setPen(province);
        p.drawPath(map.provinceBorders());
    }

    QPen border = pixels(1.3);
    border.setColor(style.border);
    border.setStyle(Qt::DashLine);
    p.setPen(border);
    p.drawPath(map.borders());
    return image;
}

} // namespace BasemapRenderer
