#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

// The path a van has driven so far today, solid, under the van. Grows one
// point per position event without being rebuilt.
class TrailItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 106 };

    explicit TrailItem(const QString &vehicleId);

    int type() const override { return Type; }
    QString vehicleId() const { return m_vehicleId; }
    void setPoints(const QPolygonF &scenePoints);
    void append(const QPointF &scenePoint);
    int pointCount() const { return m_count; }
    void setColor(const QColor &color);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_vehicleId;
    QPainterPath m_path;
    int m_count = 0;
    QColor m_color;
    QRectF m_bounds;
};
