#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPolygonF>
#include <QString>
#include <QVector>

// A re-plan shown on the map before it is committed (the breakdown rescue's
// proposal while the dialog is open): each receiving route's new order as a
// dashed line in its own colour from the van through its stops, and a
// crossed ring on each stop that goes to another day. Drawn at a fixed pixel
// width over everything else; it holds plain scene points, no store.
class ReplanPreviewItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 120 };

    struct RouteLine
    {
        QString routeId;
        QPolygonF points; // scene units: the van (when known), then the stops in order
    };

    ReplanPreviewItem();

    int type() const override { return Type; }
    void setPreview(const QVector<RouteLine> &routes, const QPolygonF &toAnotherDay);
    const QVector<RouteLine> &routes() const { return m_routes; }
    const QPolygonF &toAnotherDay() const { return m_otherDay; }
    // The colour the line of the route at `index` is drawn in.
    static QColor colorAt(int index);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QVector<RouteLine> m_routes;
    QPolygonF m_otherDay;
    QRectF m_bounds;
};
