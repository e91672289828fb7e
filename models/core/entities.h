#pragma once

#include "domain.h"

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

// Plain values of the operation as the store holds them. Times are
// milliseconds since the epoch (UTC); 0 means "not yet".
struct Hub
{
    QString id;
    QString name;
    double lat = 0;
    double lon = 0;
};

struct CrewMember
{
    QString id;
    QString name;
};

struct Customer
{
    QString id;
    QString name;
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;
    double lat = 0;
    double lon = 0;
    QString phone;
    QString email;
    QString language; // "nl" or "en"
};

struct Stop
{
    QString id;
    QString routeId;
    int seq = 0;
    Customer customer;
    QString clientId;
    QString clientName;
    QString productType;
    QString productDescription;
    QString productModel;
    QStringList services;
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    qint64 plannedArrival = 0;
    double serviceMin = 0;
    int attempt = 1;
    QString previousStop;
    bool inPlan = true; // false once a later plan dropped it before anything happened
    qint64 arrivedAt = 0;
    qint64 completedAt = 0;
    Domain::Outcome outcome = Domain::Outcome::None;
    QStringList servicesDone;
    QString note;
    Domain::StopState state = Domain::StopState::Planned;
};

struct Vehicle
{
    QString id;
    QString plate;
    double lat = 0;
    double lon = 0;
    double speedKmh = -1;   // -1 when not reported
    double headingDeg = -1; // -1 when not reported
    qint64 positionTs = 0;
    Domain::VehicleStatus status = Domain::VehicleStatus::None; // last status event
    qint64 statusTs = 0;
    double expectedRepairMin = 0;
    qint64 lastContactTs = 0; // newest event of any kind from this vehicle
};

struct Route
{
    QString id;
    QString date; // YYYY-MM-DD
    Hub hub;
    QString vehicleId;
    QString plate;
    QVector<CrewMember> crew;
    qint64 plannedStart = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    QVector<QPointF> geometry; // (lon, lat) pairs of the planned path; may be empty
    int stopCount = 0;         // stops in the current plan
    int doneCount = 0;         // of those, completed (any outcome)
    int failedCount = 0;
};

struct WeatherWarning
{
    QString id;
    QString kind;     // snow, ice, storm, fog, heat
    QString severity; // yellow, orange, red
    qint64 from = 0;
    qint64 to = 0;
    // Either a bounding box (minLon, minLat, maxLon, maxLat) or postcode prefixes.
    bool hasBox = false;
    double minLon = 0, minLat = 0, maxLon = 0, maxLat = 0;
    QStringList postcodePrefixes;
};

struct Review
{
    QString id;
    QString stopId;
    int score = 0;
    QString comment;
    QString language;
    QString channel;
    qint64 receivedAt = 0;
};
