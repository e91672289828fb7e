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

    // The trail with the points closer than `step` scene units to the last
    // one kept left out (the newest point always in): what a zoomed-out view
    // draws of it. Kept between paints and continued as points come.
    const QPolygonF &simplified(double step) const;

private:

    QString m_vehicleId;
    QPolygonF m_points;
    int m_count = 0;
    mutable QPolygonF m_simplified;
    mutable double m_simplifiedStep = -1;
    mutable int m_simplifiedCount = 0;
    mutable bool m_simplifiedForced = false; // its last point is only there to reach the van
    QColor m_color;
    QRectF m_bounds;
};
