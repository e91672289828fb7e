#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class RouteBoardModel;
class RouteStopsModel;

// The stops of the selected route in planned order, under a heading that
// names the route, its crew and van, and how far it has come.
class StopsTable : public QWidget
{
    Q_OBJECT
public:
    StopsTable(RouteStopsModel *stops, RouteBoardModel *board, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    void showRoute(const QString &routeId);
    // Selects the stop's row and scrolls to it.
    void selectStop(const QString &stopId);
    QString currentStopId() const;

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void currentStopChanged(const QString &stopId);

private:
    void updateHeading();

    RouteStopsModel *m_stops;
    RouteBoardModel *m_board;
    QLabel *m_title;
    QLabel *m_detail;
    QTableView *m_view;
};
