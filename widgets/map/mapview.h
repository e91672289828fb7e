#pragma once

#include <QGraphicsView>
#include <QTimer>
#include <memory>

class MapScene;
class MapTool;

// The thin view of the map: holds the zoom level and centre, turns input
// over to the active tool, shows tooltips, and draws the scale bar and the
// attribution over the map. Zoom levels are those of web maps (fractional
// steps allowed); the scene does the rest.
class MapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapView(MapScene *scene, QWidget *parent = nullptr);
    ~MapView() override;

    MapScene *mapScene() const { return m_scene; }
    double zoom() const { return m_zoom; }
    QPointF centre() const { return m_centre; } // scene coordinates
    QPointF centreLonLat() const;
    QRectF visibleSceneRect() const;
    // Ground metres per pixel at the centre.
    double metresPerPixel() const;

    void setZoom(double zoom);
    // Zooms keeping the scene point under `viewportPos` where it is.
    void zoomAt(double zoom, const QPointF &viewportPos);
    void zoomBy(double steps, const QPointF &viewportPos);
    void zoomBy(double steps);
    void setCentre(const QPointF &scenePos);
    void setCentreLonLat(double lon, double lat);
    // A pan by the user (drag or keys), in pixels: announced as userPanned.
    void panByPixels(const QPointF &delta);
    // Shows `sceneRect` whole, with a margin, zooming in no further than `maxZoom`.
    void fitTo(const QRectF &sceneRect, double maxZoom = 16.0);

    void setTool(std::unique_ptr<MapTool> tool);
    MapTool *tool() const { return m_tool.get(); }

    void setAttribution(const QString &text);
    QString attribution() const { return m_attribution; }
    // The scale bar's length in metres and pixels, as last drawn.
    QPair<double, int> scaleBar() const;

Q_SIGNALS:
    void viewChanged();
    void userPanned();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void apply();

    MapScene *m_scene;
    std::unique_ptr<MapTool> m_tool;
    QTimer *m_settle;
    double m_zoom = 7.5;
    QPointF m_centre;
    QString m_attribution;
};
