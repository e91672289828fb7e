#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class RouteBoardFilter;
class RouteBoardModel;

// The crews board: every route of the day with its crew, van, state, progress,
// delay, next stop and last contact, and a filter bar above it (search, hub,
// state, late only). Selecting a row announces the route.
class CrewsBoard : public QWidget
{
    Q_OBJECT
public:
    explicit CrewsBoard(RouteBoardModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    RouteBoardFilter *filter() const { return m_filter; }
    QString currentRouteId() const;
    void selectRoute(const QString &routeId);

    // Offers the days that have routes; keeps the shown day when it is there.
    void setDays(const QStringList &days, const QString &shown);
    void focusSearch();

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void currentRouteChanged(const QString &routeId);
    void dayChosen(const QString &day);

private:
    void updateHubs();
    void updateSummary();
    void applyStateFilter();

    RouteBoardModel *m_model;
    RouteBoardFilter *m_filter;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_day;
    QComboBox *m_hub;
    QComboBox *m_state;
    QCheckBox *m_lateOnly;
    QLabel *m_summary;
    QString m_lastRoute;
};
