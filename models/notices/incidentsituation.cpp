#include "incidentsituation.h"

#include "alerts/alertdetector.h"
#include "alerts/alerttext.h"
#include "core/timeformat.h"
#include "notices/scopeselector.h"
#include "storage/operationstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

namespace Notices {

namespace {

int severityRank(const QString &severity)
{
    if (severity == QLatin1String("red"))
        return 3;
    if (severity == QLatin1String("orange"))
        return 2;
    return severity == QLatin1String("yellow") ? 1 : 0;
}

// A breakdown, when every stop concerned waits for a van of today that has
// broken down and not finished its route: the breakdown notice is then true
// for every customer. The plates of those vans, or none.
QStringList brokenDownVans(OperationStore &store, const QVector<AffectedStop> &affected, qint64 now)
{
    QStringList routeIds;
    for (const AffectedStop &a : affected)
        if (!routeIds.contains(a.stop.routeId))
            routeIds.append(a.stop.routeId);
    QHash<QString, Route> routes;
    QStringList vehicleIds;
    for (const Route &r : store.routesByIds(routeIds)) {
        routes.insert(r.id, r);
        vehicleIds.append(r.vehicleId);
    }
    QHash<QString, Vehicle> vehicles;
    for (const Vehicle &v : store.vehicles(vehicleIds))
        vehicles.insert(v.id, v);
    const QString today = TimeFormat::toDay(now);
    QStringList plates;
    for (const AffectedStop &a : affected) {
        const auto route = routes.constFind(a.stop.routeId);
        if (route == routes.constEnd() || route->date != today || route->finishedAt > 0)
            return {};
        const auto van = vehicles.constFind(route->vehicleId);
        if (van == vehicles.constEnd() || van->status != Domain::VehicleStatus::Breakdown)
            return {};
        const QString plate = !route->plate.isEmpty() ? route->plate
                              : !van->plate.isEmpty() ? van->plate
                                                      : van->id;
        if (!plates.contains(plate))
            plates.append(plate);
    }
    return plates;
}

// Whether a warning not over at `now` lies over a stop while its window (or
// the drive to it) is on, as the weather alert judges it.
bool covers(const WeatherWarning &w, const Stop &s, qint64 now)
{
    const qint64 lead = qint64(AlertRules().weatherLeadHours) * 3600 * 1000;
    if (w.to > 0 && w.to <= now)
        return false;
    if (w.from > s.windowEnd || (w.to > 0 && w.to < s.windowStart - lead))
        return false;
    return AlertDetector::covers(w, s.customer.lat, s.customer.lon, s.customer.postcode);
}

} // namespace

std::optional<IncidentKind> kindOfWeather(const QString &weatherKind)
{
    if (weatherKind == QLatin1String("snow"))
        return IncidentKind::Snow;
    if (weatherKind == QLatin1String("ice"))
        return IncidentKind::Ice;
    if (weatherKind == QLatin1String("storm"))
        return IncidentKind::Storm;
    return std::nullopt;
}

IncidentSituation IncidentSituation::read(OperationStore &store, const Incident &incident,
                                          qint64 now)
{
    IncidentSituation situation;
    const QVector<AffectedStop> affected = ScopeSelector::select(store, incident);
    if (affected.isEmpty())
        return situation;

    const QStringList vans = brokenDownVans(store, affected, now);
    if (!vans.isEmpty()) {
        situation.kind = IncidentKind::Breakdown;
        situation.reason = vans.size() == 1
                               ? QCoreApplication::translate("Notices", "Van %1 has broken down.")
                                     .arg(vans.first())
                               : QCoreApplication::translate("Notices", "Vans %1 have broken down.")
                                     .arg(vans.join(QLatin1String(", ")));
        return situation;
    }

    // Per kind of weather, the stops its warnings lie over and its worst warning.
    struct Weather
    {
        QSet<QString> stops;
        QString severity;
    };
    QMap<QString, Weather> weather;
    for (const WeatherWarning &w : store.weatherWarnings()) {
        for (const AffectedStop &a : affected) {
            if (!covers(w, a.stop, now))
                continue;
            Weather &k = weather[w.kind];
            k.stops.insert(a.stop.id);
            if (severityRank(w.severity) > severityRank(k.severity))
                k.severity = w.severity;
        }
    }
    QString most;
    bool tie = false;
    for (auto it = weather.cbegin(); it != weather.cend(); ++it) {
        const qsizetype n = it.value().stops.size();
        const qsizetype best = most.isEmpty() ? 0 : weather.value(most).stops.size();
        if (n > best) {
            most = it.key();
            tie = false;
        } else if (n == best) {
            tie = true;
        }
    }
    // Over most of the customers: the weather notice is then theirs, not a
    // neighbour's.
    const qsizetype covered = most.isEmpty() ? 0 : weather.value(most).stops.size();
    if (covered * 2 <= affected.size())
        return situation;
    if (tie) {
        QStringList kinds;
        for (auto it = weather.cbegin(); it != weather.cend(); ++it)
            if (it.value().stops.size() == covered)
                kinds.append(AlertText::weatherKind(it.key()).toLower());
        situation.reason =
            QCoreApplication::translate("Notices", "Weather warnings of more than one kind over "
                                                   "these stops: %1.")
                .arg(kinds.join(QLatin1String(", ")));
        return situation;
    }
    situation.kind = kindOfWeather(most);
    const QString what =
        QCoreApplication::translate("Notices", "Weather warning %1 (%2) over %3 of %4 stops.")
            .arg(AlertText::weatherKind(most).toLower(),
                 AlertText::weatherLevel(weather.value(most).severity))
            .arg(covered)
            .arg(affected.size());
    situation.reason =
        situation.kind
            ? what
            : what + QLatin1Char(' ') +
                  QCoreApplication::translate("Notices", "There is no notice for this weather.");
    return situation;
}

} // namespace Notices
