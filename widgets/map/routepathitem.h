#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

// The selected route's planned path (its geometry, else stop to stop), drawn
// on top of the route network as a cased line in the route's state colour.
class RoutePathItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 105 };

    explicit RoutePathItem(const QString &routeId);

    int type() const override { return Type; }
    QString routeId() const { return m_routeId; }
    void setPath(const QPolygonF &scenePoints);
    QPolygonF points() const { return m_points; }
    void setColor(const QColor &color);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_routeId;
    QPolygonF m_points;
    QPainterPath m_path;
    QColor m_color;
    QRectF m_bounds;
};
