#include "replan/slotfinder.h"

#include "core/timeformat.h"
#include "replan/dayplan.h"
#include "storage/operationstore.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace Replan {

namespace {

QString labelOf(const Route &route)
{
    return route.plate.isEmpty() ? route.id : route.plate;
}

// The hub's usual windows on `day`, each a slot for all the stops.
void usualWindows(const QString &day, const QVector<Stop> &stops, const SlotOptions &options,
                  QVector<Slot> &into)
{
    const int step = std::max(1, options.windowHours);
    for (int h = options.firstHour; h + step <= options.lastHour; h += step) {
        Slot slot;
        slot.day = day;
        for (const Stop &s : stops)
            slot.places.append({s.id, QString(), 0, SlotFinder::atHour(day, h),
                                SlotFinder::atHour(day, h + step), 0});
        into.append(slot);
    }
}

// A van's day with the stop added keeps every window it kept before, the
// stop's own, and its working day.
bool fits(const RouteTimes &before, const RouteTimes &after)
{
    return after.withinDay && after.broken <= before.broken;
}

Slot routeSlot(const DayPlan &plan, const QString &day, int van, const std::vector<int> &visits,
               const std::vector<int> &placed, double added)
{
    const Route &route = plan.vans().at(van).route;
    const RouteTimes times = plan.walk(van, visits);
    Slot slot;
    slot.day = day;
    slot.routeId = route.id;
    slot.vehicleLabel = labelOf(route);
    slot.addedDrivingMin = added;
    for (int site : placed) {
        const auto at = std::find(visits.begin(), visits.end(), site) - visits.begin();
        const Stop &s = plan.stopAt(site);
        slot.places.append({s.id, route.id, int(at) + 1, s.windowStart, s.windowEnd,
                            plan.toMs(times.start[size_t(at)])});
    }
    return slot;
}

// The day's route slots for `stops` (windows already on the day).
QVector<Slot> routeSlots(OperationStore &store, const QString &day, const QString &hubId,
                         const QVector<Stop> &stops, qint64 now, const SlotOptions &options)
{
    QStringList routeIds;
    for (const Route &r : store.routes(day))
        if (r.hub.id == hubId && r.finishedAt == 0)
            routeIds.append(r.id);
    QVector<Slot> slots;
    if (routeIds.isEmpty())
        return slots;
    const DayPlan plan =
        DayPlan::build(store, routeIds, std::max(now, SlotFinder::atHour(day, 0)), stops);
    std::vector<int> sites;
    for (const Stop &s : stops)
        sites.push_back(plan.siteOf(s.id));
    std::sort(sites.begin(), sites.end(), [&](int a, int b) {
        return plan.problem().site(a).due < plan.problem().site(b).due;
    });
    // One stop: each van that has room is a slot. Several: each van that
    // takes them all is a slot, in the cheapest order.
    for (int v = 0; v < plan.vans().size(); ++v) {
        const DayPlan::Van &van = plan.vans().at(v);
        if (!van.canReceive)
            continue;
        std::vector<int> visits = van.pending;
        RouteTimes times = plan.walk(v, visits);
        const double travelBefore = times.travel;
        bool ok = true;
        for (int site : sites) {
            RouteTimes after;
            const int pos = plan.bestPlace(v, visits, site, &after);
            if (pos < 0 || !fits(times, after)) {
                ok = false;
                break;
            }
            visits.insert(visits.begin() + pos, site);
            times = std::move(after);
        }
        if (ok)
            slots.append(routeSlot(plan, day, v, visits, sites, times.travel - travelBefore));
    }
    std::sort(slots.begin(), slots.end(),
              [](const Slot &a, const Slot &b) { return a.addedDrivingMin < b.addedDrivingMin; });
    if (slots.size() > options.routesPerDay)
        slots.resize(std::max(0, options.routesPerDay));
    return slots;
}

QString hubOf(OperationStore &store, const Stop &stop)
{
    const QVector<Route> routes = store.routesByIds({stop.routeId});
    return routes.isEmpty() ? QString() : routes.first().hub.id;
}

// The stop on the given day, at the clock times of its window, on no route.
Stop onDayOf(Stop stop, const QString &day)
{
    stop.windowStart = SlotFinder::onDay(stop.windowStart, day);
    stop.windowEnd = SlotFinder::onDay(stop.windowEnd, day);
    stop.routeId.clear();
    return stop;
}

// The usual window of `day` that holds the stop's promised start, else the first.
Slot usualWindowFor(const Stop &stop, const QString &day, const SlotOptions &options)
{
    QVector<Slot> windows;
    const Stop moved = onDayOf(stop, day);
    usualWindows(day, {moved}, options, windows);
    for (const Slot &s : windows) {
        const SlotPlace &p = s.places.first();
        if (moved.windowStart >= p.windowStart && moved.windowStart < p.windowEnd)
            return s;
    }
    return windows.value(0);
}

} // namespace

QVector<Reschedule> Slot::reschedules() const
{
    QVector<Reschedule> out;
    for (const SlotPlace &p : places)
        out.append({p.stopId, day, p.routeId, p.seq, p.windowStart, p.windowEnd, p.plannedArrival});
    return out;
}

QStringList SlotFinder::nextWorkingDays(const QString &day, int count)
{
    QStringList days;
    QDate d = QDate::fromString(day, Qt::ISODate);
    if (!d.isValid())
        return days;
    while (days.size() < count) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            days.append(d.toString(Qt::ISODate));
    }
    return days;
}

qint64 SlotFinder::onDay(qint64 ms, const QString &day)
{
    const QTime time = QDateTime::fromMSecsSinceEpoch(ms, TimeFormat::companyZone()).time();
    return QDateTime(QDate::fromString(day, Qt::ISODate), time, TimeFormat::companyZone())
        .toMSecsSinceEpoch();
}

qint64 SlotFinder::atHour(const QString &day, int hour)
{
    return QDateTime(QDate::fromString(day, Qt::ISODate), QTime(0, 0), TimeFormat::companyZone())
               .toMSecsSinceEpoch() +
           qint64(hour) * 3600 * 1000;
}

QVector<Slot> SlotFinder::find(OperationStore &store, const QStringList &stopIds, qint64 now,
                               const SlotOptions &options)
{
    QVector<Slot> slots;
    const QVector<Stop> stops = store.stopsByIds(stopIds);
    if (stops.isEmpty())
        return slots;
    // Several stops are offered the days of the first one's hub.
    QString hubId;
    for (const Stop &s : stops) {
        hubId = hubOf(store, s);
        if (!hubId.isEmpty())
            break;
    }
    for (const QString &day : nextWorkingDays(TimeFormat::toDay(now), options.workingDays)) {
        QVector<Stop> onThatDay;
        for (const Stop &s : stops)
            onThatDay.append(onDayOf(s, day));
        const QVector<Slot> onRoutes = hubId.isEmpty()
                                           ? QVector<Slot>()
                                           : routeSlots(store, day, hubId, onThatDay, now, options);
        if (onRoutes.isEmpty())
            usualWindows(day, onThatDay, options, slots);
        else
            slots += onRoutes;
    }
    return slots;
}

Slot SlotFinder::best(OperationStore &store, const QString &stopId, qint64 now,
                      const SlotOptions &options)
{
    return bestEach(store, {stopId}, now, options).value(stopId);
}

QHash<QString, Slot> SlotFinder::bestEach(OperationStore &store, const QStringList &stopIds,
                                          qint64 now, const SlotOptions &options)
{
    QHash<QString, Slot> best;
    const QVector<Stop> stops = store.stopsByIds(stopIds);
    const QStringList days = nextWorkingDays(TimeFormat::toDay(now), options.workingDays);
    if (stops.isEmpty() || days.isEmpty())
        return best;
    QHash<QString, QVector<Stop>> byHub;
    for (const Stop &s : stops)
        byHub[hubOf(store, s)].append(s);
    for (const QString &day : days) {
        for (auto hub = byHub.begin(); hub != byHub.end(); ++hub) {
            QVector<Stop> waiting;
            for (const Stop &s : hub.value())
                if (!best.contains(s.id))
                    waiting.append(onDayOf(s, day));
            if (waiting.isEmpty() || hub.key().isEmpty())
                continue;
            QStringList routeIds;
            for (const Route &r : store.routes(day))
                if (r.hub.id == hub.key() && r.finishedAt == 0)
                    routeIds.append(r.id);
            if (routeIds.isEmpty())
                continue;
            const DayPlan plan =
                DayPlan::build(store, routeIds, std::max(now, atHour(day, 0)), waiting);
            for (const Stop &s : waiting) {
                const int site = plan.siteOf(s.id);
                for (int v = 0; v < plan.vans().size(); ++v) {
                    if (!plan.vans().at(v).canReceive)
                        continue;
                    std::vector<int> visits = plan.vans().at(v).pending;
                    const RouteTimes before = plan.walk(v, visits);
                    RouteTimes after;
                    const int pos = plan.bestPlace(v, visits, site, &after);
                    if (pos < 0 || !fits(before, after))
                        continue;
                    const double added = after.travel - before.travel;
                    if (best.contains(s.id) && best.value(s.id).addedDrivingMin <= added)
                        continue;
                    visits.insert(visits.begin() + pos, site);
                    best.insert(s.id, routeSlot(plan, day, v, visits, {site}, added));
                }
            }
        }
    }
    for (const Stop &s : stops)
        if (!best.contains(s.id))
            best.insert(s.id, usualWindowFor(s, days.first(), options));
    return best;
}

} // namespace Replan
