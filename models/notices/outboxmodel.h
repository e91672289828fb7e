#pragma once

#include "notices/incident.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

class Database;

namespace Notices {

// The outbox as a table: one row per message with its state, attempts and
// next retry or reason, for the outbox view. Reads the store on reload().
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        IncidentColumn,
        KindColumn,
        StopColumn,
        CustomerColumn,
        LanguageColumn,
        ChannelColumn,
        StateColumn,
        AttemptsColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role { MessageIdRole = Qt::UserRole + 1, StateRole, TextRole };

    explicit OutboxModel(Database &db, QObject *parent = nullptr);

    // Shows one incident's messages only ("" for all).
    void setIncident(const QString &incidentId);
    void reload();
    // Re-reads one message (the delivery worker changed its state) and
    // updates its row only; a message not shown yet is added at the end.
    void refreshMessage(qint64 id);
    const OutboxMessage &messageAt(int row) const { return m_messages.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QString m_incidentId;
    QVector<OutboxMessage> m_messages;
    QHash<QString, IncidentKind> m_kinds;
};

} // namespace Notices
