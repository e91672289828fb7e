#include "etaestimator.h"

#include <algorithm>

namespace {

constexpr double MinuteMs = 60000.0;
// A van this close to where a leg begins has not set off yet.
constexpr double StillThereKm = 0.3;

qint64 plusMinutes(qint64 t, double minutes)
{
    return t + qint64(minutes * MinuteMs);
}

} // namespace

EtaEstimator::EtaEstimator(const EtaSettings &settings, const EtaLearner &learner,
                           const EtaBandCalibrator &calibrator)
    : m_settings(settings)
    , m_learner(learner)
    , m_calibrator(calibrator)
{}

bool EtaEstimator::isPending(const Stop &stop)
{
    return stop.inPlan && stop.arrivedAt == 0 && stop.completedAt == 0 &&
           stop.state == Domain::StopState::Planned;
}

double EtaEstimator::serviceMin(const EtaRoute &route, int index) const
{
    return m_learner.serviceMinutes(route.route.id, route.legs.at(index).kind,
                                    route.stops.at(index).serviceMin);
}

double EtaEstimator::legMin(const EtaRoute &route, int index, qint64 departure) const
{
    const EtaRoute::Leg &leg = route.legs.at(index);
    if (leg.plannedMin >= 0)
        return leg.plannedMin *
               m_learner.travelRatio(route.route.id, leg.area, route.localHour(departure));
    return m_learner.minutesForDistance(route.route.id, leg.straightKm);
}

void EtaEstimator::estimateRaw(const EtaRoute &route, const Vehicle *vehicle, qint64 now,
                               QVector<Raw> &out) const
{
    const Route &r = route.route;
    if (r.finishedAt > 0 && r.finishedAt <= now)
        return;
    const QVector<Stop> &stops = route.stops;

    // Where the crew is: the stop it reached last.
    int current = -1;
    qint64 currentAt = 0;
    for (int i = 0; i < stops.size(); ++i) {
        const Stop &s = stops.at(i);
        const qint64 at = s.arrivedAt > 0 ? s.arrivedAt : s.completedAt;
        if (at > 0 && at >= currentAt) {
            current = i;
            currentAt = at;
        }
    }

    qint64 leave = now;   // when the crew leaves its current place
    bool driving = false; // already on the way to the next stop
    if (current >= 0) {
        const Stop &s = stops.at(current);
        if (s.completedAt > 0) {
            leave = s.completedAt;
            driving = true;
        } else {
            const double elapsed = double(now - s.arrivedAt) / MinuteMs;
            leave = plusMinutes(
                now, m_learner.remainingServiceMinutes(serviceMin(route, current), elapsed));
        }
    } else if (r.startedAt > 0) {
        leave = r.startedAt;
        driving = true;
    } else if (r.plannedStart > 0) {
        leave = std::max(now + qint64(MinuteMs),
                         plusMinutes(r.plannedStart, m_learner.startDelayMin()));
    }

    // A breakdown or a break holds the van where it is. A break the plan
    // left room for and not yet taken comes at the first departure after
    // its planned moment, wherever the crew is by then.
    double holdMin = 0;
    double repairHoldMin = 0;
    bool breakPending = route.plannedBreakMin > 0 && !route.breakTaken;
    if (vehicle) {
        const double since = double(now - vehicle->statusTs) / MinuteMs;
        if (vehicle->status == Domain::VehicleStatus::Breakdown) {
            const double expected = m_learner.repairMinutes(vehicle->expectedRepairMin);
            holdMin = repairHoldMin = std::max(expected - since, std::max(5.0, 0.25 * expected));
        } else if (vehicle->status == Domain::VehicleStatus::BreakStart) {
            holdMin = std::max(m_learner.breakMinutes(route.plannedBreakMin) - since, 2.0);
            breakPending = false;
        } else if (vehicle->status == Domain::VehicleStatus::BreakEnd) {
            breakPending = false;
        }
    }

    // Pending stops in plan order from the current one; any skipped earlier
    // are assumed to come at the end.
    QVector<int> order;
    order.reserve(stops.size());
    for (int i = current + 1; i < stops.size(); ++i) {
        if (isPending(stops.at(i)))
            order.append(i);
    }
    for (int i = 0; i < std::max(0, current); ++i) {
        if (isPending(stops.at(i)))
            order.append(i);
    }

    int previous = current;
    bool first = true;
    qint64 t = leave;
    for (int index : order) {
        if (breakPending && !(first && driving) && t >= route.breakDueAt()) {
            t = plusMinutes(t, m_learner.breakMinutes(route.plannedBreakMin));
            breakPending = false;
        }
        double travel = 0;
        if (previous == index - 1) {
            travel = legMin(route, index, t);
        } else {
            const Stop &to = stops.at(index);
            const double fromLat = previous >= 0 ? stops.at(previous).customer.lat : r.hub.lat;
            const double fromLon = previous >= 0 ? stops.at(previous).customer.lon : r.hub.lon;
            travel = m_learner.minutesForDistance(
                r.id, straightKm(fromLat, fromLon, to.customer.lat, to.customer.lon));
        }
        qint64 arrival = 0;
        if (first && driving) {
            // On the way: what is left of the leg, by the clock and by the van's place.
            // A van that stopped on the way (a breakdown, a break) has driven
            // only until then; the hold comes on top.
            qint64 drivingUntil = now;
            if (vehicle && vehicle->statusTs > t && vehicle->statusTs < now &&
                (vehicle->status == Domain::VehicleStatus::Breakdown ||
                 vehicle->status == Domain::VehicleStatus::BreakStart))
                drivingUntil = vehicle->statusTs;
            double left =
                std::max(travel - double(drivingUntil - t) / MinuteMs, std::max(1.0, 0.1 * travel));
            // Back on the road after a repair or a break taken on the way:
            // the clock ran while the van stood, so count part of the leg again.
            if (vehicle && vehicle->statusTs > t &&
                (vehicle->status == Domain::VehicleStatus::Repaired ||
                 vehicle->status == Domain::VehicleStatus::BreakEnd))
                left = std::max(left, 0.5 * travel - double(now - vehicle->statusTs) / MinuteMs);
            const bool placeKnown = vehicle && vehicle->positionTs >= t &&
                                    vehicle->positionTs <= now &&
                                    now - vehicle->positionTs <= m_settings.freshPositionMs &&
                                    (vehicle->lat != 0 || vehicle->lon != 0);
            // Still where the leg begins (a break taken at the door before
            // setting off): none of the leg has been driven yet.
            if (placeKnown) {
                const double fromLat = previous >= 0 ? stops.at(previous).customer.lat : r.hub.lat;
                const double fromLon = previous >= 0 ? stops.at(previous).customer.lon : r.hub.lon;
                if (straightKm(vehicle->lat, vehicle->lon, fromLat, fromLon) < StillThereKm)
                    left = std::max(left, travel);
            }
            double minutes = left;
            if (placeKnown) {
                const Stop &to = stops.at(index);
                const double km =
                    straightKm(vehicle->lat, vehicle->lon, to.customer.lat, to.customer.lon);
                // The rest of the distance at the pace expected for this leg
                // (a motorway leg from the hub is faster per km than a hop in
                // town); the day's pace when the leg is too short to tell.
                const double legKm = previous == index - 1 ? route.legs.at(index).straightKm : 0;
                const double perKm = legKm >= 1 && travel > 0
                                         ? travel / legKm
                                         : 1.0 / std::max(0.05, m_learner.kmPerMinute(r.id));
                // A moving van has gone on since its last position; a van
                // standing (a break, a breakdown, a stop in traffic) has not.
                const bool standing =
                    (vehicle->speedKmh >= 0 && vehicle->speedKmh < 3) || drivingUntil < now;
                const double byPlace = std::max(
                    0.0,
                    km * perKm - (standing ? 0.0 : double(now - vehicle->positionTs) / MinuteMs));
                minutes = 0.3 * left + 0.7 * byPlace;
            }
            arrival = plusMinutes(now, minutes + holdMin);
        } else if (first) {
            arrival = plusMinutes(std::max(t, now), travel + holdMin);
        } else {
            arrival = plusMinutes(t, travel);
        }
        const Stop &s = stops.at(index);
        if (m_settings.earlyArrival == EtaSettings::EarlyArrival::Wait && s.windowStart > 0 &&
            arrival < s.windowStart)
            arrival = s.windowStart;
        out.append({index, arrival, repairHoldMin});
        // A visit ahead ends early now and then (nobody home, refused): it is
        // expected to take its share of those short visits too.
        t = plusMinutes(arrival, m_learner.visitMinutes(route.route.id, route.legs.at(index).kind,
                                                        s.serviceMin));
        previous = index;
        first = false;
    }
}

StopEta EtaEstimator::finish(const EtaRoute &route, const Raw &raw, qint64 now) const
{
    const Stop &s = route.stops.at(raw.index);
    const double horizon = double(raw.eta - now) / MinuteMs;
    const EtaBandCalibrator::Band band = m_calibrator.band(horizon);
    StopEta e;
    e.stopId = s.id;
    e.routeId = route.route.id;
    e.estimatedAt = now;
    // A repair can take much longer than said, rarely much shorter.
    const double lowMin = band.lowMin - 0.25 * raw.holdMin;
    const double highMin = band.highMin + 0.5 * raw.holdMin;
    e.eta = std::max(now, raw.eta);
    e.low = std::min(e.eta, std::max(now, plusMinutes(raw.eta, lowMin)));
    e.high = std::max(e.eta, plusMinutes(raw.eta, highMin));
    return e;
}

QVector<StopEta> EtaEstimator::estimate(const EtaRoute &route, const Vehicle *vehicle,
                                        qint64 now) const
{
    QVector<Raw> raw;
    estimateRaw(route, vehicle, now, raw);
    QVector<StopEta> out;
    out.reserve(raw.size());
    for (const Raw &r : raw)
        out.append(finish(route, r, now));
    return out;
}

QVector<StopEta> EtaEstimator::estimate(const Route &route, const QVector<Stop> &stops,
                                        const Vehicle *vehicle, qint64 now) const
{
    return estimate(EtaRoute::make(route, stops), vehicle, now);
}
