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

void EtaRoute::refresh()
{
    legs.resize(stops.size());
    double lat = route.hub.lat, lon = route.hub.lon;
    qint64 plannedDeparture = route.plannedStart;
    for (int i = 0; i < stops.size(); ++i) {
        const Stop &s = stops.at(i);
        Leg &leg = legs[i];
        leg.straightKm =
            (lat == 0 && lon == 0) ? 0 : straightKm(lat, lon, s.customer.lat, s.customer.lon);
        leg.plannedMin = -1;
        if (plannedDeparture > 0 && s.plannedArrival > 0) {
            const double minutes = double(s.plannedArrival - plannedDeparture) / 60000.0;
            if (minutes >= 0 && minutes < 240)
                leg.plannedMin = minutes;
        }
        leg.area = EtaLearner::areaOf(s.customer.lat, s.customer.lon);
        leg.kind = EtaLearner::serviceKind(s.services);
        lat = s.customer.lat;
        lon = s.customer.lon;
        plannedDeparture =
            s.plannedArrival > 0 ? s.plannedArrival + qint64(s.serviceMin * 60000.0) : 0;
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

int EtaRoute::localHour(qint64 ms) const
{
    const qint64 local = ms / 1000 + utcOffsetSec;
    return int(((local / 3600) % 24 + 24) % 24);
}
