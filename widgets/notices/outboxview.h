#pragma once

#include <QWidget>

class Clock;
class Database;
class QLabel;
class QTableView;
class QPushButton;

namespace Notices {
class OutboxModel;
}

// The notice outbox: every message with its state per message and per
// incident, the failed ones retried or exported (CSV) for manual follow-up.
// Delivery itself is the worker's; the view reloads when told (refresh()).
class OutboxView : public QWidget
{
    Q_OBJECT
public:
    OutboxView(Database &db, Clock *clock, QWidget *parent = nullptr);

    // Shows one incident's messages ("" for all).
    void setIncident(const QString &incidentId);
    void refresh();

Q_SIGNALS:
    // Failed messages were put back in the queue: wake the delivery worker.
    void messagesRequeued();

private:
    void retrySelected();
    void exportFailed();
    void updateSummary();

    Database &m_db;
    Clock *m_clock;
    Notices::OutboxModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_retry;
};
