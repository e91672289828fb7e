#include "changecommand.h"

#include "core/changenotifier.h"
#include "core/clock.h"
#include "storage/database.h"
#include "storage/sqlbind.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Replan {

namespace {

QString actionOf(ChangeSet::Kind kind)
{
    switch (kind) {
    case ChangeSet::Kind::MoveToday:
        return QStringLiteral("replan.move");
    case ChangeSet::Kind::Reschedule:
        return QStringLiteral("replan.reschedule");
    case ChangeSet::Kind::Rescue:
        return QStringLiteral("replan.rescue");
    }
    return QStringLiteral("replan");
}

} // namespace

ChangeCommand::ChangeCommand(Database &db, ChangeNotifier *notifier, ChangeSet change,
                             QString actor, QUndoCommand *parent)
    : ChangeCommand(db, notifier, std::move(change), std::move(actor), nullptr, parent)
{}

ChangeCommand::ChangeCommand(Database &db, ChangeNotifier *notifier, ChangeSet change,
                             QString actor, const Clock *clock, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(db)
    , m_notifier(notifier)
    , m_change(std::move(change))
    , m_actor(std::move(actor))
    , m_clock(clock)
{
    setText(m_change.summary());
}

void ChangeCommand::setErrorHandler(std::function<void(const QString &)> handler)
{
    m_onError = std::move(handler);
}

qint64 ChangeCommand::now() const
{
    // The command line has no operation clock; the desk always passes one.
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void ChangeCommand::redo()
{
    m_error.clear();
    const qint64 at = now();
    try {
        Transaction transaction(m_db); // takes the write lock at once
        StopChanges changes(m_db);
        if (m_returnVisitIds.isEmpty() && !m_change.reschedules.isEmpty())
            m_returnVisitIds = changes.newReturnVisitIds(m_change);
        AppliedChange applied = changes.apply(m_change, m_returnVisitIds, m_actor, at);
        m_applied = std::move(applied);
        audit(m_appliedOnce ? QStringLiteral("replan.redo") : actionOf(m_change.kind), at);
        transaction.commit();
    } catch (const StoreError &e) {
        m_applied = {};
        fail(e.message());
        return;
    }
    m_appliedOnce = true;
    publish();
}

void ChangeCommand::undo()
{
    m_error.clear();
    try {
        Transaction transaction(m_db); // takes the write lock at once
        StopChanges(m_db).revert(m_applied);
        audit(QStringLiteral("replan.undo"), now());
        transaction.commit();
    } catch (const StoreError &e) {
        fail(e.message());
        return;
    }
    publish();
}

void ChangeCommand::fail(const QString &reason)
{
    m_error = reason;
    setObsolete(true);
    if (m_onError)
        m_onError(reason);
}

void ChangeCommand::audit(const QString &action, qint64 at)
{
    // Where each stop went, for the detail of its row.
    QHash<QString, QString> routeOf;
    for (const RouteOrder &o : std::as_const(m_change.orders)) {
        for (const QString &id : o.stopIds)
            routeOf.insert(id, o.routeId);
    }
    QHash<QString, QString> fromRoute;
    for (const StopBefore &b : std::as_const(m_applied.before))
        fromRoute.insert(b.id, b.routeId);

    QSqlQuery &q = m_db.prepared("INSERT INTO audit_log (at, actor, action, object_type,"
                                 " object_id, detail) VALUES (?, ?, ?, ?, ?, ?)");
    const auto write = [&](const QString &type, const QString &id, QJsonObject detail) {
        detail.insert(QStringLiteral("summary"), m_change.summary());
        detail.insert(QStringLiteral("reason"), reasonKey(m_change.reason));
        detail.insert(QStringLiteral("note"), m_change.note);
        SqlBind::bind(q, at, m_actor, action, type, id,
                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        Database::run(q);
    };
    if (m_change.kind == ChangeSet::Kind::Rescue && !m_change.sourceRouteId.isEmpty())
        write(QStringLiteral("route"), m_change.sourceRouteId, {});
    for (int i = 0; i < m_change.reschedules.size(); ++i) {
        const Reschedule &r = m_change.reschedules.at(i);
        write(QStringLiteral("stop"), r.stopId,
              {{QStringLiteral("day"), r.day},
               {QStringLiteral("route"), r.routeId},
               {QStringLiteral("window_start"), r.windowStart},
               {QStringLiteral("window_end"), r.windowEnd},
               {QStringLiteral("return_visit"), m_returnVisitIds.value(i)}});
    }
    for (const QString &id : m_change.stopIds()) {
        const auto to = routeOf.constFind(id);
        if (to == routeOf.constEnd())
            continue; // a reschedule, written above
        const QString from = fromRoute.value(id);
        if (from.isEmpty())
            continue; // kept its place: nothing to log for it
        write(QStringLiteral("stop"), id,
              {{QStringLiteral("from_route"), from}, {QStringLiteral("route"), *to}});
    }
}

void ChangeCommand::publish()
{
    if (!m_notifier)
        return;
    ChangeNotifier::Batch batch;
    batch.routesChanged = m_applied.routes;
    batch.stopsChanged = m_applied.stops;
    batch.routesChanged.remove(QString());
    m_notifier->publish(batch);
}

} // namespace Replan
