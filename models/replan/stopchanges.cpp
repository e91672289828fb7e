#include "stopchanges.h"

#include "storage/database.h"
#include "storage/sqlbind.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using SqlBind::bind;

namespace Replan {

namespace {

// lupdate files these calls under the class whose members make them, so the
// context must be the same or the Dutch text is never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Replan::StopChanges", text);
}

} // namespace

StopChanges::StopChanges(Database &db)
    : m_db(db)
{}

bool StopChanges::idTaken(const QString &id)
{
    QSqlQuery &q = m_db.prepared("SELECT 1 FROM stops WHERE id = ? UNION ALL"
                                 " SELECT 1 FROM requested_visits WHERE id = ?");
    bind(q, id, id);
    Database::run(q);
    const bool taken = q.next();
    q.finish();
    return taken;
}

QStringList StopChanges::newReturnVisitIds(const ChangeSet &change)
{
    static const QRegularExpression attemptSuffix(QStringLiteral("-R\\d+$"));
    QStringList ids;
    for (const Reschedule &r : change.reschedules) {
        const Current stop = load(r.stopId);
        QString base = r.stopId;
        base.remove(attemptSuffix);
        base += QStringLiteral("-R%1").arg(stop.attempt + 1);
        QString id = base;
        for (int n = 2; idTaken(id) || ids.contains(id); ++n)
            id = QStringLiteral("%1.%2").arg(base).arg(n);
        ids.append(id);
    }
    return ids;
}

StopChanges::Current StopChanges::load(const QString &stopId)
{
    QSqlQuery &q = m_db.prepared(
        "SELECT route_id, seq, planned_arrival, state, in_plan, moved_reason, moved_note,"
        " moved_by, moved_at, local_change_at, arrived_at, completed_at, attempt"
        " FROM stops WHERE id = ?");
    bind(q, stopId);
    Database::run(q);
    if (!q.next()) {
        q.finish();
        throw StoreError(tr("There is no stop %1.").arg(stopId));
    }
    Current c;
    c.fields.id = stopId;
    c.fields.routeId = q.value(0).toString();
    c.fields.seq = q.value(1).toInt();
    c.fields.plannedArrival = q.value(2).toLongLong();
    c.fields.state = q.value(3).toString();
    c.fields.inPlan = q.value(4).toInt() != 0;
    c.fields.movedReason = q.value(5).toString();
    c.fields.movedNote = q.value(6).toString();
    c.fields.movedBy = q.value(7).toString();
    c.fields.movedAt = q.value(8).toLongLong();
    c.fields.localChangeAt = q.value(9).toLongLong();
    c.arrivedAt = q.value(10).toLongLong();
    c.completedAt = q.value(11).toLongLong();
    c.attempt = q.value(12).toInt();
    q.finish();
    return c;
}

void StopChanges::remember(AppliedChange &applied, const StopBefore &stop)
{
    for (const StopBefore &b : std::as_const(applied.before)) {
        if (b.id == stop.id)
            return;
    }
    applied.before.append(stop);
}

QString StopChanges::routeDay(const QString &routeId)
{
    QSqlQuery &q = m_db.prepared("SELECT day FROM routes WHERE id = ?");
    bind(q, routeId);
    Database::run(q);
    const QString day = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (day.isEmpty())
        throw StoreError(tr("There is no route %1.").arg(routeId));
    return day;
}

AppliedChange StopChanges::apply(const ChangeSet &change, const QStringList &returnVisitIds,
                                 const QString &actor, qint64 now)
{
    if (returnVisitIds.size() != change.reschedules.size())
        throw StoreError(tr("A re-plan needs one return visit id per rescheduled stop."));
    AppliedChange applied;
    for (const RouteOrder &order : change.orders)
        applyOrder(order, now, applied);
    for (int i = 0; i < change.reschedules.size(); ++i)
        applyReschedule(change, change.reschedules.at(i), returnVisitIds.at(i), actor, now,
                        applied);
    return applied;
}

void StopChanges::applyOrder(const RouteOrder &order, qint64 now, AppliedChange &applied)
{
    routeDay(order.routeId); // the route exists
    if (order.plannedArrivals.size() != order.stopIds.size())
        throw StoreError(
            tr("The new order of route %1 needs one planned arrival per stop.").arg(order.routeId));
    QVector<Current> listed;
    for (const QString &id : order.stopIds) {
        const Current c = load(id);
        if (c.arrivedAt > 0 || c.completedAt > 0 || c.fields.state == QLatin1String("moved"))
            throw StoreError(
                tr("Stop %1 was already visited or moved; it cannot be planned again.").arg(id));
        listed.append(c);
    }
    // What already happened on the route keeps its place; the listed stops
    // follow it in their new order.
    QSqlQuery &visited = m_db.prepared(
        "SELECT id, seq FROM stops WHERE route_id = ? AND (arrived_at > 0 OR completed_at > 0)");
    bind(visited, order.routeId);
    Database::run(visited);
    int base = 0;
    while (visited.next()) {
        if (!order.stopIds.contains(visited.value(0).toString()))
            base = qMax(base, visited.value(1).toInt());
    }
    visited.finish();

    QSqlQuery &write =
        m_db.prepared("UPDATE stops SET route_id = ?, seq = ?, planned_arrival = ?, in_plan = 1,"
                      " local_change_at = ? WHERE id = ?");
    for (int i = 0; i < listed.size(); ++i) {
        const StopBefore &was = listed.at(i).fields;
        const int seq = base + i + 1;
        const qint64 planned = order.plannedArrivals.at(i);
        if (was.routeId == order.routeId && was.seq == seq && was.plannedArrival == planned &&
            was.inPlan)
            continue; // unchanged: no write, nothing to announce
        remember(applied, was);
        bind(write, order.routeId, seq, planned, now, was.id);
        Database::run(write);
        applied.routes.insert(was.routeId);
        applied.routes.insert(order.routeId);
        applied.stops.insert(was.id);
    }
}

void StopChanges::applyReschedule(const ChangeSet &change, const Reschedule &r,
                                  const QString &visitId, const QString &actor, qint64 now,
                                  AppliedChange &applied)
{
    const Current c = load(r.stopId);
    if (c.fields.state == QLatin1String("moved") || c.fields.state == QLatin1String("done"))
        throw StoreError(
            tr("Stop %1 was already delivered or moved; it cannot be rescheduled.").arg(r.stopId));
    if (r.windowEnd < r.windowStart)
        throw StoreError(tr("The new window of stop %1 ends before it starts.").arg(r.stopId));
    remember(applied, c.fields);
    QSqlQuery &moved =
        m_db.prepared("UPDATE stops SET state = 'moved', moved_reason = ?, moved_note = ?,"
                      " moved_by = ?, moved_at = ?, local_change_at = ? WHERE id = ?");
    bind(moved, reasonKey(change.reason), change.note, actor, now, now, r.stopId);
    Database::run(moved);
    applied.routes.insert(c.fields.routeId);
    applied.stops.insert(r.stopId);

    if (!r.routeId.isEmpty()) {
        if (routeDay(r.routeId) != r.day)
            throw StoreError(tr("Route %1 does not drive on %2.").arg(r.routeId, r.day));
        insertOnRoute(r, visitId, now, applied);
        return;
    }
    QSqlQuery &request = m_db.prepared(
        "INSERT INTO requested_visits (id, day, previous_stop, customer_id, client_id,"
        " product_id, services, window_start, window_end, service_min, attempt, reason, note,"
        " created_by, created_at) SELECT ?, ?, id, customer_id, client_id, product_id, services,"
        " ?, ?, service_min, attempt + 1, ?, ?, ?, ? FROM stops WHERE id = ?");
    bind(request, visitId, r.day, r.windowStart, r.windowEnd, reasonKey(change.reason), change.note,
         actor, now, r.stopId);
    Database::run(request);
    applied.requestedVisits.append(visitId);
}

void StopChanges::insertOnRoute(const Reschedule &r, const QString &visitId, qint64 now,
                                AppliedChange &applied)
{
    int seq = r.seq;
    if (seq > 0) {
        // Make room: the stops from that place on move one down.
        QSqlQuery &after = m_db.prepared("SELECT id FROM stops WHERE route_id = ? AND seq >= ?");
        bind(after, r.routeId, seq);
        Database::run(after);
        QStringList later;
        while (after.next())
            later.append(after.value(0).toString());
        after.finish();
        QSqlQuery &shift = m_db.prepared("UPDATE stops SET seq = seq + 1 WHERE id = ?");
        for (const QString &id : std::as_const(later)) {
            remember(applied, load(id).fields);
            bind(shift, id);
            Database::run(shift);
            applied.stops.insert(id);
        }
    } else {
        QSqlQuery &last = m_db.prepared("SELECT max(seq) FROM stops WHERE route_id = ?");
        bind(last, r.routeId);
        Database::run(last);
        seq = (last.next() ? last.value(0).toInt() : 0) + 1;
        last.finish();
    }
    QSqlQuery &insert = m_db.prepared(
        "INSERT INTO stops (id, route_id, seq, in_plan, customer_id, client_id, product_id,"
        " services, window_start, window_end, planned_arrival, service_min, attempt,"
        " previous_stop, state, local_change_at) SELECT ?, ?, ?, 1, customer_id, client_id,"
        " product_id, services, ?, ?, ?, service_min, attempt + 1, id, 'planned', ?"
        " FROM stops WHERE id = ?");
    bind(insert, visitId, r.routeId, seq, r.windowStart, r.windowEnd,
         r.plannedArrival > 0 ? r.plannedArrival : r.windowStart, now, r.stopId);
    Database::run(insert);
    applied.createdStops.append(visitId);
    applied.routes.insert(r.routeId);
    applied.stops.insert(visitId);
}

void StopChanges::revert(const AppliedChange &applied)
{
    // What the road did since stays: a stop visited on the route the change
    // gave it, or a return visit already visited, cannot be taken back.
    QSqlQuery &visited =
        m_db.prepared("SELECT route_id, arrived_at, completed_at FROM stops WHERE id = ?");
    const auto visitedOn = [&](const QString &id) {
        bind(visited, id);
        Database::run(visited);
        QString route;
        if (visited.next() &&
            (visited.value(1).toLongLong() > 0 || visited.value(2).toLongLong() > 0))
            route = visited.value(0).toString();
        visited.finish();
        return route;
    };
    for (const StopBefore &b : applied.before) {
        const QString route = visitedOn(b.id);
        if (!route.isEmpty() && route != b.routeId)
            throw StoreError(tr("Stop %1 has been visited on route %2 since; this change can no "
                                "longer be undone.")
                                 .arg(b.id, route));
    }
    for (const QString &id : applied.createdStops) {
        const QString route = visitedOn(id);
        if (!route.isEmpty())
            throw StoreError(tr("The return visit %1 has been visited on route %2 since; this "
                                "change can no longer be undone.")
                                 .arg(id, route));
    }
    QSqlQuery &dropStop = m_db.prepared("DELETE FROM stops WHERE id = ?");
    for (const QString &id : applied.createdStops) {
        bind(dropStop, id);
        Database::run(dropStop);
    }
    QSqlQuery &dropRequest = m_db.prepared("DELETE FROM requested_visits WHERE id = ?");
    for (const QString &id : applied.requestedVisits) {
        bind(dropRequest, id);
        Database::run(dropRequest);
    }
    // The state goes back only where the change set it ("moved"), and a
    // result the road reported since stands: the feed keeps a moved stop
    // moved, so its state is read from the result it recorded.
    QSqlQuery &restore = m_db.prepared(
        "UPDATE stops SET route_id = ?, seq = ?, planned_arrival = ?, in_plan = ?,"
        " state = CASE WHEN state <> 'moved' THEN state"
        " WHEN completed_at > 0 AND outcome = 'delivered' THEN 'done'"
        " WHEN completed_at > 0 THEN 'failed'"
        " WHEN arrived_at > 0 AND ? = 'planned' THEN 'arrived' ELSE ? END,"
        " moved_reason = ?, moved_note = ?, moved_by = ?, moved_at = ?, local_change_at = ?"
        " WHERE id = ?");
    for (const StopBefore &b : applied.before) {
        bind(restore, b.routeId, b.seq, b.plannedArrival, b.inPlan ? 1 : 0, b.state, b.state,
             b.movedReason, b.movedNote, b.movedBy, b.movedAt, b.localChangeAt, b.id);
        Database::run(restore);
    }
}

} // namespace Replan
