#pragma once

#include <QPoint>
#include <QPointF>
#include <QRectF>

// Spherical Web Mercator (EPSG:3857), the projection of every web map and
// tile server. The map scene is laid out in projected metres with y pointing
// down (south), so one scene unit is one projected metre at every zoom and a
// zoom level only changes the view's scale.
namespace MapProjection {

constexpr double EarthRadius = 6378137.0;                // metres, WGS 84 semi-major axis
constexpr double HalfCircumference = 20037508.342789244; // pi * EarthRadius
constexpr double MaxLatitude = 85.0511287798066;         // where the square world ends
constexpr int TileSize = 256;                            // pixels of a standard tile
constexpr double MinZoom = 3;
constexpr double MaxZoom = 19;

// Longitude/latitude in degrees to scene coordinates and back. Latitudes
// beyond MaxLatitude are clamped.
QPointF toScene(double lon, double lat);
inline QPointF toScene(const QPointF &lonLat)
{
    return toScene(lonLat.x(), lonLat.y());
}
QPointF toLonLat(const QPointF &scene); // (lon, lat)

// Scene units (projected metres) per screen pixel at a zoom level, where
// zoom 0 shows the whole world in one 256-pixel tile.
double resolution(double zoom);
double zoomForResolution(double sceneUnitsPerPixel);

// Metres on the ground per screen pixel at a latitude and zoom level.
double groundResolution(double lat, double zoom);
// Ground metres that one scene unit spans at a scene y (shrinks towards the poles).
double groundMetresPerSceneUnit(double sceneY);

// Slippy-map pixel coordinates: (0, 0) at the north-west corner of the world,
// 256 * 2^zoom pixels across.
QPointF worldPixel(double lon, double lat, double zoom);

// The tile (x, y) holding a point at an integer zoom, and a tile's scene rect.
QPoint tileAt(double lon, double lat, int zoom);
QRectF tileSceneRect(int x, int y, int zoom);

// The scene rect of the whole projected world.
QRectF worldSceneRect();

} // namespace MapProjection
