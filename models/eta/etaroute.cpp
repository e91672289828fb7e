#include "etaroute.h"

#include "core/timeformat.h"
#include "etalearner.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

double straightKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double R = 6371.0;
    constexpr double Rad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * Rad;
    const double dLon = (lon2 - lon1) * Rad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * Rad) * std::cos(lat2 * Rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * R * std::asin(std::min(1.0, std::sqrt(a)));
}

EtaRoute EtaRoute::make(const Route &route, QVector<Stop> stops)
{
    EtaRoute r;
    r.route = route;
    stops.erase(std::remove_if(stops.begin(), stops.end(), [](const Stop &s) { return !s.inPlan; }),
                stops.end());
    std::stable_sort(stops.begin(), stops.end(),
                     [](const Stop &a, const Stop &b) { return a.seq < b.seq; });
    r.stops = std::move(stops);
    const qint64 noon = route.plannedStart > 0 ? route.plannedStart
                        : r.stops.isEmpty()    ? 0
                                               : r.stops.constFirst().plannedArrival;
    if (noon > 0)
        r.utcOffsetSec =
            TimeFormat::companyZone().offsetFromUtc(QDateTime::fromMSecsSinceEpoch(noon, Qt::UTC));
    r.refresh();
    return r;
}

namespace {

// Minutes per straight-line km the plan itself allows for driving, from its
// longer legs (the short ones are mostly parking and walking).
double plannedMinutesPerKm(const QVector<EtaRoute::Leg> &legs, const QVector<double> &gaps)
{
    QVector<double> perKm;
    for (int i = 0; i < legs.size(); ++i) {
        if (legs.at(i).straightKm >= 2 && gaps.at(i) > 0)
            perKm.append(std::max(0.0, gaps.at(i) - 2) / legs.at(i).straightKm);
    }
    if (perKm.isEmpty())
        return 2.0;
    std::sort(perKm.begin(), perKm.end());
    return perKm.at(perKm.size() / 2);
}

} // namespace

void EtaRoute::refresh()
{
    legs.resize(stops.size());
    QVector<double> gaps(stops.size(), -1);
    QVector<qint64> departures(stops.size(), 0);
    double lat = route.hub.lat, lon = route.hub.lon;
    qint64 plannedDeparture = route.plannedStart;
    for (int i = 0; i < stops.size(); ++i) {
        const Stop &s = stops.at(i);
        Leg &leg = legs[i];
        leg.straightKm =
            (lat == 0 && lon == 0) ? 0 : straightKm(lat, lon, s.customer.lat, s.customer.lon);
        leg.plannedMin = -1;
        leg.slackMin = 0;
        departures[i] = plannedDeparture;
        if (plannedDeparture > 0 && s.plannedArrival > 0) {
            const double minutes = double(s.plannedArrival - plannedDeparture) / 60000.0;
            if (minutes >= 0 && minutes < 240)
                gaps[i] = leg.plannedMin = minutes;
        }
        leg.area = EtaLearner::areaOf(s.customer.lat, s.customer.lon);
        leg.kind = EtaLearner::serviceKind(s.services);
        lat = s.customer.lat;
        lon = s.customer.lon;
        plannedDeparture =
            s.plannedArrival > 0 ? s.plannedArrival + qint64(s.serviceMin * 60000.0) : 0;
    }

    // A gap far longer than its drive holds a break or a planned wait: the
    // wait comes back through the window, the break is placed by the clock.
    const double perKm = plannedMinutesPerKm(legs, gaps);
    plannedBreakAt = 0;
    plannedBreakMin = 0;
    plannedBreakAfter = 0;
    breakFrom = 0;
    for (int i = 0; i < legs.size(); ++i) {
        Leg &leg = legs[i];
        if (gaps.at(i) < 0)
            continue;
        const double drive = 2 + perKm * leg.straightKm;
        const double slack = gaps.at(i) - drive;
        if (slack >= 10 && gaps.at(i) > 2 * drive) {
            leg.slackMin = slack;
            leg.plannedMin = gaps.at(i) - slack;
            if (slack > plannedBreakMin && departures.at(i) > 0) {
                plannedBreakMin = slack;
                plannedBreakAt = departures.at(i);
                plannedBreakAfter = i > 0 ? departures.at(i - 1) : 0;
            }
        }
    }
    if (plannedBreakMin < 15) {
        plannedBreakMin = 0;
        plannedBreakAt = 0;
        plannedBreakAfter = 0;
    }
}

int EtaRoute::indexOf(const QString &stopId) const
{
    for (int i = 0; i < stops.size(); ++i) {
        if (stops.at(i).id == stopId)
            return i;
    }
    return -1;
}

double EtaRoute::localMinute(qint64 ms) const
{
    const qint64 local = ms / 1000 + utcOffsetSec;
    return double(((local % 86400) + 86400) % 86400) / 60.0;
}

int EtaRoute::localHour(qint64 ms) const
{
    const qint64 local = ms / 1000 + utcOffsetSec;
    return int(((local / 3600) % 24 + 24) % 24);
}
