#pragma once

#include "alerts/alert.h"

#include <QWidget>

class AlertListModel;
class AlertStore;
class Clock;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// The alerts panel: what needs attention now, most severe (or newest) first,
// with who has seen it. A dispatcher acknowledges an alert (Space), resolves
// it with a note, or opens its route and stop (Enter, double-click).
class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    AlertsPanel(AlertListModel *model, AlertStore &store, Clock *clock,
                QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The name written with acknowledgements and resolutions.
    void setUserName(const QString &name) { m_user = name; }
    qint64 currentAlertId() const;
    void selectAlert(qint64 id);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public Q_SLOTS:
    void acknowledgeCurrent();
    void resolveCurrent();

Q_SIGNALS:
    // The user wants to see the alert's route (and stop, when it has one).
    void openRequested(const QString &routeId, const QString &stopId);
    // The store changed through this panel.
    void alertsEdited();
    // The remedy of a late-ETA or failed-delivery alert: move the stop to
    // another day.
    void rescheduleRequested(const QString &routeId, const QString &stopId);
    // The remedy of a breakdown alert: spread the route's stops over other vans.
    void rescueRequested(const QString &routeId);
    // The other remedy of a breakdown, a late stop or a failed delivery: tell
    // the customers concerned (an overmacht incident for the route or stop).
    void notifyRequested(AlertKind::Kind kind, const QString &routeId, const QString &stopId);

private:
    void updateButtons();
    void updateSummary();
    void openCurrent();
    void remedyCurrent();
    void notifyCurrent();

    AlertListModel *m_model;
    AlertStore &m_store;
    Clock *m_clock;
    QString m_user;
    QLabel *m_summary;
    QComboBox *m_order;
    QCheckBox *m_history;
    QPushButton *m_ack;
    QPushButton *m_resolve;
    QPushButton *m_open;
    QPushButton *m_remedy;
    QPushButton *m_notify;
    QTableView *m_view;
};
