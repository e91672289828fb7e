#pragma once

// Valid feed lines (FEED.md, version 1) for the item model and store tests:
// plans with several routes, hubs, crews and return visits, and the road
// events that follow. Written independently of the parser, so the tests read
// the feed the way an outside integrator would write it.
//
// Optional fields (geometry, product model, previous_stop, note) are always
// written, empty where they do not apply: the store refuses a batch in which
// one is left out (see tst_operationstore::optionalFieldsMayBeLeftOut), and
// these lines are meant to exercise the item models, not that.

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace FeedLines {

// The test day lies in winter time: the company's offset is +01:00.
inline QString testDay()
{
    return QStringLiteral("2026-11-23");
}

// An RFC 3339 timestamp on `day` at hh:mm:ss, +01:00.
inline QString at(int hour, int minute, int second = 0, const QString &day = testDay())
{
    return QStringLiteral("%1T%2:%3:%4+01:00")
        .arg(day)
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'))
        .arg(second, 2, 10, QLatin1Char('0'));
}

inline QString at(const QTime &time, const QString &day = testDay())
{
    return at(time.hour(), time.minute(), time.second(), day);
}

// The same moment as at(), as a QDateTime and as milliseconds since the epoch.
inline QDateTime dateTimeAt(int hour, int minute, int second = 0, const QString &day = testDay())
{
    return QDateTime::fromString(at(hour, minute, second, day), Qt::ISODate);
}

inline qint64 msAt(int hour, int minute, int second = 0, const QString &day = testDay())
{
    return dateTimeAt(hour, minute, second, day).toMSecsSinceEpoch();
}

// A fresh event id for every line built without an explicit one.
inline QString nextEventId()
{
    static int counter = 0;
    return QStringLiteral("ev-%1").arg(++counter, 6, 10, QLatin1Char('0'));
}

struct StopSpec
{
    StopSpec() = default;
    StopSpec(const QString &stopId, int sequence, const QTime &plannedArrival)
        : id(stopId)
        , seq(sequence)
        , planned(plannedArrival)
    {}

    QString id;
    int seq = 1;
    QTime planned = QTime(9, 0);
    QString city = QStringLiteral("Utrecht");
    QString customerName = QStringLiteral("Anna de Vries");
    int attempt = 1;
    QString previousStop;
    QStringList services = {QStringLiteral("deliver"), QStringLiteral("install")};
    QString productDescription = QStringLiteral("Wasmachine 8 kg");
    // The promised window: an hour either side of the planned arrival unless set.
    QTime windowStart;
    QTime windowEnd;
};

struct RouteSpec
{
    QString id;
    QString date = testDay();
    QString hubId = QStringLiteral("H-UTR");
    QString hubName = QStringLiteral("Utrecht Lage Weide");
    QString vehicleId = QStringLiteral("V-17");
    QString plate = QStringLiteral("VX-123-B");
    QStringList crew = {QStringLiteral("Sem Jansen"), QStringLiteral("Daan Bakker")};
    QTime start = QTime(8, 0);
    QList<StopSpec> stops;
};

inline QJsonObject header(const QString &type, const QString &ts, const QString &id)
{
    return QJsonObject{{QStringLiteral("v"), 1},
                       {QStringLiteral("id"), id.isEmpty() ? nextEventId() : id},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("ts"), ts}};
}

inline QByteArray toLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject planStop(const StopSpec &s, const QString &day)
{
    const QTime windowStart = s.windowStart.isValid() ? s.windowStart : s.planned.addSecs(-3600);
    const QTime windowEnd = s.windowEnd.isValid() ? s.windowEnd : s.planned.addSecs(3600);
    QJsonObject stop{
        {QStringLiteral("stop"), s.id},
        {QStringLiteral("seq"), s.seq},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("C-") + s.id},
                     {QStringLiteral("name"), s.customerName},
                     {QStringLiteral("street"), QStringLiteral("Oudegracht")},
                     {QStringLiteral("house_number"), QStringLiteral("12a")},
                     {QStringLiteral("postcode"), QStringLiteral("3511 AB")},
                     {QStringLiteral("city"), s.city},
                     {QStringLiteral("lat"), 52.0907},
                     {QStringLiteral("lon"), 5.1214},
                     {QStringLiteral("phone"), QStringLiteral("+31612345678")},
                     {QStringLiteral("email"), QString()},
                     {QStringLiteral("language"), QStringLiteral("nl")}}},
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("CL-1")},
                     {QStringLiteral("name"), QStringLiteral("Witgoed Online")}}},
        {QStringLiteral("product"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("washing_machine")},
                     {QStringLiteral("description"), s.productDescription},
                     {QStringLiteral("model"), QStringLiteral("M-") + s.productDescription}}},
        {QStringLiteral("services"), QJsonArray::fromStringList(s.services)},
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("start"), at(windowStart, day)},
                                               {QStringLiteral("end"), at(windowEnd, day)}}},
        {QStringLiteral("planned_arrival"), at(s.planned, day)},
        {QStringLiteral("service_min"), 20},
        {QStringLiteral("attempt"), s.attempt},
        {QStringLiteral("previous_stop"), s.previousStop},
    };
    return stop;
}

// plan.route for `route`, sent at `ts`.
inline QByteArray plan(const QString &ts, const RouteSpec &route, const QString &id = {})
{
    QJsonObject o = header(QStringLiteral("plan.route"), ts, id);
    o.insert(QStringLiteral("route"), route.id);
    o.insert(QStringLiteral("date"), route.date);
    o.insert(QStringLiteral("hub"), QJsonObject{{QStringLiteral("id"), route.hubId},
                                                {QStringLiteral("name"), route.hubName},
                                                {QStringLiteral("lat"), 52.107},
                                                {QStringLiteral("lon"), 5.06}});
    o.insert(QStringLiteral("vehicle"), QJsonObject{{QStringLiteral("id"), route.vehicleId},
                                                    {QStringLiteral("plate"), route.plate}});
    QJsonArray crew;
    for (int i = 0; i < route.crew.size(); ++i)
        crew.append(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("P-%1-%2").arg(route.id).arg(i + 1)},
                        {QStringLiteral("name"), route.crew.at(i)}});
    o.insert(QStringLiteral("crew"), crew);
    o.insert(QStringLiteral("start"), at(route.start, route.date));
    QJsonArray stops;
    for (const StopSpec &s : route.stops)
        stops.append(planStop(s, route.date));
    o.insert(QStringLiteral("stops"), stops);
    o.insert(QStringLiteral("geometry"),
             QJsonArray{QJsonArray{5.06, 52.107}, QJsonArray{5.1214, 52.0907}});
    return toLine(o);
}

inline QByteArray routeStarted(const QString &ts, const QString &route, const QString &vehicle,
                               const QString &id = {})
{
    QJsonObject o = header(QStringLiteral("route.started"), ts, id);
    o.insert(QStringLiteral("route"), route);
    o.insert(QStringLiteral("vehicle"), vehicle);
    return toLine(o);
}

inline QByteArray routeFinished(const QString &ts, const QString &route, const QString &vehicle,
                                const QString &id = {})
{
    QJsonObject o = header(QStringLiteral("route.finished"), ts, id);
    o.insert(QStringLiteral("route"), route);
    o.insert(QStringLiteral("vehicle"), vehicle);
    return toLine(o);
}

inline QByteArray position(const QString &ts, const QString &vehicle, double lat, double lon,
                           const QString &id = {})
{
    QJsonObject o = header(QStringLiteral("vehicle.position"), ts, id);
    o.insert(QStringLiteral("vehicle"), vehicle);
    o.insert(QStringLiteral("lat"), lat);
    o.insert(QStringLiteral("lon"), lon);
    o.insert(QStringLiteral("speed_kmh"), 38);
    o.insert(QStringLiteral("heading_deg"), 90);
    return toLine(o);
}

inline QByteArray arrived(const QString &ts, const QString &stop, const QString &route,
                          const QString &vehicle, const QString &id = {})
{
    QJsonObject o = header(QStringLiteral("stop.arrived"), ts, id);
    o.insert(QStringLiteral("stop"), stop);
    o.insert(QStringLiteral("route"), route);
    o.insert(QStringLiteral("vehicle"), vehicle);
    return toLine(o);
}

inline QByteArray completed(const QString &ts, const QString &stop, const QString &route,
                            const QString &vehicle,
                            const QString &outcome = QStringLiteral("delivered"),
                            const QString &id = {})
{
    QJsonObject o = header(QStringLiteral("stop.completed"), ts, id);
    o.insert(QStringLiteral("stop"), stop);
    o.insert(QStringLiteral("route"), route);
    o.insert(QStringLiteral("vehicle"), vehicle);
    o.insert(QStringLiteral("outcome"), outcome);
    o.insert(QStringLiteral("services_done"), QJsonArray{QStringLiteral("deliver")});
    o.insert(QStringLiteral("note"), QString(QLatin1String("")));
    return toLine(o);
}

// `status` is breakdown, repaired, break_start or break_end.
inline QByteArray vehicleStatus(const QString &ts, const QString &vehicle, const QString &status,
                                const QString &id = {})
{
    QJsonObject o = header(QStringLiteral("vehicle.status"), ts, id);
    o.insert(QStringLiteral("vehicle"), vehicle);
    o.insert(QStringLiteral("status"), status);
    const bool breakdown = status == QLatin1String("breakdown");
    o.insert(QStringLiteral("note"),
             breakdown ? QStringLiteral("Koppeling kapot") : QString(QLatin1String("")));
    if (breakdown)
        o.insert(QStringLiteral("expected_minutes"), 90);
    return toLine(o);
}

} // namespace FeedLines
