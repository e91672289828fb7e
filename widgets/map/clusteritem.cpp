#include "clusteritem.h"

#include "mapstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>
#include <cmath>

double MapCluster::radius() const
{
    // Grows with the count, slowly, so a big cluster does not hide its neighbours.
    const double base = kind == Kind::Vans ? 12 : 10;
    return base + 3.2 * std::log10(double(qMax(1, count())));
}

ClusterItem::ClusterItem(Kind kind, const QRectF &area)
    : m_kind(kind)
    , m_area(area)
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(kind == Kind::Vans ? 42 : 33);
}

void ClusterItem::setClusters(const QVector<MapCluster> &clusters)
{
    m_clusters = clusters;
    update();
}

void ClusterItem::setShares(int index, const QVector<QPair<QColor, int>> &shares)
{
    if (index < 0 || index >= m_clusters.size() || m_clusters[index].shares == shares)
        return;
    m_clusters[index].shares = shares;
    update();
}

int ClusterItem::clusterAt(const QPointF &scenePos, double sceneUnitsPerPixel) const
{
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < m_clusters.size(); ++i) {
        const QPointF d = (m_clusters[i].pos - scenePos) / sceneUnitsPerPixel;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= m_clusters[i].radius() + 2 && (best < 0 || distance < bestDistance)) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QRectF ClusterItem::boundingRect() const
{
    return m_area;
}

QPixmap ClusterItem::badge(const MapCluster &cluster, qreal dpr)
{
    QString key = QStringLiteral("%1/%2/%3").arg(int(cluster.kind)).arg(cluster.count()).arg(dpr);
    for (const auto &share : cluster.shares)
        key += QStringLiteral("/%1:%2").arg(share.first.rgba()).arg(share.second);
    static QHash<QString, QPixmap> cache;
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() > 4000)
        cache.clear(); // a long day of changing shares: start afresh

    const double r = cluster.radius();
    const double side = 2 * r + 4;
    QPixmap pixmap(QSize(int(std::ceil(side * dpr)), int(std::ceil(side * dpr))));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(side / 2, side / 2);
    const double ring = cluster.kind == MapCluster::Kind::Vans ? 3.5 : 4.0;
    int total = 0;
    for (const auto &share : cluster.shares)
        total += share.second;
    const QRectF outer(-r, -r, 2 * r, 2 * r);
    p.setPen(Qt::NoPen);
    if (total > 0) {
        int start = 90 * 16;
        for (const auto &share : cluster.shares) {
            const int span = -int(std::lround(360.0 * 16 * share.second / total));
            p.setBrush(share.first);
            p.drawPie(outer, start, span);
            start += span;
        }
    } else {
        p.setBrush(Qt::gray);
        p.drawEllipse(outer);
    }
    const bool vans = cluster.kind == MapCluster::Kind::Vans;
    p.setBrush(vans ? MapStyle::selectionColor() : QColor(Qt::white));
    p.drawEllipse(QPointF(), r - ring, r - ring);
    p.setPen(QPen(QColor(0, 0, 0, 60), 1));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(outer);
    p.setFont(MapStyle::labelFont(cluster.count() >= 1000 ? -2 : 0, true));
    p.setPen(vans ? QColor(Qt::white) : MapStyle::textColor());
    p.drawText(outer, Qt::AlignCenter, QString::number(cluster.count()));
    p.end();
    return *cache.insert(key, pixmap);
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QTransform toDevice = painter->worldTransform();
    const double scale = toDevice.m11();
    if (scale <= 0 || m_clusters.isEmpty())
        return;
    const double reach = 40 / scale; // the largest badge's radius, in scene units
    const QRectF exposed = option->exposedRect.adjusted(-reach, -reach, reach, reach);
    const qreal dpr = widget ? widget->devicePixelRatioF() : 1.0;
    painter->save();
    painter->resetTransform();
    for (const MapCluster &c : std::as_const(m_clusters)) {
        if (!exposed.contains(c.pos))
            continue;
        const QPixmap pixmap = badge(c, dpr);
        const QSizeF size = pixmap.deviceIndependentSize();
        const QPointF at = toDevice.map(c.pos);
        painter->drawPixmap(
            QPointF(std::round(at.x() - size.width() / 2), std::round(at.y() - size.height() / 2)),
            pixmap);
    }
    painter->restore();
}
