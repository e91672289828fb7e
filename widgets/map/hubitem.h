#pragma once

#include <QGraphicsItem>
#include <QRectF>
#include <QString>

// A hub (depot) where vans load: a dark square with a warehouse roof and its
// name underneath, always readable, at a fixed pixel size.
class HubItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 103 };

    HubItem(const QString &hubId, const QString &name);

    int type() const override { return Type; }
    QString hubId() const { return m_hubId; }
    QString name() const { return m_name; }
    void setLabelShown(bool shown);
    // The name's rectangle in pixels around the hub's centre.
    QRectF labelRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_hubId;
    QString m_name;
    bool m_labelShown = true;
    mutable QRectF m_labelRect; // measured once: the view asks for the bounding rect at every paint
};
