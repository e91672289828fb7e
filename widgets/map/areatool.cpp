#include "areatool.h"

#include "map/mapprojection.h"
#include "mapview.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPen>
#include <QTimer>

namespace {
// A second click this close to the last corner is the same corner (the
// press of a double-click, a shaky hand).
constexpr double SameCornerPixels = 4;
} // namespace

AreaTool::AreaTool(MapView *view, Finished finished, Cancelled cancelled)
    : PanTool(view)
    , m_finished(std::move(finished))
    , m_cancelled(std::move(cancelled))
{
    view->viewport()->setCursor(Qt::CrossCursor);
    view->viewport()->setMouseTracking(true);
    if (QGraphicsScene *scene = view->scene()) {
        m_outline = new QGraphicsPathItem;
        QPen pen(QColor(0xc6, 0x28, 0x28), 2);
        pen.setCosmetic(true); // the same width at every zoom
        m_outline->setPen(pen);
        m_outline->setBrush(QColor(0xc6, 0x28, 0x28, 40));
        m_outline->setZValue(1e6);
        scene->addItem(m_outline);
    }
}

AreaTool::~AreaTool()
{
    // A scene that went first (the window closing while drawing) took the
    // outline with it, and left the view.
    if (m_outline && view()->scene() && m_outline->scene() == view()->scene())
        delete m_outline;
    view()->viewport()->unsetCursor();
}

QVector<QPointF> AreaTool::corners() const
{
    QVector<QPointF> out;
    out.reserve(m_scenePoints.size());
    for (const QPointF &p : m_scenePoints)
        out.append(MapProjection::toLonLat(p));
    return out;
}

bool AreaTool::mousePress(QMouseEvent *event)
{
    if (m_done)
        return true;
    m_pressed = event->button() == Qt::LeftButton;
    return PanTool::mousePress(event);
}

bool AreaTool::mouseMove(QMouseEvent *event)
{
    m_hover = view()->mapToScene(event->position().toPoint());
    m_hovering = true;
    const bool used = PanTool::mouseMove(event);
    updateOutline();
    return used || !m_done;
}

bool AreaTool::mouseRelease(QMouseEvent *event)
{
    if (m_done || event->button() != Qt::LeftButton || !m_pressed)
        return true;
    m_pressed = false;
    const bool click = !isDragging();
    PanTool::mouseRelease(event);
    if (click)
        addCorner(event->position());
    return true;
}

bool AreaTool::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_done)
        return true;
    addCorner(event->position());
    finish();
    return true;
}

bool AreaTool::keyPress(QKeyEvent *event)
{
    if (m_done)
        return true;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Escape:
        cancel();
        return true;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (!m_scenePoints.isEmpty())
            m_scenePoints.removeLast();
        updateOutline();
        return true;
    default:
        return PanTool::keyPress(event);
    }
}

void AreaTool::addCorner(const QPointF &viewportPos)
{
    if (!m_scenePoints.isEmpty()) {
        const QPointF last = view()->mapFromScene(m_scenePoints.constLast());
        if ((last - viewportPos).manhattanLength() <= SameCornerPixels)
            return;
    }
    m_scenePoints.append(view()->mapToScene(viewportPos.toPoint()));
    updateOutline();
}

bool AreaTool::finish()
{
    if (m_scenePoints.size() < 3)
        return false; // not an area yet: keep drawing
    m_done = true;
    const QVector<QPointF> area = corners();
    // Reported after this event: the receiver may replace (and delete) this tool.
    QTimer::singleShot(0, view(), [finished = m_finished, area] {
        if (finished)
            finished(area);
    });
    return true;
}

void AreaTool::cancel()
{
    m_done = true;
    QTimer::singleShot(0, view(), [cancelled = m_cancelled] {
        if (cancelled)
            cancelled();
    });
}

void AreaTool::updateOutline()
{
    if (!m_outline)
        return;
    QPainterPath path;
    if (!m_scenePoints.isEmpty()) {
        QPolygonF polygon(m_scenePoints);
        if (m_hovering && !m_done)
            polygon.append(m_hover);
        path.addPolygon(polygon);
        if (polygon.size() >= 3)
            path.closeSubpath();
    }
    m_outline->setPath(path);
}
