#pragma once

#include <QByteArray>
#include <QDate>
#include <QVector>

// One line of a simulated feed and the moment (ms since epoch, UTC) at which
// it happens at its source.
struct FeedLine
{
    qint64 tsMs = 0;
    QByteArray json; // one JSON object, no trailing newline
};

struct SimulationParams
{
    QDate date;       // the delivery day
    quint64 seed = 1; // the same seed gives the same bytes
    int vans = 60;    // routes (one van, two-person crew each)
    int hubs = 3;     // depots the vans load at
};

// Writes a whole delivery day in the feed format (FEED.md): the plans before
// the day starts, then positions, arrivals, results, breakdowns, re-plans,
// reviews and weather warnings in time order.
class DaySimulator
{
public:
    static QVector<FeedLine> generate(const SimulationParams &params);
};
