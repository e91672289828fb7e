#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QPixmap>
#include <QRectF>
#include <QVector>

class Basemap;

// The basemap's town names: bigger towns first, more towns as the map zooms
// in, never two names on top of each other nor over a hub. At country zoom
// the provinces' names too, placed after the towns where room is left. Placement is done
// once per half zoom level in world pixels, so panning never re-places.
class TownLabelsItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 107 };

    explicit TownLabelsItem(const Basemap &basemap);

    int type() const override { return Type; }
    // Areas no town name may cover: scene points with a pixel rect around each.
    void setObstacles(const QVector<QPair<QPointF, QRectF>> &obstacles);
    // The names shown at a zoom (for tests and the legend of what is visible).
    QStringList placedNames(double zoom);
    QStringList placedProvinceNames(double zoom);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Placed
    {
        int town = 0;    // index in the towns, or in the provinces for a province
        QRectF textRect; // pixels relative to the town's point
        int tier = 0;
        bool province = false;
    };
    const QVector<Placed> &placementFor(int halfZoomSteps);
    QPixmap labelPixmap(int town, int tier, qreal dpr);
    QPixmap provincePixmap(int province, qreal dpr);
    static int tierOf(int population);

    const Basemap &m_basemap;
    QVector<QPair<QPointF, QRectF>> m_obstacles;
    QHash<int, QVector<Placed>> m_placements;
    QHash<quint64, QPixmap> m_pixmaps;
};
