#pragma once

#include "notices/incident.h"

#include <QVector>
#include <QWidget>

class Database;
class Clock;
class QLabel;
class QVBoxLayout;

// The incidents Voorzet proposes by itself (a long breakdown, a weather
// warning over today's or tomorrow's stops), each with Confirm (which opens
// the incident for the dispatcher to check and queue) and Dismiss (kept in
// the store, so a dismissed proposal stays away after a restart). Hidden
// when there is nothing to decide.
class ProposalsPanel : public QWidget
{
    Q_OBJECT
public:
    ProposalsPanel(Database &db, Clock *clock, QWidget *parent = nullptr);

    const QVector<Notices::Incident> &proposals() const { return m_proposals; }
    // The name written with a dismissal.
    void setUserName(const QString &name) { m_user = name; }

public Q_SLOTS:
    // Re-reads the proposed incidents from the store.
    void refresh();
    void dismiss(const QString &incidentId);

Q_SIGNALS:
    void confirmRequested(const Notices::Incident &proposal);
    void proposalsChanged(int count);

private:
    Database &m_db;
    Clock *m_clock;
    QString m_user;
    QLabel *m_title;
    QVBoxLayout *m_rows;
    QVector<Notices::Incident> m_proposals;
    bool m_shown = false;
};
