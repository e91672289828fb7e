#include "etastorereader.h"

#include "etaday.h"
#include "storage/operationstore.h"

#include <QHash>

namespace {

// Above this many routes one read of the whole day is cheaper than one per route.
constexpr int RoutesForDayRead = 24;

QStringList listOf(const QSet<QString> &set)
{
    return QStringList(set.cbegin(), set.cend());
}

} // namespace

void EtaStoreReader::collect(ChangeNotifier *notifier, QObject *context, Changes *changes)
{
    const auto add = [](QSet<QString> &set, const QStringList &ids) {
        for (const QString &id : ids)
            set.insert(id);
    };
    QObject::connect(notifier, &ChangeNotifier::routesAdded, context,
                     [changes, add](const QStringList &ids) { add(changes->routes, ids); });
    QObject::connect(notifier, &ChangeNotifier::routesChanged, context,
                     [changes, add](const QStringList &ids) { add(changes->routes, ids); });
    QObject::connect(notifier, &ChangeNotifier::stopsChanged, context,
                     [changes, add](const QStringList &ids) { add(changes->stops, ids); });
    QObject::connect(notifier, &ChangeNotifier::vehiclesMoved, context,
                     [changes, add](const QStringList &ids) { add(changes->vehicles, ids); });
    QObject::connect(notifier, &ChangeNotifier::vehiclesChanged, context,
                     [changes, add](const QStringList &ids) { add(changes->vehicles, ids); });
    QObject::connect(notifier, &ChangeNotifier::storeReset, context,
                     [changes] { changes->reset = true; });
}

void EtaStoreReader::apply(OperationStore &store, EtaDay &day, const Changes &changes)
{
    if (changes.reset) {
        day.clear();
        const QStringList days = store.days();
        for (int i = 0; i < qMin(2, int(days.size())); ++i)
            loadDay(store, day, days.at(i));
        return;
    }
    QSet<QString> routeIds = changes.routes;
    if (!changes.stops.isEmpty()) {
        // Stops of routes already known say which route they belong to.
        QStringList unknown;
        for (const QString &stopId : changes.stops) {
            const QString routeId = day.routeOfStop(stopId);
            if (routeId.isEmpty())
                unknown.append(stopId);
            else
                routeIds.insert(routeId);
        }
        if (!unknown.isEmpty()) {
            for (const Stop &s : store.stopsByIds(unknown))
                routeIds.insert(s.routeId);
        }
    }
    const QVector<Route> routes = store.routesByIds(listOf(routeIds));
    QSet<QString> vehicleIds = changes.vehicles;
    for (const Route &r : routes) {
        if (!day.vehicle(r.vehicleId))
            vehicleIds.insert(r.vehicleId);
    }
    if (!vehicleIds.isEmpty()) {
        for (const Vehicle &v : store.vehicles(listOf(vehicleIds)))
            day.setVehicle(v);
    }
    if (routes.isEmpty())
        return;

    QHash<QString, QVector<Stop>> stopsByRoute;
    if (routes.size() > RoutesForDayRead) {
        QSet<QString> dates;
        for (const Route &r : routes)
            dates.insert(r.date);
        for (const QString &date : std::as_const(dates)) {
            for (const Stop &s : store.stopsOfDay(date))
                stopsByRoute[s.routeId].append(s);
        }
    } else {
        for (const Route &r : routes)
            stopsByRoute.insert(r.id, store.stopsOfRoute(r.id));
    }
    for (const Route &r : routes)
        day.setRoute(r, stopsByRoute.value(r.id));
}

void EtaStoreReader::loadDay(OperationStore &store, EtaDay &day, const QString &date)
{
    const QVector<Route> routes = store.routes(date);
    QStringList vehicleIds;
    for (const Route &r : routes)
        vehicleIds.append(r.vehicleId);
    if (!vehicleIds.isEmpty()) {
        for (const Vehicle &v : store.vehicles(vehicleIds))
            day.setVehicle(v);
    }
    QHash<QString, QVector<Stop>> stopsByRoute;
    for (const Stop &s : store.stopsOfDay(date))
        stopsByRoute[s.routeId].append(s);
    for (const Route &r : routes)
        day.setRoute(r, stopsByRoute.value(r.id));
}
