#pragma once

#include "core/entities.h"
#include "core/routestatus.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <QVector>

#include <limits>

class ChangeNotifier;
class Clock;
class OperationStore;

// The crews board: one row per route of the shown day with crew, van, hub,
// state, progress, delay, next stop and minutes since last contact. Rows are
// updated one by one as the notifier names them; time-derived columns are
// re-derived on a timer without touching the store, and only for the rows
// whose time-derived state can have changed: each row keeps the next moment
// its minutes since contact or its delay can tick over (and with them the
// no-contact state). Changes are announced as ranges of adjacent rows.
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
        ReturnVisitsRole, // int: return visits (attempt 2 or more) in the route's plan
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
    // The vehicle as last read for a row of the board (its latest position
    // included), or nullptr if no route of the day uses it.
    const Vehicle *vehicle(const QString &vehicleId) const;

    // Re-derives the time-dependent state of every row (no contact, delay).
    void refreshTimes();
    // Re-derives only the rows whose next time change is due by now (what
    // the timer does once a second).
    void refreshDueTimes();
    // The earliest moment (clock ms) a row's time-derived state can change;
    // INT64_MAX when none can without news. For tests and diagnosis.
    qint64 nextTimeChangeMs() const { return m_nextTimeChange; }
    qint64 nextTimeChangeMs(int row) const;
    // How many rows the last refreshDueTimes() or refreshTimes() re-derived.
    int lastRefreshDerived() const { return m_lastRefreshDerived; }

Q_SIGNALS:
    // The number of routes in each state changed (for the status bar).
    void summaryChanged();

private:
    struct Row {
        Route route;
        QVector<Stop> stops;
        Vehicle vehicle;
        RouteStatus status;
        qint64 nextTimeChange = std::numeric_limits<qint64>::max();
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
    // Derives the row's status at `now` and the next moment it can change
    // with time alone; true if anything shown changed.
    bool derive(Row &row, qint64 now) const;
    bool derive(Row &row) const;
    static qint64 nextTimeChange(const Row &row, qint64 now);
    qint64 now() const;
    // One dataChanged per run of adjacent rows; `rows` need not be sorted.
    void emitRowsChanged(QVector<int> rows);
    void updateNextTimeChange();

    OperationStore &m_store;
    Clock *m_clock;
    QString m_day;
    RouteStatusRules m_rules;
    QVector<Row> m_rows;
    QHash<QString, int> m_rowOfRoute;
    QHash<QString, QString> m_routeOfStop;
    QHash<QString, QVector<int>> m_rowsOfVehicle;
    QTimer m_timeTick;
    qint64 m_nextTimeChange = std::numeric_limits<qint64>::max();
    int m_lastRefreshDerived = 0;
    mutable qint64 m_latestDerive = 0; // the latest time a row was derived at
};
