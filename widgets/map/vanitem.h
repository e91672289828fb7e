#pragma once

#include "core/domain.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

// One van on the map: a badge in its route's state colour with an arrow for
// its heading, and its plate beside it when labels have room. Keeps its size
// in pixels at every zoom; its bounding rect in scene units is sized for the
// lowest zoom of the current zoom band, so the scene's index can cull vans
// out of view. A position event moves just this item.
class VanItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 101 };

    VanItem(const QString &vehicleId, const QString &routeId);

    int type() const override { return Type; }
    QString vehicleId() const { return m_vehicleId; }
    QString routeId() const { return m_routeId; }

    // Moves the van; `headingDeg` < 0 when unknown.
    void setPosition(const QPointF &scenePos, double headingDeg);
    double heading() const { return m_heading; }
    // False until the first position is known.
    bool isPlaced() const { return m_placed; }
    void setState(Domain::RouteState state);
    Domain::RouteState state() const { return m_state; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    void setLabel(const QString &label);
    QString label() const { return m_label; }
    void setLabelShown(bool shown);
    bool isLabelShown() const { return m_labelShown; }
    // The label's rectangle in pixels around the van's centre.
    QRectF labelRect() const;
    // The zoom the bounding rect is sized for (the lowest it is drawn at).
    void setSymbolZoom(double zoom);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_vehicleId;
    QString m_routeId;
    QString m_label;
    double m_heading = -1;
    Domain::RouteState m_state = Domain::RouteState::NotStarted;
    bool m_highlighted = false;
    bool m_placed = false;
    bool m_labelShown = false;
    qreal m_labelWidth = 0;
    double m_sceneUnitsPerPixel = 1;
};
