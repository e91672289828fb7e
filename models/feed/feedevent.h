#pragma once

#include "core/entities.h"

#include <QByteArray>
#include <QString>
#include <variant>

// One validated event of the feed (shared FEED.md, version 1).
namespace Feed {

enum class EventType {
    PlanRoute,
    RouteStarted,
    RouteFinished,
    VehiclePosition,
    StopArrived,
    StopCompleted,
    VehicleStatusChange,
    ReviewReceived,
    WeatherWarningIssued,
};

QString typeKey(EventType type);

struct PlanRoute
{
    Route route; // id, date, hub, vehicle, plate, crew, plannedStart, geometry
    QVector<Stop> stops;
};

struct RouteMark
{
    QString route;
    QString vehicle;
};

struct Position
{
    QString vehicle;
    double lat = 0;
    double lon = 0;
    double speedKmh = -1;
    double headingDeg = -1;
    double accuracyM = -1;
};

struct StopArrival
{
    QString stop;
    QString route;
    QString vehicle;
};

struct StopCompletion
{
    QString stop;
    QString route;
    QString vehicle;
    Domain::Outcome outcome = Domain::Outcome::None;
    QStringList servicesDone;
    QString note;
};

struct StatusChange
{
    QString vehicle;
    Domain::VehicleStatus status = Domain::VehicleStatus::None;
    QString note;
    double expectedMinutes = -1;
};

using Payload = std::variant<PlanRoute, RouteMark, Position, StopArrival, StopCompletion,
                             StatusChange, Review, WeatherWarning>;

struct Event
{
    QString id;
    EventType type = EventType::VehiclePosition;
    qint64 ts = 0; // ms since epoch
    Payload payload;
};

// Why a line was rejected: the field (a JSON path such as "stops[2].window.end")
// and what is wrong with it.
struct Rejection
{
    QString field;
    QString reason;
    QString eventId; // when the line had a readable id
    QString type;    // when the line had a readable type
    QString text() const;
};

} // namespace Feed
