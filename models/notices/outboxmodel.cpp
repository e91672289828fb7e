#include "outboxmodel.h"

#include "core/timeformat.h"
#include "notices/noticestore.h"

namespace Notices {

OutboxModel::OutboxModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void OutboxModel::setIncident(const QString &incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void OutboxModel::reload()
{
    NoticeStore store(m_db);
    beginResetModel();
    m_messages = store.messages(m_incidentId);
    m_kinds.clear();
    for (const Incident &i : store.incidents())
        m_kinds.insert(i.id, i.kind);
    endResetModel();
}

void OutboxModel::refreshMessage(qint64 id)
{
    NoticeStore store(m_db);
    const std::optional<OutboxMessage> m = store.message(id);
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id != id)
            continue;
        if (!m) {
            beginRemoveRows({}, row, row);
            m_messages.removeAt(row);
            endRemoveRows();
        } else {
            m_messages[row] = *m;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    if (!m || (!m_incidentId.isEmpty() && m->incidentId != m_incidentId))
        return;
    if (!m_kinds.contains(m->incidentId))
        if (const auto incident = store.incident(m->incidentId))
            m_kinds.insert(incident->id, incident->kind);
    const int row = int(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append(*m);
    endInsertRows();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const OutboxMessage &m = m_messages.at(index.row());
    if (role == MessageIdRole)
        return m.id;
    if (role == StateRole)
        return int(m.state);
    if (role == TextRole || (role == Qt::ToolTipRole && index.column() != DetailColumn))
        return m.text;
    if (role == Qt::ToolTipRole)
        return m.lastError.isEmpty() ? m.gatewayReason : m.lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return m.id;
    case IncidentColumn:
        return m.incidentId.left(8);
    case KindColumn:
        return kindText(m_kinds.value(m.incidentId, IncidentKind::Other));
    case StopColumn:
        return m.stopId;
    case CustomerColumn:
        return m.recipientName.isEmpty() ? m.customerId : m.recipientName;
    case LanguageColumn:
        return m.language;
    case ChannelColumn:
        return m.channel;
    case StateColumn:
        return messageStateText(m.state);
    case AttemptsColumn:
        return m.attempts;
    case DetailColumn:
        switch (m.state) {
        case MessageState::Sent:
            return TimeFormat::toClock(m.sentAt);
        case MessageState::Failed:
            return m.gatewayReason.isEmpty() ? m.lastError : m.gatewayReason;
        case MessageState::Queued:
            return m.attempts == 0 ? QString()
                                   : tr("retry at %1").arg(TimeFormat::toClock(m.nextAttemptAt));
        case MessageState::Sending:
            return QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("#");
    case IncidentColumn:
        return tr("Incident");
    case KindColumn:
        return tr("Kind");
    case StopColumn:
        return tr("Stop");
    case CustomerColumn:
        return tr("Customer");
    case LanguageColumn:
        return tr("Language");
    case ChannelColumn:
        return tr("Channel");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case DetailColumn:
        return tr("Sent / reason");
    default:
        return {};
    }
}

} // namespace Notices
