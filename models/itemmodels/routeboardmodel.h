#pragma once

#include "core/entities.h"
#include "core/routestatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

class ChangeNotifier;
class Clock;
class OperationStore;

// The crews board: one row per route of the shown day with crew, van, hub,
// state, progress, delay, next stop and minutes since last contact. Rows are
// updated one by one as the notifier names them; time-derived columns are
// re-derived on a timer without touching the store.
class RouteBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RouteCol, CrewCol, VanCol, HubCol, StateCol, ProgressCol, DelayCol, NextStopCol,
                  ContactCol, ColumnCount };
    enum Role {
        RouteIdRole = Qt::UserRole + 1,
        VehicleIdRole,
        HubIdRole,
        StateRole,    // Domain::RouteState as int
        DelayRole,    // minutes
        SortRole,     // a value that sorts naturally for the column
    };

    RouteBoardModel(OperationStore &store, Clock *clock, ChangeNotifier *notifier,
                    QObject *parent = nullptr);

    void setDay(const QString &day);
    QString day() const { return m_day; }
    void setRules(const RouteStatusRules &rules);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOfRoute(const QString &routeId) const;
    const Route *route(int row) const;
    const RouteStatus *status(int row) const;
    const QVector<Stop> *stops(int row) const;

    // Re-derives the time-dependent state of every row (no contact, delay).
    void refreshTimes();

Q_SIGNALS:
    // The number of routes in each state changed (for the status bar).
    void summaryChanged();

private:
    struct Row {
        Route route;
        QVector<Stop> stops;
        Vehicle vehicle;
        RouteStatus status;
    };

    void onRoutesAdded(const QStringList &ids);
    void onRoutesChanged(const QStringList &ids);
    void onStopsChanged(const QStringList &ids);
    void onVehiclesChanged(const QStringList &ids);
    void reloadRoutes(const QStringList &ids);
    void removeRoute(const QString &routeId);
    void rebuildIndexes();
    void reloadAll();
    // Derives the row's state and adds it at the end, with its index entries.
    void appendRow(Row row);
    bool derive(Row &row) const;
    void emitRowChanged(int row);

    OperationStore &m_store;
    Clock *m_clock;
    QString m_day;
    RouteStatusRules m_rules;
    QVector<Row> m_rows;
    QHash<QString, int> m_rowOfRoute;
    QHash<QString, QString> m_routeOfStop;
    QHash<QString, QVector<int>> m_rowsOfVehicle;
    QTimer m_timeTick;
};
