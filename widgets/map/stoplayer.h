#pragma once

#include <QColor>
#include <QHash>
#include <QPair>
#include <QPoint>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QVector>
#include <functional>

class ClusterItem;
class QGraphicsItem;
class QGraphicsScene;
class StopItem;
struct MapCluster;

// The stops of the shown day, for the map scene: one StopItem per stop, and
// the form they take at the current zoom. Below the detail zoom they are
// drawn as clusters (cached per zoom band, re-formed only when stops come or
// go); from the detail zoom on, stops are shown one by one, but only around
// what the view has looked at, so crossing the detail zoom with tens of
// thousands of stops costs what is near the view, not what exists.
class StopLayer
{
public:
    explicit StopLayer(QGraphicsScene *scene);
    ~StopLayer();
    StopLayer(const StopLayer &) = delete;
    StopLayer &operator=(const StopLayer &) = delete;

    StopItem *stop(const QString &stopId) const { return m_stops.value(stopId); }
    const QHash<QString, StopItem *> &stops() const { return m_stops; }
    const QVector<MapCluster> &clusters() const;
    ClusterItem *clusterItem() const { return m_clusterItem; }

    // Item bookkeeping; the layer owns the items it makes.
    StopItem *add(const QString &stopId, const QString &routeId, int seq, const QPointF &pos);
    void remove(StopItem *stop);
    void move(StopItem *stop, const QPointF &pos);
    // A stop's state changed: its cluster's ring follows.
    void stateChanged(StopItem *stop);
    // A stop of the selected route (or no longer): drawn above the others.
    void setRouteSelected(StopItem *stop, bool selected);
    void clear();

    // What may be shown: the stops layer switch and which routes are shown.
    void setFilter(bool layerOn, const std::function<bool(const QString &routeId)> &routeShown);
    // The view moved or zoomed.
    void setView(double zoom, const QRectF &visible);
    // Stops came, went or changed route selection: clusters are formed anew.
    void invalidate();
    // Re-forms clusters (if stale) and visibility for the current view.
    void refresh();
    // Shows or hides one stop by the rules (after its route was (de)selected).
    void updateVisibility(StopItem *stop);
    // The same for every stop (after a layer or filter switch).
    void updateAllVisibility();
    bool isDetailed() const { return m_detailed; }

private:
    // A zoom band's clusters, kept while the stops stay the same, so
    // zooming back and forth only swaps lists.
    struct Band
    {
        QVector<MapCluster> clusters;
        QVector<QVector<StopItem *>> members; // per cluster
        QSet<StopItem *> singles;
        bool sharesStale = false;
    };
    static QPoint cellOf(const QPointF &pos);
    QGraphicsItem *cellItem(const QPoint &cell);
    bool shown(const StopItem *stop) const;
    void reveal(const QRectF &rect);
    void hideRevealed();
    void dropBands();
    void showBand();
    Band makeBand();
    static QVector<QPair<QColor, int>> sharesOf(const QVector<StopItem *> &members);
    void revealPending();

    QGraphicsScene *m_scene;
    QHash<QString, StopItem *> m_stops;
    QHash<QPoint, QVector<StopItem *>> m_grid;
    // One parent item per grid cell: the scene then walks a few hundred
    // cells instead of every stop when it looks for what changed.
    QHash<QPoint, QGraphicsItem *> m_cellItems;
    QSet<QPoint> m_revealed;
    QSet<StopItem *> m_singles; // of the shown band
    ClusterItem *m_clusterItem = nullptr;
    QHash<int, Band> m_bands; // by half zoom level
    int m_shownBand = -1;
    QVector<QPoint> m_pendingCells; // margin cells still to reveal
    QTimer m_revealTimer;
    bool m_layerOn = true;
    std::function<bool(const QString &)> m_routeShown;
    double m_zoom = 8;
    int m_band = -1;
    QRectF m_visible;
    bool m_detailed = false;
    bool m_builtBand = false;
};
