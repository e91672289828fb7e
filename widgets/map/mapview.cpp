#include "mapview.h"

#include "map/mapprojection.h"
#include "mapscene.h"
#include "mapstyle.h"
#include "maptool.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <cmath>

namespace {

// A round length (1, 2 or 5 times a power of ten) of at most `maxMetres`.
double niceLength(double maxMetres)
{
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double f : {5.0, 2.0, 1.0}) {
        if (f * power <= maxMetres)
            return f * power;
    }
    return power;
}

} // namespace

MapView::MapView(MapScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_tool(std::make_unique<SelectTool>(this))
    , m_centre(MapProjection::toScene(5.3, 52.15))
{
    setSceneRect(
        MapProjection::worldSceneRect()); // scroll anywhere, whatever the scene's index covers
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(NoAnchor);
    setDragMode(NoDrag);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(200, 150);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(200);
    connect(m_settle, &QTimer::timeout, this, [this] { m_scene->setInteractive(false); });
    apply();
}

MapView::~MapView() = default;

QPointF MapView::centreLonLat() const
{
    return MapProjection::toLonLat(m_centre);
}

QRectF MapView::visibleSceneRect() const
{
    const double res = MapProjection::resolution(m_zoom);
    const QSizeF size(viewport()->width() * res, viewport()->height() * res);
    return QRectF(m_centre - QPointF(size.width() / 2, size.height() / 2), size);
}

double MapView::metresPerPixel() const
{
    return MapProjection::groundResolution(centreLonLat().y(), m_zoom);
}

void MapView::apply()
{
    m_scene->setInteractive(true);
    m_settle->start();
    const double scale = 1.0 / MapProjection::resolution(m_zoom);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(m_centre);
    m_scene->setView(m_zoom, visibleSceneRect());
    viewport()->update();
    Q_EMIT viewChanged();
}

void MapView::setZoom(double zoom)
{
    const double z = std::clamp(zoom, MapProjection::MinZoom, MapProjection::MaxZoom);
    if (std::abs(z - m_zoom) < 1e-9)
        return;
    m_zoom = z;
    apply();
}

void MapView::zoomAt(double zoom, const QPointF &viewportPos)
{
    const double z = std::clamp(zoom, MapProjection::MinZoom, MapProjection::MaxZoom);
    const QPointF offset =
        viewportPos - QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0);
    const QPointF anchor = m_centre + offset * MapProjection::resolution(m_zoom);
    m_zoom = z;
    m_centre = anchor - offset * MapProjection::resolution(m_zoom);
    apply();
}

void MapView::zoomBy(double steps, const QPointF &viewportPos)
{
    zoomAt(m_zoom + steps, viewportPos);
}

void MapView::zoomBy(double steps)
{
    setZoom(m_zoom + steps);
}

void MapView::setCentre(const QPointF &scenePos)
{
    if (scenePos == m_centre)
        return;
    m_centre = scenePos;
    centerOn(m_centre);
    m_scene->setView(m_zoom, visibleSceneRect());
    Q_EMIT viewChanged();
}

void MapView::setCentreLonLat(double lon, double lat)
{
    setCentre(MapProjection::toScene(lon, lat));
}

void MapView::panByPixels(const QPointF &delta)
{
    setCentre(m_centre - delta * MapProjection::resolution(m_zoom));
    Q_EMIT userPanned();
}

void MapView::fitTo(const QRectF &sceneRect, double maxZoom)
{
    if (sceneRect.isNull() || !sceneRect.isValid()) {
        if (!sceneRect.isNull() || sceneRect.topLeft() != QPointF())
            setCentre(sceneRect.center());
        return;
    }
    const double margin = 48;
    const double w = std::max(40.0, viewport()->width() - 2 * margin);
    const double h = std::max(40.0, viewport()->height() - 2 * margin);
    const double res = std::max(sceneRect.width() / w, sceneRect.height() / h);
    const double zoom = res > 0 ? MapProjection::zoomForResolution(res) : maxZoom;
    m_zoom = std::clamp(std::min(zoom, maxZoom), MapProjection::MinZoom, MapProjection::MaxZoom);
    m_centre = sceneRect.center();
    apply();
}

void MapView::setTool(std::unique_ptr<MapTool> tool)
{
    m_tool = std::move(tool);
}

void MapView::setAttribution(const QString &text)
{
    m_attribution = text;
    viewport()->update();
}

QPair<double, int> MapView::scaleBar() const
{
    const double mpp = metresPerPixel();
    const double metres = niceLength(mpp * 120);
    return {metres, int(std::lround(metres / mpp))};
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (!m_tool || !m_tool->mousePress(event))
        QGraphicsView::mousePressEvent(event);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_tool || !m_tool->mouseMove(event))
        QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_tool || !m_tool->mouseRelease(event))
        QGraphicsView::mouseReleaseEvent(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_tool || !m_tool->mouseDoubleClick(event))
        QGraphicsView::mouseDoubleClickEvent(event);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (!m_tool || !m_tool->wheel(event))
        QGraphicsView::wheelEvent(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (!m_tool || !m_tool->keyPress(event))
        QGraphicsView::keyPressEvent(event);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    centerOn(m_centre);
    m_scene->setView(m_zoom, visibleSceneRect());
}

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const MapHit hit = m_scene->pickAt(mapToScene(help->pos()), viewportTransform());
        const QString text = m_scene->toolTipFor(hit);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void MapView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect area = viewport()->rect();

    // Scale bar, bottom left.
    const auto [metres, pixels] = scaleBar();
    const QString text = metres >= 1000 ? tr("%1 km").arg(metres / 1000.0) : tr("%1 m").arg(metres);
    const QPointF base(area.left() + 14, area.bottom() - 14);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRoundedRect(QRectF(base.x() - 6, base.y() - 26, pixels + 12, 32), 4, 4);
    QPen pen(MapStyle::textColor(), 2);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->drawLine(base, base + QPointF(pixels, 0));
    painter->drawLine(base, base + QPointF(0, -6));
    painter->drawLine(base + QPointF(pixels, 0), base + QPointF(pixels, -6));
    painter->setFont(MapStyle::labelFont(-1));
    painter->drawText(QRectF(base.x(), base.y() - 24, pixels, 16), Qt::AlignCenter, text);

    // Attribution, bottom right.
    if (!m_attribution.isEmpty()) {
        painter->setFont(MapStyle::labelFont(-2));
        const QFontMetrics fm(painter->font());
        const QRect box = fm.boundingRect(m_attribution).adjusted(-6, -2, 6, 2);
        const QRect placed(area.right() - box.width() - 2, area.bottom() - box.height() - 2,
                           box.width(), box.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 190));
        painter->drawRect(placed);
        painter->setPen(QColor(0x44, 0x4a, 0x52));
        painter->drawText(placed, Qt::AlignCenter, m_attribution);
    }
    painter->restore();
}
