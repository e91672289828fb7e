#include "replan/movepreview.h"

#include "replan/dayplan.h"
#include "storage/operationstore.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace Replan {

namespace {

// The routes a change touches: those it gives a new order, and those its
// stops leave.
QStringList touchedRoutes(OperationStore &store, const ChangeSet &change)
{
    QStringList routes;
    for (const RouteOrder &o : change.orders)
        if (!routes.contains(o.routeId))
            routes.append(o.routeId);
    for (const Stop &s : store.stopsByIds(change.stopIds()))
        if (!s.routeId.isEmpty() && !routes.contains(s.routeId))
            routes.append(s.routeId);
    return routes;
}

QVector<bool> keptFlags(const DayPlan &plan, const std::vector<int> &visits, const RouteTimes &t)
{
    QVector<bool> kept;
    kept.reserve(int(visits.size()));
    for (size_t i = 0; i < visits.size(); ++i)
        kept.append(DayPlan::kept(t.start[i], plan.problem().site(visits[i])));
    return kept;
}

// Arrivals are shown to the minute: places closer than this are as good.
constexpr double kSameMinute = 0.5;

// What putting a moved stop at one place of a van's visits does.
struct Place
{
    int pos = 0;
    bool withinDay = true;
    bool kept = true;     // the moved stop's window
    double lateness = 0;  // of the moved stop, minutes past its window
    double travel = 0;    // the van's driving minutes with it
    int othersBroken = 0; // the van's other windows broken with it
};

std::vector<Place> placesFor(const DayPlan &plan, int van, const std::vector<int> &visits, int site)
{
    std::vector<Place> places;
    std::vector<int> trial;
    trial.reserve(visits.size() + 1);
    const Planning::Site &moved = plan.problem().site(site);
    for (size_t pos = 0; pos <= visits.size(); ++pos) {
        trial.assign(visits.begin(), visits.begin() + long(pos));
        trial.push_back(site);
        trial.insert(trial.end(), visits.begin() + long(pos), visits.end());
        const RouteTimes t = plan.walk(van, trial);
        Place p;
        p.pos = int(pos);
        p.withinDay = t.withinDay;
        p.kept = DayPlan::kept(t.start[pos], moved);
        p.lateness = p.kept ? 0.0 : t.start[pos] - moved.due;
        p.travel = t.travel;
        p.othersBroken = t.broken - (p.kept ? 0 : 1);
        places.push_back(p);
    }
    return places;
}

// A stop whose window holds nowhere on the van goes where the fewest other
// customers' windows break, and among those where it is least late (its
// customer waits the shortest), then where the van drives least; the preview
// still marks its window broken. The crew's working day holds wherever a
// place allows it, as it does for every proposal of the engine.
int leastLatePlace(std::vector<Place> places)
{
    const auto keep = [&places](auto &&drop) {
        places.erase(std::remove_if(places.begin(), places.end(), drop), places.end());
    };
    if (std::any_of(places.begin(), places.end(), [](const Place &p) { return p.withinDay; }))
        keep([](const Place &p) { return !p.withinDay; });
    const auto least = [&places](auto &&field) {
        double min = std::numeric_limits<double>::max();
        for (const Place &p : places)
            min = std::min(min, double(field(p)));
        return min;
    };
    // Other customers' promises first: one late customer is better than a
    // whole route of them.
    const double othersBroken = least([](const Place &p) { return p.othersBroken; });
    keep([&](const Place &p) { return p.othersBroken > othersBroken; });
    const double lateness = least([](const Place &p) { return p.lateness; });
    keep([&](const Place &p) { return p.lateness > lateness + kSameMinute; });
    const double travel = least([](const Place &p) { return p.travel; });
    keep([&](const Place &p) { return p.travel > travel + kSameMinute; });
    return places.front().pos; // the earliest of equals
}

// The place for a stop moved onto `van`: the engine's cheapest (windows
// first, then driving) when its own window can hold somewhere within the
// working day, else the place where it is least late.
int placeForMovedStop(const DayPlan &plan, int van, const std::vector<int> &visits, int site)
{
    const std::vector<Place> places = placesFor(plan, van, visits, site);
    const bool holdsSomewhere = std::any_of(places.begin(), places.end(),
                                            [](const Place &p) { return p.withinDay && p.kept; });
    const int cheapest = plan.bestPlace(van, visits, site, nullptr);
    if (holdsSomewhere && cheapest >= 0)
        return cheapest;
    return leastLatePlace(places);
}

} // namespace

const RoutePreview *MovePreview::route(const QString &routeId) const
{
    for (const RoutePreview &r : routes)
        if (r.routeId == routeId)
            return &r;
    return nullptr;
}

QStringList MovePreview::routesPastWorkingDay() const
{
    QStringList ids;
    for (const RoutePreview &r : routes)
        if (!r.withinWorkingDay)
            ids.append(r.routeId);
    return ids;
}

MovePreview MovePreview::compute(OperationStore &store, const ChangeSet &change, qint64 now)
{
    MovePreview preview;
    const DayPlan plan = DayPlan::build(store, touchedRoutes(store, change), now);
    QHash<QString, QString> newRouteOf; // stop -> the route whose order names it
    for (const RouteOrder &o : change.orders)
        for (const QString &id : o.stopIds)
            newRouteOf.insert(id, o.routeId);
    QSet<QString> leaving; // rescheduled without a new place today
    for (const Reschedule &r : change.reschedules) {
        if (!newRouteOf.contains(r.stopId)) {
            leaving.insert(r.stopId);
            preview.rescheduledStopIds.append(r.stopId);
        }
    }

    for (int v = 0; v < plan.vans().size(); ++v) {
        const DayPlan::Van &van = plan.vans().at(v);
        RoutePreview r;
        r.routeId = van.route.id;
        r.vehicleLabel = van.route.plate.isEmpty() ? van.route.id : van.route.plate;
        std::vector<int> after;
        const auto order =
            std::find_if(change.orders.begin(), change.orders.end(),
                         [&](const RouteOrder &o) { return o.routeId == r.routeId; });
        if (order != change.orders.end()) {
            for (const QString &id : order->stopIds) {
                const int site = plan.siteOf(id);
                if (site < 0) {
                    preview.unknownStopIds.append(id);
                    continue;
                }
                after.push_back(site);
            }
        } else {
            for (int site : van.pending) {
                const QString id = plan.stopIdAt(site);
                if (!leaving.contains(id) && newRouteOf.value(id, r.routeId) == r.routeId)
                    after.push_back(site);
            }
        }
        const RouteTimes before = plan.walk(v, van.pending);
        const RouteTimes changed = plan.walk(v, after);
        r.oldStopIds = plan.stopIds(van.pending);
        r.oldArrivals = plan.arrivalsMs(before);
        r.oldKept = keptFlags(plan, van.pending, before);
        r.oldBack = plan.toMs(before.back);
        r.newStopIds = plan.stopIds(after);
        r.newArrivals = plan.arrivalsMs(changed);
        r.newKept = keptFlags(plan, after, changed);
        r.newBack = plan.toMs(changed.back);
        r.withinWorkingDay = changed.withinDay;
        for (int site : after) {
            const Stop &s = plan.stopAt(site);
            r.newWindowStarts.append(s.windowStart);
            r.newWindowEnds.append(s.windowEnd);
            if (s.routeId != r.routeId)
                r.receivedStopIds.append(s.id);
        }
        r.addedDrivingMin = changed.travel - before.travel;
        r.addedKm = DayPlan::kmOf(r.addedDrivingMin);
        preview.addedKm += r.addedKm;
        preview.addedDrivingMin += r.addedDrivingMin;
        preview.windowsKeptBefore += r.keptBefore();
        preview.windowsKeptAfter += r.keptAfter();
        preview.windowsBrokenAfter += r.brokenAfter();
        preview.routes.append(r);
    }
    // Stops the change names that no touched route has pending (done, or unknown).
    for (const QString &id : change.stopIds())
        if (plan.siteOf(id) < 0 && !preview.unknownStopIds.contains(id))
            preview.unknownStopIds.append(id);
    return preview;
}

ChangeSet moveStopsChange(OperationStore &store, const QStringList &stopIds,
                          const QString &targetRouteId, qint64 now)
{
    ChangeSet change;
    change.kind = ChangeSet::Kind::MoveToday;
    QStringList routes{targetRouteId};
    const QVector<Stop> stops = store.stopsByIds(stopIds);
    for (const Stop &s : stops)
        if (!routes.contains(s.routeId))
            routes.append(s.routeId);
    const DayPlan plan = DayPlan::build(store, routes, now);
    const int target = plan.vanOfRoute(targetRouteId);
    if (target < 0)
        return change;
    std::vector<std::vector<int>> visits;
    for (const DayPlan::Van &van : plan.vans())
        visits.push_back(van.pending);
    // Earliest window first: the order a crew would naturally take them in.
    std::vector<int> moving = plan.sitesOf(stopIds);
    std::sort(moving.begin(), moving.end(), [&](int a, int b) {
        return plan.problem().site(a).due < plan.problem().site(b).due;
    });
    std::vector<char> touched(visits.size(), 0);
    for (int site : moving) {
        const int from = plan.vanOfRoute(plan.stopAt(site).routeId);
        if (from == target || from < 0)
            continue;
        auto &source = visits[size_t(from)];
        source.erase(std::remove(source.begin(), source.end(), site), source.end());
        touched[size_t(from)] = 1;
        const int pos = placeForMovedStop(plan, target, visits[size_t(target)], site);
        visits[size_t(target)].insert(visits[size_t(target)].begin() + pos, site);
        touched[size_t(target)] = 1;
    }
    for (int v = 0; v < plan.vans().size(); ++v) {
        if (!touched[size_t(v)])
            continue;
        RouteOrder order;
        order.routeId = plan.vans().at(v).route.id;
        order.stopIds = plan.stopIds(visits[size_t(v)]);
        order.plannedArrivals = plan.arrivalsMs(plan.walk(v, visits[size_t(v)]));
        change.orders.append(order);
    }
    return change;
}

} // namespace Replan
