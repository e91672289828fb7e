#pragma once

// Small operations on a real SQLite store for the re-planning tests: hubs,
// vans and stops at chosen places (kilometres east and north of a hub near
// Utrecht), windows and minutes at the door as the test needs them, filled
// through the feed as the live operation would be.

#include "feedlines.h"
#include "operationfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

#include <cmath>

namespace ReplanScenario {

constexpr double kHubLat = 52.0;
constexpr double kHubLon = 5.0;

struct Place
{
    double lat = kHubLat;
    double lon = kHubLon;
};

// `east` and `north` kilometres from the hub.
inline Place km(double east, double north)
{
    return {kHubLat + north / 111.2, kHubLon + east / (111.32 * std::cos(kHubLat * M_PI / 180))};
}

struct StopAt
{
    QString id;
    Place place;
    QTime windowStart = QTime(8, 0);
    QTime windowEnd = QTime(18, 0);
    int serviceMin = 20;
};

struct RouteAt
{
    QString id;
    QString vehicle;
    QTime start = QTime(8, 0);
    QList<StopAt> stops;
    QString hubId = QStringLiteral("H-UTR");
    Place hub;
    QString date = FeedLines::testDay();
};

// plan.route for `route`, sent at 06:00 of its day; planned arrivals every 30
// minutes from the start (the engine computes its own).
inline QByteArray plan(const RouteAt &route)
{
    FeedLines::RouteSpec spec;
    spec.id = route.id;
    spec.date = route.date;
    spec.hubId = route.hubId;
    spec.hubName = QStringLiteral("Hub ") + route.hubId;
    spec.vehicleId = route.vehicle;
    spec.plate = QStringLiteral("P-") + route.vehicle;
    spec.start = route.start;
    for (int i = 0; i < route.stops.size(); ++i) {
        FeedLines::StopSpec s(route.stops.at(i).id, i + 1, route.start.addSecs(1800 * (i + 1)));
        s.windowStart = route.stops.at(i).windowStart;
        s.windowEnd = route.stops.at(i).windowEnd;
        spec.stops.append(s);
    }
    QJsonObject o =
        QJsonDocument::fromJson(FeedLines::plan(FeedLines::at(6, 0, 0, route.date), spec)).object();
    QJsonObject hub = o.value(QStringLiteral("hub")).toObject();
    hub.insert(QStringLiteral("lat"), route.hub.lat);
    hub.insert(QStringLiteral("lon"), route.hub.lon);
    o.insert(QStringLiteral("hub"), hub);
    QJsonArray stops = o.value(QStringLiteral("stops")).toArray();
    for (int i = 0; i < stops.size(); ++i) {
        QJsonObject stop = stops.at(i).toObject();
        QJsonObject customer = stop.value(QStringLiteral("customer")).toObject();
        customer.insert(QStringLiteral("lat"), route.stops.at(i).place.lat);
        customer.insert(QStringLiteral("lon"), route.stops.at(i).place.lon);
        stop.insert(QStringLiteral("customer"), customer);
        stop.insert(QStringLiteral("service_min"), route.stops.at(i).serviceMin);
        stops[i] = stop;
    }
    o.insert(QStringLiteral("stops"), stops);
    return FeedLines::toLine(o);
}

inline void load(OperationFixture &fixture, const QList<RouteAt> &routes)
{
    QList<QByteArray> lines;
    for (const RouteAt &r : routes)
        lines.append(plan(r));
    const IngestSummary summary = fixture.feed(lines);
    if (summary.rejected() != 0)
        qFatal("a scenario plan was refused");
}

// Two vans leaving the hub at 08:00: R-1 east (S-1, then S-2 promised for
// 08:30-09:30), R-2 north (T-1, T-2).
inline QList<RouteAt> twoVansEastAndNorth()
{
    return {RouteAt{QStringLiteral("R-1"),
                    QStringLiteral("V-1"),
                    QTime(8, 0),
                    {{QStringLiteral("S-1"), km(10, 0)},
                     {QStringLiteral("S-2"), km(20, 0), QTime(8, 30), QTime(9, 30)}}},
            RouteAt{QStringLiteral("R-2"),
                    QStringLiteral("V-2"),
                    QTime(8, 0),
                    {{QStringLiteral("T-1"), km(0, 10)}, {QStringLiteral("T-2"), km(0, 20)}}}};
}

} // namespace ReplanScenario
