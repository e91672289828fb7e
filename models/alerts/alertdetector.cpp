#include "alertdetector.h"

#include <cmath>

namespace AlertDetector {

namespace {

constexpr qint64 minute = 60 * 1000;

bool isPending(const Stop &s)
{
    return s.inPlan && s.completedAt == 0 && s.state != Domain::StopState::Moved &&
           s.state != Domain::StopState::Done && s.state != Domain::StopState::Failed;
}

QVariantMap stopDetail(const Stop &s)
{
    return {{QStringLiteral("seq"), s.seq},
            {QStringLiteral("customer"), s.customer.name},
            {QStringLiteral("city"), s.customer.city},
            {QStringLiteral("window_start"), s.windowStart},
            {QStringLiteral("window_end"), s.windowEnd}};
}

QString normalisedPostcode(const QString &postcode)
{
    QString out;
    out.reserve(postcode.size());
    for (QChar c : postcode) {
        if (!c.isSpace())
            out.append(c.toUpper());
    }
    return out;
}

void lateStops(const AlertInputs &in, const AlertRules &rules, const Route &route,
               const QVector<Stop> &stops, const RouteStatus &status,
               QVector<AlertFinding> &out)
{
    if (route.finishedAt > 0)
        return;
    const qint64 tolerance = qint64(rules.lateToleranceMin) * minute;
    const qint64 delay = qint64(status.delayMin) * minute;
    for (const Stop &s : stops) {
        if (!isPending(s) || s.arrivedAt > 0 || s.windowEnd <= 0)
            continue;
        qint64 eta = 0;
        qint64 low = 0;
        const auto it = in.etas.constFind(s.id);
        if (it != in.etas.constEnd() && it->isValid()) {
            eta = it->eta;
            low = it->low > 0 ? it->low : it->eta;
        } else {
            // Without an estimate: the plan shifted by the delay so far, and
            // never earlier than now.
            eta = qMax(s.plannedArrival + qMax<qint64>(0, delay), in.now);
            low = eta;
        }
        const qint64 lateBy = qMax(eta, in.now) - s.windowEnd;
        if (lateBy <= tolerance)
            continue;
        AlertFinding f;
        f.causeKey = QStringLiteral("late:%1").arg(s.id);
        f.kind = AlertKind::LateStop;
        // Certain when even the early side of the band, or the clock, is past the window.
        f.severity = (qMax(low, in.now) - s.windowEnd > tolerance) ? AlertSeverity::Severe
                                                                   : AlertSeverity::Warning;
        f.day = route.date;
        f.routeId = route.id;
        f.stopId = s.id;
        f.vehicleId = route.vehicleId;
        f.detail = stopDetail(s);
        f.detail.insert(QStringLiteral("eta"), eta);
        f.detail.insert(QStringLiteral("late_min"), int(std::lround(double(lateBy) / minute)));
        out.append(f);
    }
}

void longStops(const AlertInputs &in, const AlertRules &rules, const Route &route,
               const QVector<Stop> &stops, QVector<AlertFinding> &out)
{
    for (const Stop &s : stops) {
        if (s.arrivedAt == 0 || s.completedAt > 0 || s.state == Domain::StopState::Moved)
            continue;
        const double planned = qMax(1.0, s.serviceMin);
        const double limit = qMax(planned * rules.longStopFactor, planned + rules.longStopExtraMin);
        const double spent = double(in.now - s.arrivedAt) / minute;
        if (spent <= limit)
            continue;
        AlertFinding f;
        f.causeKey = QStringLiteral("longstop:%1").arg(s.id);
        f.kind = AlertKind::LongStop;
        f.severity = AlertSeverity::Warning;
        f.day = route.date;
        f.routeId = route.id;
        f.stopId = s.id;
        f.vehicleId = route.vehicleId;
        f.detail = stopDetail(s);
        f.detail.insert(QStringLiteral("arrived_at"), s.arrivedAt);
        f.detail.insert(QStringLiteral("spent_min"), int(spent));
        f.detail.insert(QStringLiteral("planned_min"), int(std::lround(s.serviceMin)));
        out.append(f);
    }
}

void failedStops(const Route &route, const QVector<Stop> &stops, QVector<AlertFinding> &out)
{
    for (const Stop &s : stops) {
        if (s.completedAt == 0 || !Domain::isFailure(s.outcome))
            continue;
        AlertFinding f;
        f.causeKey = QStringLiteral("failed:%1").arg(s.id);
        f.kind = AlertKind::FailedDelivery;
        f.severity = s.outcome == Domain::Outcome::Damaged ? AlertSeverity::Severe
                                                           : AlertSeverity::Warning;
        f.day = route.date;
        f.routeId = route.id;
        f.stopId = s.id;
        f.vehicleId = route.vehicleId;
        f.detail = stopDetail(s);
        f.detail.insert(QStringLiteral("outcome"), Domain::outcomeKey(s.outcome));
        f.detail.insert(QStringLiteral("completed_at"), s.completedAt);
        if (!s.note.isEmpty())
            f.detail.insert(QStringLiteral("note"), s.note);
        f.clears = false;
        out.append(f);
    }
}

} // namespace

bool covers(const WeatherWarning &w, double lat, double lon, const QString &postcode)
{
    if (w.hasBox)
        return lon >= w.minLon && lon <= w.maxLon && lat >= w.minLat && lat <= w.maxLat;
    const QString code = normalisedPostcode(postcode);
    for (const QString &prefix : w.postcodePrefixes) {
        if (!prefix.isEmpty() && code.startsWith(normalisedPostcode(prefix)))
            return true;
    }
    return false;
}

QVector<AlertFinding> detect(const AlertInputs &in, const AlertRules &rules)
{
    QVector<AlertFinding> out;
    RouteStatusRules statusRules;
    statusRules.noContactMinutes = rules.noContactMinutes;
    for (const Route &route : in.routes) {
        const QVector<Stop> stops = in.stopsByRoute.value(route.id);
        const Vehicle vehicle = in.vehicles.value(route.vehicleId);
        const RouteStatus status =
            RouteStatusDeriver::derive(route, stops, vehicle, in.now, statusRules);

        lateStops(in, rules, route, stops, status, out);
        longStops(in, rules, route, stops, out);
        failedStops(route, stops, out);

        if (status.state == Domain::RouteState::Breakdown) {
            AlertFinding f;
            f.causeKey = QStringLiteral("breakdown:%1:%2").arg(route.vehicleId).arg(vehicle.statusTs);
            f.kind = AlertKind::Breakdown;
            f.severity = AlertSeverity::Severe;
            f.day = route.date;
            f.routeId = route.id;
            f.vehicleId = route.vehicleId;
            f.detail = {{QStringLiteral("since"), vehicle.statusTs},
                        {QStringLiteral("plate"), route.plate},
                        {QStringLiteral("repair_min"), int(std::lround(vehicle.expectedRepairMin))}};
            int left = 0;
            for (const Stop &s : stops)
                left += isPending(s) ? 1 : 0;
            f.detail.insert(QStringLiteral("stops_left"), left);
            out.append(f);
        } else if (status.state == Domain::RouteState::NoContact) {
            AlertFinding f;
            f.causeKey = QStringLiteral("nocontact:%1:%2").arg(route.id).arg(status.lastContactTs);
            f.kind = AlertKind::NoContact;
            f.severity = AlertSeverity::Warning;
            f.day = route.date;
            f.routeId = route.id;
            f.vehicleId = route.vehicleId;
            f.detail = {{QStringLiteral("since"), status.lastContactTs},
                        {QStringLiteral("plate"), route.plate},
                        {QStringLiteral("minutes"), status.minutesSinceContact}};
            out.append(f);
        }
    }

    const qint64 lead = qint64(rules.weatherLeadHours) * 60 * minute;
    for (const WeatherWarning &w : in.warnings) {
        if (w.to > 0 && w.to < in.now)
            continue;
        int stopCount = 0;
        QStringList routes;
        QString day;
        for (const Stop &s : in.weatherStops) {
            if (!isPending(s))
                continue;
            // The warning matters for a stop when it overlaps the window or
            // the drive to it.
            if (w.from > s.windowEnd || (w.to > 0 && w.to < s.windowStart - lead))
                continue;
            if (!covers(w, s.customer.lat, s.customer.lon, s.customer.postcode))
                continue;
            ++stopCount;
            if (!routes.contains(s.routeId))
                routes.append(s.routeId);
            const QString d = in.dayOfRoute.value(s.routeId);
            if (day.isEmpty() || (!d.isEmpty() && d < day))
                day = d;
        }
        if (stopCount == 0)
            continue;
        AlertFinding f;
        f.causeKey = QStringLiteral("weather:%1").arg(w.id);
        f.kind = AlertKind::Weather;
        f.severity = w.severity == QLatin1String("red")      ? AlertSeverity::Severe
                     : w.severity == QLatin1String("orange") ? AlertSeverity::Warning
                                                             : AlertSeverity::Info;
        f.day = day;
        if (routes.size() == 1)
            f.routeId = routes.constFirst();
        f.detail = {{QStringLiteral("warning"), w.id},
                    {QStringLiteral("weather"), w.kind},
                    {QStringLiteral("level"), w.severity},
                    {QStringLiteral("from"), w.from},
                    {QStringLiteral("to"), w.to},
                    {QStringLiteral("stops"), stopCount},
                    {QStringLiteral("routes"), routes.size()}};
        out.append(f);
    }
    return out;
}

} // namespace AlertDetector
