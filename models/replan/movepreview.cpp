#include "replan/movepreview.h"

#include "replan/dayplan.h"
#include "storage/operationstore.h"

#include <QSet>

#include <algorithm>

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

} // namespace

const RoutePreview *MovePreview::route(const QString &routeId) const
{
    for (const RoutePreview &r : routes)
        if (r.routeId == routeId)
            return &r;
    return nullptr;
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
        int pos = plan.bestPlace(target, visits[size_t(target)], site, nullptr);
        if (pos < 0) // past the working day everywhere: the dispatcher sees it in the preview
            pos = int(visits[size_t(target)].size());
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
