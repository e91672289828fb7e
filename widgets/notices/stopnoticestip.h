#pragma once

#include "notices/incident.h"

#include <QObject>
#include <QVector>

class Database;
class QAbstractItemView;

// Adds a stop's notice history to the tooltip of a table of stops: every
// message sent (or being sent) about the stop, with when, the incident's
// kind, the channel, the state and the text. It watches the view's tooltip
// events, so the table itself needs no change.
class StopNoticesTip : public QObject
{
    Q_OBJECT
public:
    // `stopIdRole` is the role under which the view's model gives a row's stop id.
    StopNoticesTip(QAbstractItemView *view, Database &db, int stopIdRole);

    // The history as rich text for a tooltip or a card ("" when none was sent).
    static QString historyHtml(Database &db, const QString &stopId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    Database &m_db;
    int m_role;
};
