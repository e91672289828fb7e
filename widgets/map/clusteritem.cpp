#include "clusteritem.h"

#include "mapstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

ClusterItem::ClusterItem(Kind kind, const QStringList &memberIds, const QRectF &membersSceneRect,
                         const QVector<QPair<QColor, int>> &shares)
    : m_kind(kind)
    , m_members(memberIds)
    , m_membersRect(membersSceneRect)
    , m_shares(shares)
{
    setFlag(ItemIgnoresTransformations);
    // Drawn once into a pixmap: a ring of arcs and a number are slow to paint
    // hundreds of times a frame, and the badge never changes size.
    setCacheMode(DeviceCoordinateCache);
    setZValue(kind == Kind::Vans ? 42 : 33);
}

void ClusterItem::setShares(const QVector<QPair<QColor, int>> &shares)
{
    if (shares != m_shares) {
        m_shares = shares;
        update();
    }
}

double ClusterItem::radius() const
{
    // Grows with the count, slowly, so a big cluster does not hide its neighbours.
    const double base = m_kind == Kind::Vans ? 12 : 10;
    return base + 3.2 * std::log10(double(qMax(1, count())));
}

QRectF ClusterItem::boundingRect() const
{
    const double r = radius() + 3;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

QPainterPath ClusterItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(), radius(), radius());
    return path;
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const double r = radius();
    const double ring = m_kind == Kind::Vans ? 3.5 : 4.0;
    // The ring: one arc per state, in proportion to its members.
    int total = 0;
    for (const auto &share : m_shares)
        total += share.second;
    const QRectF outer(-r, -r, 2 * r, 2 * r);
    painter->setPen(Qt::NoPen);
    if (total > 0) {
        int start = 90 * 16;
        for (const auto &share : m_shares) {
            const int span = -int(std::lround(360.0 * 16 * share.second / total));
            painter->setBrush(share.first);
            painter->drawPie(outer, start, span);
            start += span;
        }
    } else {
        painter->setBrush(Qt::gray);
        painter->drawEllipse(outer);
    }
    const QColor inner = m_kind == Kind::Vans ? MapStyle::selectionColor() : QColor(Qt::white);
    painter->setBrush(inner);
    painter->drawEllipse(QPointF(), r - ring, r - ring);
    painter->setPen(QPen(QColor(0, 0, 0, 60), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(outer);
    QFont font = MapStyle::labelFont(count() >= 1000 ? -2 : 0, true);
    painter->setFont(font);
    painter->setPen(m_kind == Kind::Vans ? QColor(Qt::white) : MapStyle::textColor());
    painter->drawText(outer, Qt::AlignCenter, QString::number(count()));
}
