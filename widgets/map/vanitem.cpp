#include "vanitem.h"

#include "core/domaintext.h"
#include "map/mapprojection.h"
#include "mapstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>
#include <cmath>

VanItem::VanItem(const QString &vehicleId, const QString &routeId)
    : m_vehicleId(vehicleId)
    , m_routeId(routeId)
{
    setAcceptHoverEvents(false);
    setZValue(40);
    setSymbolZoom(8);
}

void VanItem::setPosition(const QPointF &scenePos, double headingDeg)
{
    if (headingDeg != m_heading) {
        m_heading = headingDeg;
        update();
    }
    m_placed = true;
    setPos(scenePos);
}

void VanItem::setState(Domain::RouteState state)
{
    if (state == m_state)
        return;
    m_state = state;
    update();
}

void VanItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    prepareGeometryChange();
    m_highlighted = highlighted;
    setZValue(highlighted ? 45 : 40);
}

void VanItem::setLabel(const QString &label)
{
    if (label == m_label)
        return;
    prepareGeometryChange();
    m_label = label;
    m_labelWidth = QFontMetricsF(MapStyle::labelFont(0, true)).horizontalAdvance(label);
}

void VanItem::setLabelShown(bool shown)
{
    if (shown == m_labelShown)
        return;
    prepareGeometryChange();
    m_labelShown = shown;
}

QRectF VanItem::labelRect() const
{
    const int r = MapStyle::vanSymbolRadius(m_highlighted);
    const QFontMetricsF fm(MapStyle::labelFont(0, true));
    return QRectF(r + 6, -fm.height() / 2 - 1, m_labelWidth + 8, fm.height() + 2);
}

void VanItem::setSymbolZoom(double zoom)
{
    const double perPixel = MapProjection::resolution(zoom);
    if (perPixel == m_sceneUnitsPerPixel)
        return;
    prepareGeometryChange();
    m_sceneUnitsPerPixel = perPixel;
}

QRectF VanItem::boundingRect() const
{
    const double half = MapStyle::vanSymbolRadius(m_highlighted) + 8;
    QRectF rect(-half, -half, 2 * half, 2 * half);
    if (m_labelShown && !m_label.isEmpty())
        rect = rect.united(labelRect());
    const double k = m_sceneUnitsPerPixel;
    return QRectF(rect.x() * k, rect.y() * k, rect.width() * k, rect.height() * k);
}

QPainterPath VanItem::shape() const
{
    QPainterPath path;
    path.addRect(boundingRect());
    return path;
}

void VanItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    const qreal dpr = widget ? widget->devicePixelRatioF() : painter->device()->devicePixelRatioF();
    const QPixmap symbol =
        MapStyle::vanSymbol(DomainText::routeStateColor(m_state), m_heading, m_highlighted, dpr);
    const QSizeF size = symbol.deviceIndependentSize();
    // Drawn in device pixels around the van, whatever the zoom.
    const QPointF centre = painter->worldTransform().map(QPointF());
    painter->save();
    painter->resetTransform();
    painter->translate(std::round(centre.x()), std::round(centre.y()));
    painter->drawPixmap(QPointF(-size.width() / 2, -size.height() / 2), symbol);
    if (m_labelShown && !m_label.isEmpty()) {
        const QRectF box = labelRect();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(DomainText::routeStateColor(m_state), 1));
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(MapStyle::textColor());
        painter->setFont(MapStyle::labelFont(0, true));
        painter->drawText(box, Qt::AlignCenter, m_label);
    }
    painter->restore();
}
