#pragma once

#include <QHash>
#include <QPoint>
#include <QRectF>
#include <QVector>

// Places labels greedily so that none overlaps another: the caller offers
// labels most important first, each with a few candidate rectangles (right of
// its point, left, above, below), and gets the first free one or none. Works
// in screen pixels; a coarse grid keeps each test short.
class LabelPlacer
{
public:
    explicit LabelPlacer(double cellSize = 64.0);

    // Reserves an area no label may cover (a symbol, the legend).
    void block(const QRectF &rect);
    // True when `rect` is free, and then reserves it.
    bool place(const QRectF &rect);
    // The index of the first free candidate (now reserved), or -1.
    int placeFirst(const QVector<QRectF> &candidates);
    bool isFree(const QRectF &rect) const;
    int placedCount() const { return int(m_rects.size()); }
    void clear();

private:
    template<typename F> void forEachCell(const QRectF &rect, F &&f) const;
    void insert(const QRectF &rect);

    double m_cellSize;
    QVector<QRectF> m_rects;
    QHash<QPoint, QVector<int>> m_cells;
};
