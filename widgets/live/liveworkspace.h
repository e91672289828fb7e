#pragma once

#include "core/routestatus.h"

#include <QWidget>

class ChangeNotifier;
class Clock;
class CrewsBoard;
class MapPanel;
class OperationStore;
class QSplitter;
class RouteBoardModel;
class RouteStopsModel;
class StopsTable;

// The Live workspace: the crews board and the stops of the selected route on
// the left, the map on the right. All three follow the store as events
// arrive, and share one selection: a route, and a stop of it.
class LiveWorkspace : public QWidget
{
    Q_OBJECT
public:
    LiveWorkspace(OperationStore &store, Clock *clock, ChangeNotifier *notifier,
                  QWidget *parent = nullptr);

    CrewsBoard *board() const { return m_board; }
    StopsTable *stops() const { return m_stopsTable; }
    MapPanel *map() const { return m_map; }
    RouteBoardModel *boardModel() const { return m_boardModel; }
    RouteStopsModel *stopsModel() const { return m_stopsModel; }

    void setRules(const RouteStatusRules &rules);
    // Shows `day` (YYYY-MM-DD); empty: today, else the newest day in the store.
    void showDay(const QString &day = {});
    QString shownDay() const;
    // Selects the route in the board, the map and the stops table, and the
    // stop when given (from an alert, say). Shows the route's day if needed.
    void showStop(const QString &routeId, const QString &stopId = {});

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

private:
    // The clock's date in the company's time zone, as YYYY-MM-DD.
    QString clockDay() const;

    OperationStore &m_store;
    Clock *m_clock;
    RouteBoardModel *m_boardModel;
    RouteStopsModel *m_stopsModel;
    CrewsBoard *m_board;
    StopsTable *m_stopsTable;
    MapPanel *m_map;
    QSplitter *m_splitter;    // board | map above, stops below
    QSplitter *m_topSplitter; // board | map
    bool m_followToday = true;
};
