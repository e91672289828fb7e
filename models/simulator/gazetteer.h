#pragma once

#include "simgeo.h"

#include <QVector>

// Real places for the simulated day: the depots the vans load at and the
// Dutch towns their customers live in, with the towns' postcode ranges.
namespace Gazetteer {

struct HubSite
{
    const char *id;
    const char *name;
    double lat;
    double lon;
};

struct Town
{
    const char *name;
    double lat;
    double lon;
    int postcodeFirst; // the four-digit postcode range of the town
    int postcodeLast;
    double weight; // roughly the number of households, in ten thousands
};

// The depots, in the order the simulator opens them (the first three by default).
const QVector<HubSite> &hubs();
const QVector<Town> &towns();

// Streets that exist in many Dutch towns.
const QVector<const char *> &streets();

// Indexes of the towns within `maxKm` of `p`.
QVector<int> townsNear(const SimGeo::Point &p, double maxKm);

} // namespace Gazetteer
