#pragma once

#include "core/entities.h"
#include "eta/stopeta.h"
#include "replan/visithistory.h"

#include <QAbstractTableModel>
#include <QHash>

class ChangeNotifier;
class OperationStore;

// The stops of one route in planned order: sequence, window, planned time,
// actual times, estimated arrival with its band, state, customer and town,
// client, product, services, attempt. Rows change
// in place as events arrive; a re-plan inserts, removes and reorders rows
// without a reset, so the view keeps its selection.
class RouteStopsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqCol,
        WindowCol,
        PlannedCol,
        ActualCol,
        EtaCol,
        StateCol,
        CustomerCol,
        TownCol,
        ClientCol,
        ProductCol,
        ServicesCol,
        AttemptCol,
        ColumnCount
    };
    enum Role {
        StopIdRole = Qt::UserRole + 1,
        StateRole, // Domain::StopState as int
        SortRole,
        ReturnVisitRole, // bool
        EtaRole,         // estimated arrival, ms since epoch (qint64); 0 without one
        EtaLowRole,      // the band's low end, ms since epoch
        EtaHighRole,     // the band's high end, ms since epoch
        EtaLateRole,     // bool: the estimate falls after the window's end
        ReturnVisitTextRole, // what went wrong the first time; empty for a first visit
        MovedTextRole,       // why and by whom a moved stop was moved; empty otherwise
    };

    // Dragged stops: their ids, one a line.
    static inline const QString StopIdsMimeType = QStringLiteral("application/x-voorzet-stop-ids");

    RouteStopsModel(OperationStore &store, ChangeNotifier *notifier, QObject *parent = nullptr);

    void setRoute(const QString &routeId);
    QString routeId() const { return m_routeId; }
    int rowOfStop(const QString &stopId) const;
    const Stop *stop(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // A stop still to be visited can be dragged onto another route.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    // Where the notes on moved stops and return visits are read; without
    // one, a return visit is only flagged and a moved stop shows no reason.
    void setVisitHistory(Replan::VisitHistory *history);

    // The estimate shown for a stop; invalid when there is none.
    StopEta eta(const QString &stopId) const { return m_etas.value(stopId); }

public Q_SLOTS:
    // New estimates (EtaService::etasChanged): only the ETA cells whose
    // estimate changed are announced.
    void setEtas(const EtaSnapshot &snapshot);

private:
    void onStopsChanged(const QStringList &ids);
    void onRoutesChanged(const QStringList &ids);
    void reload();
    void rebuildIndex();
    // Reads the notes of `ids` (every row when empty); true when any changed.
    bool refreshNotes(const QStringList &ids = {});

    OperationStore &m_store;
    QString m_routeId;
    QVector<Stop> m_stops;
    QHash<QString, int> m_rowOfStop;
    EtaSnapshot m_etas;
    Replan::VisitHistory *m_history = nullptr;
    QHash<QString, Replan::VisitNote> m_notes;
};
