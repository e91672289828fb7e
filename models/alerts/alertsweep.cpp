#include "alertsweep.h"

#include "core/timeformat.h"
#include "storage/operationstore.h"

#include <QDateTime>
#include <QTimeZone>

namespace AlertSweep {


QString dayAfter(const QString &day)
{
    return QDate::fromString(day, Qt::ISODate).addDays(1).toString(Qt::ISODate);
}

AlertInputs gather(OperationStore &store, qint64 now, const EtaSnapshot &etas)
{
    AlertInputs in;
    in.now = now;
    in.etas = etas;
    const QString today = TimeFormat::toDay(now);
    const QString tomorrow = dayAfter(today);
    in.routes = store.routes(today);
    for (const Route &r : in.routes)
        in.dayOfRoute.insert(r.id, r.date);
    const QVector<Stop> todays = store.stopsOfDay(today);
    for (const Stop &s : todays)
        in.stopsByRoute[s.routeId].append(s);
    for (auto it = in.stopsByRoute.begin(); it != in.stopsByRoute.end(); ++it)
        std::sort(it->begin(), it->end(),
                  [](const Stop &a, const Stop &b) { return a.seq < b.seq; });
    for (const Vehicle &v : store.vehicles())
        in.vehicles.insert(v.id, v);
    in.warnings = store.weatherWarnings();
    if (!in.warnings.isEmpty()) {
        in.weatherStops = todays;
        for (const Route &r : store.routes(tomorrow))
            in.dayOfRoute.insert(r.id, r.date);
        in.weatherStops += store.stopsOfDay(tomorrow);
    }
    return in;
}

AlertSyncResult run(Database &db, qint64 now, const EtaSnapshot &etas, const AlertRules &rules)
{
    OperationStore store(db);
    const QVector<AlertFinding> findings =
        AlertDetector::detect(gather(store, now, etas), rules);
    AlertStore alerts(db);
    return alerts.sync(findings, now);
}

} // namespace AlertSweep
