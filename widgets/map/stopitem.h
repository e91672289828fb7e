#pragma once

#include "core/domain.h"

#include <QGraphicsItem>
#include <QString>

// One stop of a route: a dot in the colour of its state (planned, next,
// arrived, done, failed, moved), with its sequence number when its route is
// selected and the map is close enough. Drawn at a fixed pixel size; its
// bounding rect in scene units is sized for the lowest zoom it is shown at,
// so zooming never re-indexes thousands of stops.
class StopItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 102 };

    StopItem(const QString &stopId, const QString &routeId, int seq);

    int type() const override { return Type; }
    QString stopId() const { return m_stopId; }
    QString routeId() const { return m_routeId; }
    int seq() const { return m_seq; }
    void setSeq(int seq);

    void setState(Domain::StopState state);
    Domain::StopState state() const { return m_state; }
    void setNext(bool next);
    bool isNext() const { return m_next; }
    // A stop of the selected route: larger, numbered, shown at every zoom.
    void setRouteSelected(bool selected);
    bool isRouteSelected() const { return m_routeSelected; }
    void setHighlighted(bool highlighted); // the selected stop
    bool isHighlighted() const { return m_highlighted; }
    // A return visit (attempt 2 or more): an amber outer ring, so a stop that
    // must be perfect stands out on the map too.
    void setReturnVisit(bool returnVisit);
    bool isReturnVisit() const { return m_returnVisit; }

    // The cluster the stop is drawn in at the current zoom, or -1.
    void setClusterIndex(int index) { m_clusterIndex = index; }
    int clusterIndex() const { return m_clusterIndex; }

    // The lowest zoom the item is shown at; sizes the bounding rect.
    void setSymbolZoom(double zoom);
    double symbolZoom() const { return m_symbolZoom; }
    // The radius in pixels.
    double radius() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The symbol of a stop in a state, cached; `r` is the radius in pixels.
    static QPixmap symbol(Domain::StopState state, bool next, bool highlighted, double r,
                          qreal dpr, bool returnVisit = false);

private:
    QString m_stopId;
    QString m_routeId;
    int m_seq = 0;
    Domain::StopState m_state = Domain::StopState::Planned;
    bool m_next = false;
    bool m_routeSelected = false;
    bool m_highlighted = false;
    bool m_returnVisit = false;
    double m_symbolZoom = 12;
    double m_halfExtent = 0; // scene units
    int m_clusterIndex = -1;
};
