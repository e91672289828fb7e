#include "routeboardmodel.h"

#include "core/changenotifier.h"
#include "core/clock.h"
#include "core/domaintext.h"
#include "core/timeformat.h"
#include "storage/operationstore.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

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
    connect(&m_timeTick, &QTimer::timeout, this, &RouteBoardModel::refreshDueTimes);
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
    m_nextTimeChange = std::numeric_limits<qint64>::max();
    m_latestDerive = 0;
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
    m_nextTimeChange = qMin(m_nextTimeChange, row.nextTimeChange);
    const int index = int(m_rows.size());
    m_rowOfRoute.insert(row.route.id, index);
    m_rowsOfVehicle[row.route.vehicleId].append(index);
    for (const Stop &s : std::as_const(row.stops))
        m_routeOfStop.insert(s.id, row.route.id);
    m_rows.append(std::move(row));
}

qint64 RouteBoardModel::now() const
{
    return m_clock ? m_clock->nowMs() : 0;
}

bool RouteBoardModel::derive(Row &row) const
{
    return derive(row, now());
}

bool RouteBoardModel::derive(Row &row, qint64 now) const
{
    const RouteStatus next = RouteStatusDeriver::derive(row.route, row.stops, row.vehicle, now, m_rules);
    const bool changed = next.state != row.status.state || next.delayMin != row.status.delayMin
                         || next.nextStopId != row.status.nextStopId
                         || next.nextStopIndex != row.status.nextStopIndex
                         || next.minutesSinceContact != row.status.minutesSinceContact;
    row.status = next;
    row.nextTimeChange = nextTimeChange(row, now);
    m_latestDerive = qMax(m_latestDerive, now);
    return changed;
}

namespace {

constexpr qint64 MinuteMs = 60 * 1000;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

// The earliest moment after `now` at which RouteStatusDeriver::derive() can
// give the row another result with nothing but the time moving on. It
// follows derive(): the whole minutes since the last contact (and with them
// the no-contact state) tick over a minute after each other; the delay of a
// van on its way to an overdue stop is the overdue time rounded to whole
// minutes, which changes at half minutes. Early rather than late: a row
// re-derived before it changes only costs that.
qint64 RouteBoardModel::nextTimeChange(const Row &row, qint64 now)
{
    qint64 next = std::numeric_limits<qint64>::max();
    const RouteStatus &status = row.status;
    if (status.lastContactTs > 0) {
        const qint64 since = qMax<qint64>(0, now - status.lastContactTs);
        next = status.lastContactTs + (since / MinuteMs + 1) * MinuteMs;
    }
    if (row.route.finishedAt > 0)
        return next;
    bool anyActivity = row.route.startedAt > 0;
    qint64 delayMs = 0;
    int nextIndex = -1;
    for (int i = 0; i < row.stops.size(); ++i) {
        const Stop &s = row.stops.at(i);
        if (s.arrivedAt > 0 || s.completedAt > 0)
            anyActivity = true;
        if (s.arrivedAt > 0)
            delayMs = s.arrivedAt - s.plannedArrival;
        if (nextIndex < 0 && s.completedAt == 0 && s.state != Domain::StopState::Moved)
            nextIndex = i;
    }
    if (!anyActivity || nextIndex < 0 || row.stops.at(nextIndex).arrivedAt > 0)
        return next;
    // The overdue time counts once it passes the delay already built up;
    // lround() moves at +-30 s past a whole minute (one ms later below zero).
    const qint64 planned = row.stops.at(nextIndex).plannedArrival;
    const qint64 overdue = qMax(now - planned, delayMs);
    const qint64 half = MinuteMs / 2;
    const qint64 below = floorDiv(overdue - half, MinuteMs) * MinuteMs + half; // <= overdue
    const qint64 step = below == overdue ? below + 1 : below + MinuteMs;
    return qMin(next, planned + step);
}

qint64 RouteBoardModel::nextTimeChangeMs(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).nextTimeChange
                                           : std::numeric_limits<qint64>::max();
}

void RouteBoardModel::updateNextTimeChange()
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Row &row : std::as_const(m_rows))
        earliest = qMin(earliest, row.nextTimeChange);
    m_nextTimeChange = earliest;
}

void RouteBoardModel::emitRowsChanged(QVector<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    int first = rows.first();
    int last = first;
    for (int i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) <= last + 1) {
            last = qMax(last, rows.at(i));
            continue;
        }
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        if (i < rows.size())
            first = last = rows.at(i);
    }
}

void RouteBoardModel::refreshTimes()
{
    const qint64 t = now();
    QVector<int> changed;
    bool any = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Domain::RouteState before = m_rows[i].status.state;
        if (derive(m_rows[i], t)) {
            changed.append(i);
            any = any || before != m_rows[i].status.state;
        }
    }
    m_lastRefreshDerived = int(m_rows.size());
    updateNextTimeChange();
    emitRowsChanged(changed);
    if (any)
        Q_EMIT summaryChanged();
}

void RouteBoardModel::refreshDueTimes()
{
    m_lastRefreshDerived = 0;
    const qint64 t = now();
    if (t < m_latestDerive) {
        // The clock was set back: the schedule only holds for time running on.
        m_latestDerive = t;
        refreshTimes();
        return;
    }
    if (t < m_nextTimeChange)
        return;
    QVector<int> changed;
    bool any = false;
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.nextTimeChange <= t) {
            ++m_lastRefreshDerived;
            const Domain::RouteState before = row.status.state;
            if (derive(row, t)) {
                changed.append(i);
                any = any || before != row.status.state;
            }
        }
        earliest = qMin(earliest, row.nextTimeChange);
    }
    m_nextTimeChange = earliest;
    emitRowsChanged(changed);
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
    QVector<int> changed;
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
        m_nextTimeChange = qMin(m_nextTimeChange, row.nextTimeChange);
        changed.append(index);
        stateChanged = stateChanged || before != row.status.state;
    }
    emitRowsChanged(changed);
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
    // A position alone mostly changes nothing the board shows (the contact
    // is still "0 min"): only rows whose shown state changed are announced.
    QVector<int> changed;
    const qint64 t = now();
    // A few dozen at a time: the SQLite driver looks each bound value's
    // name up in a list, so one statement for hundreds of ids costs the
    // square of their number.
    constexpr qsizetype Chunk = 40;
    for (qsizetype from = 0; from < wanted.size(); from += Chunk) {
        for (const Vehicle &v : m_store.vehicles(wanted.mid(from, Chunk))) {
            for (int index : m_rowsOfVehicle.value(v.id)) {
                Row &row = m_rows[index];
                const Domain::RouteState before = row.status.state;
                row.vehicle = v;
                if (derive(row, t))
                    changed.append(index);
                m_nextTimeChange = qMin(m_nextTimeChange, row.nextTimeChange);
                stateChanged = stateChanged || before != row.status.state;
            }
        }
    }
    emitRowsChanged(changed);
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

const Vehicle *RouteBoardModel::vehicle(const QString &vehicleId) const
{
    const auto it = m_rowsOfVehicle.constFind(vehicleId);
    if (it == m_rowsOfVehicle.constEnd())
        return nullptr;
    // Rows of one van are updated together; the newest read wins anyway.
    const Vehicle *newest = nullptr;
    for (int row : *it) {
        const Vehicle &v = m_rows.at(row).vehicle;
        if (!newest || v.positionTs > newest->positionTs)
            newest = &v;
    }
    return newest;
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
    // Return visits must be perfect: the board shows how many the route has.
    int returnVisits = 0, returnVisitsToCome = 0;
    for (const Stop &stop : row.stops) {
        if (stop.attempt > 1 && stop.inPlan && stop.state != Domain::StopState::Moved) {
            ++returnVisits;
            if (stop.completedAt == 0)
                ++returnVisitsToCome;
        }
    }
    switch (role) {
    case ReturnVisitsRole: return returnVisits;
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
        case ProgressCol:
            if (returnVisits > 0)
                return tr("%1 / %2 · %3↻").arg(r.doneCount).arg(r.stopCount).arg(returnVisits);
            return tr("%1 / %2").arg(r.doneCount).arg(r.stopCount);
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
    if (role == Qt::ToolTipRole && column == ProgressCol && returnVisits > 0)
        return tr("%n return visit(s) on this route, %1 still to come: they must be perfect.",
                  nullptr, returnVisits)
            .arg(returnVisitsToCome);
    if (role == Qt::ForegroundRole) {
        if (column == ProgressCol && returnVisitsToCome > 0)
            return QBrush(QColor(0xb4, 0x53, 0x09));
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
