#pragma once

#include <QPixmap>
#include <QWidget>

// The map's key: what the van colours and the stop symbols mean. A small
// translucent card over a corner of the map. It lies over the map, so it is
// repainted with every frame of the map: it draws itself once into a pixmap
// and blits that.
class MapLegend : public QWidget
{
    Q_OBJECT
public:
    explicit MapLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render(QPainter *p) const;

    QPixmap m_card; // the card as last drawn; null when it must be drawn anew
};
