#include "etaday.h"

#include "core/timeformat.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace {

constexpr double MinuteMs = 60000.0;
// Estimates kept per stop for measuring errors: one per this much feed time.
constexpr qint64 SampleEveryMs = 10 * 60 * 1000;
constexpr int MaxSamplesPerStop = 64;
// An arrival this close after the window opened may have been a wait at the door.
constexpr qint64 WaitSlackMs = 2 * 60 * 1000;
// Crews early for a window report their arrival a few minutes before it opens.
constexpr qint64 WaitLeadMs = 5 * 60 * 1000;

} // namespace

EtaDay::EtaDay(const EtaSettings &settings)
    : m_settings(settings)
    , m_learner(settings)
    , m_calibrator(settings.bandLevel)
    , m_estimator(m_settings, m_learner, m_calibrator)
{}

void EtaDay::clear()
{
    m_learner = EtaLearner(m_settings);
    m_calibrator = EtaBandCalibrator(m_settings.bandLevel);
    m_routes.clear();
    m_vehicles.clear();
    m_statusTimes.clear();
    m_samples.clear();
    m_routeOfStop.clear();
    m_hadBreak.clear();
    m_lastSampleAt = 0;
    m_breakMoment.reset();
    m_breakClockDirty = false;
}

void EtaDay::setSettings(const EtaSettings &settings)
{
    // The learner and calibrator keep what they learnt; only policies change.
    m_settings = settings;
}

const Vehicle *EtaDay::vehicle(const QString &id) const
{
    const auto it = m_vehicles.constFind(id);
    return it == m_vehicles.cend() ? nullptr : &*it;
}

void EtaDay::setVehicle(const Vehicle &vehicle)
{
    if (vehicle.status == Domain::VehicleStatus::BreakStart ||
        vehicle.status == Domain::VehicleStatus::BreakEnd)
        m_hadBreak.insert(vehicle.id);
    auto it = m_vehicles.find(vehicle.id);
    if (it == m_vehicles.end()) {
        if (vehicle.statusTs > 0)
            m_statusTimes[vehicle.id].append(vehicle.statusTs);
        m_vehicles.insert(vehicle.id, vehicle);
        return;
    }
    const Vehicle &before = *it;
    if (vehicle.statusTs > before.statusTs) {
        m_statusTimes[vehicle.id].append(vehicle.statusTs);
        const double minutes = double(vehicle.statusTs - before.statusTs) / MinuteMs;
        if (before.status == Domain::VehicleStatus::Breakdown &&
            vehicle.status == Domain::VehicleStatus::Repaired)
            m_learner.observeRepair(before.expectedRepairMin, minutes);
        else if (before.status == Domain::VehicleStatus::BreakStart &&
                 vehicle.status == Domain::VehicleStatus::BreakEnd)
            m_learner.observeBreak(minutes);
    }
    *it = vehicle;
}

void EtaDay::setRoute(const Route &route, const QVector<Stop> &stops)
{
    EtaRoute after = EtaRoute::make(route, stops);
    const auto it = m_routes.constFind(route.id);
    if (it == m_routes.cend() || it->plannedBreakAt != after.plannedBreakAt ||
        it->plannedBreakAfter != after.plannedBreakAfter)
        m_breakClockDirty = true;
    applyBreakMoment(after);
    learnFrom(it == m_routes.cend() ? nullptr : &*it, after);
    for (const Stop &s : std::as_const(after.stops))
        m_routeOfStop.insert(s.id, route.id);
    m_routes.insert(route.id, std::move(after));
}

bool EtaDay::disturbed(const QString &vehicleId, qint64 from, qint64 to) const
{
    const auto it = m_statusTimes.constFind(vehicleId);
    if (it == m_statusTimes.cend())
        return false;
    for (qint64 t : *it) {
        if (t > from && t <= to)
            return true;
    }
    return false;
}

void EtaDay::learnFrom(const EtaRoute *before, const EtaRoute &after)
{
    if (after.route.startedAt > 0 && after.route.plannedStart > 0 &&
        (!before || before->route.startedAt == 0))
        m_learner.observeStartDelay(double(after.route.startedAt - after.route.plannedStart) /
                                    MinuteMs);

    QHash<QString, std::pair<qint64, qint64>> seen; // stop -> (arrived, completed) before
    if (before) {
        seen.reserve(before->stops.size());
        for (const Stop &s : before->stops)
            seen.insert(s.id, {s.arrivedAt, s.completedAt});
    }
    QVector<std::pair<qint64, int>> arrivals, completions;
    for (int i = 0; i < after.stops.size(); ++i) {
        const Stop &s = after.stops.at(i);
        const auto old = seen.value(s.id, {0, 0});
        if (s.arrivedAt > 0 && old.first == 0)
            arrivals.append({s.arrivedAt, i});
        if (s.completedAt > 0 && old.second == 0)
            completions.append({s.completedAt, i});
    }
    std::sort(arrivals.begin(), arrivals.end());
    std::sort(completions.begin(), completions.end());
    for (const auto &a : std::as_const(arrivals))
        learnArrival(after, a.second);
    for (const auto &c : std::as_const(completions))
        learnCompletion(after, c.second);
}

void EtaDay::learnArrival(const EtaRoute &route, int index)
{
    const Stop &s = route.stops.at(index);

    // How far off the earlier estimates for this stop were.
    const auto samples = m_samples.constFind(s.id);
    if (samples != m_samples.cend()) {
        for (const Sample &sample : *samples) {
            if (sample.at >= s.arrivedAt)
                continue;
            m_calibrator.addError(double(sample.rawEta - sample.at) / MinuteMs,
                                  double(s.arrivedAt - sample.rawEta) / MinuteMs);
        }
        m_samples.erase(samples);
    }

    // The leg that led here: from the stop completed last before, or the hub.
    int origin = -1;
    qint64 departure = 0;
    for (int i = 0; i < route.stops.size(); ++i) {
        const qint64 done = route.stops.at(i).completedAt;
        if (i != index && done > departure && done <= s.arrivedAt) {
            departure = done;
            origin = i;
        }
    }
    if (origin < 0) {
        departure = route.route.startedAt;
        if (departure <= 0 || departure > s.arrivedAt)
            return;
    }
    if (disturbed(route.route.vehicleId, departure, s.arrivedAt))
        return;
    if (s.windowStart > 0 && s.arrivedAt >= s.windowStart - WaitLeadMs &&
        s.arrivedAt <= s.windowStart + WaitSlackMs)
        return;
    const EtaRoute::Leg &leg = route.legs.at(index);
    const bool planned = origin == index - 1;
    double km = leg.straightKm;
    if (!planned) {
        const double lat = origin >= 0 ? route.stops.at(origin).customer.lat : route.route.hub.lat;
        const double lon = origin >= 0 ? route.stops.at(origin).customer.lon : route.route.hub.lon;
        km = straightKm(lat, lon, s.customer.lat, s.customer.lon);
    }
    m_learner.observeLeg(route.route.id, leg.area, route.localHour(departure),
                         planned ? leg.plannedMin : -1, km,
                         double(s.arrivedAt - departure) / MinuteMs);
}

void EtaDay::learnCompletion(const EtaRoute &route, int index)
{
    const Stop &s = route.stops.at(index);
    if (s.arrivedAt <= 0 || s.completedAt < s.arrivedAt)
        return;
    if (disturbed(route.route.vehicleId, s.arrivedAt, s.completedAt))
        return;
    const double actualMin = double(s.completedAt - s.arrivedAt) / MinuteMs;
    m_learner.observeVisit(
        m_learner.serviceMinutes(route.route.id, route.legs.at(index).kind, s.serviceMin),
        actualMin);
    m_learner.observeOutcome(
        Domain::isFailure(s.outcome) && s.outcome != Domain::Outcome::Incomplete, actualMin);
    // A customer not home or a refused delivery ends the visit early; it says
    // nothing about how long the work takes where it goes as planned, which
    // is what a pending stop will most likely be.
    if (Domain::isFailure(s.outcome) || s.outcome == Domain::Outcome::Incomplete)
        return;
    m_learner.observeService(route.route.id, route.legs.at(index).kind, s.serviceMin, actualMin);
}

void EtaDay::applyBreakMoment(EtaRoute &route) const
{
    route.breakFrom = 0;
    if (!m_breakMoment || route.plannedBreakMin <= 0 || route.plannedBreakAfter <= 0)
        return;
    const EtaBreakClock::Interval interval{route.localMinute(route.plannedBreakAfter),
                                           route.localMinute(route.plannedBreakAt)};
    if (EtaBreakClock::contains(interval, *m_breakMoment))
        route.breakFrom =
            route.plannedBreakAt - qint64((interval.toMin - *m_breakMoment) * MinuteMs);
}

void EtaDay::updateBreakClock()
{
    if (!m_breakClockDirty)
        return;
    m_breakClockDirty = false;
    QVector<EtaBreakClock::Interval> intervals;
    intervals.reserve(m_routes.size());
    for (const EtaRoute &route : std::as_const(m_routes)) {
        if (route.plannedBreakMin > 0 && route.plannedBreakAfter > 0)
            intervals.append({route.localMinute(route.plannedBreakAfter),
                              route.localMinute(route.plannedBreakAt)});
    }
    m_breakMoment = EtaBreakClock::commonMoment(intervals);
    for (EtaRoute &route : m_routes)
        applyBreakMoment(route);
}

QVector<StopEta> EtaDay::estimateRoute(const QString &routeId, qint64 now)
{
    updateBreakClock();
    const auto it = m_routes.find(routeId);
    if (it == m_routes.end())
        return {};
    it->breakTaken = m_hadBreak.contains(it->route.vehicleId);
    return m_estimator.estimate(*it, vehicle(it->route.vehicleId), now);
}

EtaSnapshot EtaDay::estimateAll(qint64 now)
{
    updateBreakClock();
    m_calibrator.refresh();
    const QString today =
        QDateTime::fromMSecsSinceEpoch(now, TimeFormat::companyZone()).date().toString(Qt::ISODate);
    EtaSnapshot snapshot;
    snapshot.reserve(m_routeOfStop.size());
    // Estimates are kept for measuring errors once per interval, not at every event.
    const bool sample = now - m_lastSampleAt >= SampleEveryMs;
    if (sample)
        m_lastSampleAt = now;
    QVector<EtaEstimator::Raw> raw;
    for (auto it = m_routes.begin(); it != m_routes.end(); ++it) {
        EtaRoute &route = *it;
        if (route.route.date != today)
            continue;
        route.breakTaken = m_hadBreak.contains(route.route.vehicleId);
        raw.clear();
        m_estimator.estimateRaw(route, vehicle(route.route.vehicleId), now, raw);
        for (const EtaEstimator::Raw &r : std::as_const(raw)) {
            const StopEta eta = m_estimator.finish(route, r, now);
            if (sample) {
                QVector<Sample> &samples = m_samples[eta.stopId];
                if (samples.size() < MaxSamplesPerStop)
                    samples.append({now, r.eta});
            }
            snapshot.insert(eta.stopId, eta);
        }
    }
    return snapshot;
}
