#pragma once

#include "clusteritem.h"
#include "core/domain.h"

#include <QColor>
#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QPair>
#include <QPoint>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QVector>
#include <functional>

class QGraphicsItem;
class QGraphicsScene;
class StopItem;

// The stops of the shown day, for the map scene: one StopItem per stop, and
// the form they take at the current zoom. Below the detail zoom they are
// drawn as clusters; from the detail zoom on, stops are shown one by one, but
// only around what the view has looked at, so crossing the detail zoom with
// tens of thousands of stops costs what is near the view, not what exists.
//
// The clusters of every zoom band are formed together on a worker thread
// whenever stops come, go or move (or the selection or filter changes which
// stops cluster), and swapped in when ready: a zoom step then only swaps
// which band's clusters are shown. Until a new set is ready, the previous
// clusters stay on screen.
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
    // Stops came, went or changed route selection: clusters are formed anew
    // (on the worker thread, soon after).
    void invalidate();
    // Shows the current band's clusters and the stops' visibility for the
    // current view. With `now`, the band is formed here if it is not ready
    // (for a caller that needs the clusters at once); without, the previous
    // clusters stay until the worker delivers.
    void refresh(bool now = false);
    // True while clusters are being formed on the worker thread.
    bool isForming() const { return m_jobPending || m_job.isRunning(); }
    // Shows or hides one stop by the rules (after its route was (de)selected).
    void updateVisibility(StopItem *stop);
    // The same for every stop (after a layer or filter switch).
    void updateAllVisibility();
    bool isDetailed() const { return m_detailed; }

private:
public:
    // A zoom band's clusters, kept while the stops stay the same, so
    // zooming back and forth only swaps lists.
    struct Band
    {
        QVector<MapCluster> clusters;
        QVector<QVector<StopItem *>> members; // per cluster
        QSet<StopItem *> singles;
        bool sharesStale = false;
    };
    // What forming the clusters needs of one stop; read on the GUI thread,
    // used on the worker (which never touches the item itself).
    struct Point
    {
        StopItem *item;
        QString id;
        QPointF pos;
        Domain::StopState state;
    };
    // Clusters of `points` for a zoom band (half zoom levels).
    static Band formBand(const QVector<Point> &points, int band);
    // The bands that show clusters: the lowest zoom up to the detail zoom.
    static int firstBand();
    static int lastBand();

private:
    struct JobResult
    {
        quint64 job = 0;
        int stateSerial = 0;
        QHash<int, Band> bands;
    };
    static QPoint cellOf(const QPointF &pos);
    QGraphicsItem *cellItem(const QPoint &cell);
    bool shown(const StopItem *stop) const;
    void reveal(const QRectF &rect);
    void hideRevealed();
    void dropBands();
    void showBand(bool force = false);
    QVector<Point> snapshot() const;
    void scheduleJob();
    void startJob();
    void jobFinished();
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
    // The band whose clusters are shown; -1 none, StaleBand: clusters of
    // stops that changed since, shown until the new ones are formed.
    static constexpr int StaleBand = -2;
    int m_shownBand = -1;
    QVector<QPoint> m_pendingCells; // margin cells still to reveal
    QTimer m_revealTimer;
    bool m_layerOn = true;
    std::function<bool(const QString &)> m_routeShown;
    double m_zoom = 8;
    int m_band = -1;
    QRectF m_visible;
    bool m_detailed = false;
    // The worker: one job at a time; a job started for stops that changed
    // since is thrown away when it ends, and the newest one started.
    quint64 m_jobSerial = 0;    // the newest job asked for
    quint64 m_bandsSerial = 0;  // the job the bands in m_bands come from
    int m_stateSerial = 0;      // counts state changes (a job's shares may be older)
    bool m_jobPending = false;  // asked for, not started yet
    QFuture<JobResult> m_job;
    QFutureWatcher<JobResult> m_jobWatcher;
    QTimer m_jobTimer;
};
