#include "stoplayer.h"

#include "clusteritem.h"
#include "core/domaintext.h"
#include "map/mapprojection.h"
#include "map/pointclusterer.h"
#include "mapstyle.h"
#include "stopitem.h"

#include <QGraphicsScene>
#include <QTimer>
#include <cmath>

namespace {
constexpr double GridCell = 5000; // scene metres
}

StopLayer::StopLayer(QGraphicsScene *scene)
    : m_scene(scene)
    , m_routeShown([](const QString &) { return true; })
{
    m_revealTimer.setSingleShot(true);
    m_revealTimer.setInterval(30);
    QObject::connect(&m_revealTimer, &QTimer::timeout, [this] { revealPending(); });
}

StopLayer::~StopLayer()
{
    clear();
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

StopItem *StopLayer::add(const QString &stopId, const QString &routeId, int seq, const QPointF &pos)
{
    auto *item = new StopItem(stopId, routeId, seq);
    item->setPos(pos);
    m_stops.insert(stopId, item);
    m_grid[cellOf(pos)].append(item);
    item->setVisible(shown(item));
    m_scene->addItem(item);
    return item;
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
    stop->setVisible(shown(stop));
    dropBands();
}

void StopLayer::stateChanged(StopItem *stop)
{
    for (auto it = m_bands.begin(); it != m_bands.end(); ++it) {
        if (it.key() != m_shownBand)
            it->sharesStale = true;
    }
    ClusterItem *cluster = stop->cluster();
    if (!cluster || m_shownBand < 0 || !m_bands.contains(m_shownBand))
        return;
    const Band &band = m_bands[m_shownBand];
    const int index = int(band.items.indexOf(cluster));
    if (index >= 0)
        updateShares(cluster, band.members[index]);
}

void StopLayer::updateShares(ClusterItem *cluster, const QVector<StopItem *> &members)
{
    int byState[int(Domain::StopState::Moved) + 1] = {};
    for (const StopItem *s : members)
        byState[int(s->state())] += 1;
    QVector<QPair<QColor, int>> shares;
    for (int st = 0; st <= int(Domain::StopState::Moved); ++st) {
        if (byState[st])
            shares.append({DomainText::stopStateColor(Domain::StopState(st)), byState[st]});
    }
    cluster->setShares(shares);
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
    const QRectF margin = rect.adjusted(-rect.width() / 2, -rect.height() / 2, rect.width() / 2,
                                        rect.height() / 2);
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
    for (const Band &band : std::as_const(m_bands))
        qDeleteAll(band.items);
    m_bands.clear();
    for (StopItem *s : std::as_const(m_singles))
        s->setCluster(nullptr);
    for (StopItem *stop : std::as_const(m_stops))
        stop->setCluster(nullptr);
    m_clusters.clear();
    m_shownBand = -1;
    // The singles keep their visibility until the next refresh() decides.
}

StopLayer::Band StopLayer::makeBand()
{
    Band band;
    QVector<StopItem *> members;
    QVector<QPointF> points;
    members.reserve(m_stops.size());
    points.reserve(m_stops.size());
    for (StopItem *stop : std::as_const(m_stops)) {
        if (stop->isRouteSelected() || !m_routeShown(stop->routeId()))
            continue;
        members.append(stop);
        points.append(stop->pos());
    }
    // Clusters for the band's lowest zoom: they only spread as the view zooms in.
    const double cell = MapStyle::ClusterCellPixels * MapProjection::resolution(m_band / 2.0);
    for (const auto &c : PointClusterer::cluster(points, cell)) {
        if (c.members.size() == 1) {
            band.singles.insert(members[c.members.first()]);
            continue;
        }
        QVector<StopItem *> stops;
        QStringList ids;
        QRectF bounds;
        stops.reserve(c.members.size());
        ids.reserve(c.members.size());
        for (int index : c.members) {
            StopItem *s = members[index];
            stops.append(s);
            ids.append(s->stopId());
            const QRectF r(s->pos(), QSizeF(1, 1));
            bounds = bounds.isNull() ? r : bounds.united(r);
        }
        auto *item = new ClusterItem(ClusterItem::Kind::Stops, ids, bounds, {});
        item->setPos(c.centre);
        item->setVisible(false);
        updateShares(item, stops);
        m_scene->addItem(item);
        band.items.append(item);
        band.members.append(std::move(stops));
    }
    return band;
}

void StopLayer::showBand()
{
    const int wanted = (m_layerOn && !m_detailed) ? m_band : -1;
    if (wanted == m_shownBand)
        return;
    // Hide what the previous band showed.
    const QSet<StopItem *> oldSingles = m_singles;
    if (m_shownBand >= 0 && m_bands.contains(m_shownBand)) {
        for (ClusterItem *item : std::as_const(m_bands[m_shownBand].items))
            item->setVisible(false);
    }
    m_clusters.clear();
    m_singles.clear();
    m_shownBand = wanted;
    if (wanted >= 0) {
        if (!m_bands.contains(wanted))
            m_bands.insert(wanted, makeBand());
        Band &band = m_bands[wanted];
        for (int i = 0; i < band.items.size(); ++i) {
            if (band.sharesStale)
                updateShares(band.items[i], band.members[i]);
            for (StopItem *s : std::as_const(band.members[i]))
                s->setCluster(band.items[i]);
            band.items[i]->setVisible(true);
        }
        band.sharesStale = false;
        m_clusters = band.items;
        m_singles = band.singles;
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
        s->setCluster(nullptr);
        s->setSymbolZoom(symbolZoom);
        s->setVisible(shown(s));
    }
}

void StopLayer::refresh()
{
    if (m_shownBand >= 0 && !m_bands.contains(m_shownBand))
        m_shownBand = -1; // dropped: form it anew
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
