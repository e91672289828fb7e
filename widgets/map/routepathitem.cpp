#include "routepathitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

RoutePathItem::RoutePathItem(const QString &routeId)
    : m_routeId(routeId)
    , m_color(Qt::darkBlue)
{
    setZValue(20);
}

void RoutePathItem::setPath(const QPolygonF &scenePoints)
{
    prepareGeometryChange();
    m_points = scenePoints;
    m_path = QPainterPath();
    m_path.addPolygon(scenePoints);
    m_bounds = scenePoints.boundingRect();
}

void RoutePathItem::setColor(const QColor &color)
{
    if (color != m_color) {
        m_color = color;
        update();
    }
}

QRectF RoutePathItem::boundingRect() const
{
    // A little slack in scene units; the pens are cosmetic and clipping at the
    // exposed rect is generous enough for the few pixels of casing.
    const double slack = qMax(m_bounds.width(), m_bounds.height()) * 0.02 + 50;
    return m_bounds.adjusted(-slack, -slack, slack, slack);
}

QPainterPath RoutePathItem::shape() const
{
    return QPainterPath(); // never picked: the stops and the van are
}

void RoutePathItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_points.size() < 2)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen casing(QColor(255, 255, 255, 230), 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    casing.setCosmetic(true);
    painter->setPen(casing);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    QPen line(m_color, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    line.setCosmetic(true);
    line.setDashPattern({2.0, 1.4});
    painter->setPen(line);
    painter->drawPath(m_path);
}
