#pragma once

#include "core/entities.h"
#include "core/routestatus.h"
#include "eta/stopeta.h"
#include "map/routenetwork.h"

#include <QFlags>
#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QVector>
#include <memory>

class ClusterItem;
struct MapCluster;
class HubItem;
class RenderedTileSource;
class RoutePathItem;
class StopItem;
class StopLayer;
class TileFetcher;
class TileLayerItem;
class TownLabelsItem;
class TrailItem;
class VanItem;
namespace Replan {
class VisitHistory;
}

// What a click or a hover is over: a van, stop or hub item, or one cluster
// of a cluster layer.
struct MapHit
{
    QGraphicsItem *item = nullptr;
    int cluster = -1; // index into the cluster layer's clusters when item is one
    explicit operator bool() const { return item != nullptr; }
};

// The live map's scene: owns the layers (basemap tiles, the route network,
// hubs, stops, vans, clusters, labels) and keeps one item per van, stop and
// hub. It is told what changed (by MapDataSync) and updates only those
// items; zoom-dependent forms (clusters, labels) are recomputed when the zoom
// band changes or, coalesced, after things moved. Scene units are Web
// Mercator metres (see MapProjection).
class MapScene : public QGraphicsScene
{
    Q_OBJECT
public:
    enum Layer {
        RoutesLayer = 0x1,
        DrivenPathsLayer = 0x2,
        StopsLayer = 0x4,
        VansLayer = 0x8,
        LabelsLayer = 0x10,
        AllLayers = 0x1f
    };
    Q_DECLARE_FLAGS(Layers, Layer)

    explicit MapScene(QObject *parent = nullptr);
    ~MapScene() override;

    // The optional tile server layer above the vector basemap.
    void setTileFetcher(TileFetcher *fetcher);
    TileLayerItem *basemapLayer() const { return m_basemapLayer; }
    TileLayerItem *rasterLayer() const { return m_rasterLayer; }
    TileLayerItem *networkLayer() const { return m_networkLayer; }

    // --- Content, as MapDataSync reads it from the store and the board ---
    void clearContent();
    void setHubs(const QVector<Hub> &hubs);
    // Adds or updates a route with its stops (sequence order) and status.
    void setRoute(const Route &route, const QVector<Stop> &stops, const RouteStatus &status);
    void removeRoute(const QString &routeId);
    // A new position of a van: moves its item and extends its driven path.
    void moveVan(const QString &vehicleId, double lon, double lat, double headingDeg);
    void setTrail(const QString &vehicleId, const QVector<QPointF> &lonLats);
    // The newest arrival estimates, for the stop and van tooltips.
    void setEtas(const EtaSnapshot &etas) { m_etas = etas; }
    const EtaSnapshot &etas() const { return m_etas; }
    // Where the stop tooltips read why a stop was moved and what went wrong
    // before a return visit; may be null.
    void setVisitHistory(Replan::VisitHistory *history) { m_visitHistory = history; }

    // --- Selection ---
    void setSelectedRoute(const QString &routeId);
    QString selectedRoute() const { return m_selectedRoute; }
    void setSelectedStop(const QString &stopId);
    QString selectedStop() const { return m_selectedStop; }

    // --- What is shown ---
    void setLayers(Layers layers);
    Layers layers() const { return m_layers; }
    void setOnlySelectedRoute(bool only);
    bool onlySelectedRoute() const { return m_onlySelected; }
    // The view reports its zoom and visible area; the scene adapts its forms.
    void setView(double zoom, const QRectF &visibleSceneRect);
    double viewZoom() const { return m_zoom; }

    // --- Lookups ---
    VanItem *van(const QString &vehicleId) const { return m_vans.value(vehicleId); }
    VanItem *vanOfRoute(const QString &routeId) const;
    StopItem *stop(const QString &stopId) const;
    HubItem *hub(const QString &hubId) const { return m_hubs.value(hubId); }
    QStringList routeIds() const { return m_routes.keys(); }
    QStringList hubIds() const { return m_hubs.keys(); }
    QString hubName(const QString &hubId) const;
    QVector<MapCluster> clusters() const; // of stops and of vans, as shown now
    ClusterItem *stopClusterLayer() const;
    ClusterItem *vanClusterLayer() const { return m_vanClusterItem; }
    RoutePathItem *selectedPath() const { return m_selectedPath; }
    TrailItem *selectedTrail() const { return m_selectedTrail; }
    TownLabelsItem *townLabels() const { return m_townLabels; }
    QRectF routeBounds(const QString &routeId) const;
    QRectF hubBounds(const QString &hubId) const;
    QRectF contentBounds() const;

    // What a click at `scenePos` means, within a few pixels; empty if nothing.
    MapHit pickAt(const QPointF &scenePos, const QTransform &viewTransform) const;
    // What the tooltip says about what is under the cursor.
    QString toolTipFor(const MapHit &hit) const;
    QString toolTipFor(QGraphicsItem *item) const { return toolTipFor(MapHit{item, -1}); }
    // A click: selects a van's route or a stop, or zooms into a cluster.
    void activate(const MapHit &hit);

    // While the user zooms, tiles are scaled fast; smooth again once settled.
    void setInteractive(bool interactive);

    // Recomputes clusters and labels now rather than after the coalescing delay.
    void refreshNow();
    // True while the stop clusters of the zoom bands are being formed on the
    // worker thread (after stops came, went or moved).
    bool clustersForming() const;

Q_SIGNALS:
    void routeActivated(const QString &routeId);
    void stopActivated(const QString &routeId, const QString &stopId);
    void hubActivated(const QString &hubId);
    void zoomIntoRequested(const QRectF &sceneRect);
    void vanMoved(const QString &vehicleId, const QPointF &scenePos);
    // Something about the content changed that a legend or toolbar may show.
    void contentChanged();

private:
    struct RouteRecord
    {
        Route route;
        QVector<Stop> stops;
        RouteStatus status;
        RouteShape shape;
    };

    // Creates, updates and removes the route's stop items; true if any
    // appeared, vanished, moved or changed state.
    bool applyStopItems(RouteRecord &record, const QVector<Stop> &oldStops);
    bool vanShown(const VanItem *van) const;
    void updateSelectionItems();
    void updateVisibility();
    void updateVanSymbolZoom();
    bool routeShown(const QString &routeId) const;
    void scheduleRecluster();
    // Stops and vans; with `now`, stop clusters not formed yet are formed at
    // once instead of by the worker (for what the user just asked for).
    void recluster(bool now = false);
    void reclusterVans(); // vans only: they move all the time
    void clearVanClusters();
    void applyStopFilter();
    void placeVanLabels();
    void scheduleNetwork(int delayMs);
    void rebuildNetwork();
    void updateTownObstacles();
    QPolygonF plannedPath(const RouteRecord &record) const;
    QString vanToolTip(const VanItem *van) const;
    QString stopToolTip(const StopItem *stop) const;
    QString clusterToolTip(const MapCluster &cluster) const;

    TileLayerItem *m_basemapLayer = nullptr;
    TileLayerItem *m_rasterLayer = nullptr;
    TileLayerItem *m_networkLayer = nullptr;
    RenderedTileSource *m_basemapSource = nullptr;
    RenderedTileSource *m_networkSource = nullptr;
    TownLabelsItem *m_townLabels = nullptr;
    QPointer<TileFetcher> m_fetcher;

    QHash<QString, RouteRecord> m_routes;
    EtaSnapshot m_etas;
    Replan::VisitHistory *m_visitHistory = nullptr;
    QHash<QString, VanItem *> m_vans;         // by vehicle id
    QHash<QString, QString> m_routeOfVehicle; // vehicle id -> route id
    std::unique_ptr<StopLayer> m_stopLayer;
    QHash<QString, HubItem *> m_hubs;
    QHash<QString, Hub> m_hubData;
    ClusterItem *m_vanClusterItem = nullptr;
    QSet<VanItem *> m_clusteredVans;
    RoutePathItem *m_selectedPath = nullptr;
    TrailItem *m_selectedTrail = nullptr;

    QString m_selectedRoute;
    QString m_selectedStop;
    Layers m_layers = AllLayers;
    bool m_onlySelected = false;
    double m_zoom = 8;
    QRectF m_visible;
    int m_zoomBand = -1;
    double m_vanSymbolZoom = 7; // the zoom the vans' bounding rects are sized for

    QTimer m_reclusterTimer;
    QTimer m_vanClusterTimer;
    QTimer m_networkTimer;
    bool m_vansMovedSinceCluster = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MapScene::Layers)
