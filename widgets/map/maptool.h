#pragma once

#include <QPoint>
#include <QPointF>

class MapView;
class QKeyEvent;
class QMouseEvent;
class QWheelEvent;

// An interaction mode of the map (pan, select, later drawing an area). The
// view hands its input to the active tool; a new mode is a new tool class,
// not a new branch in the view. Each handler returns true when it used the
// event.
class MapTool
{
public:
    explicit MapTool(MapView *view)
        : m_view(view)
    {}
    virtual ~MapTool() = default;
    MapTool(const MapTool &) = delete;
    MapTool &operator=(const MapTool &) = delete;

    virtual bool mousePress(QMouseEvent *) { return false; }
    virtual bool mouseMove(QMouseEvent *) { return false; }
    virtual bool mouseRelease(QMouseEvent *) { return false; }
    virtual bool mouseDoubleClick(QMouseEvent *) { return false; }
    virtual bool wheel(QWheelEvent *) { return false; }
    virtual bool keyPress(QKeyEvent *) { return false; }

protected:
    MapView *view() const { return m_view; }

private:
    MapView *m_view;
};

// Moves the map: drag to pan, wheel to zoom around the cursor, double-click
// to zoom in, arrow keys to pan and +/- to zoom.
class PanTool : public MapTool
{
public:
    using MapTool::MapTool;

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;
    bool wheel(QWheelEvent *event) override;
    bool keyPress(QKeyEvent *event) override;

protected:
    bool isDragging() const { return m_dragging; }

private:
    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPos;
    QPointF m_lastPos;
    double m_wheelRemainder = 0;
};

// The dispatcher's default: everything the pan tool does, and a click (a
// press and release without dragging) selects the van, stop, hub or cluster
// under the cursor.
class SelectTool : public PanTool
{
public:
    using PanTool::PanTool;

    bool mousePress(QMouseEvent *event) override;
    bool mouseMove(QMouseEvent *event) override;
    bool mouseRelease(QMouseEvent *event) override;
    bool mouseDoubleClick(QMouseEvent *event) override;

private:
    bool m_clickCandidate = false;
    bool m_overItem = false;
};
