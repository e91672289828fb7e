#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QPair>
#include <QPixmap>
#include <QStringList>
#include <QVector>

// Several stops or vans that would overlap at this zoom, shown as one badge
// with their count; the ring shows how the members split over the states.
struct MapCluster
{
    enum class Kind { Stops, Vans };
    Kind kind = Kind::Stops;
    QPointF pos; // scene
    QStringList memberIds;
    QRectF membersSceneRect;
    QVector<QPair<QColor, int>> shares;

    int count() const { return int(memberIds.size()); }
    double radius() const; // pixels
};

// All clusters of one kind at the current zoom, drawn by one item: the
// badges are cached pixmaps, so hundreds of clusters cost a blit each, and a
// new zoom band or a new van grouping only swaps the list. Clicking a
// cluster zooms in on its members (see MapScene::activate).
class ClusterItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 104 };
    using Kind = MapCluster::Kind;

    ClusterItem(Kind kind, const QRectF &area);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    void setClusters(const QVector<MapCluster> &clusters);
    const QVector<MapCluster> &clusters() const { return m_clusters; }
    // Recolours one cluster's ring (a member changed state).
    void setShares(int index, const QVector<QPair<QColor, int>> &shares);
    // The cluster drawn within `pixels` of `scenePos`, or -1.
    int clusterAt(const QPointF &scenePos, double sceneUnitsPerPixel) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static QPixmap badge(const MapCluster &cluster, qreal dpr);

private:
    Kind m_kind;
    QRectF m_area;
    QVector<MapCluster> m_clusters;
};
