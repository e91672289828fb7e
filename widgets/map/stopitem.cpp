#include "stopitem.h"

#include "core/domaintext.h"
#include "map/mapprojection.h"
#include "mapstyle.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QWidget>
#include <cmath>

namespace {
constexpr double MaxRadiusPixels = 16; // the largest a stop is ever drawn, halo included
// The amber the stops table uses for a return visit's attempt.
const QColor ReturnVisitColor(0xd9, 0x77, 0x06);
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

void StopItem::setReturnVisit(bool returnVisit)
{
    if (returnVisit != m_returnVisit) {
        m_returnVisit = returnVisit;
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

QPixmap StopItem::symbol(Domain::StopState state, bool next, bool highlighted, double r, qreal dpr,
                         bool returnVisit)
{
    using S = Domain::StopState;
    const quint32 key = (quint32(state) << 24) | (quint32(next) << 23) |
                        (quint32(highlighted) << 22) | (quint32(returnVisit) << 21) |
                        (quint32(r * 4) << 8) | quint32(dpr * 4);
    static QHash<quint32, QPixmap> cache;
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const double extent = r * 1.3 + 6;
    QPixmap pixmap(QSize(int(2 * extent * dpr) + 1, int(2 * extent * dpr) + 1));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(extent, extent);
    const QColor color = DomainText::stopStateColor(state);
    QColor fill = color;
    QColor ring = Qt::white;
    if (next && state == S::Planned) {
        fill = MapStyle::nextStopColor();
    } else if (state == S::Planned) {
        fill = Qt::white;
        ring = color.darker(120);
    } else if (state == S::Moved) {
        fill = Qt::white;
        ring = color;
    }
    if (returnVisit) {
        // Outside the state's own ring, so the state still reads as usual.
        p.setPen(QPen(ReturnVisitColor, 2.2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(centre, r + 3, r + 3);
    }
    if (highlighted) {
        const QColor sel = MapStyle::selectionColor();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(sel.red(), sel.green(), sel.blue(), 70));
        p.drawEllipse(centre, r + 5, r + 5);
    }
    QPen pen(highlighted ? MapStyle::selectionColor() : ring, highlighted ? 2.5 : 1.6);
    if (state == S::Moved)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setBrush(fill);
    if (state == S::Failed) {
        // A diamond, so a failed stop stands out without relying on colour.
        const double d = r * 1.25;
        const QPointF pts[4] = {centre + QPointF(0, -d), centre + QPointF(d, 0),
                                centre + QPointF(0, d), centre + QPointF(-d, 0)};
        p.drawPolygon(pts, 4);
    } else {
        p.drawEllipse(centre, r, r);
    }
    p.end();
    return *cache.insert(key, pixmap);
}

void StopItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    // Draw in device pixels around the stop, whatever the zoom.
    const QTransform toDevice = painter->worldTransform();
    const QPointF centre = toDevice.map(QPointF());
    const double zoom = MapProjection::zoomForResolution(1.0 / toDevice.m11());
    const bool numbered = m_routeSelected && m_seq > 0 && zoom >= MapStyle::StopNumberZoom;
    const double r = numbered ? qMax(radius(), 9.5) : radius();
    const qreal dpr = widget ? widget->devicePixelRatioF() : 1.0;
    const QPixmap pixmap = symbol(m_state, m_next, m_highlighted, r, dpr, m_returnVisit);
    const QSizeF size = pixmap.deviceIndependentSize();
    painter->save();
    painter->resetTransform();
    painter->drawPixmap(QPointF(std::round(centre.x() - size.width() / 2),
                                std::round(centre.y() - size.height() / 2)),
                        pixmap);
    if (numbered) {
        painter->setFont(MapStyle::labelFont(-1, true));
        const QColor fill =
            m_next && m_state == Domain::StopState::Planned ? MapStyle::nextStopColor()
            : m_state == Domain::StopState::Planned || m_state == Domain::StopState::Moved
                ? QColor(Qt::white)
                : DomainText::stopStateColor(m_state);
        painter->setPen(fill.lightness() > 170 ? MapStyle::textColor() : QColor(Qt::white));
        painter->drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                          QString::number(m_seq));
    }
    painter->restore();
}
