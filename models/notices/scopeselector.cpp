#include "scopeselector.h"

#include "core/timeformat.h"
#include "storage/operationstore.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace Notices {

namespace {

QString normalisedPostcode(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (!c.isSpace())
            out.append(c.toUpper());
    return out;
}


} // namespace

bool ScopeSelector::contains(const QVector<QPointF> &polygon, const QPointF &point)
{
    if (polygon.size() < 3)
        return false;
    bool inside = false;
    const qsizetype n = polygon.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at(j);
        // Count the edges a ray to the east crosses.
        if ((a.y() > point.y()) != (b.y() > point.y())) {
            const double x = a.x() + (point.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (point.x() < x)
                inside = !inside;
        }
    }
    return inside;
}

bool ScopeSelector::matchesPostcode(const QStringList &prefixes, const QString &postcode)
{
    const QString code = normalisedPostcode(postcode);
    if (code.isEmpty())
        return false;
    for (const QString &prefix : prefixes) {
        const QString p = normalisedPostcode(prefix);
        if (!p.isEmpty() && code.startsWith(p))
            return true;
    }
    return false;
}

bool ScopeSelector::inTimeRange(const Incident &incident, const Stop &stop)
{
    if (incident.from > 0 && stop.windowEnd <= incident.from)
        return false;
    if (incident.to > 0 && stop.windowStart >= incident.to)
        return false;
    return true;
}

bool ScopeSelector::matches(const Incident &incident, const Stop &stop, const QString &hubId)
{
    if (!stop.inPlan || stop.completedAt > 0 || !inTimeRange(incident, stop))
        return false;
    const IncidentScope &s = incident.scope;
    return s.stopIds.contains(stop.id) || s.routeIds.contains(stop.routeId) ||
           (!hubId.isEmpty() && s.hubIds.contains(hubId)) ||
           matchesPostcode(s.postcodePrefixes, stop.customer.postcode) ||
           contains(s.area, QPointF(stop.customer.lon, stop.customer.lat));
}

QVector<AffectedStop> ScopeSelector::select(OperationStore &store, const Incident &incident)
{
    QVector<AffectedStop> out;
    if (incident.scope.isEmpty())
        return out;
    // Only the days the time range touches (a window may start the evening
    // before in UTC, so one day of margin on each side).
    const QString firstDay =
        incident.from > 0 ? TimeFormat::toDay(incident.from - 24LL * 3600 * 1000) : QString();
    const QString lastDay = incident.to > 0 ? TimeFormat::toDay(incident.to + 24LL * 3600 * 1000) : QString();
    QStringList days = store.days();
    std::sort(days.begin(), days.end());
    for (const QString &day : days) {
        if ((!firstDay.isEmpty() && day < firstDay) || (!lastDay.isEmpty() && day > lastDay))
            continue;
        QHash<QString, QString> hubOfRoute;
        for (const Route &r : store.routes(day))
            hubOfRoute.insert(r.id, r.hub.id);
        for (const Stop &stop : store.stopsOfDay(day)) {
            const QString hub = hubOfRoute.value(stop.routeId);
            if (matches(incident, stop, hub))
                out.append({stop, hub, day});
        }
    }
    return out;
}

} // namespace Notices
