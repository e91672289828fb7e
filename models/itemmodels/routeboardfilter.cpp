#include "routeboardfilter.h"

#include "routeboardmodel.h"

RouteBoardFilter::RouteBoardFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RouteBoardModel::SortRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RouteBoardFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void RouteBoardFilter::setHub(const QString &hubId)
{
    if (hubId == m_hub)
        return;
    m_hub = hubId;
    invalidateFilter();
}

void RouteBoardFilter::setStates(const QSet<int> &states)
{
    if (states == m_states)
        return;
    m_states = states;
    invalidateFilter();
}

void RouteBoardFilter::setLateOnly(bool lateOnly, int lateFromMinutes)
{
    if (lateOnly == m_lateOnly && lateFromMinutes == m_lateFrom)
        return;
    m_lateOnly = lateOnly;
    m_lateFrom = lateFromMinutes;
    invalidateFilter();
}

bool RouteBoardFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_hub.isEmpty() && first.data(RouteBoardModel::HubIdRole).toString() != m_hub)
        return false;
    if (!m_states.isEmpty() && !m_states.contains(first.data(RouteBoardModel::StateRole).toInt()))
        return false;
    if (m_lateOnly && first.data(RouteBoardModel::DelayRole).toInt() < m_lateFrom)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {RouteBoardModel::RouteCol, RouteBoardModel::CrewCol, RouteBoardModel::VanCol,
                       RouteBoardModel::HubCol, RouteBoardModel::NextStopCol}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
