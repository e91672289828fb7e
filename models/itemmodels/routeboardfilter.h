#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

// What the dispatcher narrows the crews board to: free text (route, crew,
// van, town of the next stop), a hub, a set of states, and "late only".
class RouteBoardFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RouteBoardFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setHub(const QString &hubId); // empty: every hub
    void setStates(const QSet<int> &states); // empty: every state
    void setLateOnly(bool lateOnly, int lateFromMinutes = 10);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_hub;
    QSet<int> m_states;
    bool m_lateOnly = false;
    int m_lateFrom = 10;
};
