#include "replan/rescueplanner.h"

#include "core/timeformat.h"
#include "eta/etaroute.h"
#include "replan/rescuesearch.h"
#include "replan/slotfinder.h"
#include "storage/operationstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace Replan {

RescuePlanner::RescuePlanner(OperationStore &store, const QString &routeId, qint64 now,
                             const RescueOptions &options)
    : m_store(store)
    , m_routeId(routeId)
    , m_now(now)
    , m_options(options)
{
    const QVector<Route> source = store.routesByIds({routeId});
    if (source.isEmpty()) {
        m_error = QCoreApplication::translate("Replan", "there is no route %1").arg(routeId);
        return;
    }
    const Route &broken = source.first();
    QHash<QString, Hub> hubs;
    for (const Hub &h : store.hubs())
        hubs.insert(h.id, h);
    QStringList routeIds{routeId};
    for (const Route &r : store.routes(broken.date)) {
        if (r.id == routeId || r.finishedAt != 0)
            continue;
        const Hub hub = hubs.value(r.hub.id, r.hub);
        const bool near =
            r.hub.id == broken.hub.id ||
            straightKm(hub.lat, hub.lon, broken.hub.lat, broken.hub.lon) <= m_options.nearbyHubKm;
        if (near)
            routeIds.append(r.id);
    }
    m_plan = DayPlan::build(store, routeIds, now);
    const int brokenVan = m_plan.vanOfRoute(routeId);
    m_rescuedIds = m_plan.stopIds(m_plan.vans().at(brokenVan).pending);
    for (const DayPlan::Van &van : m_plan.vans())
        if (van.route.id != routeId && van.canReceive)
            m_candidateIds.append(van.route.id);
}

RescueProposal RescuePlanner::propose(const QHash<QString, QString> &pinned) const
{
    RescueProposal proposal;
    proposal.change.kind = ChangeSet::Kind::Rescue;
    proposal.change.reason = Reason::Breakdown;
    proposal.change.sourceRouteId = m_routeId;
    if (!m_error.isEmpty())
        return proposal;
    QElapsedTimer timer;
    timer.start();
    std::vector<int> vans;
    for (const QString &id : m_candidateIds)
        vans.push_back(m_plan.vanOfRoute(id));
    const std::vector<int> rescued = m_plan.sitesOf(m_rescuedIds);
    RescueSearch search(m_plan, vans, rescued, m_options.maxLateMin);
    for (auto it = pinned.begin(); it != pinned.end(); ++it) {
        const int site = m_plan.siteOf(it.key());
        const int van = m_plan.vanOfRoute(it.value());
        if (site > 0 && std::find(rescued.begin(), rescued.end(), site) != rescued.end() &&
            (it.value().isEmpty() || std::find(vans.begin(), vans.end(), van) != vans.end()))
            search.pin(site, it.value().isEmpty() ? -1 : van);
    }
    search.run();
    proposal.seconds = double(timer.nsecsElapsed()) / 1e9;

    for (int v : vans) {
        if (!search.changed(v))
            continue;
        const std::vector<int> &visits = search.visits(v);
        const RouteTimes after = m_plan.walk(v, visits);
        const RouteTimes before = m_plan.walk(v, m_plan.vans().at(v).pending);
        RouteOrder order;
        order.routeId = m_plan.vans().at(v).route.id;
        order.stopIds = m_plan.stopIds(visits);
        order.plannedArrivals = m_plan.arrivalsMs(after);
        proposal.change.orders.append(order);
        proposal.addedDrivingMin += after.travel - before.travel;
        for (size_t i = 0; i < visits.size(); ++i) {
            const int site = visits[i];
            const bool kept = DayPlan::kept(after.start[i], m_plan.problem().site(site));
            if (std::find(rescued.begin(), rescued.end(), site) == rescued.end()) {
                const auto was = std::find(m_plan.vans().at(v).pending.begin(),
                                           m_plan.vans().at(v).pending.end(), site);
                const size_t k = size_t(was - m_plan.vans().at(v).pending.begin());
                if (!kept && DayPlan::kept(before.start[k], m_plan.problem().site(site)))
                    ++proposal.windowsBrokenElsewhere;
                continue;
            }
            proposal.receiverOf.insert(m_plan.stopIdAt(site), order.routeId);
            if (kept) {
                ++proposal.keptWindows;
            } else {
                ++proposal.lateStops;
                proposal.latenessMin += after.start[i] - m_plan.problem().site(site).due;
            }
        }
    }
    proposal.addedKm = DayPlan::kmOf(proposal.addedDrivingMin);
    const QStringList later = m_plan.stopIds(search.rescheduled());
    const QHash<QString, Slot> slots = m_options.suggestSlots && !later.isEmpty()
                                           ? SlotFinder::bestEach(m_store, later, m_now)
                                           : QHash<QString, Slot>();
    for (int site : search.rescheduled()) {
        const Stop &stop = m_plan.stopAt(site);
        proposal.receiverOf.insert(stop.id, QString());
        const Slot slot = slots.value(stop.id);
        Reschedule r;
        if (!slot.places.isEmpty()) {
            r = slot.reschedules().first();
        } else {
            // Not looked up: the same clock window on the next working day, not on a route yet.
            r.stopId = stop.id;
            r.day = SlotFinder::nextWorkingDays(TimeFormat::toDay(m_now), 1).value(0);
            r.windowStart = SlotFinder::onDay(stop.windowStart, r.day);
            r.windowEnd = SlotFinder::onDay(stop.windowEnd, r.day);
        }
        proposal.change.reschedules.append(r);
        ++proposal.rescheduled;
    }
    proposal.rescuedStops = int(rescued.size());
    return proposal;
}

} // namespace Replan
