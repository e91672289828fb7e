#pragma once

#include <QWidget>

// The map's key: what the van colours and the stop symbols mean. A small
// translucent card over a corner of the map.
class MapLegend : public QWidget
{
    Q_OBJECT
public:
    explicit MapLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
};
