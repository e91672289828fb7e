#include "labelplacer.h"

#include <cmath>

LabelPlacer::LabelPlacer(double cellSize)
    : m_cellSize(cellSize > 0 ? cellSize : 64.0)
{}

template<typename F> void LabelPlacer::forEachCell(const QRectF &rect, F &&f) const
{
    const int x0 = int(std::floor(rect.left() / m_cellSize));
    const int x1 = int(std::floor(rect.right() / m_cellSize));
    const int y0 = int(std::floor(rect.top() / m_cellSize));
    const int y1 = int(std::floor(rect.bottom() / m_cellSize));
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y) {
            if (!f(QPoint(x, y)))
                return;
        }
    }
}

bool LabelPlacer::isFree(const QRectF &rect) const
{
    bool free = true;
    forEachCell(rect, [&](const QPoint &cell) {
        const auto it = m_cells.constFind(cell);
        if (it == m_cells.constEnd())
            return true;
        for (int index : *it) {
            if (m_rects[index].intersects(rect)) {
                free = false;
                return false;
            }
        }
        return true;
    });
    return free;
}

void LabelPlacer::insert(const QRectF &rect)
{
    const int index = int(m_rects.size());
    m_rects.append(rect);
    forEachCell(rect, [&](const QPoint &cell) {
        m_cells[cell].append(index);
        return true;
    });
}

void LabelPlacer::block(const QRectF &rect)
{
    insert(rect);
}

bool LabelPlacer::place(const QRectF &rect)
{
    if (!isFree(rect))
        return false;
    insert(rect);
    return true;
}

int LabelPlacer::placeFirst(const QVector<QRectF> &candidates)
{
    for (int i = 0; i < candidates.size(); ++i) {
        if (place(candidates[i]))
            return i;
    }
    return -1;
}

void LabelPlacer::clear()
{
    m_rects.clear();
    m_cells.clear();
}
