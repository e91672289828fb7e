#include "mapscene.h"

#include "clusteritem.h"
#include "core/domaintext.h"
#include "hubitem.h"
#include "map/basemap.h"
#include "map/basemaprenderer.h"
#include "map/labelplacer.h"
#include "map/mapprojection.h"
#include "map/pointclusterer.h"
#include "map/tilefetcher.h"
#include "mapstyle.h"
#include "rastertilesource.h"
#include "routepathitem.h"
#include "stopitem.h"
#include "stoplayer.h"
#include "tilelayeritem.h"
#include "tilesource.h"
#include "townlabelsitem.h"
#include "trailitem.h"
#include "vanitem.h"

#include <QGuiApplication>
#include <QPixmapCache>
#include <cmath>

namespace {

constexpr int StopReclusterDelayMs = 250;
constexpr int VanReclusterDelayMs = 1000;
constexpr int PlanNetworkDelayMs = 300;
// A route's state colour changes often on a busy day; the overview follows at this pace.
constexpr int StateNetworkDelayMs = 2000;
constexpr int TrailNetworkDelayMs = 2000;
// Trail points closer than this (scene metres) to the last one add nothing visible.
constexpr double TrailStepMetres = 25;
// How many zoom levels a van's bounding rect serves (see updateVanSymbolZoom).
constexpr double VanSymbolZoomSpan = 2;

QPointF scenePosOf(const Stop &s)
{
    return MapProjection::toScene(s.customer.lon, s.customer.lat);
}

} // namespace

MapScene::MapScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // The index covers the area the operation happens in (the basemap's),
    // not the whole world, so its cells are a few kilometres across and a
    // view of a town only looks at the items in and around it. The view
    // still scrolls over the whole world.
    const Basemap &basemap = Basemap::builtIn();
    const QRectF area = basemap.isEmpty() ? QRectF(MapProjection::toScene(2.3, 54.0),
                                                   MapProjection::toScene(8.2, 50.25))
                                          : basemap.sceneBounds();
    // Hubs and clusters keep their drawing in pixmaps; make room for them.
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 64 * 1024));
    setItemIndexMethod(BspTreeIndex);
    setSceneRect(area);
    setBspTreeDepth(12);
    setBackgroundBrush(QColor(0xdd, 0xe3, 0xe8));

    const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    m_basemapSource = new RenderedTileSource(basemap.sceneBounds(), this);
    m_basemapSource->setRenderer([&basemap, dpr](const TileKey &key) {
        return BasemapRenderer::render(basemap, MapProjection::tileSceneRect(key.x, key.y, key.z),
                                       QSize(MapProjection::TileSize, MapProjection::TileSize),
                                       dpr);
    });
    m_basemapLayer = new TileLayerItem(m_basemapSource);
    m_basemapLayer->setZValue(0);
    addItem(m_basemapLayer);

    m_networkSource = new RenderedTileSource(MapProjection::worldSceneRect(), this);
    m_networkLayer = new TileLayerItem(m_networkSource);
    m_networkLayer->setZValue(5);
    m_networkLayer->setMaxCachedTiles(200);
    addItem(m_networkLayer);

    m_townLabels = new TownLabelsItem(basemap);
    addItem(m_townLabels);
    m_stopLayer = std::make_unique<StopLayer>(this);
    applyStopFilter();
    m_vanClusterItem = new ClusterItem(ClusterItem::Kind::Vans, area);
    addItem(m_vanClusterItem);

    m_reclusterTimer.setSingleShot(true);
    connect(&m_reclusterTimer, &QTimer::timeout, this, [this] { recluster(); });
    m_vanClusterTimer.setSingleShot(true);
    connect(&m_vanClusterTimer, &QTimer::timeout, this, &MapScene::reclusterVans);
    m_networkTimer.setSingleShot(true);
    connect(&m_networkTimer, &QTimer::timeout, this, &MapScene::rebuildNetwork);
    rebuildNetwork();
}

MapScene::~MapScene()
{
    // Items first, while the sources they listen to still exist.
    m_stopLayer.reset();
    clearVanClusters();
    clear();
}

StopItem *MapScene::stop(const QString &stopId) const
{
    return m_stopLayer->stop(stopId);
}

QVector<MapCluster> MapScene::clusters() const
{
    return m_stopLayer->clusters() + m_vanClusterItem->clusters();
}

ClusterItem *MapScene::stopClusterLayer() const
{
    return m_stopLayer->clusterItem();
}

void MapScene::applyStopFilter()
{
    m_stopLayer->setFilter(m_layers & StopsLayer,
                           [this](const QString &routeId) { return routeShown(routeId); });
}

void MapScene::setTileFetcher(TileFetcher *fetcher)
{
    if (m_rasterLayer) {
        TileSource *old = m_rasterLayer->source();
        removeItem(m_rasterLayer);
        delete m_rasterLayer;
        delete old;
        m_rasterLayer = nullptr;
    }
    m_fetcher = fetcher;
    if (!fetcher)
        return;
    auto *source = new RasterTileSource(fetcher, this);
    m_rasterLayer = new TileLayerItem(source);
    m_rasterLayer->setZValue(1);
    addItem(m_rasterLayer);
}

// --- Content ---------------------------------------------------------------

void MapScene::clearContent()
{
    clearVanClusters();
    m_stopLayer->clear();
    delete m_selectedPath;
    m_selectedPath = nullptr;
    delete m_selectedTrail;
    m_selectedTrail = nullptr;
    qDeleteAll(m_vans);
    m_vans.clear();
    m_clusteredVans.clear();
    m_routes.clear();
    m_routeOfVehicle.clear();
    scheduleNetwork(0);
    Q_EMIT contentChanged();
}

void MapScene::setHubs(const QVector<Hub> &hubs)
{
    qDeleteAll(m_hubs);
    m_hubs.clear();
    m_hubData.clear();
    for (const Hub &h : hubs) {
        auto *item = new HubItem(h.id, h.name);
        item->setPos(MapProjection::toScene(h.lon, h.lat));
        addItem(item);
        m_hubs.insert(h.id, item);
        m_hubData.insert(h.id, h);
    }
    updateTownObstacles();
    updateVisibility();
}

QString MapScene::hubName(const QString &hubId) const
{
    return m_hubData.value(hubId).name;
}

QPolygonF MapScene::plannedPath(const RouteRecord &record) const
{
    QPolygonF path;
    if (!record.route.geometry.isEmpty()) {
        path.reserve(record.route.geometry.size());
        for (const QPointF &lonLat : record.route.geometry)
            path.append(MapProjection::toScene(lonLat));
        return path;
    }
    // No road geometry: hub, the stops in order, back to the hub.
    const Hub &hub = record.route.hub;
    const bool hasHub = hub.lat != 0 || hub.lon != 0;
    if (hasHub)
        path.append(MapProjection::toScene(hub.lon, hub.lat));
    for (const Stop &s : record.stops) {
        if (s.inPlan && s.state != Domain::StopState::Moved)
            path.append(scenePosOf(s));
    }
    if (hasHub && path.size() > 1)
        path.append(path.first());
    return path;
}

void MapScene::setRoute(const Route &route, const QVector<Stop> &stops, const RouteStatus &status)
{
    // The board re-announces a route for every position of its van; most of
    // the time nothing the map shows has changed. Shared data tells quickly.
    const auto known = m_routes.find(route.id);
    if (known != m_routes.end() && known->stops.constData() == stops.constData() &&
        known->stops.size() == stops.size() &&
        known->route.geometry.constData() == route.geometry.constData() &&
        known->route.vehicleId == route.vehicleId && known->status.state == status.state &&
        known->status.nextStopId == status.nextStopId) {
        known->status = status;
        known->route.doneCount = route.doneCount;
        known->route.stopCount = route.stopCount;
        return;
    }
    const bool isNew = known == m_routes.end();
    RouteRecord &record = m_routes[route.id];
    const QString oldVehicle = record.route.vehicleId;
    const Domain::RouteState oldState = record.status.state;
    const bool planChanged = isNew || record.route.geometry != route.geometry ||
                             record.stops.size() != stops.size() ||
                             record.route.hub.id != route.hub.id;
    const QVector<Stop> oldStops = record.stops;
    record.route = route;
    record.status = status;
    record.stops = stops;

    // The van.
    if (!oldVehicle.isEmpty() && oldVehicle != route.vehicleId &&
        m_routeOfVehicle.value(oldVehicle) == route.id) {
        m_routeOfVehicle.remove(oldVehicle);
        if (VanItem *old = m_vans.take(oldVehicle)) {
            m_clusteredVans.remove(old);
            delete old;
        }
    }
    VanItem *van = m_vans.value(route.vehicleId);
    if (!van && !route.vehicleId.isEmpty()) {
        van = new VanItem(route.vehicleId, route.id);
        van->setSymbolZoom(m_vanSymbolZoom);
        van->setVisible(false); // until its first position
        addItem(van);
        m_vans.insert(route.vehicleId, van);
    }
    m_routeOfVehicle.insert(route.vehicleId, route.id);
    if (van) {
        van->setState(status.state);
        van->setLabel(route.plate.isEmpty() ? route.vehicleId : route.plate);
    }

    const bool stopsChanged = applyStopItems(record, oldStops);

    const QColor color = DomainText::routeStateColor(status.state);
    bool networkChanged = false;
    if (record.shape.color != color) {
        record.shape.color = color;
        networkChanged = true;
    }
    if (planChanged) {
        record.shape.routeId = route.id;
        record.shape.planned = plannedPath(record);
        record.shape.updateBounds();
        scheduleNetwork(PlanNetworkDelayMs);
    } else if (networkChanged && (m_layers & (RoutesLayer | DrivenPathsLayer))) {
        scheduleNetwork(StateNetworkDelayMs);
    }
    if (route.id == m_selectedRoute)
        updateSelectionItems();
    // Clusters show states and members: re-form them, coalesced, when those changed.
    if (stopsChanged) {
        m_stopLayer->invalidate();
        if (!m_stopLayer->isDetailed())
            scheduleRecluster();
    }
    if (oldState != status.state && m_zoom < MapStyle::VanClusterZoom &&
        !m_vanClusterTimer.isActive())
        m_vanClusterTimer.start(VanReclusterDelayMs);
    if (isNew)
        Q_EMIT contentChanged();
}

bool MapScene::vanShown(const VanItem *van) const
{
    return (m_layers & VansLayer) && van->isPlaced() && routeShown(van->routeId()) &&
           !m_clusteredVans.contains(const_cast<VanItem *>(van));
}

bool MapScene::applyStopItems(RouteRecord &record, const QVector<Stop> &oldStops)
{
    // True when stops came, went or moved: the clusters must be formed anew.
    // A state change only recolours the stop and its cluster's ring.
    bool membership = false;
    const QString &routeId = record.route.id;
    const bool selected = routeId == m_selectedRoute;
    QSet<QString> present;
    for (const Stop &s : record.stops) {
        present.insert(s.id);
        StopItem *item = m_stopLayer->stop(s.id);
        if (item && item->routeId() != routeId) {
            // The stop moved to this route from another one.
            m_stopLayer->remove(item);
            item = nullptr;
        }
        const QPointF pos = scenePosOf(s);
        if (!item) {
            item = m_stopLayer->add(s.id, routeId, s.seq, pos);
            if (selected) {
                m_stopLayer->setRouteSelected(item, true);
                item->setSymbolZoom(std::min(std::floor(m_zoom), MapStyle::DetailZoom));
                m_stopLayer->updateVisibility(item);
            }
            membership = true;
        } else if (item->pos() != pos) {
            m_stopLayer->move(item, pos);
            membership = true;
        }
        item->setSeq(s.seq);
        item->setNext(s.id == record.status.nextStopId);
        item->setHighlighted(s.id == m_selectedStop);
        item->setReturnVisit(s.attempt > 1);
        if (item->state() != s.state) {
            item->setState(s.state);
            m_stopLayer->stateChanged(item);
        }
    }
    for (const Stop &old : oldStops) {
        if (present.contains(old.id))
            continue;
        StopItem *item = m_stopLayer->stop(old.id);
        if (item && item->routeId() == routeId) {
            m_stopLayer->remove(item);
            membership = true;
        }
    }
    return membership;
}

void MapScene::removeRoute(const QString &routeId)
{
    const auto it = m_routes.find(routeId);
    if (it == m_routes.end())
        return;
    const QString vehicleId = it->route.vehicleId;
    if (m_routeOfVehicle.value(vehicleId) == routeId) {
        m_routeOfVehicle.remove(vehicleId);
        if (VanItem *van = m_vans.take(vehicleId)) {
            m_clusteredVans.remove(van);
            delete van;
        }
    }
    for (const Stop &s : it->stops) {
        if (StopItem *item = m_stopLayer->stop(s.id); item && item->routeId() == routeId)
            m_stopLayer->remove(item);
    }
    m_routes.erase(it);
    if (routeId == m_selectedRoute)
        setSelectedRoute({});
    scheduleNetwork(PlanNetworkDelayMs);
    scheduleRecluster();
    Q_EMIT contentChanged();
}

void MapScene::moveVan(const QString &vehicleId, double lon, double lat, double headingDeg)
{
    VanItem *van = m_vans.value(vehicleId);
    if (!van || (lon == 0 && lat == 0))
        return;
    const QPointF pos = MapProjection::toScene(lon, lat);
    const bool firstFix = !van->isPlaced();
    van->setPosition(pos, headingDeg);
    if (firstFix)
        van->setVisible(vanShown(van));

    const auto record = m_routes.find(van->routeId());
    if (record != m_routes.end()) {
        QPolygonF &driven = record->shape.driven;
        const bool started = record->route.startedAt > 0 || !driven.isEmpty();
        if (started) {
            const QPointF step = driven.isEmpty() ? QPointF(1e9, 0) : pos - driven.last();
            if (std::hypot(step.x(), step.y()) >= TrailStepMetres) {
                driven.append(pos);
                record->shape.bounds = record->shape.bounds.united(QRectF(pos, QSizeF(1, 1)));
                if (m_layers & DrivenPathsLayer)
                    scheduleNetwork(TrailNetworkDelayMs);
                if (m_selectedTrail && van->routeId() == m_selectedRoute)
                    m_selectedTrail->append(pos);
            }
        }
    }
    if (m_zoom < MapStyle::VanClusterZoom) {
        m_vansMovedSinceCluster = true;
        if (!m_vanClusterTimer.isActive())
            m_vanClusterTimer.start(VanReclusterDelayMs);
    }
    Q_EMIT vanMoved(vehicleId, pos);
}

void MapScene::setTrail(const QString &vehicleId, const QVector<QPointF> &lonLats)
{
    const auto record = m_routes.find(m_routeOfVehicle.value(vehicleId));
    if (record == m_routes.end())
        return;
    QPolygonF driven;
    driven.reserve(lonLats.size());
    for (const QPointF &ll : lonLats) {
        const QPointF pos = MapProjection::toScene(ll);
        if (!driven.isEmpty()) {
            const QPointF step = pos - driven.last();
            if (std::hypot(step.x(), step.y()) < TrailStepMetres)
                continue;
        }
        driven.append(pos);
    }
    record->shape.driven = driven;
    record->shape.updateBounds();
    if (record->route.id == m_selectedRoute)
        updateSelectionItems();
    scheduleNetwork(TrailNetworkDelayMs);
}

// --- Selection -------------------------------------------------------------

void MapScene::setSelectedRoute(const QString &routeId)
{
    const QString id = m_routes.contains(routeId) ? routeId : QString();
    if (id == m_selectedRoute)
        return;
    const QString previous = m_selectedRoute;
    m_selectedRoute = id;
    for (const QString &rid : {previous, id}) {
        const auto record = m_routes.constFind(rid);
        if (record == m_routes.constEnd())
            continue;
        const bool selected = rid == id;
        if (VanItem *van = m_vans.value(record->route.vehicleId))
            van->setHighlighted(selected);
        for (const Stop &s : record->stops) {
            if (StopItem *item = m_stopLayer->stop(s.id)) {
                m_stopLayer->setRouteSelected(item, selected);
                item->setSymbolZoom(selected ? std::min(std::floor(m_zoom), MapStyle::DetailZoom)
                                             : MapStyle::DetailZoom);
                m_stopLayer->updateVisibility(item);
            }
        }
    }
    if (!m_selectedStop.isEmpty()) {
        const StopItem *stop = m_stopLayer->stop(m_selectedStop);
        if (!stop || stop->routeId() != id)
            setSelectedStop({});
    }
    updateSelectionItems();
    if (m_onlySelected) {
        applyStopFilter();
        m_stopLayer->updateAllVisibility();
    }
    if (m_onlySelected || previous.isEmpty() || id.isEmpty())
        scheduleNetwork(0);
    // The selected route's stops leave the clusters; the previous route's return.
    m_stopLayer->invalidate();
    recluster(true);
}

void MapScene::setSelectedStop(const QString &stopId)
{
    if (stopId == m_selectedStop)
        return;
    if (StopItem *old = m_stopLayer->stop(m_selectedStop))
        old->setHighlighted(false);
    StopItem *item = m_stopLayer->stop(stopId);
    m_selectedStop = item ? stopId : QString();
    if (item)
        item->setHighlighted(true);
}

void MapScene::updateSelectionItems()
{
    const auto record = m_routes.constFind(m_selectedRoute);
    if (record == m_routes.constEnd()) {
        delete m_selectedPath;
        m_selectedPath = nullptr;
        delete m_selectedTrail;
        m_selectedTrail = nullptr;
        return;
    }
    if (!m_selectedPath) {
        m_selectedPath = new RoutePathItem(m_selectedRoute);
        addItem(m_selectedPath);
    }
    if (m_selectedPath->routeId() != m_selectedRoute) {
        delete m_selectedPath;
        m_selectedPath = new RoutePathItem(m_selectedRoute);
        addItem(m_selectedPath);
    }
    if (m_selectedPath->points() != record->shape.planned)
        m_selectedPath->setPath(record->shape.planned);
    m_selectedPath->setColor(record->shape.color);
    m_selectedPath->setVisible(m_layers & RoutesLayer);

    if (!m_selectedTrail || m_selectedTrail->vehicleId() != record->route.vehicleId) {
        delete m_selectedTrail;
        m_selectedTrail = new TrailItem(record->route.vehicleId);
        addItem(m_selectedTrail);
        m_selectedTrail->setPoints(record->shape.driven);
    } else if (m_selectedTrail->pointCount() != record->shape.driven.size()) {
        m_selectedTrail->setPoints(record->shape.driven);
    }
    m_selectedTrail->setColor(record->shape.color);
    m_selectedTrail->setVisible(m_layers & DrivenPathsLayer);
}

VanItem *MapScene::vanOfRoute(const QString &routeId) const
{
    const auto record = m_routes.constFind(routeId);
    return record == m_routes.constEnd() ? nullptr : m_vans.value(record->route.vehicleId);
}

// --- What is shown ---------------------------------------------------------

void MapScene::setLayers(Layers layers)
{
    if (layers == m_layers)
        return;
    const Layers changed = layers ^ m_layers;
    m_layers = layers;
    if (changed & (RoutesLayer | DrivenPathsLayer))
        scheduleNetwork(0);
    updateSelectionItems();
    m_townLabels->setVisible(m_layers & LabelsLayer);
    for (HubItem *hub : std::as_const(m_hubs))
        hub->setLabelShown(m_layers & LabelsLayer);
    if (changed & StopsLayer) {
        applyStopFilter();
        m_stopLayer->updateAllVisibility();
    }
    recluster(true);
}

void MapScene::setOnlySelectedRoute(bool only)
{
    if (only == m_onlySelected)
        return;
    m_onlySelected = only;
    scheduleNetwork(0);
    applyStopFilter();
    m_stopLayer->updateAllVisibility();
    recluster(true);
}

bool MapScene::routeShown(const QString &routeId) const
{
    return !m_onlySelected || routeId == m_selectedRoute;
}

void MapScene::setView(double zoom, const QRectF &visibleSceneRect)
{
    m_zoom = zoom;
    m_visible = visibleSceneRect;
    const int band = int(std::floor(zoom * 2));
    m_stopLayer->setView(zoom, visibleSceneRect);
    if (band != m_zoomBand) {
        m_zoomBand = band;
        const double symbolZoom = std::min(std::floor(zoom), MapStyle::DetailZoom);
        if (const auto record = m_routes.constFind(m_selectedRoute);
            record != m_routes.constEnd()) {
            for (const Stop &s : record->stops) {
                if (StopItem *item = m_stopLayer->stop(s.id))
                    item->setSymbolZoom(symbolZoom);
            }
        }
        updateVanSymbolZoom();
        reclusterVans();
    } else if (m_zoom >= MapStyle::VanLabelZoom && !m_vanClusterTimer.isActive()) {
        m_vanClusterTimer.start(150); // re-place van labels for the new view
    }
}

void MapScene::updateVanSymbolZoom()
{
    // A van's bounding rect, in scene units, must hold its symbol at the
    // lowest zoom it is drawn at; a little larger does no harm (a click is
    // judged by the distance to the van). Resizing every van's rect costs a
    // good part of a frame, so it is not done for every zoom step: the rects
    // serve a span of zoom levels, most of it ahead in the direction the view
    // zooms, and are resized when the view leaves that span.
    if (m_zoom >= m_vanSymbolZoom && m_zoom < m_vanSymbolZoom + VanSymbolZoomSpan)
        return;
    const bool zoomingOut = m_zoom < m_vanSymbolZoom;
    m_vanSymbolZoom = std::floor(m_zoom * 2) / 2 - (zoomingOut ? 1.5 : 0.5);
    for (VanItem *van : std::as_const(m_vans))
        van->setSymbolZoom(m_vanSymbolZoom);
}

void MapScene::updateVisibility()
{
    for (VanItem *van : std::as_const(m_vans))
        van->setVisible(vanShown(van));
    m_stopLayer->updateAllVisibility();
}

void MapScene::scheduleRecluster()
{
    if (!m_reclusterTimer.isActive())
        m_reclusterTimer.start(StopReclusterDelayMs);
}

void MapScene::setInteractive(bool interactive)
{
    for (TileLayerItem *layer : {m_basemapLayer, m_rasterLayer, m_networkLayer}) {
        if (layer)
            layer->setInteractive(interactive);
    }
}

void MapScene::refreshNow()
{
    recluster(true);
    if (m_networkTimer.isActive()) {
        m_networkTimer.stop();
        rebuildNetwork();
    }
}

bool MapScene::clustersForming() const
{
    return m_stopLayer->isForming();
}

void MapScene::clearVanClusters()
{
    if (m_vanClusterItem)
        m_vanClusterItem->setClusters({});
    m_clusteredVans.clear();
}

void MapScene::recluster(bool now)
{
    m_reclusterTimer.stop();
    m_stopLayer->refresh(now);
    reclusterVans();
    // Layer, filter and selection changes also come through here.
    for (VanItem *van : std::as_const(m_vans))
        van->setVisible(vanShown(van));
}

void MapScene::reclusterVans()
{
    m_vanClusterTimer.stop();
    m_vansMovedSinceCluster = false;
    const QSet<VanItem *> before = m_clusteredVans;
    m_clusteredVans.clear();
    QVector<MapCluster> clusters;
    if ((m_layers & VansLayer) && m_zoom < MapStyle::VanClusterZoom) {
        const double cell = MapStyle::ClusterCellPixels * MapProjection::resolution(m_zoom);
        QVector<VanItem *> members;
        QVector<QPointF> points;
        members.reserve(m_vans.size());
        points.reserve(m_vans.size());
        for (VanItem *van : std::as_const(m_vans)) {
            if (!van->isPlaced() || van->isHighlighted() || !routeShown(van->routeId()))
                continue;
            members.append(van);
            points.append(van->pos());
        }
        for (const auto &c : PointClusterer::cluster(points, cell * 0.8)) {
            if (c.members.size() == 1)
                continue;
            MapCluster cluster;
            cluster.kind = MapCluster::Kind::Vans;
            cluster.pos = c.centre;
            int byState[int(Domain::RouteState::NoContact) + 1] = {};
            for (int index : c.members) {
                VanItem *v = members[index];
                m_clusteredVans.insert(v);
                cluster.memberIds.append(v->vehicleId());
                const QRectF r(v->pos(), QSizeF(1, 1));
                cluster.membersSceneRect =
                    cluster.membersSceneRect.isNull() ? r : cluster.membersSceneRect.united(r);
                byState[int(v->state())] += 1;
            }
            for (int st = 0; st <= int(Domain::RouteState::NoContact); ++st) {
                if (byState[st])
                    cluster.shares.append(
                        {DomainText::routeStateColor(Domain::RouteState(st)), byState[st]});
            }
            clusters.append(std::move(cluster));
        }
    }
    m_vanClusterItem->setClusters(clusters);
    // Only the vans that joined or left a cluster change visibility.
    for (VanItem *van : before) {
        if (!m_clusteredVans.contains(van))
            van->setVisible(vanShown(van));
    }
    for (VanItem *van : std::as_const(m_clusteredVans)) {
        if (!before.contains(van))
            van->setVisible(false);
    }
    placeVanLabels();
}

void MapScene::placeVanLabels()
{
    const bool wanted = (m_layers & LabelsLayer) && m_zoom >= MapStyle::VanLabelZoom;
    if (!wanted) {
        for (VanItem *van : std::as_const(m_vans))
            van->setLabelShown(false);
        return;
    }
    const double res = MapProjection::resolution(m_zoom);
    const QRectF area = m_visible.adjusted(-100 * res, -100 * res, 100 * res, 100 * res);
    QVector<VanItem *> shown;
    for (VanItem *van : std::as_const(m_vans)) {
        if (van->isVisible() && area.contains(van->pos()))
            shown.append(van);
        else
            van->setLabelShown(false);
    }
    // The selected van's plate first, then a stable order.
    std::sort(shown.begin(), shown.end(), [](const VanItem *a, const VanItem *b) {
        if (a->isHighlighted() != b->isHighlighted())
            return a->isHighlighted();
        return a->vehicleId() < b->vehicleId();
    });
    LabelPlacer placer(64);
    for (const VanItem *van : std::as_const(shown)) {
        const double r = MapStyle::vanSymbolRadius(van->isHighlighted()) + 2;
        placer.block(QRectF(van->pos() / res - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    for (const HubItem *hub : std::as_const(m_hubs)) {
        placer.block(QRectF(hub->pos() / res - QPointF(12, 12), QSizeF(24, 24)));
        placer.block(hub->labelRect().translated(hub->pos() / res));
    }
    for (VanItem *van : std::as_const(shown))
        van->setLabelShown(placer.place(van->labelRect().translated(van->pos() / res)));
}

void MapScene::updateTownObstacles()
{
    QVector<QPair<QPointF, QRectF>> obstacles;
    for (const HubItem *hub : std::as_const(m_hubs)) {
        obstacles.append({hub->pos(), QRectF(-13, -13, 26, 26)});
        obstacles.append({hub->pos(), hub->labelRect()});
    }
    m_townLabels->setObstacles(obstacles);
}

// --- The route network -----------------------------------------------------

void MapScene::scheduleNetwork(int delayMs)
{
    if (!m_networkTimer.isActive() || m_networkTimer.remainingTime() > delayMs)
        m_networkTimer.start(delayMs);
}

void MapScene::rebuildNetwork()
{
    QVector<RouteShape> shapes;
    shapes.reserve(m_routes.size());
    for (const RouteRecord &record : std::as_const(m_routes)) {
        if (routeShown(record.route.id))
            shapes.append(record.shape);
    }
    RouteNetwork::Layers layers;
    layers.planned = m_layers & RoutesLayer;
    layers.driven = m_layers & DrivenPathsLayer;
    layers.dimmed = !m_selectedRoute.isEmpty();
    m_networkLayer->setVisible(layers.planned || layers.driven);
    const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    m_networkSource->setRenderer([shapes, layers, dpr](const TileKey &key) {
        return RouteNetwork::renderTile(shapes, key, layers, dpr);
    });
}
