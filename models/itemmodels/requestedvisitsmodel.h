#pragma once

#include <QAbstractTableModel>
#include <QVector>

class ChangeNotifier;
class Database;

// The return visits the desk promised for a day that no route takes yet
// (rescheduled "to be planned"), oldest day and earliest window first: the
// list the planning system works from, and what the desk checks before a
// day is planned. Follows the notifier: a re-plan, an undo or a plan that
// takes a visit on a route changes the list.
class RequestedVisitsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DayCol,
        WindowCol,
        CustomerCol,
        TownCol,
        ProductCol,
        AttemptCol,
        ReasonCol,
        FromStopCol,
        RequestedCol,
        ColumnCount
    };
    enum Role { VisitIdRole = Qt::UserRole + 1, PreviousStopRole, DayRole };

    struct Visit
    {
        QString id;
        QString day; // YYYY-MM-DD
        qint64 windowStart = 0;
        qint64 windowEnd = 0;
        QString customer;
        QString city;
        QString postcode;
        QString phone;
        QString client;
        QString product;
        QString productType;
        QString services;
        int attempt = 2;
        QString reason; // Replan::reasonKey()
        QString note;
        QString previousStop;
        QString requestedBy;
        qint64 requestedAt = 0;

        bool operator==(const Visit &other) const;
    };

    explicit RequestedVisitsModel(Database &db, ChangeNotifier *notifier = nullptr,
                                  QObject *parent = nullptr);

    const QVector<Visit> &visits() const { return m_visits; }
    // While nobody looks at the list (a hidden panel), changes only mark it
    // stale; it is read again when it is shown.
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    // The visits as CSV (a header line, RFC 4180 quoting) for the planning system.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // Reads the list again; the model is reset only when it changed.
    void refresh();

private:
    QVector<Visit> read() const;

    Database &m_db;
    QVector<Visit> m_visits;
    bool m_refreshQueued = false;
    bool m_following = true;
    bool m_stale = false;
};
