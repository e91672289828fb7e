#include "trailitem.h"

#include <QPainter>

TrailItem::TrailItem(const QString &vehicleId)
    : m_vehicleId(vehicleId)
    , m_color(Qt::darkBlue)
{
    setZValue(22);
}

void TrailItem::setPoints(const QPolygonF &scenePoints)
{
    prepareGeometryChange();
    m_path = QPainterPath();
    m_path.addPolygon(scenePoints);
    m_count = int(scenePoints.size());
    m_bounds = scenePoints.boundingRect();
}

void TrailItem::append(const QPointF &scenePoint)
{
    if (m_count > 0 && m_path.currentPosition() == scenePoint)
        return;
    const bool grows = !m_bounds.contains(scenePoint);
    if (grows)
        prepareGeometryChange();
    if (m_count == 0) {
        m_path.moveTo(scenePoint);
        m_bounds = QRectF(scenePoint, QSizeF(0, 0));
    } else {
        const QPointF from = m_path.currentPosition();
        m_path.lineTo(scenePoint);
        m_bounds = m_bounds.united(QRectF(scenePoint, QSizeF(0, 0)));
        if (!grows)
            update(QRectF(from, scenePoint).normalized().adjusted(-500, -500, 500, 500));
    }
    ++m_count;
}

void TrailItem::setColor(const QColor &color)
{
    if (color != m_color) {
        m_color = color;
        update();
    }
}

QRectF TrailItem::boundingRect() const
{
    const double slack = qMax(m_bounds.width(), m_bounds.height()) * 0.02 + 50;
    return m_bounds.adjusted(-slack, -slack, slack, slack);
}

QPainterPath TrailItem::shape() const
{
    return QPainterPath();
}

void TrailItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_count < 2)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen casing(QColor(255, 255, 255, 220), 7.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    casing.setCosmetic(true);
    painter->setPen(casing);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    QPen line(m_color.darker(115), 4.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    line.setCosmetic(true);
    painter->setPen(line);
    painter->drawPath(m_path);
}
