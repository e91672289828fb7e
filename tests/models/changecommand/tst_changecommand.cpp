// ChangeCommand and StopChanges: a dispatcher's re-plan written to a real
// store fed through the ingester. Every kind (move between vans today,
// reschedule to another day with and without a route, breakdown rescue that
// mixes both), undone and redone, twice; the return visits keep their ids;
// the audit log says who, when and why; the notifier announces the touched
// stops and routes once per apply, after the commit; a change that does not
// fit the store changes nothing.

#include "feedlines.h"
#include "operationfixture.h"
#include "replan/changecommand.h"
#include "replan/stopchanges.h"
#include "replan/visithistory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUndoStack>
#include <memory>

using namespace FeedLines;
using Replan::ChangeCommand;
using Replan::ChangeSet;
using Replan::Reschedule;
using Replan::RouteOrder;

namespace {

const QString RA = QStringLiteral("R-A");
const QString RB = QStringLiteral("R-B");
const QString RC = QStringLiteral("R-C"); // the next day
const QString NextDay = QStringLiteral("2026-11-24");

StopSpec stop(const QString &id, int seq, int hour)
{
    return StopSpec(id, seq, QTime(hour, 0));
}

RouteSpec route(const QString &id, const QString &vehicle, const QList<StopSpec> &stops,
                const QString &day = testDay())
{
    RouteSpec r;
    r.id = id;
    r.vehicleId = vehicle;
    r.date = day;
    r.stops = stops;
    return r;
}

// Where a stop is, as the store holds it.
struct Place
{
    QString route;
    int seq = 0;
    qint64 planned = 0;
    QString state;
    QString movedReason;
    bool operator==(const Place &o) const
    {
        return route == o.route && seq == o.seq && planned == o.planned && state == o.state &&
               movedReason == o.movedReason;
    }
};

char *toString(const Place &p)
{
    return qstrdup(QStringLiteral("%1#%2 @%3 %4 %5")
                       .arg(p.route)
                       .arg(p.seq)
                       .arg(p.planned)
                       .arg(p.state, p.movedReason)
                       .toUtf8()
                       .constData());
}

} // namespace

class TestChangeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void moveTodayChangesRoutesAndOrder();
    void rescheduleWithoutRouteRequestsAVisit();
    void rescheduleOntoARouteMakesRoomAtItsPlace();
    void rescheduleAfterTheLastStop();
    void rescueMovesAndReschedules();
    void redoAfterUndoTwiceKeepsTheSameIds();
    void auditLogSaysWhoWhenAndWhy();
    void notifierAnnouncesAfterCommit();
    void aVisitedStopCannotBeMoved();
    void theStackDropsAFailedChange();
    void undoKeepsWhatTheRoadReportedSince();
    void returnVisitIdsAvoidTakenIds();
    void aLaterPlanKeepsTheDesksChanges();
    void afterUndoThePlanStandsAgain();
    void waitsForTheFeedsWriteInsteadOfFailing();
    void aPlannedReturnVisitMeetsTheRequest();
    void undoRefusedOnceTheNewVanVisitedTheStop();

private:
    Place place(const QString &stopId);
    QHash<QString, Place> snapshot();
    int count(const QString &sql);
    ChangeSet moveS3ToB();

    std::unique_ptr<OperationFixture> m_op;
};

void TestChangeCommand::init()
{
    m_op = std::make_unique<OperationFixture>(dateTimeAt(9, 30));
    const IngestSummary s = m_op->feed(
        {plan(at(6, 0),
              route(RA, QStringLiteral("V-A"),
                    {stop(QStringLiteral("S-1"), 1, 9), stop(QStringLiteral("S-2"), 2, 10),
                     stop(QStringLiteral("S-3"), 3, 11), stop(QStringLiteral("S-4"), 4, 12)})),
         plan(at(6, 0),
              route(RB, QStringLiteral("V-B"),
                    {stop(QStringLiteral("S-21"), 1, 9), stop(QStringLiteral("S-22"), 2, 11)})),
         plan(at(6, 0),
              route(RC, QStringLiteral("V-C"),
                    {stop(QStringLiteral("S-31"), 1, 9), stop(QStringLiteral("S-32"), 2, 10)},
                    NextDay)),
         arrived(at(9, 5), QStringLiteral("S-1"), RA, QStringLiteral("V-A")),
         completed(at(9, 25), QStringLiteral("S-1"), RA, QStringLiteral("V-A"))});
    QCOMPARE(s.rejected(), 0);
}

void TestChangeCommand::cleanup()
{
    m_op.reset();
}

Place TestChangeCommand::place(const QString &stopId)
{
    QSqlQuery q(m_op->db().connection());
    q.prepare(QStringLiteral("SELECT route_id, seq, planned_arrival, state, moved_reason"
                             " FROM stops WHERE id = ?"));
    q.addBindValue(stopId);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong(),
            q.value(3).toString(), q.value(4).toString()};
}

QHash<QString, Place> TestChangeCommand::snapshot()
{
    QSqlQuery q(m_op->db().connection());
    q.exec(QStringLiteral("SELECT id FROM stops"));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    QHash<QString, Place> out;
    for (const QString &id : ids)
        out.insert(id, place(id));
    return out;
}

int TestChangeCommand::count(const QString &sql)
{
    QSqlQuery q(m_op->db().connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

ChangeSet TestChangeCommand::moveS3ToB()
{
    ChangeSet c;
    c.kind = ChangeSet::Kind::MoveToday;
    c.reason = Replan::Reason::CustomerRequest;
    c.orders = {{RA, {QStringLiteral("S-2"), QStringLiteral("S-4")}, {msAt(10, 0), msAt(11, 30)}},
                {RB,
                 {QStringLiteral("S-21"), QStringLiteral("S-3"), QStringLiteral("S-22")},
                 {msAt(9, 0), msAt(10, 15), msAt(11, 10)}}};
    return c;
}

void TestChangeCommand::moveTodayChangesRoutesAndOrder()
{
    const auto before = snapshot();
    ChangeCommand command(m_op->db(), m_op->notifier(), moveS3ToB(), QStringLiteral("Ria"),
                          m_op->clock());
    command.redo();
    QVERIFY2(!command.failed(), qPrintable(command.error()));
    // S-1 was visited and keeps seq 1; the rest follow it in the new order.
    QCOMPARE(place(QStringLiteral("S-1")), before.value(QStringLiteral("S-1")));
    QCOMPARE(place(QStringLiteral("S-2")),
             (Place{RA, 2, msAt(10, 0), QStringLiteral("planned"), {}}));
    QCOMPARE(place(QStringLiteral("S-4")),
             (Place{RA, 3, msAt(11, 30), QStringLiteral("planned"), {}}));
    QCOMPARE(place(QStringLiteral("S-3")),
             (Place{RB, 2, msAt(10, 15), QStringLiteral("planned"), {}}));
    QCOMPARE(place(QStringLiteral("S-22")),
             (Place{RB, 3, msAt(11, 10), QStringLiteral("planned"), {}}));
    QCOMPARE(place(QStringLiteral("S-21")), before.value(QStringLiteral("S-21"))); // unchanged
    QCOMPARE(m_op->store().stopsOfRoute(RB).size(), 3);

    command.undo();
    QVERIFY(!command.failed());
    QCOMPARE(snapshot(), before);
    command.redo();
    QCOMPARE(place(QStringLiteral("S-3")).route, RB);
}

void TestChangeCommand::rescheduleWithoutRouteRequestsAVisit()
{
    const auto before = snapshot();
    ChangeSet c;
    c.kind = ChangeSet::Kind::Reschedule;
    c.reason = Replan::Reason::NotHome;
    c.note = QStringLiteral("Neighbour says they are away until Tuesday");
    c.reschedules = {{QStringLiteral("S-2"), NextDay, QString(), 0, msAt(13, 0, 0, NextDay),
                      msAt(15, 0, 0, NextDay), 0}};
    ChangeCommand command(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"), m_op->clock());
    command.redo();
    QVERIFY2(!command.failed(), qPrintable(command.error()));
    QCOMPARE(command.returnVisitIds(), QStringList{QStringLiteral("S-2-R2")});
    const Place moved = place(QStringLiteral("S-2"));
    QCOMPARE(moved.state, QStringLiteral("moved"));
    QCOMPARE(moved.movedReason, QStringLiteral("not_home"));
    QCOMPARE(moved.route, RA); // the history stays where it happened
    QSqlQuery q(m_op->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT day, previous_stop, attempt, window_start, window_end,"
                                  " customer_id, reason, note, created_by FROM requested_visits"
                                  " WHERE id = 'S-2-R2'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), NextDay);
    QCOMPARE(q.value(1).toString(), QStringLiteral("S-2"));
    QCOMPARE(q.value(2).toInt(), 2);
    QCOMPARE(q.value(3).toLongLong(), msAt(13, 0, 0, NextDay));
    QCOMPARE(q.value(4).toLongLong(), msAt(15, 0, 0, NextDay));
    QCOMPARE(q.value(5).toString(), QStringLiteral("C-S-2"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("not_home"));
    QCOMPARE(q.value(7).toString(), c.note);
    QCOMPARE(q.value(8).toString(), QStringLiteral("Ria"));
    // The moved stop no longer counts as the route's next stop.
    QCOMPARE(m_op->store().stopsByIds({QStringLiteral("S-2")}).first().state,
             Domain::StopState::Moved);

    command.undo();
    QCOMPARE(snapshot(), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM requested_visits")), 0);
}

void TestChangeCommand::rescheduleOntoARouteMakesRoomAtItsPlace()
{
    const auto before = snapshot();
    ChangeSet c;
    c.kind = ChangeSet::Kind::Reschedule;
    c.reason = Replan::Reason::WrongProduct;
    c.reschedules = {{QStringLiteral("S-3"), NextDay, RC, 2, msAt(9, 0, 0, NextDay),
                      msAt(11, 0, 0, NextDay), msAt(9, 40, 0, NextDay)}};
    ChangeCommand command(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"), m_op->clock());
    command.redo();
    QVERIFY2(!command.failed(), qPrintable(command.error()));
    const QVector<Stop> next = m_op->store().stopsOfRoute(RC);
    QCOMPARE(next.size(), 3);
    QCOMPARE(next.at(0).id, QStringLiteral("S-31"));
    QCOMPARE(next.at(1).id, QStringLiteral("S-3-R2"));
    QCOMPARE(next.at(2).id, QStringLiteral("S-32"));
    QCOMPARE(next.at(2).seq, 3);
    const Stop &visit = next.at(1);
    QCOMPARE(visit.attempt, 2);
    QCOMPARE(visit.previousStop, QStringLiteral("S-3"));
    QCOMPARE(visit.plannedArrival, msAt(9, 40, 0, NextDay));
    QCOMPARE(visit.windowStart, msAt(9, 0, 0, NextDay));
    QCOMPARE(visit.customer.id, QStringLiteral("C-S-3"));
    QCOMPARE(visit.services, (QStringList{QStringLiteral("deliver"), QStringLiteral("install")}));
    QCOMPARE(visit.state, Domain::StopState::Planned);
    QCOMPARE(place(QStringLiteral("S-3")).state, QStringLiteral("moved"));

    command.undo();
    QCOMPARE(snapshot(), before);
}

void TestChangeCommand::rescheduleAfterTheLastStop()
{
    ChangeSet c;
    c.kind = ChangeSet::Kind::Reschedule;
    c.reschedules = {{QStringLiteral("S-4"), NextDay, RC, 0, msAt(14, 0, 0, NextDay),
                      msAt(16, 0, 0, NextDay), 0}};
    ChangeCommand command(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"), m_op->clock());
    command.redo();
    QVERIFY2(!command.failed(), qPrintable(command.error()));
    const Place visit = place(QStringLiteral("S-4-R2"));
    QCOMPARE(visit.route, RC);
    QCOMPARE(visit.seq, 3);
    QCOMPARE(visit.planned, msAt(14, 0, 0, NextDay)); // no planned time given: the window's start
}

void TestChangeCommand::rescueMovesAndReschedules()
{
    // R-A breaks down after S-1: S-2 and S-3 go to R-B, S-4 to tomorrow.
    const auto before = snapshot();
    ChangeSet c;
    c.kind = ChangeSet::Kind::Rescue;
    c.reason = Replan::Reason::Breakdown;
    c.sourceRouteId = RA;
    c.orders = {{RA, {}, {}},
                {RB,
                 {QStringLiteral("S-21"), QStringLiteral("S-2"), QStringLiteral("S-22"),
                  QStringLiteral("S-3")},
                 {msAt(9, 0), msAt(10, 0), msAt(11, 0), msAt(12, 0)}}};
    c.reschedules = {{QStringLiteral("S-4"), NextDay, QString(), 0, msAt(8, 0, 0, NextDay),
                      msAt(10, 0, 0, NextDay), 0}};
    ChangeCommand command(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"), m_op->clock());
    command.redo();
    QVERIFY2(!command.failed(), qPrintable(command.error()));
    QStringList onB;
    for (const Stop &s : m_op->store().stopsOfRoute(RB))
        onB.append(s.id);
    QCOMPARE(onB, (QStringList{QStringLiteral("S-21"), QStringLiteral("S-2"),
                               QStringLiteral("S-22"), QStringLiteral("S-3")}));
    QCOMPARE(place(QStringLiteral("S-4")).state, QStringLiteral("moved"));
    QCOMPARE(place(QStringLiteral("S-4")).movedReason, QStringLiteral("breakdown"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM requested_visits WHERE id = 'S-4-R2'")), 1);
    // What is left on R-A: the visited stop and the moved one.
    QCOMPARE(m_op->store().stopsOfRoute(RA).size(), 2);

    command.undo();
    QCOMPARE(snapshot(), before);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM requested_visits")), 0);
}

void TestChangeCommand::redoAfterUndoTwiceKeepsTheSameIds()
{
    ChangeSet c;
    c.kind = ChangeSet::Kind::Reschedule;
    c.reschedules = {{QStringLiteral("S-2"), NextDay, RC, 1, msAt(8, 0, 0, NextDay),
                      msAt(10, 0, 0, NextDay), msAt(8, 30, 0, NextDay)},
                     {QStringLiteral("S-3"), NextDay, QString(), 0, msAt(8, 0, 0, NextDay),
                      msAt(10, 0, 0, NextDay), 0}};
    const auto before = snapshot();
    QUndoStack stack;
    auto *command =
        new ChangeCommand(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"), m_op->clock());
    stack.push(command);
    const QStringList ids = command->returnVisitIds();
    QCOMPARE(ids, (QStringList{QStringLiteral("S-2-R2"), QStringLiteral("S-3-R2")}));
    const auto after = snapshot();
    for (int round = 0; round < 2; ++round) {
        stack.undo();
        QCOMPARE(snapshot(), before);
        stack.redo();
        QCOMPARE(command->returnVisitIds(), ids);
        QCOMPARE(snapshot(), after);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM requested_visits WHERE id = 'S-3-R2'")),
                 1);
    }
}

void TestChangeCommand::auditLogSaysWhoWhenAndWhy()
{
    ChangeSet c = moveS3ToB();
    c.note = QStringLiteral("Customer asked for the afternoon");
    QUndoStack stack;
    stack.push(
        new ChangeCommand(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"), m_op->clock()));
    m_op->advanceMinutes(5);
    stack.undo();
    m_op->advanceMinutes(5);
    stack.redo();

    QSqlQuery q(m_op->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT at, actor, action, object_type, object_id, detail"
                                  " FROM audit_log WHERE object_id = 'S-3' ORDER BY id")));
    QStringList actions;
    QList<qint64> times;
    while (q.next()) {
        QCOMPARE(q.value(1).toString(), QStringLiteral("Ria"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("stop"));
        actions.append(q.value(2).toString());
        times.append(q.value(0).toLongLong());
        const QJsonObject detail = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        QCOMPARE(detail.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("customer_request"));
        QCOMPARE(detail.value(QStringLiteral("note")).toString(), c.note);
        QCOMPARE(detail.value(QStringLiteral("summary")).toString(), c.summary());
        QCOMPARE(detail.value(QStringLiteral("from_route")).toString(), RA);
        QCOMPARE(detail.value(QStringLiteral("route")).toString(), RB);
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("replan.move"), QStringLiteral("replan.undo"),
                                   QStringLiteral("replan.redo")}));
    QCOMPARE(times, (QList<qint64>{msAt(9, 30), msAt(9, 35), msAt(9, 40)}));
    // S-3 to R-B, S-4 up on R-A, S-22 down on R-B (S-2 keeps its place): a
    // row each, three times.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'replan.%'")),
             3 * 3);
}

void TestChangeCommand::notifierAnnouncesAfterCommit()
{
    QSignalSpy routes(m_op->notifier(), &ChangeNotifier::routesChanged);
    QSignalSpy stops(m_op->notifier(), &ChangeNotifier::stopsChanged);
    QSignalSpy added(m_op->notifier(), &ChangeNotifier::routesAdded);
    bool committed = false;
    // When the notifier speaks, another connection already sees the change.
    connect(m_op->notifier(), &ChangeNotifier::stopsChanged, this, [&] {
        Database other(DatabaseConfig::sqlite(m_op->db().config().path));
        QSqlQuery q(other.connection());
        committed = q.exec(QStringLiteral("SELECT route_id FROM stops WHERE id = 'S-3'")) &&
                    q.next() && q.value(0).toString() == RB;
    });
    ChangeCommand command(m_op->db(), m_op->notifier(), moveS3ToB(), QStringLiteral("Ria"),
                          m_op->clock());
    command.redo();
    QVERIFY(committed);
    QCOMPARE(routes.size(), 1);
    QCOMPARE(routes.first().first().toStringList(), (QStringList{RA, RB}));
    QCOMPARE(stops.size(), 1);
    QCOMPARE(stops.first().first().toStringList(),
             (QStringList{QStringLiteral("S-22"), QStringLiteral("S-3"), QStringLiteral("S-4")}));
    QCOMPARE(added.size(), 0);
    disconnect(m_op->notifier(), &ChangeNotifier::stopsChanged, this, nullptr);

    command.undo();
    QCOMPARE(routes.size(), 2);
    QCOMPARE(stops.size(), 2);
    QCOMPARE(stops.last().first().toStringList(), stops.first().first().toStringList());
}

void TestChangeCommand::aVisitedStopCannotBeMoved()
{
    const auto before = snapshot();
    QSignalSpy stops(m_op->notifier(), &ChangeNotifier::stopsChanged);
    ChangeSet c = moveS3ToB();
    c.orders[1].stopIds.append(QStringLiteral("S-1")); // done at 09:25
    c.orders[1].plannedArrivals.append(msAt(12, 0));
    ChangeCommand command(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"), m_op->clock());
    QString reported;
    command.setErrorHandler([&](const QString &why) { reported = why; });
    command.redo();
    QVERIFY(command.failed());
    QVERIFY(command.error().contains(QStringLiteral("S-1")));
    QCOMPARE(reported, command.error());
    QVERIFY(command.isObsolete());
    QCOMPARE(snapshot(), before);
    QCOMPARE(stops.size(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'replan.%'")),
             0);
}

void TestChangeCommand::theStackDropsAFailedChange()
{
    ChangeSet c;
    c.kind = ChangeSet::Kind::Reschedule;
    // R-C drives tomorrow, not today.
    c.reschedules = {{QStringLiteral("S-2"), testDay(), RC, 0, msAt(14, 0), msAt(16, 0), 0}};
    QUndoStack stack;
    stack.push(
        new ChangeCommand(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"), m_op->clock()));
    QCOMPARE(stack.count(), 0);
    QVERIFY(!stack.canUndo());
    QCOMPARE(place(QStringLiteral("S-2")).state, QStringLiteral("planned"));
}

void TestChangeCommand::undoKeepsWhatTheRoadReportedSince()
{
    // S-2 is marked moved (not home), then the crew reports it delivered after
    // all: undoing the reschedule does not turn it back into "planned".
    ChangeSet c;
    c.kind = ChangeSet::Kind::Reschedule;
    c.reschedules = {{QStringLiteral("S-2"), NextDay, QString(), 0, msAt(8, 0, 0, NextDay),
                      msAt(10, 0, 0, NextDay), 0}};
    ChangeCommand command(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"), m_op->clock());
    command.redo();
    QCOMPARE(m_op->feed(completed(at(10, 5), QStringLiteral("S-2"), RA, QStringLiteral("V-A")))
                 .rejected(),
             0);
    command.undo();
    QVERIFY(!command.failed());
    const Stop s2 = m_op->store().stopsByIds({QStringLiteral("S-2")}).first();
    QCOMPARE(s2.completedAt, msAt(10, 5));
    QCOMPARE(s2.state, Domain::StopState::Done);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM requested_visits")), 0);
}

void TestChangeCommand::returnVisitIdsAvoidTakenIds()
{
    // A stop S-2-R2 already exists (the planning system chose that id).
    StopSpec planned = stop(QStringLiteral("S-2-R2"), 1, 9);
    planned.attempt = 2;
    planned.previousStop = QStringLiteral("S-2");
    QCOMPARE(m_op->feed(plan(at(6, 30), route(QStringLiteral("R-D"), QStringLiteral("V-D"),
                                              {planned}, NextDay)))
                 .rejected(),
             0);
    ChangeSet c;
    c.kind = ChangeSet::Kind::Reschedule;
    c.reschedules = {{QStringLiteral("S-2"), NextDay, QString(), 0, 1, 2, 0}};
    Replan::StopChanges changes(m_op->db());
    QCOMPARE(changes.newReturnVisitIds(c), QStringList{QStringLiteral("S-2-R2.2")});
    // The third attempt of a return visit counts on from the first stop's id.
    ChangeSet again;
    again.reschedules = {{QStringLiteral("S-2-R2"), NextDay, QString(), 0, 1, 2, 0}};
    QCOMPARE(changes.newReturnVisitIds(again), QStringList{QStringLiteral("S-2-R3")});
}

void TestChangeCommand::aLaterPlanKeepsTheDesksChanges()
{
    // The dispatcher moves S-3 to R-B and reschedules S-2. The planning
    // system, which does not know, re-plans R-A with S-2 and S-3 still on it
    // (and S-4 later), and R-B without S-3.
    ChangeSet move = moveS3ToB();
    QUndoStack stack;
    stack.push(new ChangeCommand(m_op->db(), m_op->notifier(), move, QStringLiteral("Ria"),
                                 m_op->clock()));
    ChangeSet later;
    later.kind = ChangeSet::Kind::Reschedule;
    later.reason = Replan::Reason::CustomerRequest;
    later.reschedules = {{QStringLiteral("S-2"), NextDay, QString(), 0, msAt(8, 0, 0, NextDay),
                          msAt(10, 0, 0, NextDay), 0}};
    stack.push(new ChangeCommand(m_op->db(), m_op->notifier(), later, QStringLiteral("Ria"),
                                 m_op->clock()));
    QCOMPARE(stack.count(), 2);
    const Place s3 = place(QStringLiteral("S-3"));

    QCOMPARE(m_op->feed({plan(at(10, 0), route(RA, QStringLiteral("V-A"),
                                               {stop(QStringLiteral("S-1"), 1, 9),
                                                stop(QStringLiteral("S-2"), 2, 10),
                                                stop(QStringLiteral("S-3"), 3, 11),
                                                stop(QStringLiteral("S-4"), 4, 13)})),
                         plan(at(10, 0), route(RB, QStringLiteral("V-B"),
                                               {stop(QStringLiteral("S-21"), 1, 9),
                                                stop(QStringLiteral("S-22"), 2, 12)}))})
                 .rejected(),
             0);
    QCOMPARE(place(QStringLiteral("S-3")), s3); // still on R-B, where the desk put it
    QVERIFY(m_op->store().stopsByIds({QStringLiteral("S-3")}).first().inPlan);
    QCOMPARE(place(QStringLiteral("S-2")).state, QStringLiteral("moved"));
    // The desk also re-planned S-4 (up one place on R-A): it keeps that too;
    // S-22, re-timed by the desk, keeps its time; nothing the desk did not
    // touch is held back.
    QCOMPARE(place(QStringLiteral("S-4")).planned, msAt(11, 30));
    QCOMPARE(place(QStringLiteral("S-21")).planned, msAt(9, 0));
    QCOMPARE(m_op->store().routesByIds({RB}).first().stopCount, 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'feed'"
                                  " AND action = 'plan.kept_local'")),
             4); // S-2, S-3 and S-4 on R-A's plan, S-22 on R-B's
}

void TestChangeCommand::afterUndoThePlanStandsAgain()
{
    QUndoStack stack;
    stack.push(new ChangeCommand(m_op->db(), m_op->notifier(), moveS3ToB(), QStringLiteral("Ria"),
                                 m_op->clock()));
    stack.undo();
    QCOMPARE(m_op->feed(plan(at(10, 0), route(RA, QStringLiteral("V-A"),
                                              {stop(QStringLiteral("S-1"), 1, 9),
                                               stop(QStringLiteral("S-3"), 2, 10),
                                               stop(QStringLiteral("S-2"), 3, 11),
                                               stop(QStringLiteral("S-4"), 4, 13)})))
                 .rejected(),
             0);
    QCOMPARE(place(QStringLiteral("S-3")),
             (Place{RA, 2, msAt(10, 0), QStringLiteral("planned"), {}}));
    QCOMPARE(place(QStringLiteral("S-4")).planned, msAt(13, 0));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'feed'")), 0);
}

void TestChangeCommand::waitsForTheFeedsWriteInsteadOfFailing()
{
    // Another connection (the live feed's) is writing when the dispatcher
    // commits: the change waits for it and then applies, rather than failing
    // because the feed wrote after the change began reading.
    QSemaphore locked, release;
    const QString path = m_op->db().config().path;
    std::unique_ptr<QThread> feed(QThread::create([&] {
        Database other(DatabaseConfig::sqlite(path));
        other.exec(QStringLiteral("BEGIN IMMEDIATE"));
        other.exec(QStringLiteral("UPDATE vehicles SET last_contact_ts = 1 WHERE id = 'V-A'"));
        locked.release();
        release.acquire(); // until the change has started and waits
        other.commit();
    }));
    feed->start();
    locked.acquire();
    // Let the writer go shortly after the change starts waiting for it.
    std::unique_ptr<QThread> releaser(QThread::create([&] {
        QThread::msleep(200);
        release.release();
    }));
    releaser->start();
    ChangeCommand command(m_op->db(), m_op->notifier(), moveS3ToB(), QStringLiteral("Ria"),
                          m_op->clock());
    command.redo();
    QVERIFY2(!command.failed(), qPrintable(command.error()));
    QCOMPARE(place(QStringLiteral("S-3")).route, RB);
    QVERIFY(feed->wait(20000));
    QVERIFY(releaser->wait(20000));
    QCOMPARE(count(QStringLiteral("SELECT last_contact_ts FROM vehicles WHERE id = 'V-A'")), 1);
}

void TestChangeCommand::aPlannedReturnVisitMeetsTheRequest()
{
    // The desk reschedules S-2 to tomorrow without a route; the planning
    // system then plans tomorrow with a return visit for S-2 (its own id):
    // the request is met, and S-2 names that stop as its return visit.
    ChangeSet c;
    c.kind = ChangeSet::Kind::Reschedule;
    c.reason = Replan::Reason::NotHome;
    c.reschedules = {{QStringLiteral("S-2"), NextDay, QString(), 0, msAt(8, 0, 0, NextDay),
                      msAt(10, 0, 0, NextDay), 0}};
    ChangeCommand command(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"), m_op->clock());
    command.redo();
    QVERIFY2(!command.failed(), qPrintable(command.error()));
    Replan::VisitHistory history(m_op->db());
    QVERIFY(
        !history.notesFor({QStringLiteral("S-2")}).value(QStringLiteral("S-2")).returnVisitOnRoute);

    StopSpec again = stop(QStringLiteral("S-77"), 3, 11);
    again.attempt = 2;
    again.previousStop = QStringLiteral("S-2");
    QSignalSpy stops(m_op->notifier(), &ChangeNotifier::stopsChanged);
    QCOMPARE(m_op->feed(plan(at(10, 0), route(RC, QStringLiteral("V-C"),
                                              {stop(QStringLiteral("S-31"), 1, 9),
                                               stop(QStringLiteral("S-32"), 2, 10), again},
                                              NextDay)))
                 .rejected(),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM requested_visits")), 0);
    const Replan::VisitNote note =
        history.notesFor({QStringLiteral("S-2")}).value(QStringLiteral("S-2"));
    QCOMPARE(note.returnVisitId, QStringLiteral("S-77"));
    QVERIFY(note.returnVisitOnRoute);
    QVERIFY(stops.last().first().toStringList().contains(QStringLiteral("S-2")));
}

void TestChangeCommand::undoRefusedOnceTheNewVanVisitedTheStop()
{
    // S-3 moved to R-B, and R-B's crew has since arrived there: undoing
    // would put a visited stop back on R-A. The stack says so and drops the
    // entry; the store keeps what happened.
    QUndoStack stack;
    auto *command = new ChangeCommand(m_op->db(), m_op->notifier(), moveS3ToB(),
                                      QStringLiteral("Ria"), m_op->clock());
    QString reported;
    command->setErrorHandler([&](const QString &why) { reported = why; });
    stack.push(command);
    QCOMPARE(m_op->feed(arrived(at(10, 20), QStringLiteral("S-3"), RB, QStringLiteral("V-B")))
                 .rejected(),
             0);
    const auto before = snapshot();
    QSignalSpy stops(m_op->notifier(), &ChangeNotifier::stopsChanged);
    stack.undo();
    QVERIFY2(reported.contains(QLatin1String("S-3")) && reported.contains(RB),
             qPrintable(reported));
    QCOMPARE(snapshot(), before);
    QCOMPARE(stops.size(), 0);
    QCOMPARE(stack.count(), 0); // dropped: it cannot be undone any more
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'replan.undo'")),
             0);
}

QTEST_GUILESS_MAIN(TestChangeCommand)
#include "tst_changecommand.moc"
