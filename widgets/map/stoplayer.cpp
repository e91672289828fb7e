#include "stoplayer.h"

#include "clusteritem.h"
#include "core/domaintext.h"
#include "map/mapprojection.h"
#include "map/pointclusterer.h"
#include "mapstyle.h"
#include "stopitem.h"

#include <QGraphicsScene>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace {

constexpr double GridCell = 5000; // scene metres

// Holds the stops of one grid cell; draws nothing itself.
class StopCellItem : public QGraphicsItem
{
public:
    StopCellItem()
    {
        setFlag(ItemHasNoContents);
        setZValue(30);
    }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

} // namespace

StopLayer::StopLayer(QGraphicsScene *scene)
    : m_scene(scene)
    , m_routeShown([](const QString &) { return true; })
{
    m_revealTimer.setSingleShot(true);
    m_revealTimer.setInterval(30);
    QObject::connect(&m_revealTimer, &QTimer::timeout, [this] { revealPending(); });
    // Changes come in bursts (a plan of many routes): one job for the burst.
    m_jobTimer.setSingleShot(true);
    m_jobTimer.setInterval(0);
    QObject::connect(&m_jobTimer, &QTimer::timeout, [this] { startJob(); });
    QObject::connect(&m_jobWatcher, &QFutureWatcherBase::finished, [this] { jobFinished(); });
    m_clusterItem = new ClusterItem(ClusterItem::Kind::Stops, scene->sceneRect());
    scene->addItem(m_clusterItem);
}

const QVector<MapCluster> &StopLayer::clusters() const
{
    return m_clusterItem->clusters();
}

StopLayer::~StopLayer()
{
    m_jobWatcher.disconnect();
    m_job.waitForFinished();
    clear();
    delete m_clusterItem;
}

QPoint StopLayer::cellOf(const QPointF &pos)
{
    return QPoint(int(std::floor(pos.x() / GridCell)), int(std::floor(pos.y() / GridCell)));
}

bool StopLayer::shown(const StopItem *stop) const
{
    if (!m_layerOn || !m_routeShown(stop->routeId()))
        return false;
    if (stop->isRouteSelected())
        return true;
    if (m_detailed)
        return m_revealed.contains(cellOf(stop->pos()));
    return m_singles.contains(const_cast<StopItem *>(stop));
}

QGraphicsItem *StopLayer::cellItem(const QPoint &cell)
{
    QGraphicsItem *&item = m_cellItems[cell];
    if (!item) {
        item = new StopCellItem;
        m_scene->addItem(item);
    }
    return item;
}

StopItem *StopLayer::add(const QString &stopId, const QString &routeId, int seq, const QPointF &pos)
{
    auto *item = new StopItem(stopId, routeId, seq);
    item->setPos(pos);
    m_stops.insert(stopId, item);
    m_grid[cellOf(pos)].append(item);
    item->setVisible(shown(item));
    item->setParentItem(cellItem(cellOf(pos)));
    return item;
}

void StopLayer::setRouteSelected(StopItem *stop, bool selected)
{
    if (stop->isRouteSelected() == selected)
        return;
    stop->setRouteSelected(selected);
    // Selected stops leave their cell so they stack above every other stop.
    if (selected)
        stop->setParentItem(nullptr);
    else
        stop->setParentItem(cellItem(cellOf(stop->pos())));
    if (selected && !stop->scene())
        m_scene->addItem(stop);
    stop->setVisible(shown(stop));
}

void StopLayer::remove(StopItem *stop)
{
    if (!stop)
        return;
    m_stops.remove(stop->stopId());
    m_grid[cellOf(stop->pos())].removeOne(stop);
    m_singles.remove(stop);
    dropBands(); // the clusters hold the stop: form them anew
    delete stop;
}

void StopLayer::move(StopItem *stop, const QPointF &pos)
{
    m_grid[cellOf(stop->pos())].removeOne(stop);
    stop->setPos(pos);
    m_grid[cellOf(pos)].append(stop);
    if (!stop->isRouteSelected())
        stop->setParentItem(cellItem(cellOf(pos)));
    stop->setVisible(shown(stop));
    dropBands();
}

void StopLayer::stateChanged(StopItem *stop)
{
    ++m_stateSerial;
    for (auto it = m_bands.begin(); it != m_bands.end(); ++it) {
        if (it.key() != m_shownBand)
            it->sharesStale = true;
    }
    const int index = stop->clusterIndex();
    const auto band = m_bands.find(m_shownBand);
    if (index < 0 || band == m_bands.end() || index >= band->clusters.size())
        return;
    band->clusters[index].shares = sharesOf(band->members[index]);
    m_clusterItem->setShares(index, band->clusters[index].shares);
}

QVector<QPair<QColor, int>> StopLayer::sharesOf(const QVector<StopItem *> &members)
{
    int byState[int(Domain::StopState::Moved) + 1] = {};
    for (const StopItem *s : members)
        byState[int(s->state())] += 1;
    QVector<QPair<QColor, int>> shares;
    for (int st = 0; st <= int(Domain::StopState::Moved); ++st) {
        if (byState[st])
            shares.append({DomainText::stopStateColor(Domain::StopState(st)), byState[st]});
    }
    return shares;
}

void StopLayer::clear()
{
    dropBands();
    m_singles.clear();
    m_revealed.clear();
    m_pendingCells.clear();
    m_grid.clear();
    qDeleteAll(m_stops);
    m_stops.clear();
    qDeleteAll(m_cellItems);
    m_cellItems.clear();
}

void StopLayer::setFilter(bool layerOn, const std::function<bool(const QString &)> &routeShown)
{
    m_layerOn = layerOn;
    m_routeShown = routeShown;
    dropBands();
}

void StopLayer::invalidate()
{
    dropBands();
}

int StopLayer::firstBand()
{
    return int(std::floor(MapProjection::MinZoom * 2));
}

int StopLayer::lastBand()
{
    return int(std::ceil(MapStyle::DetailZoom * 2)) - 1;
}

QVector<StopLayer::Point> StopLayer::snapshot() const
{
    QVector<Point> points;
    points.reserve(m_stops.size());
    for (StopItem *stop : std::as_const(m_stops)) {
        if (stop->isRouteSelected() || !m_routeShown(stop->routeId()))
            continue;
        points.append(Point{stop, stop->stopId(), stop->pos(), stop->state()});
    }
    return points;
}

void StopLayer::scheduleJob()
{
    m_jobPending = true;
    if (!m_jobTimer.isActive())
        m_jobTimer.start();
}

void StopLayer::startJob()
{
    if (!m_jobPending)
        return;
    if (m_job.isRunning())
        return; // started again when the running one ends
    m_jobPending = false;
    const quint64 job = ++m_jobSerial;
    const int stateSerial = m_stateSerial;
    m_job = QtConcurrent::run([points = snapshot(), job, stateSerial] {
        JobResult result;
        result.job = job;
        result.stateSerial = stateSerial;
        for (int band = firstBand(); band <= lastBand(); ++band)
            result.bands.insert(band, formBand(points, band));
        return result;
    });
    m_jobWatcher.setFuture(m_job);
}

void StopLayer::jobFinished()
{
    if (!m_job.isFinished())
        return; // a late word from a job replaced since
    if (m_jobPending) {
        // The stops changed while it ran: its bands are already out of date.
        startJob();
        return;
    }
    JobResult result = m_job.result();
    if (result.job != m_jobSerial || m_bandsSerial == m_jobSerial)
        return;
    // Bands formed here meanwhile (refresh(true)) are the same; take the
    // worker's set, which has them all.
    if (const auto shown = m_bands.constFind(m_shownBand); shown != m_bands.constEnd()) {
        for (const QVector<StopItem *> &members : shown->members) {
            for (StopItem *s : members)
                s->setClusterIndex(-1);
        }
    }
    m_bands = std::move(result.bands);
    m_bandsSerial = result.job;
    if (result.stateSerial != m_stateSerial) {
        for (Band &band : m_bands)
            band.sharesStale = true;
    }
    showBand(true);
}

void StopLayer::setView(double zoom, const QRectF &visible)
{
    m_zoom = zoom;
    m_visible = visible;
    const int band = int(std::floor(zoom * 2));
    const bool detailed = zoom >= MapStyle::DetailZoom;
    if (band != m_band || detailed != m_detailed) {
        m_band = band;
        if (detailed != m_detailed) {
            m_detailed = detailed;
            if (!detailed)
                hideRevealed();
        }
        refresh();
    } else if (m_detailed) {
        reveal(visible);
    }
}

void StopLayer::reveal(const QRectF &rect)
{
    if (!m_layerOn)
        return;
    // The view's own cells now; half a view of margin around it a little
    // later, so a pan finds stops already there without the first frame
    // paying for them.
    auto cellsOf = [](const QRectF &r) {
        QVector<QPoint> cells;
        const QPoint a = cellOf(r.topLeft());
        const QPoint b = cellOf(r.bottomRight());
        for (int x = a.x(); x <= b.x(); ++x) {
            for (int y = a.y(); y <= b.y(); ++y)
                cells.append(QPoint(x, y));
        }
        return cells;
    };
    auto revealCell = [this](const QPoint &cell) {
        if (m_revealed.contains(cell))
            return;
        m_revealed.insert(cell);
        const auto it = m_grid.constFind(cell);
        if (it == m_grid.constEnd())
            return;
        for (StopItem *stop : *it)
            stop->setVisible(shown(stop));
    };
    for (const QPoint &cell : cellsOf(rect))
        revealCell(cell);
    const QRectF margin =
        rect.adjusted(-rect.width() / 2, -rect.height() / 2, rect.width() / 2, rect.height() / 2);
    bool queued = false;
    for (const QPoint &cell : cellsOf(margin)) {
        if (!m_revealed.contains(cell) && m_grid.contains(cell)) {
            m_pendingCells.append(cell);
            queued = true;
        }
    }
    if (queued && !m_revealTimer.isActive())
        m_revealTimer.start();
}

void StopLayer::revealPending()
{
    if (!m_detailed) {
        m_pendingCells.clear();
        return;
    }
    // A few cells at a time, so no frame waits long for them.
    int budget = 1500;
    while (!m_pendingCells.isEmpty() && budget > 0) {
        const QPoint cell = m_pendingCells.takeLast();
        if (m_revealed.contains(cell))
            continue;
        m_revealed.insert(cell);
        const auto it = m_grid.constFind(cell);
        if (it == m_grid.constEnd())
            continue;
        for (StopItem *stop : *it)
            stop->setVisible(shown(stop));
        budget -= int(it->size());
    }
    if (!m_pendingCells.isEmpty())
        m_revealTimer.start();
}

void StopLayer::hideRevealed()
{
    const QSet<QPoint> cells = m_revealed;
    m_revealed.clear();
    for (const QPoint &cell : cells) {
        const auto it = m_grid.constFind(cell);
        if (it == m_grid.constEnd())
            continue;
        for (StopItem *stop : *it)
            stop->setVisible(shown(stop));
    }
}

void StopLayer::dropBands()
{
    // Only the shown band's members have a cluster index.
    if (const auto shown = m_bands.constFind(m_shownBand); shown != m_bands.constEnd()) {
        for (const QVector<StopItem *> &members : shown->members) {
            for (StopItem *s : members)
                s->setClusterIndex(-1);
        }
    }
    m_bands.clear();
    m_bandsSerial = 0;
    // The clusters and singles on screen stay until the new ones are formed.
    if (m_shownBand >= 0)
        m_shownBand = StaleBand;
    scheduleJob();
}

StopLayer::Band StopLayer::formBand(const QVector<Point> &points, int bandIndex)
{
    Band band;
    QVector<QPointF> positions;
    positions.reserve(points.size());
    for (const Point &p : points)
        positions.append(p.pos);
    // Clusters for the band's lowest zoom: they only spread as the view zooms in.
    const double cell = MapStyle::ClusterCellPixels * MapProjection::resolution(bandIndex / 2.0);
    int byState[int(Domain::StopState::Moved) + 1] = {};
    for (const auto &c : PointClusterer::cluster(positions, cell)) {
        if (c.members.size() == 1) {
            band.singles.insert(points[c.members.first()].item);
            continue;
        }
        MapCluster cluster;
        cluster.kind = MapCluster::Kind::Stops;
        cluster.pos = c.centre;
        QVector<StopItem *> stops;
        stops.reserve(c.members.size());
        cluster.memberIds.reserve(c.members.size());
        std::fill(std::begin(byState), std::end(byState), 0);
        double left = 0, top = 0, right = 0, bottom = 0;
        for (int i = 0; i < c.members.size(); ++i) {
            const Point &p = points[c.members[i]];
            stops.append(p.item);
            cluster.memberIds.append(p.id);
            byState[int(p.state)] += 1;
            if (i == 0 || p.pos.x() < left)
                left = p.pos.x();
            if (i == 0 || p.pos.y() < top)
                top = p.pos.y();
            if (i == 0 || p.pos.x() + 1 > right)
                right = p.pos.x() + 1;
            if (i == 0 || p.pos.y() + 1 > bottom)
                bottom = p.pos.y() + 1;
        }
        cluster.membersSceneRect = QRectF(QPointF(left, top), QPointF(right, bottom));
        for (int st = 0; st <= int(Domain::StopState::Moved); ++st) {
            if (byState[st])
                cluster.shares.append({DomainText::stopStateColor(Domain::StopState(st)), byState[st]});
        }
        band.clusters.append(std::move(cluster));
        band.members.append(std::move(stops));
    }
    return band;
}

void StopLayer::showBand(bool force)
{
    const int wanted = (m_layerOn && !m_detailed) ? m_band : -1;
    if (wanted == m_shownBand && !force)
        return;
    if (wanted >= 0 && !m_bands.contains(wanted))
        return; // not formed yet: what is shown stays until it is
    const QSet<StopItem *> oldSingles = m_singles;
    if (const auto old = m_bands.constFind(m_shownBand); old != m_bands.constEnd()) {
        for (const QVector<StopItem *> &members : old->members) {
            for (StopItem *s : members)
                s->setClusterIndex(-1);
        }
    }
    m_singles.clear();
    m_shownBand = wanted;
    if (wanted >= 0) {
        Band &band = m_bands[wanted];
        for (int i = 0; i < band.clusters.size(); ++i) {
            if (band.sharesStale)
                band.clusters[i].shares = sharesOf(band.members[i]);
            for (StopItem *s : std::as_const(band.members[i]))
                s->setClusterIndex(i);
        }
        band.sharesStale = false;
        m_clusterItem->setClusters(band.clusters);
        m_singles = band.singles;
    } else {
        m_clusterItem->setClusters({});
    }
    const double symbolZoom = std::floor(m_zoom);
    for (StopItem *s : oldSingles) {
        if (!m_singles.contains(s)) {
            s->setSymbolZoom(s->isRouteSelected() ? std::min(symbolZoom, MapStyle::DetailZoom)
                                                  : MapStyle::DetailZoom);
            s->setVisible(shown(s));
        }
    }
    for (StopItem *s : std::as_const(m_singles)) {
        s->setSymbolZoom(symbolZoom);
        s->setVisible(shown(s));
    }
}

void StopLayer::refresh(bool now)
{
    const int wanted = (m_layerOn && !m_detailed) ? m_band : -1;
    if (wanted >= 0 && !m_bands.contains(wanted) && (now || !isForming())) {
        // Needed at once (or out of the worker's range): form it here.
        m_bands.insert(wanted, formBand(snapshot(), wanted));
    }
    showBand();
    if (m_detailed)
        reveal(m_visible);
}

void StopLayer::updateVisibility(StopItem *stop)
{
    stop->setVisible(shown(stop));
}

void StopLayer::updateAllVisibility()
{
    for (StopItem *stop : std::as_const(m_stops))
        stop->setVisible(shown(stop));
}
