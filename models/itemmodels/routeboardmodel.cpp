#include "routeboardmodel.h"

#include "core/changenotifier.h"
#include "core/clock.h"
#include "core/domaintext.h"
#include "core/timeformat.h"
#include "storage/operationstore.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace {

QString crewText(const Route &r)
{
    QStringList names;
    for (const CrewMember &m : r.crew)
        names.append(m.name);
    return names.join(QLatin1String(" & "));
}

} // namespace

RouteBoardModel::RouteBoardModel(OperationStore &store, Clock *clock, ChangeNotifier *notifier,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(clock)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::routesAdded, this, &RouteBoardModel::onRoutesAdded);
        connect(notifier, &ChangeNotifier::routesChanged, this, &RouteBoardModel::onRoutesChanged);
        connect(notifier, &ChangeNotifier::stopsChanged, this, &RouteBoardModel::onStopsChanged);
        connect(notifier, &ChangeNotifier::vehiclesMoved, this, &RouteBoardModel::onVehiclesChanged);
        connect(notifier, &ChangeNotifier::vehiclesChanged, this,
                &RouteBoardModel::onVehiclesChanged);
        connect(notifier, &ChangeNotifier::storeReset, this, &RouteBoardModel::reloadAll);
    }
    m_timeTick.setInterval(1000);
    connect(&m_timeTick, &QTimer::timeout, this, &RouteBoardModel::refreshTimes);
    m_timeTick.start();
}

void RouteBoardModel::setDay(const QString &day)
{
    if (day == m_day)
        return;
    m_day = day;
    reloadAll();
}

void RouteBoardModel::setRules(const RouteStatusRules &rules)
{
    m_rules = rules;
    refreshTimes();
}

void RouteBoardModel::reloadAll()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfRoute.clear();
    m_routeOfStop.clear();
    m_rowsOfVehicle.clear();
    if (!m_day.isEmpty()) {
        const QVector<Route> routes = m_store.routes(m_day);
        QHash<QString, Vehicle> vehicles;
        for (const Vehicle &v : m_store.vehicles())
            vehicles.insert(v.id, v);
        QHash<QString, QVector<Stop>> stopsByRoute;
        for (Stop &s : m_store.stopsOfDay(m_day))
            stopsByRoute[s.routeId].append(std::move(s));
        for (const Route &r : routes)
            appendRow(Row{r, stopsByRoute.value(r.id), vehicles.value(r.vehicleId), {}});
    }
    endResetModel();
    Q_EMIT summaryChanged();
}

void RouteBoardModel::appendRow(Row row)
{
    derive(row);
    const int index = int(m_rows.size());
    m_rowOfRoute.insert(row.route.id, index);
    m_rowsOfVehicle[row.route.vehicleId].append(index);
    for (const Stop &s : std::as_const(row.stops))
        m_routeOfStop.insert(s.id, row.route.id);
    m_rows.append(std::move(row));
}

bool RouteBoardModel::derive(Row &row) const
{
    const qint64 now = m_clock ? m_clock->nowMs() : 0;
    const RouteStatus next = RouteStatusDeriver::derive(row.route, row.stops, row.vehicle, now, m_rules);
    const bool changed = next.state != row.status.state || next.delayMin != row.status.delayMin
                         || next.nextStopId != row.status.nextStopId
                         || next.minutesSinceContact != row.status.minutesSinceContact;
    row.status = next;
    return changed;
}

void RouteBoardModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RouteBoardModel::refreshTimes()
{
    bool any = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Domain::RouteState before = m_rows[i].status.state;
        if (derive(m_rows[i])) {
            emitRowChanged(i);
            any = any || before != m_rows[i].status.state;
        }
    }
    if (any)
        Q_EMIT summaryChanged();
}

void RouteBoardModel::onRoutesAdded(const QStringList &ids)
{
    const QVector<Route> routes = m_store.routesByIds(ids);
    QVector<Route> fresh;
    for (const Route &r : routes) {
        if (r.date == m_day && !m_rowOfRoute.contains(r.id))
            fresh.append(r);
    }
    if (fresh.isEmpty()) {
        onRoutesChanged(ids);
        return;
    }
    QStringList vehicleIds;
    for (const Route &r : fresh)
        vehicleIds.append(r.vehicleId);
    QHash<QString, Vehicle> vehicles;
    for (const Vehicle &v : m_store.vehicles(vehicleIds))
        vehicles.insert(v.id, v);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Route &r : fresh)
        appendRow(Row{r, m_store.stopsOfRoute(r.id), vehicles.value(r.vehicleId), {}});
    endInsertRows();
    Q_EMIT summaryChanged();
}

void RouteBoardModel::onRoutesChanged(const QStringList &ids)
{
    QStringList known;
    QStringList unknown;
    for (const QString &id : ids)
        (m_rowOfRoute.contains(id) ? known : unknown).append(id);
    if (!known.isEmpty())
        reloadRoutes(known);
    if (!unknown.isEmpty()) {
        // A route can move into the shown day with a re-plan.
        QStringList ofDay;
        for (const Route &r : m_store.routesByIds(unknown)) {
            if (r.date == m_day)
                ofDay.append(r.id);
        }
        if (!ofDay.isEmpty())
            onRoutesAdded(ofDay);
    }
}

void RouteBoardModel::reloadRoutes(const QStringList &ids)
{
    const QVector<Route> routes = m_store.routesByIds(ids);
    // Stop events are contact too, and a re-plan may move a route to another
    // van: read the vans of these routes again along with them.
    QStringList vehicleIds;
    for (const Route &r : routes)
        vehicleIds.append(r.vehicleId);
    QHash<QString, Vehicle> vehicles;
    if (!vehicleIds.isEmpty()) {
        for (const Vehicle &v : m_store.vehicles(vehicleIds))
            vehicles.insert(v.id, v);
    }
    QStringList leaving;
    bool vanChanged = false;
    bool stateChanged = false;
    for (const Route &r : routes) {
        const int index = m_rowOfRoute.value(r.id, -1);
        if (index < 0)
            continue;
        if (r.date != m_day) {
            leaving.append(r.id); // re-planned onto another day
            continue;
        }
        Row &row = m_rows[index];
        const Domain::RouteState before = row.status.state;
        vanChanged = vanChanged || row.route.vehicleId != r.vehicleId;
        row.route = r;
        row.vehicle = vehicles.value(r.vehicleId);
        row.stops = m_store.stopsOfRoute(r.id);
        for (const Stop &s : row.stops)
            m_routeOfStop.insert(s.id, r.id);
        derive(row);
        emitRowChanged(index);
        stateChanged = stateChanged || before != row.status.state;
    }
    if (vanChanged)
        rebuildIndexes();
    for (const QString &id : std::as_const(leaving))
        removeRoute(id);
    if (stateChanged || !leaving.isEmpty())
        Q_EMIT summaryChanged();
}

void RouteBoardModel::removeRoute(const QString &routeId)
{
    const int index = m_rowOfRoute.value(routeId, -1);
    if (index < 0)
        return;
    beginRemoveRows({}, index, index);
    for (const Stop &s : std::as_const(m_rows[index].stops))
        m_routeOfStop.remove(s.id);
    m_rows.removeAt(index);
    rebuildIndexes();
    endRemoveRows();
}

void RouteBoardModel::rebuildIndexes()
{
    m_rowOfRoute.clear();
    m_rowsOfVehicle.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOfRoute.insert(m_rows[i].route.id, i);
        m_rowsOfVehicle[m_rows[i].route.vehicleId].append(i);
    }
}

void RouteBoardModel::onStopsChanged(const QStringList &ids)
{
    QStringList routes;
    for (const QString &id : ids) {
        const QString route = m_routeOfStop.value(id);
        if (!route.isEmpty() && !routes.contains(route))
            routes.append(route);
    }
    if (!routes.isEmpty())
        reloadRoutes(routes);
}

void RouteBoardModel::onVehiclesChanged(const QStringList &ids)
{
    QStringList wanted;
    for (const QString &id : ids) {
        if (m_rowsOfVehicle.contains(id))
            wanted.append(id);
    }
    if (wanted.isEmpty())
        return;
    bool stateChanged = false;
    for (const Vehicle &v : m_store.vehicles(wanted)) {
        for (int index : m_rowsOfVehicle.value(v.id)) {
            Row &row = m_rows[index];
            const Domain::RouteState before = row.status.state;
            row.vehicle = v;
            derive(row);
            stateChanged = stateChanged || before != row.status.state;
            emitRowChanged(index);
        }
    }
    if (stateChanged)
        Q_EMIT summaryChanged();
}

int RouteBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RouteBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RouteBoardModel::rowOfRoute(const QString &routeId) const
{
    return m_rowOfRoute.value(routeId, -1);
}

const Route *RouteBoardModel::route(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].route : nullptr;
}

const RouteStatus *RouteBoardModel::status(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].status : nullptr;
}

const QVector<Stop> *RouteBoardModel::stops(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].stops : nullptr;
}

QVariant RouteBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Route &r = row.route;
    const RouteStatus &s = row.status;
    const Stop *next = s.nextStopIndex >= 0 && s.nextStopIndex < row.stops.size()
                           ? &row.stops.at(s.nextStopIndex)
                           : nullptr;
    switch (role) {
    case RouteIdRole: return r.id;
    case VehicleIdRole: return r.vehicleId;
    case HubIdRole: return r.hub.id;
    case StateRole: return int(s.state);
    case DelayRole: return s.delayMin;
    default: break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case RouteCol: return r.id;
        case CrewCol: return crewText(r);
        case VanCol: return r.plate.isEmpty() ? r.vehicleId : r.plate;
        case HubCol: return r.hub.name;
        case StateCol: return DomainText::routeState(s.state);
        case ProgressCol: return tr("%1 / %2").arg(r.doneCount).arg(r.stopCount);
        case DelayCol:
            if (s.state == Domain::RouteState::NotStarted)
                return QString();
            return s.delayMin == 0 ? tr("on time")
                                   : tr("%1%2 min").arg(s.delayMin > 0 ? "+" : "").arg(s.delayMin);
        case NextStopCol:
            if (!next)
                return QString();
            return tr("%1 · %2 (%3–%4)")
                .arg(next->seq)
                .arg(next->customer.city, TimeFormat::toClock(next->windowStart),
                     TimeFormat::toClock(next->windowEnd));
        case ContactCol:
            return s.minutesSinceContact < 0 ? QStringLiteral("–")
                                             : tr("%n min", nullptr, s.minutesSinceContact);
        }
    }
    if (role == SortRole) {
        switch (column) {
        case StateCol: return int(s.state);
        case ProgressCol: return r.stopCount > 0 ? double(r.doneCount) / r.stopCount : 0.0;
        case DelayCol: return s.delayMin;
        case ContactCol: return s.minutesSinceContact;
        case NextStopCol: return next ? next->windowStart : 0;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && column == StateCol)
        return DomainText::swatch(DomainText::routeStateColor(s.state),
                                     s.state == Domain::RouteState::Breakdown
                                         || s.state == Domain::RouteState::NoContact);
    if (role == Qt::ForegroundRole) {
        if (column == DelayCol && s.delayMin >= 15)
            return QBrush(QColor(0xc0, 0x26, 0x26));
        if (column == ContactCol && s.state == Domain::RouteState::NoContact)
            return QBrush(QColor(0xc0, 0x26, 0x26));
    }
    if (role == Qt::FontRole && column == DelayCol && s.delayMin >= 30) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole
        && (column == ProgressCol || column == DelayCol || column == ContactCol))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QString tip = tr("<b>%1</b> · %2<br>%3 · %4").arg(r.id, crewText(r), r.plate, r.hub.name);
        if (next)
            tip += tr("<br>Next: %1, %2 %3 (window %4–%5)")
                       .arg(next->customer.name, next->customer.street, next->customer.city,
                            TimeFormat::toClock(next->windowStart),
                            TimeFormat::toClock(next->windowEnd));
        return tip;
    }
    return {};
}

QVariant RouteBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RouteCol: return tr("Route");
    case CrewCol: return tr("Crew");
    case VanCol: return tr("Van");
    case HubCol: return tr("Hub");
    case StateCol: return tr("State");
    case ProgressCol: return tr("Done");
    case DelayCol: return tr("Delay");
    case NextStopCol: return tr("Next stop");
    case ContactCol: return tr("Last contact");
    }
    return {};
}
