// What the map's tooltips say about vans, stops, clusters and hubs.
#include "clusteritem.h"
#include "core/domaintext.h"
#include "core/timeformat.h"
#include "hubitem.h"
#include "mapscene.h"
#include "replan/visithistory.h"
#include "stopitem.h"
#include "vanitem.h"

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#667'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString window(const Stop &s)
{
    if (!s.windowStart || !s.windowEnd)
        return QString();
    return QStringLiteral("%1–%2").arg(TimeFormat::toClock(s.windowStart),
                                       TimeFormat::toClock(s.windowEnd));
}

// "10:42 (10:35–10:55)", and how late against the window when it will be.
QString etaText(const StopEta &eta, const Stop &s)
{
    QString text = QStringLiteral("%1 (%2–%3)").arg(TimeFormat::toClock(eta.eta),
                                                    TimeFormat::toClock(eta.low),
                                                    TimeFormat::toClock(eta.high));
    const qint64 lateMin = s.windowEnd > 0 ? (eta.eta - s.windowEnd) / 60000 : 0;
    if (lateMin > 0)
        text += QStringLiteral(" · ")
            + MapScene::tr("%n min after the window", nullptr, int(lateMin));
    return text;
}

QString crewNames(const Route &r)
{
    QStringList names;
    for (const CrewMember &m : r.crew)
        names.append(m.name);
    return names.join(QStringLiteral(" & "));
}

} // namespace

QString MapScene::toolTipFor(const MapHit &hit) const
{
    QGraphicsItem *item = hit.item;
    if (!item)
        return {};
    switch (item->type()) {
    case VanItem::Type:
        return vanToolTip(static_cast<VanItem *>(item));
    case StopItem::Type:
        return stopToolTip(static_cast<StopItem *>(item));
    case ClusterItem::Type: {
        const auto &clusters = static_cast<ClusterItem *>(item)->clusters();
        return hit.cluster >= 0 && hit.cluster < clusters.size()
                   ? clusterToolTip(clusters[hit.cluster])
                   : QString();
    }
    case HubItem::Type: {
        const auto *hub = static_cast<HubItem *>(item);
        int routes = 0;
        for (const RouteRecord &r : std::as_const(m_routes))
            routes += r.route.hub.id == hub->hubId() ? 1 : 0;
        return QStringLiteral("<b>%1</b><br>%2")
            .arg(hub->name().toHtmlEscaped(), tr("%n route(s) today", nullptr, routes));
    }
    default:
        return {};
    }
}

QString MapScene::vanToolTip(const VanItem *van) const
{
    const auto record = m_routes.constFind(van->routeId());
    if (record == m_routes.constEnd())
        return van->label().toHtmlEscaped();
    const Route &r = record->route;
    const RouteStatus &st = record->status;
    QString html =
        QStringLiteral("<b>%1</b> · %2<table>").arg(r.plate.toHtmlEscaped(), r.id.toHtmlEscaped());
    html += row(tr("Crew"), crewNames(r));
    html += row(tr("State"), DomainText::routeState(st.state));
    if (st.delayMin > 0)
        html += row(tr("Delay"), tr("%n min behind", nullptr, st.delayMin));
    else if (st.delayMin < 0)
        html += row(tr("Delay"), tr("%n min ahead", nullptr, -st.delayMin));
    else
        html += row(tr("Delay"), tr("on time"));
    html += row(tr("Progress"), tr("%1 of %2 stops").arg(r.doneCount).arg(r.stopCount));
    if (st.nextStopIndex >= 0 && st.nextStopIndex < record->stops.size()) {
        const Stop &next = record->stops[st.nextStopIndex];
        html +=
            row(tr("Next stop"), QStringLiteral("%1, %2 (%3)")
                                     .arg(next.customer.name, next.customer.city, window(next)));
        const StopEta eta = m_etas.value(next.id);
        if (eta.isValid())
            html += row(tr("ETA"), etaText(eta, next));
    }
    if (st.minutesSinceContact >= 0)
        html += row(tr("Last contact"), tr("%n min ago", nullptr, st.minutesSinceContact));
    html += QStringLiteral("</table>");
    return html;
}

QString MapScene::stopToolTip(const StopItem *item) const
{
    const auto record = m_routes.constFind(item->routeId());
    if (record == m_routes.constEnd())
        return {};
    for (const Stop &s : record->stops) {
        if (s.id != item->stopId())
            continue;
        QString html =
            QStringLiteral("<b>%1</b><br>%2 %3, %4<table>")
                .arg(s.customer.name.toHtmlEscaped(), s.customer.street.toHtmlEscaped(),
                     s.customer.houseNumber.toHtmlEscaped(), s.customer.city.toHtmlEscaped());
        html += row(tr("Route"), tr("%1, stop %2").arg(record->route.id).arg(s.seq));
        html += row(tr("Window"), window(s));
        const StopEta eta = m_etas.value(s.id);
        if (s.arrivedAt) {
            html += row(tr("Arrived"), TimeFormat::toClock(s.arrivedAt));
        } else if (eta.isValid()) {
            html += row(tr("ETA"), etaText(eta, s));
            if (s.plannedArrival)
                html += row(tr("Planned"), TimeFormat::toClock(s.plannedArrival));
        } else if (s.plannedArrival) {
            html += row(tr("Planned"), TimeFormat::toClock(s.plannedArrival));
        }
        QString state = DomainText::stopState(s.state);
        if (item->isNext())
            state = tr("Next");
        if (s.outcome != Domain::Outcome::None)
            state += QStringLiteral(" (%1)").arg(DomainText::outcome(s.outcome));
        html += row(tr("State"), state);
        if (!s.productDescription.isEmpty())
            html += row(tr("Product"), s.productDescription);
        const bool moved = s.state == Domain::StopState::Moved;
        const Replan::VisitNote note =
            m_visitHistory && (moved || s.attempt > 1)
                ? m_visitHistory->notesFor({s.id}).value(s.id)
                : Replan::VisitNote();
        if (moved && note.isMoved())
            html += row(tr("Moved"), note.movedText());
        if (note.isReturnVisit())
            html += row(tr("Visit"), note.returnVisitText());
        else if (s.attempt > 1)
            html += row(tr("Visit"), tr("return visit %1").arg(s.attempt));
        html += QStringLiteral("</table>");
        return html;
    }
    return {};
}

QString MapScene::clusterToolTip(const MapCluster &cluster) const
{
    QString html = cluster.kind == MapCluster::Kind::Stops
                       ? tr("<b>%n stop(s)</b>", nullptr, cluster.count())
                       : tr("<b>%n van(s)</b>", nullptr, cluster.count());
    html += QStringLiteral("<br>") + tr("Click to zoom in");
    return html;
}
