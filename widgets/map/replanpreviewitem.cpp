#include "replanpreviewitem.h"

#include <QPainter>

namespace {
// Scene units around the drawn points, for the markers' pixels at any zoom a
// region is looked at (a few kilometres).
constexpr double Margin = 3000;
constexpr double MarkerPixels = 9;
} // namespace

ReplanPreviewItem::ReplanPreviewItem()
{
    setZValue(45); // above stops and vans: this is what the dispatcher is deciding on
    setAcceptedMouseButtons(Qt::NoButton);
}

QColor ReplanPreviewItem::colorAt(int index)
{
    static const QColor colors[] = {QColor(0x7c, 0x3a, 0xed), QColor(0x0e, 0x9f, 0x6e),
                                    QColor(0xdb, 0x27, 0x77), QColor(0x25, 0x63, 0xeb),
                                    QColor(0xca, 0x8a, 0x04), QColor(0x0f, 0x76, 0x6e)};
    return colors[index % int(std::size(colors))];
}

void ReplanPreviewItem::setPreview(const QVector<RouteLine> &routes, const QPolygonF &toAnotherDay)
{
    prepareGeometryChange();
    m_routes = routes;
    m_otherDay = toAnotherDay;
    QRectF bounds;
    for (const RouteLine &r : m_routes)
        bounds = bounds.united(r.points.boundingRect());
    if (!m_otherDay.isEmpty())
        bounds = bounds.united(m_otherDay.boundingRect());
    m_bounds = bounds.adjusted(-Margin, -Margin, Margin, Margin);
    update();
}

QRectF ReplanPreviewItem::boundingRect() const
{
    return m_bounds;
}

void ReplanPreviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Marker sizes in pixels, whatever the zoom.
    const double pixel = 1.0 / qMax(1e-9, painter->worldTransform().m11());
    for (int i = 0; i < m_routes.size(); ++i) {
        const QColor color = colorAt(i);
        QPen line(color, 3);
        line.setCosmetic(true);
        line.setStyle(Qt::DashLine);
        painter->setPen(line);
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(m_routes.at(i).points);
        QPen dot(color, 2);
        dot.setCosmetic(true);
        painter->setPen(dot);
        painter->setBrush(Qt::white);
        for (const QPointF &p : m_routes.at(i).points)
            painter->drawEllipse(p, 4 * pixel, 4 * pixel);
    }
    QPen cross(QColor(0xc0, 0x26, 0x26), 2.5);
    cross.setCosmetic(true);
    painter->setPen(cross);
    painter->setBrush(Qt::NoBrush);
    const double r = MarkerPixels * pixel;
    for (const QPointF &p : m_otherDay) {
        painter->drawEllipse(p, r, r);
        painter->drawLine(p + QPointF(-r, -r) * 0.7, p + QPointF(r, r) * 0.7);
        painter->drawLine(p + QPointF(-r, r) * 0.7, p + QPointF(r, -r) * 0.7);
    }
    painter->restore();
}
