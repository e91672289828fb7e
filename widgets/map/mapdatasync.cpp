#include "mapdatasync.h"

#include "core/changenotifier.h"
#include "core/clock.h"
#include "itemmodels/routeboardmodel.h"
#include "mapscene.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QHash>

MapDataSync::MapDataSync(OperationStore &store, Clock *clock, ChangeNotifier *notifier,
                         RouteBoardModel *board, MapScene *scene, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_board(board)
    , m_scene(scene)
{
    connect(board, &QAbstractItemModel::modelReset, this, &MapDataSync::reload);
    connect(board, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { syncRows(first, last); });
    connect(board, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) { syncRows(tl.row(), br.row()); });
    if (notifier)
        connect(notifier, &ChangeNotifier::vehiclesMoved, this, &MapDataSync::onVehiclesMoved);
    m_flush.setSingleShot(true);
    m_flush.setInterval(15);
    connect(&m_flush, &QTimer::timeout, this, &MapDataSync::flushMoves);
    reload();
}

void MapDataSync::reload()
{
    m_moved.clear();
    m_flush.stop();
    const QString selected = m_scene->selectedRoute();
    const QString selectedStop = m_scene->selectedStop();
    m_scene->clearContent();
    try {
        m_scene->setHubs(m_store.hubs());
        syncRows(0, m_board->rowCount() - 1);
        QHash<QString, int> rowOfVehicle;
        for (int row = 0; row < m_board->rowCount(); ++row)
            rowOfVehicle.insert(m_board->route(row)->vehicleId, row);
        const qint64 now = m_clock ? m_clock->nowMs() : 0;
        for (const Vehicle &v : m_store.vehicles()) {
            const int row = rowOfVehicle.value(v.id, -1);
            if (row < 0)
                continue;
            const Route *route = m_board->route(row);
            if (route->startedAt > 0)
                m_scene->setTrail(v.id, m_store.trail(v.id, route->startedAt, now));
            m_scene->moveVan(v.id, v.lon, v.lat, v.headingDeg);
        }
    } catch (const StoreError &e) {
        qWarning("map: cannot read the operation: %s", e.what());
    }
    m_scene->setSelectedRoute(selected);
    m_scene->setSelectedStop(selectedStop);
    m_scene->refreshNow();
    Q_EMIT reloaded();
}

void MapDataSync::syncRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const Route *route = m_board->route(row);
        const RouteStatus *status = m_board->status(row);
        const QVector<Stop> *stops = m_board->stops(row);
        if (route && status && stops)
            m_scene->setRoute(*route, *stops, *status);
    }
}

void MapDataSync::onVehiclesMoved(const QStringList &vehicleIds)
{
    for (const QString &id : vehicleIds) {
        if (m_scene->van(id))
            m_moved.insert(id);
    }
    if (!m_moved.isEmpty() && !m_flush.isActive())
        m_flush.start();
}

void MapDataSync::flushMoves()
{
    // A bounded number per frame: a burst of positions is spread over a few
    // frames instead of stalling one.
    constexpr int MaxPerFlush = 120;
    QStringList shown;
    shown.reserve(qMin<int>(int(m_moved.size()), MaxPerFlush));
    for (auto it = m_moved.begin(); it != m_moved.end() && shown.size() < MaxPerFlush;) {
        shown.append(*it);
        it = m_moved.erase(it);
    }
    if (!m_moved.isEmpty())
        m_flush.start();
    if (shown.isEmpty())
        return;
    // The board read these vans when the feed named them (its slot runs
    // before ours): take the positions from it instead of the store. Only a
    // van the board does not know is read here.
    QStringList unknown;
    for (const QString &id : std::as_const(shown)) {
        if (const Vehicle *v = m_board->vehicle(id))
            m_scene->moveVan(v->id, v->lon, v->lat, v->headingDeg);
        else
            unknown.append(id);
    }
    if (unknown.isEmpty())
        return;
    try {
        for (const Vehicle &v : m_store.vehicles(unknown))
            m_scene->moveVan(v.id, v.lon, v.lat, v.headingDeg);
    } catch (const StoreError &e) {
        qWarning("map: cannot read van positions: %s", e.what());
    }
}
