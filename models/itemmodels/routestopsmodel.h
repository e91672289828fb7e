#pragma once

#include "core/entities.h"

#include <QAbstractTableModel>
#include <QHash>

class ChangeNotifier;
class OperationStore;

// The stops of one route in planned order: sequence, window, planned time,
// state, customer and town, client, product, services, attempt. Rows change
// in place as events arrive; a re-plan inserts, removes and reorders rows
// without a reset, so the view keeps its selection.
class RouteStopsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeqCol, WindowCol, PlannedCol, ActualCol, StateCol, CustomerCol, TownCol,
                  ClientCol, ProductCol, ServicesCol, AttemptCol, ColumnCount };
    enum Role {
        StopIdRole = Qt::UserRole + 1,
        StateRole,  // Domain::StopState as int
        SortRole,
        ReturnVisitRole, // bool
    };

    RouteStopsModel(OperationStore &store, ChangeNotifier *notifier, QObject *parent = nullptr);

    void setRoute(const QString &routeId);
    QString routeId() const { return m_routeId; }
    int rowOfStop(const QString &stopId) const;
    const Stop *stop(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onStopsChanged(const QStringList &ids);
    void onRoutesChanged(const QStringList &ids);
    void reload();
    void rebuildIndex();

    OperationStore &m_store;
    QString m_routeId;
    QVector<Stop> m_stops;
    QHash<QString, int> m_rowOfStop;
};
