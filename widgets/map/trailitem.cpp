#include "trailitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

TrailItem::TrailItem(const QString &vehicleId)
    : m_vehicleId(vehicleId)
    , m_color(Qt::darkBlue)
{
    setZValue(22);
}

void TrailItem::setPoints(const QPolygonF &scenePoints)
{
    prepareGeometryChange();
    m_points = scenePoints;
    m_count = int(scenePoints.size());
    m_bounds = scenePoints.boundingRect();
    m_simplifiedStep = -1;
}

void TrailItem::append(const QPointF &scenePoint)
{
    if (m_count > 0 && m_points.constLast() == scenePoint)
        return;
    const bool grows = !m_bounds.contains(scenePoint);
    if (grows)
        prepareGeometryChange();
    if (m_count == 0) {
        m_points.append(scenePoint);
        m_bounds = QRectF(scenePoint, QSizeF(0, 0));
    } else {
        const QPointF from = m_points.constLast();
        m_points.append(scenePoint);
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

const QPolygonF &TrailItem::simplified(double step) const
{
    if (step <= 0)
        return m_points;
    if (step != m_simplifiedStep || m_simplifiedCount > m_count) {
        m_simplified.clear();
        m_simplifiedCount = 0;
        m_simplifiedStep = step;
        m_simplifiedForced = false;
    }
    // Points appended since the last paint continue the simplified line. The
    // newest point is always drawn, so the trail reaches the van; kept only
    // for that, it gives way when the next points come.
    if (m_simplifiedForced && m_simplifiedCount < m_count) {
        m_simplified.removeLast();
        m_simplifiedForced = false;
    }
    const double step2 = step * step;
    for (int i = m_simplifiedCount; i < m_count; ++i) {
        const QPointF &p = m_points.at(i);
        if (m_simplified.isEmpty()) {
            m_simplified.append(p);
            continue;
        }
        const QPointF d = p - m_simplified.constLast();
        if (d.x() * d.x() + d.y() * d.y() >= step2) {
            m_simplified.append(p);
        } else if (i == m_count - 1) {
            m_simplified.append(p);
            m_simplifiedForced = true;
        }
    }
    m_simplifiedCount = m_count;
    return m_simplified;
}

QPainterPath TrailItem::shape() const
{
    return QPainterPath();
}

void TrailItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_count < 2)
        return;
    // Half a pixel apart is as close as two points can be told apart.
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const double pixel = lod > 0 ? 1.0 / lod : 0;
    // Powers of two, so the simplified line is kept while the zoom moves within a step.
    const double step = pixel > 0 ? std::exp2(std::floor(std::log2(0.5 * pixel))) : 0;
    const QPolygonF &line = simplified(step);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen casing(QColor(255, 255, 255, 220), 7.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    casing.setCosmetic(true);
    painter->setPen(casing);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(line);
    QPen pen(m_color.darker(115), 4.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawPolyline(line);
}
