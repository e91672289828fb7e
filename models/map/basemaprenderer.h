#pragma once

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSize>

class Basemap;

// Paints the vector basemap into an image: sea, the neighbours' land, the
// Netherlands, lakes, rivers, province borders and country borders. Pure and thread-safe, so tiles are
// rendered on worker threads and cached.
namespace BasemapRenderer {

struct Style
{
    QColor sea = QColor(0xc6, 0xdc, 0xec);
    QColor land = QColor(0xe4, 0xe2, 0xdc);
    QColor home = QColor(0xf6, 0xf4, 0xef);
    QColor coast = QColor(0xa9, 0xc3, 0xd6);
    QColor water = QColor(0xc6, 0xdc, 0xec);
    QColor river = QColor(0xa9, 0xc8, 0xe0);
    QColor border = QColor(0x9a, 0x8f, 0xa6);
    QColor provinceBorder = QColor(0xa4, 0x9b, 0xb1);
    // Province borders are drawn from this zoom on; below it they are noise.
    double provinceMinZoom = 7.0;
};

// Renders `sceneRect` of `map` into an image of `size` pixels (times
// `devicePixelRatio` for high-density screens).
QImage render(const Basemap &map, const QRectF &sceneRect, const QSize &size,
              qreal devicePixelRatio = 1.0, const Style &style = {});

} // namespace BasemapRenderer
