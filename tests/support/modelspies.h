#pragma once

// Spies on what an item model announces, to check that an update touched only
// the rows it should and did not fall back on a reset or a layout change.

#include <QAbstractItemModel>
#include <QSet>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <memory>

class ModelSpies
{
public:
    explicit ModelSpies(QAbstractItemModel *model)
        : dataChanged(model, &QAbstractItemModel::dataChanged)
        , reset(model, &QAbstractItemModel::modelReset)
        , layoutChanged(model, &QAbstractItemModel::layoutChanged)
        , rowsInserted(model, &QAbstractItemModel::rowsInserted)
        , rowsRemoved(model, &QAbstractItemModel::rowsRemoved)
        , rowsMoved(model, &QAbstractItemModel::rowsMoved)
    {}

    void clear()
    {
        for (QSignalSpy *spy : all())
            spy->clear();
    }

    // The rows named by dataChanged, or {-1} when one emission spans several rows.
    QSet<int> changedRows() const
    {
        QSet<int> rows;
        for (const QList<QVariant> &args : dataChanged) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            const auto bottomRight = args.at(1).value<QModelIndex>();
            if (topLeft.row() != bottomRight.row())
                rows.insert(-1);
            rows.insert(topLeft.row());
        }
        return rows;
    }

    // Empty when nothing but dataChanged was announced; otherwise what was.
    QString structuralChanges() const
    {
        QStringList seen;
        if (!reset.isEmpty())
            seen.append(QStringLiteral("modelReset x%1").arg(reset.size()));
        if (!layoutChanged.isEmpty())
            seen.append(QStringLiteral("layoutChanged x%1").arg(layoutChanged.size()));
        if (!rowsInserted.isEmpty())
            seen.append(QStringLiteral("rowsInserted x%1").arg(rowsInserted.size()));
        if (!rowsRemoved.isEmpty())
            seen.append(QStringLiteral("rowsRemoved x%1").arg(rowsRemoved.size()));
        if (!rowsMoved.isEmpty())
            seen.append(QStringLiteral("rowsMoved x%1").arg(rowsMoved.size()));
        return seen.join(QLatin1String(", "));
    }

    QSignalSpy dataChanged;
    QSignalSpy reset;
    QSignalSpy layoutChanged;
    QSignalSpy rowsInserted;
    QSignalSpy rowsRemoved;
    QSignalSpy rowsMoved;

private:
    QList<QSignalSpy *> all()
    {
        return {&dataChanged, &reset, &layoutChanged, &rowsInserted, &rowsRemoved, &rowsMoved};
    }
};

// "{3}" style text of a set of rows, for failure messages.
inline QString rowsText(const QSet<int> &rows)
{
    QList<int> sorted(rows.begin(), rows.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (int row : sorted)
        parts.append(QString::number(row));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}
