#include "alertlistmodel.h"

#include "alerts/alertstore.h"
#include "alerts/alerttext.h"
#include "core/domaintext.h"
#include "core/timeformat.h"

#include <QFont>
#include <algorithm>

namespace {

bool sameContent(const Alert &a, const Alert &b)
{
    return a.severity == b.severity && a.updatedAt == b.updatedAt && a.detail == b.detail &&
           a.acknowledgedAt == b.acknowledgedAt && a.resolvedAt == b.resolvedAt &&
           a.resolution == b.resolution;
}

} // namespace

AlertListModel::AlertListModel(AlertStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

void AlertListModel::setOrder(Order order)
{
    if (m_order == order)
        return;
    m_order = order;
    refresh();
}

void AlertListModel::setHistorySince(qint64 since)
{
    if (m_historySince == since)
        return;
    m_historySince = since;
    refresh();
}

const Alert *AlertListModel::alert(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AlertListModel::rowOfAlert(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

void AlertListModel::sort(QVector<Alert> &alerts) const
{
    const bool severityFirst = m_order == Order::SeverityFirst;
    std::stable_sort(alerts.begin(), alerts.end(), [severityFirst](const Alert &a, const Alert &b) {
        // Open alerts above the history.
        if (a.isOpen() != b.isOpen())
            return a.isOpen();
        if (severityFirst && a.severity != b.severity)
            return a.severity > b.severity;
        if (a.raisedAt != b.raisedAt)
            return a.raisedAt > b.raisedAt;
        return a.id > b.id;
    });
}

void AlertListModel::refresh()
{
    QVector<Alert> next =
        m_historySince > 0 ? m_store.recentAlerts(m_historySince) : m_store.openAlerts();
    sort(next);
    apply(next);
    int open = 0;
    int unseen = 0;
    for (const Alert &a : std::as_const(m_rows)) {
        if (a.isOpen()) {
            ++open;
            if (!a.isAcknowledged())
                ++unseen;
        }
    }
    if (open != m_openCount || unseen != m_unacknowledged) {
        m_openCount = open;
        m_unacknowledged = unseen;
        Q_EMIT countsChanged(open, unseen);
    }
}

void AlertListModel::apply(const QVector<Alert> &next)
{
    QSet<qint64> wanted;
    for (const Alert &a : next)
        wanted.insert(a.id);
    // Rows that went away, from the bottom up.
    for (int row = m_rows.size() - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).id))
            continue;
        int first = row;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first;
    }
    // Then walk the wanted order: keep, move up, or insert.
    for (int i = 0; i < next.size(); ++i) {
        const Alert &a = next.at(i);
        if (i < m_rows.size() && m_rows.at(i).id == a.id) {
            if (!sameContent(m_rows.at(i), a)) {
                m_rows[i] = a;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (m_rows.at(j).id == a.id) {
                from = j;
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (!sameContent(m_rows.at(i), a)) {
                m_rows[i] = a;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, a);
            endInsertRows();
        }
    }
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_rows.at(index.row());
    switch (role) {
    case AlertIdRole:
        return a.id;
    case RouteIdRole:
        return a.routeId;
    case StopIdRole:
        return a.stopId;
    case SeverityRole:
        return int(a.severity);
    case OpenRole:
        return a.isOpen();
    case AcknowledgedRole:
        return a.isAcknowledged();
    case Qt::DecorationRole:
        if (index.column() == SeverityCol)
            return DomainText::swatch(AlertText::severityColor(a.severity),
                                      a.severity == AlertSeverity::Severe);
        return {};
    case Qt::FontRole:
        if (a.isOpen() && !a.isAcknowledged()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (!a.isOpen())
            return QColor(Qt::gray);
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 – %2\n%3\n%4")
            .arg(AlertText::severity(a.severity), AlertText::kind(a.kind), AlertText::summary(a),
                 AlertText::state(a));
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityCol:
            return AlertText::severity(a.severity);
        case RaisedCol:
            return TimeFormat::toClock(a.raisedAt);
        case KindCol:
            return AlertText::kind(a.kind);
        case RouteCol:
            return a.routeId;
        case SummaryCol:
            return AlertText::summary(a);
        case StateCol:
            return AlertText::state(a);
        }
        return {};
    }
    return {};
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityCol:
        return tr("Severity");
    case RaisedCol:
        return tr("Raised");
    case KindCol:
        return tr("Alert");
    case RouteCol:
        return tr("Route");
    case SummaryCol:
        return tr("What");
    case StateCol:
        return tr("State");
    }
    return {};
}
