#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

class ChangeNotifier;
class Clock;
class MapDataSync;
class MapLegend;
class MapScene;
class MapView;
class OperationStore;
class QAction;
class QMenu;
class QToolBar;
class RouteBoardModel;
class TileFetcher;

// The live map with its small toolbar (layers, fit, follow, only the selected
// route, zoom) and legend. Shows the day the crews board shows; the selection
// is shared with the board and the stops table through setSelected*() and
// the routeSelected/stopSelected signals.
class MapPanel : public QWidget
{
    Q_OBJECT
public:
    MapPanel(OperationStore &store, Clock *clock, ChangeNotifier *notifier, RouteBoardModel *board,
             QWidget *parent = nullptr);
    ~MapPanel() override;

    // Board selection -> the map shows it (and brings it into view).
    void setSelectedRoute(const QString &routeId);
    void setSelectedStop(const QString &routeId, const QString &stopId);

    // Layers, zoom, centre and toggles.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    // Re-reads the tile server settings ("map/tileUrl", "map/tileAttribution").
    void reloadSettings();
    // Uses a tile server (empty: the offline basemap only); the cache lives in `cacheDir`.
    void setTileServer(const QString &urlTemplate, const QString &cacheDir = {});

    MapView *view() const { return m_view; }
    MapScene *scene() const { return m_scene; }
    TileFetcher *tileFetcher() const { return m_fetcher; }
    QAction *followAction() const { return m_follow; }
    QAction *onlySelectedAction() const { return m_onlySelected; }
    QAction *layerAction(int layer) const;
    void fitAll();
    void fitRoute(const QString &routeId);
    void fitHub(const QString &hubId);
    void setFollowing(bool follow);
    bool isFollowing() const;

Q_SIGNALS:
    void routeSelected(const QString &routeId);                       // a van or route clicked
    void stopSelected(const QString &routeId, const QString &stopId); // a stop clicked

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildToolBar();
    void retranslate();
    void updateAttribution();
    void updateActions();
    void rebuildFitMenu();
    void applyLayers();
    void placeLegend();
    void onRouteActivated(const QString &routeId);
    void onStopActivated(const QString &routeId, const QString &stopId);
    void onVanMoved(const QString &vehicleId, const QPointF &scenePos);
    bool isMostlyVisible(const QRectF &sceneRect) const;

    RouteBoardModel *m_board;
    MapScene *m_scene;
    MapView *m_view;
    MapDataSync *m_sync;
    MapLegend *m_legend;
    TileFetcher *m_fetcher = nullptr;
    QString m_tileAttribution;
    QToolBar *m_toolBar;
    QMenu *m_layersMenu;
    QMenu *m_fitMenu;
    QAction *m_layersButton;
    QAction *m_fitButton;
    QAction *m_layerActions[5] = {};
    QAction *m_follow;
    QAction *m_onlySelected;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_showLegend;
    bool m_placedOnce = false;
};
