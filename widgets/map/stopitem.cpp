#include "stopitem.h"

#include "core/domaintext.h"
#include "map/mapprojection.h"
#include "mapstyle.h"

#include <QPainter>
#include <cmath>

namespace {
constexpr double MaxRadiusPixels = 16; // the largest a stop is ever drawn, halo included
}

StopItem::StopItem(const QString &stopId, const QString &routeId, int seq)
    : m_stopId(stopId)
    , m_routeId(routeId)
    , m_seq(seq)
{
    setZValue(30);
    setSymbolZoom(MapStyle::DetailZoom);
}

void StopItem::setSeq(int seq)
{
    if (seq != m_seq) {
        m_seq = seq;
        update();
    }
}

void StopItem::setState(Domain::StopState state)
{
    if (state != m_state) {
        m_state = state;
        update();
    }
}

void StopItem::setNext(bool next)
{
    if (next != m_next) {
        m_next = next;
        setZValue(m_highlighted ? 36 : next ? 34 : m_routeSelected ? 32 : 30);
        update();
    }
}

void StopItem::setRouteSelected(bool selected)
{
    if (selected != m_routeSelected) {
        m_routeSelected = selected;
        setZValue(m_highlighted ? 36 : m_next ? 34 : selected ? 32 : 30);
        update();
    }
}

void StopItem::setHighlighted(bool highlighted)
{
    if (highlighted != m_highlighted) {
        m_highlighted = highlighted;
        setZValue(highlighted ? 36 : m_next ? 34 : m_routeSelected ? 32 : 30);
        update();
    }
}

void StopItem::setSymbolZoom(double zoom)
{
    const double extent = MaxRadiusPixels * MapProjection::resolution(zoom);
    if (std::abs(extent - m_halfExtent) < 1e-9)
        return;
    prepareGeometryChange();
    m_symbolZoom = zoom;
    m_halfExtent = extent;
}

double StopItem::radius() const
{
    if (m_highlighted)
        return 9.5;
    if (m_routeSelected)
        return m_next ? 9.0 : 7.5;
    return m_next ? 6.5 : 5.0;
}

QRectF StopItem::boundingRect() const
{
    return QRectF(-m_halfExtent, -m_halfExtent, 2 * m_halfExtent, 2 * m_halfExtent);
}

QPainterPath StopItem::shape() const
{
    // The clickable disc at the zoom the item was sized for; the map's hit
    // test uses pixel distances, this only narrows the scene's candidates.
    QPainterPath path;
    path.addEllipse(boundingRect());
    return path;
}

void StopItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    using S = Domain::StopState;
    // Draw in device pixels around the stop, whatever the zoom.
    const QPointF centre = painter->worldTransform().map(QPointF());
    const double zoom = MapProjection::zoomForResolution(1.0 / painter->worldTransform().m11());
    const bool numbered = m_routeSelected && m_seq > 0 && zoom >= MapStyle::StopNumberZoom;
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    const double r = numbered ? qMax(radius(), 9.5) : radius();
    const QColor state = DomainText::stopStateColor(m_state);
    QColor fill = state;
    QColor ring = Qt::white;
    if (m_next && (m_state == S::Planned)) {
        fill = MapStyle::nextStopColor();
    } else if (m_state == S::Planned) {
        fill = Qt::white;
        ring = state.darker(120);
    } else if (m_state == S::Moved) {
        fill = QColor(255, 255, 255);
        ring = state;
    }
    if (m_highlighted) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(MapStyle::selectionColor().red(), MapStyle::selectionColor().green(),
                                 MapStyle::selectionColor().blue(), 70));
        painter->drawEllipse(centre, r + 5, r + 5);
    }
    QPen pen(m_highlighted ? MapStyle::selectionColor() : ring, m_highlighted ? 2.5 : 1.6);
    if (m_state == S::Moved)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    if (m_state == S::Failed) {
        // A diamond, so a failed stop stands out without relying on colour.
        const double d = r * 1.25;
        const QPointF pts[4] = {centre + QPointF(0, -d), centre + QPointF(d, 0),
                                centre + QPointF(0, d), centre + QPointF(-d, 0)};
        painter->drawPolygon(pts, 4);
    } else {
        painter->drawEllipse(centre, r, r);
    }
    if (numbered) {
        QFont font = MapStyle::labelFont(-1, true);
        painter->setFont(font);
        const bool light = fill.lightness() > 170;
        painter->setPen(light ? MapStyle::textColor() : QColor(Qt::white));
        painter->drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                          QString::number(m_seq));
    }
    painter->restore();
}
