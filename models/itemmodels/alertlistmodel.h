#pragma once

#include "alerts/alert.h"

#include <QAbstractTableModel>
#include <QVector>

class AlertStore;

// The alerts for the alerts panel: the open ones (and, on request, those
// resolved in the last hours), most severe first or newest first. refresh()
// reads the store and changes only the rows that changed (inserted, removed,
// moved, updated), so the view keeps its selection while alerts come and go.
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityCol, RaisedCol, KindCol, RouteCol, SummaryCol, StateCol, ColumnCount };
    enum Role {
        AlertIdRole = Qt::UserRole + 1, // qint64
        RouteIdRole,
        StopIdRole,
        SeverityRole, // AlertSeverity::Severity as int
        OpenRole,     // bool
        AcknowledgedRole,
    };
    enum class Order { SeverityFirst, NewestFirst };

    explicit AlertListModel(AlertStore &store, QObject *parent = nullptr);

    void setOrder(Order order);
    Order order() const { return m_order; }
    // Also show alerts resolved or cleared since `since` (0: only open ones).
    void setHistorySince(qint64 since);
    qint64 historySince() const { return m_historySince; }

    int openCount() const { return m_openCount; }
    int unacknowledgedCount() const { return m_unacknowledged; }
    const Alert *alert(int row) const;
    int rowOfAlert(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void countsChanged(int open, int unacknowledged);

private:
    void sort(QVector<Alert> &alerts) const;
    void apply(const QVector<Alert> &next);

    AlertStore &m_store;
    QVector<Alert> m_rows;
    Order m_order = Order::SeverityFirst;
    qint64 m_historySince = 0;
    int m_openCount = 0;
    int m_unacknowledged = 0;
};
