#include "mapprojection.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace MapProjection {

QPointF toScene(double lon, double lat)
{
    const double clamped = std::clamp(lat, -MaxLatitude, MaxLatitude);
    const double x = EarthRadius * qDegreesToRadians(lon);
    const double north =
        EarthRadius * std::log(std::tan(M_PI / 4 + qDegreesToRadians(clamped) / 2));
    return {x, -north};
}

QPointF toLonLat(const QPointF &scene)
{
    const double lon = qRadiansToDegrees(scene.x() / EarthRadius);
    const double lat =
        qRadiansToDegrees(2 * std::atan(std::exp(-scene.y() / EarthRadius)) - M_PI / 2);
    return {lon, lat};
}

double resolution(double zoom)
{
    return 2 * HalfCircumference / (TileSize * std::exp2(zoom));
}

double zoomForResolution(double sceneUnitsPerPixel)
{
    return std::log2(2 * HalfCircumference / (TileSize * sceneUnitsPerPixel));
}

double groundResolution(double lat, double zoom)
{
    return resolution(zoom) *
           std::cos(qDegreesToRadians(std::clamp(lat, -MaxLatitude, MaxLatitude)));
}

double groundMetresPerSceneUnit(double sceneY)
{
    return std::cos(qDegreesToRadians(toLonLat({0, sceneY}).y()));
}

QPointF worldPixel(double lon, double lat, double zoom)
{
    const QPointF s = toScene(lon, lat);
    const double res = resolution(zoom);
    return {(s.x() + HalfCircumference) / res, (s.y() + HalfCircumference) / res};
}

QPoint tileAt(double lon, double lat, int zoom)
{
    const QPointF p = worldPixel(lon, lat, zoom);
    const int last = (1 << zoom) - 1;
    return {std::clamp(int(std::floor(p.x() / TileSize)), 0, last),
            std::clamp(int(std::floor(p.y() / TileSize)), 0, last)};
}

QRectF tileSceneRect(int x, int y, int zoom)
{
    const double size = resolution(zoom) * TileSize;
    return {-HalfCircumference + x * size, -HalfCircumference + y * size, size, size};
}

QRectF worldSceneRect()
{
    return {-HalfCircumference, -HalfCircumference, 2 * HalfCircumference, 2 * HalfCircumference};
}

} // namespace MapProjection
