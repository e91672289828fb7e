#include "maptool.h"

#include "mapscene.h"
#include "mapview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

namespace {
constexpr int DragThreshold = 4;     // pixels before a press becomes a drag
constexpr double KeyPanPixels = 120; // per arrow key press
} // namespace

bool PanTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_lastPos = event->position();
    return true;
}

bool PanTool::mouseMove(QMouseEvent *event)
{
    if (!m_pressed)
        return false;
    if (!m_dragging &&
        (event->position().toPoint() - m_pressPos).manhattanLength() >= DragThreshold) {
        m_dragging = true;
        view()->viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        view()->panByPixels(event->position() - m_lastPos);
        m_lastPos = event->position();
    }
    return true;
}

bool PanTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return false;
    m_pressed = false;
    if (m_dragging)
        view()->viewport()->unsetCursor();
    m_dragging = false;
    return true;
}

bool PanTool::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    view()->zoomBy(1.0, event->position());
    return true;
}

bool PanTool::wheel(QWheelEvent *event)
{
    // One notch (120) is half a zoom level; touchpads send smaller steps.
    m_wheelRemainder += event->angleDelta().y() / 240.0;
    if (std::abs(m_wheelRemainder) >= 0.05) {
        view()->zoomBy(m_wheelRemainder, event->position());
        m_wheelRemainder = 0;
    }
    return true;
}

bool PanTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        view()->panByPixels({KeyPanPixels, 0});
        return true;
    case Qt::Key_Right:
        view()->panByPixels({-KeyPanPixels, 0});
        return true;
    case Qt::Key_Up:
        view()->panByPixels({0, KeyPanPixels});
        return true;
    case Qt::Key_Down:
        view()->panByPixels({0, -KeyPanPixels});
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        view()->zoomBy(1.0);
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        view()->zoomBy(-1.0);
        return true;
    default:
        return false;
    }
}

bool SelectTool::mousePress(QMouseEvent *event)
{
    m_clickCandidate = event->button() == Qt::LeftButton;
    return PanTool::mousePress(event);
}

bool SelectTool::mouseMove(QMouseEvent *event)
{
    if (event->buttons() == Qt::NoButton) {
        // A hand over anything that can be clicked.
        const bool over = bool(view()->mapScene()->pickAt(
            view()->mapToScene(event->position().toPoint()), view()->viewportTransform()));
        if (over != m_overItem) {
            m_overItem = over;
            if (over)
                view()->viewport()->setCursor(Qt::PointingHandCursor);
            else
                view()->viewport()->unsetCursor();
        }
    }
    return PanTool::mouseMove(event);
}

bool SelectTool::mouseRelease(QMouseEvent *event)
{
    const bool wasDrag = isDragging();
    const bool handled = PanTool::mouseRelease(event);
    if (handled && m_clickCandidate && !wasDrag) {
        MapScene *scene = view()->mapScene();
        scene->activate(scene->pickAt(view()->mapToScene(event->position().toPoint()),
                                      view()->viewportTransform()));
    }
    m_clickCandidate = false;
    return handled;
}

bool SelectTool::mouseDoubleClick(QMouseEvent *event)
{
    // The release that ends a double-click is not a second click.
    m_clickCandidate = false;
    return PanTool::mouseDoubleClick(event);
}
