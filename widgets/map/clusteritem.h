#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QPair>
#include <QStringList>
#include <QVector>

// Several stops or vans that would overlap at this zoom, drawn as one badge
// with their count; the ring shows how the members split over the states.
// Clicking it zooms in on its members.
class ClusterItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 104 };
    enum class Kind { Stops, Vans };

    ClusterItem(Kind kind, const QStringList &memberIds, const QRectF &membersSceneRect,
                const QVector<QPair<QColor, int>> &shares);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    int count() const { return int(m_members.size()); }
    const QStringList &memberIds() const { return m_members; }
    QRectF membersSceneRect() const { return m_membersRect; }
    const QVector<QPair<QColor, int>> &shares() const { return m_shares; }
    void setShares(const QVector<QPair<QColor, int>> &shares);
    double radius() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    Kind m_kind;
    QStringList m_members;
    QRectF m_membersRect;
    QVector<QPair<QColor, int>> m_shares;
};
