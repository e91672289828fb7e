#include "replan/dayplan.h"

#include "eta/etaestimator.h"
#include "storage/operationstore.h"

#include <algorithm>
#include <cmath>

namespace Replan {

namespace {

constexpr double kFarAway = 1e9; // the open window of a van's start and end places

// Where the van is and when it can leave from there, as the store shows it at `now`.
struct StartPoint
{
    Planning::Location place;
    qint64 departure = 0;
};

StartPoint startOf(const Route &route, const QVector<Stop> &stops, const Vehicle *vehicle,
                   qint64 now)
{
    StartPoint start{{route.hub.lon, route.hub.lat}, std::max(now, route.plannedStart)};
    if (route.startedAt == 0 || route.startedAt > now)
        return start;
    start.departure = now;
    // The stop it is at now: it leaves when that service is done.
    const Stop *lastDone = nullptr;
    for (const Stop &s : stops) {
        if (s.arrivedAt > 0 && s.arrivedAt <= now && (s.completedAt == 0 || s.completedAt > now)) {
            start.place = {s.customer.lon, s.customer.lat};
            start.departure =
                std::max(now, s.arrivedAt + qint64(std::max(0.0, s.serviceMin) * 60000.0));
            return start;
        }
        if (s.completedAt > 0 && s.completedAt <= now &&
            (!lastDone || s.completedAt > lastDone->completedAt))
            lastDone = &s;
    }
    if (vehicle && vehicle->positionTs > 0 && (vehicle->lat != 0 || vehicle->lon != 0))
        start.place = {vehicle->lon, vehicle->lat};
    else if (lastDone)
        start.place = {lastDone->customer.lon, lastDone->customer.lat};
    if (vehicle && vehicle->status == Domain::VehicleStatus::BreakStart)
        start.departure = std::max(now, vehicle->statusTs + 30 * 60000);
    return start;
}

bool isBrokenDown(const Vehicle *vehicle)
{
    return vehicle && vehicle->status == Domain::VehicleStatus::Breakdown;
}

} // namespace

DayPlan DayPlan::build(OperationStore &store, const QStringList &routeIds, qint64 now,
                       const QVector<Stop> &extraStops)
{
    DayPlan plan;
    plan.m_now = now;
    const QVector<Route> routes = store.routesByIds(routeIds);
    QStringList vehicleIds;
    for (const Route &r : routes)
        vehicleIds.append(r.vehicleId);
    QHash<QString, Vehicle> vehicles;
    for (const Vehicle &v : store.vehicles(vehicleIds))
        vehicles.insert(v.id, v);

    const Planning::TravelTimeFunction travel =
        Planning::roadTravelTime(kRoadDetourFactor, kRoadSpeedKmh);
    std::vector<Planning::Site> sites;
    std::vector<Planning::Vehicle> fleet;
    const auto terminal = [&](const Planning::Location &place) {
        Planning::Site s;
        s.number = int(sites.size());
        s.location = place;
        s.ready = -kFarAway;
        s.due = kFarAway;
        sites.push_back(s);
        plan.m_stops.emplace_back();
        return int(sites.size()) - 1;
    };
    const auto customer = [&](const Stop &stop) {
        Planning::Site s;
        s.number = int(sites.size());
        s.location = {stop.customer.lon, stop.customer.lat};
        s.ready = plan.toMinutes(stop.windowStart);
        s.due = plan.toMinutes(stop.windowEnd > 0 ? stop.windowEnd : now + kWorkingDayMs * 3);
        s.service = std::max(0.0, stop.serviceMin);
        s.demand = 0;
        sites.push_back(s);
        plan.m_stops.push_back(stop);
        plan.m_siteOf.insert(stop.id, int(sites.size()) - 1);
        return int(sites.size()) - 1;
    };

    // Site 0, the depot the engine expects, is the first hub; vans use their own places.
    terminal(routes.isEmpty() ? Planning::Location{}
                              : Planning::Location{routes.first().hub.lon, routes.first().hub.lat});
    for (const Route &route : routes) {
        const QVector<Stop> stops = store.stopsOfRoute(route.id);
        const auto vehicle = vehicles.constFind(route.vehicleId);
        const Vehicle *v = vehicle == vehicles.constEnd() ? nullptr : &*vehicle;
        const StartPoint start = startOf(route, stops, v, now);
        Van van;
        van.route = route;
        van.vehicle = int(fleet.size());
        van.canReceive = route.finishedAt == 0 && !isBrokenDown(v);
        Planning::Vehicle pv;
        pv.capacity = kFarAway;
        pv.startSite = terminal(start.place);
        pv.endSite = terminal({route.hub.lon, route.hub.lat});
        pv.shiftStart = plan.toMinutes(start.departure);
        // The working day ends at planned start + its length, or later if the
        // route as planned already ends later: a re-plan must not make it worse.
        double clock = pv.shiftStart;
        Planning::Location here = start.place;
        double service = 0;
        for (const Stop &s : stops) {
            if (!EtaEstimator::isPending(s))
                continue;
            van.pending.push_back(customer(s));
            const Planning::Site &site = sites.back();
            clock = std::max(site.ready, clock + service + travel(here, site.location));
            service = site.service;
            here = site.location;
        }
        const double back = clock + service + travel(here, sites[size_t(pv.endSite)].location);
        const qint64 dayStart = route.plannedStart > 0 ? route.plannedStart : now;
        pv.shiftEnd = std::max(plan.toMinutes(dayStart + kWorkingDayMs), back);
        fleet.push_back(pv);
        plan.m_vanOfRoute.insert(route.id, int(plan.m_vans.size()));
        plan.m_vans.append(van);
    }
    for (const Stop &s : extraStops) {
        if (!plan.m_siteOf.contains(s.id))
            customer(s);
    }
    plan.m_problem =
        Planning::Problem(QStringLiteral("day plan"), std::move(sites), std::move(fleet), travel);
    return plan;
}

bool better(const RouteTimes &a, const RouteTimes &b)
{
    if (a.withinDay != b.withinDay)
        return a.withinDay;
    if (a.broken != b.broken)
        return a.broken < b.broken;
    if (std::abs(a.lateness - b.lateness) > 1e-6)
        return a.lateness < b.lateness;
    return a.travel < b.travel - 1e-9;
}

int DayPlan::bestPlace(int van, const std::vector<int> &visits, int site, RouteTimes *times) const
{
    int best = -1;
    RouteTimes bestTimes;
    std::vector<int> trial;
    trial.reserve(visits.size() + 1);
    for (size_t pos = 0; pos <= visits.size(); ++pos) {
        trial.assign(visits.begin(), visits.begin() + long(pos));
        trial.push_back(site);
        trial.insert(trial.end(), visits.begin() + long(pos), visits.end());
        RouteTimes t = walk(van, trial);
        if (!t.withinDay)
            continue;
        if (best < 0 || better(t, bestTimes)) {
            best = int(pos);
            bestTimes = std::move(t);
        }
    }
    if (times && best >= 0)
        *times = std::move(bestTimes);
    return best;
}

QStringList DayPlan::stopIds(const std::vector<int> &sites) const
{
    QStringList ids;
    ids.reserve(int(sites.size()));
    for (int site : sites)
        ids.append(stopIdAt(site));
    return ids;
}

std::vector<int> DayPlan::sitesOf(const QStringList &stopIds) const
{
    std::vector<int> sites;
    sites.reserve(size_t(stopIds.size()));
    for (const QString &id : stopIds) {
        const int site = siteOf(id);
        if (site > 0)
            sites.push_back(site);
    }
    return sites;
}

bool DayPlan::kept(double start, const Planning::Site &site)
{
    // Within half a minute: arrivals are shown and stored to the minute.
    return start <= site.due + 0.5;
}

RouteTimes DayPlan::walk(int van, const std::vector<int> &visits) const
{
    const Planning::Problem &p = m_problem;
    const Planning::Vehicle &v = p.vehicle(m_vans.at(van).vehicle);
    RouteTimes t;
    t.start.reserve(visits.size());
    double clock = v.shiftStart;
    int here = v.startSite;
    for (int site : visits) {
        const Planning::Site &s = p.site(site);
        const double leg = p.travel(here, site);
        t.travel += leg;
        clock = std::max(s.ready, clock + p.site(here).service + leg);
        t.start.push_back(clock);
        if (!kept(clock, s)) {
            ++t.broken;
            t.lateness += clock - s.due;
        }
        here = site;
    }
    const double leg = p.travel(here, v.endSite);
    t.travel += leg;
    t.back = clock + p.site(here).service + leg;
    t.withinDay = t.back <= v.shiftEnd + 0.5;
    return t;
}

QVector<qint64> DayPlan::arrivalsMs(const RouteTimes &times) const
{
    QVector<qint64> ms;
    ms.reserve(int(times.start.size()));
    for (double start : times.start)
        ms.append(toMs(start));
    return ms;
}

} // namespace Replan
