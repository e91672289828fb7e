#pragma once

// Geometry for the simulator in plain arithmetic (no libm sin/cos/atan, whose
// last bits differ between C libraries), so a seed gives the same bytes on
// every machine. Accurate to far better than a metre over the distances of a
// delivery day.
namespace SimGeo {

constexpr double Pi = 3.14159265358979323846;
constexpr double EarthRadiusKm = 6371.0088;

double sin(double radians);
double cos(double radians);
// atan2 in radians, -pi..pi.
double atan2(double y, double x);

struct Point
{
    double lat = 0;
    double lon = 0;
};

// Great-circle distance (haversine) in kilometres.
double distanceKm(const Point &a, const Point &b);
// Compass heading from a to b in degrees, 0 (north) up to but not including 360.
double headingDeg(const Point &a, const Point &b);
// The point `northKm` and `eastKm` away from `p`.
Point offsetKm(const Point &p, double northKm, double eastKm);
// Linear interpolation (fine over tens of kilometres).
Point lerp(const Point &a, const Point &b, double f);

} // namespace SimGeo
