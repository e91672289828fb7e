// Where things are on the map and what a click there means.
#include "mapscene.h"

#include "clusteritem.h"
#include "hubitem.h"
#include "map/mapprojection.h"
#include "mapstyle.h"
#include "stopitem.h"
#include "stoplayer.h"
#include "vanitem.h"

#include <cmath>

namespace {

QPointF scenePosOf(const Stop &s)
{
    return MapProjection::toScene(s.customer.lon, s.customer.lat);
}

} // namespace

QRectF MapScene::routeBounds(const QString &routeId) const
{
    const auto record = m_routes.constFind(routeId);
    if (record == m_routes.constEnd())
        return {};
    QRectF bounds = record->shape.bounds;
    auto add = [&bounds](const QPointF &p) {
        const QRectF r(p, QSizeF(1, 1));
        bounds = bounds.isNull() ? r : bounds.united(r);
    };
    for (const Stop &s : record->stops)
        add(scenePosOf(s));
    if (const VanItem *van = m_vans.value(record->route.vehicleId); van && van->isPlaced())
        add(van->pos());
    return bounds;
}

QRectF MapScene::hubBounds(const QString &hubId) const
{
    const HubItem *hub = m_hubs.value(hubId);
    if (!hub)
        return {};
    QRectF bounds(hub->pos(), QSizeF(1, 1));
    for (const RouteRecord &record : std::as_const(m_routes)) {
        if (record.route.hub.id == hubId)
            bounds = bounds.united(routeBounds(record.route.id));
    }
    return bounds;
}

QRectF MapScene::contentBounds() const
{
    QRectF bounds;
    for (const HubItem *hub : std::as_const(m_hubs)) {
        const QRectF r(hub->pos(), QSizeF(1, 1));
        bounds = bounds.isNull() ? r : bounds.united(r);
    }
    for (auto it = m_routes.constBegin(); it != m_routes.constEnd(); ++it) {
        if (!routeShown(it.key()))
            continue;
        const QRectF r = routeBounds(it.key());
        if (!r.isNull())
            bounds = bounds.isNull() ? r : bounds.united(r);
    }
    return bounds;
}

MapHit MapScene::pickAt(const QPointF &scenePos, const QTransform &viewTransform) const
{
    const double scale = viewTransform.m11();
    if (scale <= 0)
        return {};
    const double reach = 24 / scale;
    const QRectF area(scenePos - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach));
    MapHit best;
    double bestZ = -1;
    double bestDistance = 0;
    auto consider = [&](const MapHit &hit, double z, double distance) {
        if (!best || z > bestZ || (z == bestZ && distance < bestDistance)) {
            best = hit;
            bestZ = z;
            bestDistance = distance;
        }
    };
    const auto candidates =
        items(area, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder, viewTransform);
    for (QGraphicsItem *item : candidates) {
        if (!item->isVisible())
            continue;
        double radius = 0;
        switch (item->type()) {
        case VanItem::Type:
            radius = MapStyle::vanSymbolRadius(static_cast<VanItem *>(item)->isHighlighted()) + 4;
            break;
        case StopItem::Type:
            radius = static_cast<StopItem *>(item)->radius() + 4;
            break;
        case HubItem::Type:
            radius = 13;
            break;
        case ClusterItem::Type: {
            const auto *layer = static_cast<ClusterItem *>(item);
            const int index = layer->clusterAt(scenePos, 1 / scale);
            if (index >= 0) {
                const QPointF d = (layer->clusters()[index].pos - scenePos) * scale;
                consider(MapHit{item, index}, item->zValue(), std::hypot(d.x(), d.y()));
            }
            continue;
        }
        default:
            continue;
        }
        const QPointF d = (item->pos() - scenePos) * scale;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= radius)
            consider(MapHit{item, -1}, item->zValue(), distance);
    }
    return best;
}

void MapScene::activate(const MapHit &hit)
{
    if (!hit)
        return;
    switch (hit.item->type()) {
    case VanItem::Type:
        Q_EMIT routeActivated(static_cast<VanItem *>(hit.item)->routeId());
        break;
    case StopItem::Type: {
        const auto *stop = static_cast<StopItem *>(hit.item);
        Q_EMIT stopActivated(stop->routeId(), stop->stopId());
        break;
    }
    case ClusterItem::Type: {
        const auto &clusters = static_cast<ClusterItem *>(hit.item)->clusters();
        if (hit.cluster >= 0 && hit.cluster < clusters.size())
            Q_EMIT zoomIntoRequested(clusters[hit.cluster].membersSceneRect);
        break;
    }
    case HubItem::Type:
        Q_EMIT hubActivated(static_cast<HubItem *>(hit.item)->hubId());
        break;
    default:
        break;
    }
}
