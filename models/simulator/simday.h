#pragma once

#include "dayclock.h"
#include "simgeo.h"

#include <QByteArray>
#include <QVector>

// What the parts of the simulator share about one day: the clock, the
// traffic, the weather, and the events they write (before ids are given).
namespace SimDay {

enum class EventType : quint8 {
    PlanRoute,
    RouteStarted,
    RouteFinished,
    VehiclePosition,
    StopArrived,
    StopCompleted,
    VehicleStatus,
    ReviewReceived,
    WeatherWarning,
};

const char *typeKey(EventType type);

// One event: its time, type and the fields after the envelope (v, id, type, ts),
// written without the surrounding braces.
struct Event
{
    qint64 secs = 0;
    EventType type = EventType::VehiclePosition;
    QByteArray fields;
};

// Where and when a weather warning slows the traffic down.
struct WeatherEffect
{
    qint64 from = 0;
    qint64 to = 0;
    SimGeo::Point center;
    double radiusKm = 0;
    double speedFactor = 1;

    bool covers(const SimGeo::Point &p, qint64 secs) const
    {
        return secs >= from && secs <= to && SimGeo::distanceKm(center, p) <= radiusKm;
    }
};

struct Context
{
    const DayClock *clock = nullptr;
    double morningRush = 0.7; // speed factor in the rush hours
    double eveningRush = 0.68;
    QVector<WeatherEffect> weather;
    int stopsPerDayEstimate = 600; // for plausible ids of earlier days' stops
};

// The latest moment anything of the day is written: just before midnight.
qint64 dayEnd(const Context &context);

} // namespace SimDay
