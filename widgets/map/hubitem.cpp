#include "hubitem.h"

#include "mapstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr double Half = 10;
}

HubItem::HubItem(const QString &hubId, const QString &name)
    : m_hubId(hubId)
    , m_name(name)
{
    setFlag(ItemIgnoresTransformations);
    setCacheMode(DeviceCoordinateCache);
    setZValue(50);
}

void HubItem::setLabelShown(bool shown)
{
    if (shown != m_labelShown) {
        prepareGeometryChange();
        m_labelShown = shown;
    }
}

QRectF HubItem::labelRect() const
{
    if (m_labelRect.isNull()) {
        const QFontMetricsF fm(MapStyle::labelFont(1, true));
        const double w = fm.horizontalAdvance(m_name) + 6;
        m_labelRect = QRectF(-w / 2, Half + 2, w, fm.height() + 2);
    }
    return m_labelRect;
}

QRectF HubItem::boundingRect() const
{
    QRectF rect(-Half - 3, -Half - 3, 2 * Half + 6, 2 * Half + 6);
    if (m_labelShown)
        rect = rect.united(labelRect().adjusted(-3, -3, 3, 3));
    return rect;
}

QPainterPath HubItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(-Half, -Half, 2 * Half, 2 * Half));
    return path;
}

void HubItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(MapStyle::hubColor());
    painter->drawRoundedRect(QRectF(-Half, -Half, 2 * Half, 2 * Half), 3, 3);
    // A warehouse: a roof and a door.
    QPainterPath roof;
    roof.moveTo(-6, -1);
    roof.lineTo(0, -6.5);
    roof.lineTo(6, -1);
    painter->setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(roof);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawRect(QRectF(-4.5, -0.5, 9, 6.5));
    painter->setBrush(MapStyle::hubColor());
    painter->drawRect(QRectF(-2, 1.5, 4, 4.5));
    if (m_labelShown) {
        const QFont font = MapStyle::labelFont(1, true);
        const QRectF box = labelRect();
        const QFontMetricsF fm(font);
        MapStyle::drawHaloText(painter, QPointF(box.left() + 3, box.top() + 1 + fm.ascent()),
                               m_name, font, MapStyle::hubColor());
    }
}
