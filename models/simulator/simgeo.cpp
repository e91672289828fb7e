#include "simgeo.h"

#include <cmath>

namespace SimGeo {

namespace {

constexpr double DegToRad = Pi / 180.0;

// Reduces to [-pi, pi].
double reduce(double x)
{
    const double turns = std::floor((x + Pi) / (2 * Pi));
    return x - turns * 2 * Pi;
}

// Taylor series on [-pi/2, pi/2]; the error there is below 1e-11.
double sinSeries(double x)
{
    const double x2 = x * x;
    double term = x, sum = x;
    for (int n = 1; n <= 8; ++n) {
        term *= -x2 / double((2 * n) * (2 * n + 1));
        sum += term;
    }
    return sum;
}

// atan on [-1, 1], reduced further around 1 so that the series converges fast.
double atanUnit(double x)
{
    if (x > 0.41421356237309503)
        return Pi / 4 + atanUnit((x - 1) / (x + 1));
    if (x < -0.41421356237309503)
        return -Pi / 4 + atanUnit((x + 1) / (1 - x));
    const double x2 = x * x;
    double power = x, sum = x;
    for (int n = 1; n <= 16; ++n) {
        power *= -x2;
        sum += power / double(2 * n + 1);
    }
    return sum;
}

double asinSmall(double x)
{
    // Distances of a delivery day keep x far below 0.1; the series is exact enough.
    const double x2 = x * x;
    return x * (1 + x2 * (1.0 / 6 + x2 * (3.0 / 40 + x2 * (15.0 / 336 + x2 * (105.0 / 3456)))));
}

} // namespace

double sin(double x)
{
    x = reduce(x);
    if (x > Pi / 2)
        x = Pi - x;
    else if (x < -Pi / 2)
        x = -Pi - x;
    return sinSeries(x);
}

double cos(double x)
{
    return sin(x + Pi / 2);
}

double atan2(double y, double x)
{
    if (x == 0 && y == 0)
        return 0;
    if (std::fabs(y) <= std::fabs(x)) {
        const double a = atanUnit(y / x);
        if (x > 0)
            return a;
        return y >= 0 ? a + Pi : a - Pi;
    }
    const double a = atanUnit(x / y);
    return y > 0 ? Pi / 2 - a : -Pi / 2 - a;
}

double distanceKm(const Point &a, const Point &b)
{
    const double dLat = (b.lat - a.lat) * DegToRad;
    const double dLon = (b.lon - a.lon) * DegToRad;
    const double s1 = sin(dLat / 2), s2 = sin(dLon / 2);
    const double h = s1 * s1 + cos(a.lat * DegToRad) * cos(b.lat * DegToRad) * s2 * s2;
    return 2 * EarthRadiusKm * asinSmall(std::sqrt(h));
}

double headingDeg(const Point &a, const Point &b)
{
    const double north = (b.lat - a.lat);
    const double east = (b.lon - a.lon) * cos((a.lat + b.lat) / 2 * DegToRad);
    double deg = atan2(east, north) / DegToRad;
    if (deg < 0)
        deg += 360;
    if (deg >= 360)
        deg -= 360;
    return deg;
}

Point offsetKm(const Point &p, double northKm, double eastKm)
{
    const double kmPerDegLat = EarthRadiusKm * DegToRad;
    return {p.lat + northKm / kmPerDegLat, p.lon + eastKm / (kmPerDegLat * cos(p.lat * DegToRad))};
}

Point lerp(const Point &a, const Point &b, double f)
{
    return {a.lat + (b.lat - a.lat) * f, a.lon + (b.lon - a.lon) * f};
}

} // namespace SimGeo
