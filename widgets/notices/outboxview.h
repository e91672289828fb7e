#pragma once

#include "notices/incident.h"

#include <QWidget>
#include <optional>

class Clock;
class Database;
class QComboBox;
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
    // The delivery worker changed a message: update its row and the totals.
    void messageChanged(qint64 id, Notices::MessageState state);
    // Why messages are not being delivered ("" when a gateway is set up):
    // shown above the table, so waiting messages are never a silent nothing.
    void setGatewayProblem(const QString &problem);
    int failedCount() const { return m_failed; }
    // Writes the failed messages shown (all, or the incident's) as CSV, what
    // *Export failed…* does after asking where. False with `error` when not written.
    bool exportFailedTo(const QString &path, QString *error = nullptr);
    // The selected message, else the first one shown; nullopt when none is shown.
    std::optional<Notices::OutboxMessage> currentMessage() const;

Q_SIGNALS:
    // Failed messages were put back in the queue: wake the delivery worker.
    void messagesRequeued();
    // How many messages (of all incidents) are failed, after every change.
    void failedCountChanged(int failed);
    void settingsRequested();

private:
    void retrySelected();
    void exportFailed();
    void updateSummary();
    void updateIncidents();

    Database &m_db;
    Clock *m_clock;
    Notices::OutboxModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_retry;
    QComboBox *m_incidents;
    QWidget *m_gatewayBanner;
    QLabel *m_gatewayText;
    int m_failed = -1;
};
