#pragma once

#include "maptool.h"

#include <QPointF>
#include <QVector>
#include <functional>

class QGraphicsPathItem;

// Draws an area on the map (for an incident's scope): a click adds a corner,
// double-click or Enter closes the polygon, Backspace takes the last corner
// back, Escape cancels. Dragging and the wheel still move the map, so a large
// area can be drawn across a pan. The outcome is reported once, after the
// event that ended it (the view may then replace this tool).
class AreaTool : public PanTool
{
public:
    using Finished = std::function<void(const QVector<QPointF> &lonLats)>;
    using Cancelled = std::function<void()>;

    AreaTool(MapView *view, Finished finished, Cancelled cancelled = {});
    ~AreaTool() override;

    // The corners so far, as (lon, lat).
    QVector<QPointF> corners() const;

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool keyPress(QKeyEvent *event) override;

private:
    void addCorner(const QPointF &viewportPos);
    bool finish();
    void cancel();
    void updateOutline();

    Finished m_finished;
    Cancelled m_cancelled;
    QVector<QPointF> m_scenePoints;
    QPointF m_hover; // scene position of the cursor, for the edge being drawn
    bool m_hovering = false;
    bool m_pressed = false;
    bool m_done = false;
    QGraphicsPathItem *m_outline = nullptr;
};
