#include "feedstore.h"

#include "database.h"
#include "feedstoredirect.h"
#include "sqlbind.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <memory>

using namespace Feed;
using SqlBind::bind;
using SqlBind::optionalReal;

namespace {

QString productId(const Stop &s)
{
    if (!s.productModel.isEmpty())
        return s.productModel;
    return s.productType + QLatin1Char('|') + s.productDescription;
}

QString geometryText(const QVector<QPointF> &points)
{
    if (points.isEmpty())
        return {};
    QJsonArray array;
    for (const QPointF &p : points)
        array.append(QJsonArray{p.x(), p.y()});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString areaText(const WeatherWarning &w)
{
    QJsonObject area;
    if (w.hasBox)
        area.insert(QStringLiteral("bbox"), QJsonArray{w.minLon, w.minLat, w.maxLon, w.maxLat});
    else
        area.insert(QStringLiteral("postcodes"), QJsonArray::fromStringList(w.postcodePrefixes));
    return QString::fromUtf8(QJsonDocument(area).toJson(QJsonDocument::Compact));
}

// The stored name of an event type, as text that lives as long as the program.
const char *typeKeyText(EventType type)
{
    switch (type) {
    case EventType::PlanRoute:
        return "plan.route";
    case EventType::RouteStarted:
        return "route.started";
    case EventType::RouteFinished:
        return "route.finished";
    case EventType::VehiclePosition:
        return "vehicle.position";
    case EventType::StopArrived:
        return "stop.arrived";
    case EventType::StopCompleted:
        return "stop.completed";
    case EventType::VehicleStatusChange:
        return "vehicle.status";
    case EventType::ReviewReceived:
        return "review.received";
    case EventType::WeatherWarningIssued:
        return "weather.warning";
    }
    return "";
}

// Rows of applied_events written by one statement.
constexpr int AppliedPerInsert = 64;

const QByteArray &appliedRowsStatement()
{
    // A shorter chunk repeats its last row, which the conflict clause skips.
    static const QByteArray statement =
        manyRowsStatement("INSERT INTO applied_events (id, type, ts) VALUES ", "(?, ?, ?)",
                          AppliedPerInsert, " ON CONFLICT (id) DO NOTHING");
    return statement;
}

constexpr const char *CustomerStatement =
    "INSERT INTO customers (id, name, street, house_number, postcode, city, lat, lon, phone,"
    " email, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
    " name = excluded.name, street = excluded.street, house_number = excluded.house_number,"
    " postcode = excluded.postcode, city = excluded.city, lat = excluded.lat,"
    " lon = excluded.lon, phone = excluded.phone, email = excluded.email,"
    " language = excluded.language";
// A stop the store does not have yet is inserted; one it has is updated,
// unless the desk changed it since. Not one upsert: its update part changes
// the columns that refer to routes, customers, clients and products, so
// SQLite would keep a statement journal for every stop a plan brings, new or
// not (a copy of every page the row and its five indexes touch).
constexpr const char *NewStopStatement =
    "INSERT INTO stops (id, route_id, seq, in_plan, customer_id, client_id, product_id,"
    " services, window_start, window_end, planned_arrival, service_min, attempt,"
    " previous_stop) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (id) DO NOTHING";
constexpr const char *StopRouteStatement = "SELECT route_id FROM stops WHERE id = ?";
// The first arrival is kept. A stop a re-plan dropped before this news
// reached us goes back on its route: what happened there is kept.
constexpr const char *ArriveStatement =
    "UPDATE stops SET arrived_at = ?, in_plan = 1,"
    " state = CASE WHEN state = 'planned' THEN 'arrived' ELSE state END"
    " WHERE id = ? AND (arrived_at = 0 OR arrived_at > ?)";
// The newest result stands, whatever order results arrive in (a retried
// upload may bring an older one late); of two with the same time the one
// received last stands. A stop a re-plan dropped before this result reached
// us goes back on its route: what happened there is kept.
constexpr const char *CompleteStatement =
    "UPDATE stops SET completed_at = ?, outcome = ?, services_done = ?, note = ?,"
    " in_plan = 1, state = CASE WHEN state = 'moved' THEN state ELSE ? END"
    " WHERE id = ? AND completed_at <= ?";

bool portableRequested()
{
    return qEnvironmentVariableIntValue("VOORZET_PORTABLE_SQL") != 0;
}

} // namespace

FeedStore::FeedStore(Database &db)
    : m_db(db)
{
    if (!portableRequested())
        if (sqlite3 *handle = SqliteStatement::handleOf(db))
            m_direct = std::make_unique<Direct>(handle);
    // A statement that writes many rows (the trail, the applied ids), or one
    // whose triggers write more, keeps a copy of every page it changes until
    // it ends (its statement journal). SQLite keeps that copy in memory up to
    // 64 KiB; past that it moves it to a temporary file for the rest of the
    // transaction, and every later statement of the batch writes its pages
    // there through the kernel. In memory the copies cost a memcpy each. The
    // connection feeds the store, so it holds no temporary tables of note.
    if (db.isSqlite())
        m_db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

FeedStore::~FeedStore() = default;

bool FeedStore::markApplied(const Event &event)
{
    QSqlQuery &q = m_db.prepared("INSERT INTO applied_events (id, type, ts) VALUES (?, ?, ?)"
                                 " ON CONFLICT (id) DO NOTHING");
    bind(q, event.id, typeKey(event.type), event.ts);
    Database::run(q);
    return q.numRowsAffected() > 0;
}

QSet<QString> FeedStore::appliedAmong(const QVector<QString> &ids)
{
    // One statement looks up this many ids; a shorter tail repeats its last id.
    constexpr int IdsPerSelect = 500;
    static const QByteArray manyIds = [] {
        QByteArray statement = "SELECT id FROM applied_events WHERE id IN (";
        for (int i = 0; i < IdsPerSelect; ++i)
            statement += i == 0 ? "?" : ", ?";
        return statement + ")";
    }();
    QSet<QString> found;
    if (ids.isEmpty())
        return found;
    QSqlQuery &q = m_db.prepared(manyIds.constData());
    for (qsizetype at = 0; at < ids.size(); at += IdsPerSelect) {
        const qsizetype end = qMin(at + IdsPerSelect, ids.size());
        for (int i = 0; i < IdsPerSelect; ++i)
            SqlBind::bindFrom(q, i, ids.at(qMin(at + i, end - 1)));
        Database::run(q);
        while (q.next())
            found.insert(q.value(0).toString());
    }
    q.finish();
    return found;
}

int FeedStore::insertApplied(const QVector<const Event *> &events, qsizetype at, int count)
{
    if (m_direct) {
        SqliteStatement &many =
            m_direct->get(m_direct->appliedRows, appliedRowsStatement().constData());
        for (int i = 0; i < AppliedPerInsert; ++i) {
            const Event &e = *events.at(at + qMin(i, count - 1));
            many.bindText(i * 3, e.id);
            many.bindStaticText(i * 3 + 1, typeKeyText(e.type));
            many.bindInteger(i * 3 + 2, e.ts);
        }
        return many.run();
    }
    QSqlQuery &many = m_db.prepared(appliedRowsStatement().constData());
    for (int i = 0; i < AppliedPerInsert; ++i) {
        const Event &e = *events.at(at + qMin(i, count - 1));
        SqlBind::bindFrom(many, i * 3, e.id, typeKey(e.type), e.ts);
    }
    Database::run(many);
    return many.numRowsAffected();
}

void FeedStore::savepoint(Savepoint step)
{

    static const char *const statements[] = {"SAVEPOINT applied_ids",
                                             "RELEASE SAVEPOINT applied_ids",
                                             "ROLLBACK TO SAVEPOINT applied_ids"};
    const char *statement = statements[int(step)];
    if (m_direct) {
        std::unique_ptr<SqliteStatement> &slot = step == Savepoint::Begin     ? m_direct->savepoint
                                                 : step == Savepoint::Release ? m_direct->release
                                                                              : m_direct->undo;
        m_direct->get(slot, statement).run();
        return;
    }
    Database::run(m_db.prepared(statement));
}

QSet<QString> FeedStore::recordApplied(const QVector<const Event *> &events)
{
    // An id that occurs again in the same events is not new the second time.
    QSet<QString> fresh;
    fresh.reserve(events.size());
    QVector<const Event *> unique;
    unique.reserve(events.size());
    for (const Event *e : events) {
        if (!fresh.contains(e->id)) {
            fresh.insert(e->id);
            unique.append(e);
        }
    }
    // Most ids are new: each chunk is inserted straight away, in a savepoint.
    // When fewer rows went in than the chunk has ids, some were recorded
    // before: the chunk is undone, its stored ids looked up and only the new
    // ones inserted.
    for (qsizetype at = 0; at < unique.size(); at += AppliedPerInsert) {
        const int count = int(qMin<qsizetype>(AppliedPerInsert, unique.size() - at));
        savepoint(Savepoint::Begin);
        const bool allNew = insertApplied(unique, at, count) == count;
        if (!allNew)
            savepoint(Savepoint::Undo);
        savepoint(Savepoint::Release);
        if (allNew)
            continue;
        QVector<QString> ids;
        for (int i = 0; i < count; ++i)
            ids.append(unique.at(at + i)->id);
        const QSet<QString> known = appliedAmong(ids);
        QVector<const Event *> newOnes;
        for (int i = 0; i < count; ++i) {
            const Event *e = unique.at(at + i);
            if (known.contains(e->id))
                fresh.remove(e->id);
            else
                newOnes.append(e);
        }
        if (!newOnes.isEmpty())
            insertApplied(newOnes, 0, int(newOnes.size()));
    }
    return fresh;
}

void FeedStore::reject(const QByteArray &raw, const Rejection &r, const QString &source,
                       qint64 lineNo, qint64 now)
{
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex());
    QSqlQuery &q = m_db.prepared(
        "INSERT INTO rejected_events (raw_hash, event_id, type, field, reason, raw, source,"
        " line_no, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (raw_hash) DO "
        "NOTHING");
    bind(q, hash, r.eventId, r.type, r.field, r.reason, QString::fromUtf8(raw), source, lineNo,
         now);
    Database::run(q);
}

void FeedStore::keepPending(const Event &event, const QString &waitsFor, const QByteArray &raw)
{
    QSqlQuery &q = m_db.prepared("INSERT INTO pending_events (event_id, waits_for, ts, raw)"
                                 " VALUES (?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING");
    bind(q, event.id, waitsFor, event.ts, QString::fromUtf8(raw));
    Database::run(q);
    m_batchNothingPending = false;
}

QList<QByteArray> FeedStore::takePending(const QStringList &keys)
{
    // Every plan asks for what waits for its route and stops; mostly nothing
    // does. Asked once per batch.
    if (m_db.isSqlite() && !m_batchPendingAsked) {
        QSqlQuery &any = m_db.prepared("SELECT EXISTS (SELECT 1 FROM pending_events)");
        Database::run(any);
        m_batchNothingPending = any.next() && any.value(0).toInt() == 0;
        any.finish();
        m_batchPendingAsked = true;
    }
    if (m_batchNothingPending)
        return {};
    QList<std::pair<qint64, QByteArray>> found;
    QSqlQuery &select =
        m_db.prepared("SELECT event_id, ts, raw FROM pending_events WHERE waits_for = ?");
    QSqlQuery &remove = m_db.prepared("DELETE FROM pending_events WHERE event_id = ?");
    QStringList ids;
    for (const QString &key : keys) {
        bind(select, key);
        Database::run(select);
        while (select.next()) {
            ids.append(select.value(0).toString());
            found.append({select.value(1).toLongLong(), select.value(2).toString().toUtf8()});
        }
    }
    for (const QString &id : std::as_const(ids)) {
        bind(remove, id);
        Database::run(remove);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QByteArray> lines;
    for (auto &f : found)
        lines.append(std::move(f.second));
    return lines;
}

qint64 FeedStore::pendingCount()
{
    QSqlQuery &q = m_db.prepared("SELECT count(*) FROM pending_events");
    Database::run(q);
    const qint64 count = q.next() ? q.value(0).toLongLong() : 0;
    q.finish(); // a statement left open would pin the reader's snapshot
    return count;
}

void FeedStore::ensureVehicle(const QString &vehicleId)
{
    if (m_knownVehicles.contains(vehicleId))
        return;
    QSqlQuery &q =
        m_db.prepared("INSERT INTO vehicles (id) VALUES (?) ON CONFLICT (id) DO NOTHING");
    bind(q, vehicleId);
    Database::run(q);
    m_knownVehicles.insert(vehicleId);
}

void FeedStore::touchContact(const QString &vehicleId, qint64 ts)
{
    Latest &latest = m_latest[vehicleId];
    latest.contact = qMax(latest.contact, ts);
}

bool FeedStore::routeExists(const QString &routeId)
{
    if (m_batchRoutes.contains(routeId))
        return true;
    QSqlQuery &q = m_db.prepared("SELECT 1 FROM routes WHERE id = ?");
    bind(q, routeId);
    Database::run(q);
    const bool found = q.next();
    q.finish();
    if (found)
        m_batchRoutes.insert(routeId);
    return found;
}

QString FeedStore::routeOfStop(const QString &stopId)
{
    const auto cached = m_batchStopRoutes.constFind(stopId);
    if (cached != m_batchStopRoutes.cend())
        return *cached;
    QString route;
    if (m_direct) {
        SqliteStatement &q = m_direct->get(m_direct->stopRoute, StopRouteStatement);
        q.bindText(0, stopId);
        route = q.firstText();
    } else {
        QSqlQuery &q = m_db.prepared(StopRouteStatement);
        bind(q, stopId);
        Database::run(q);
        route = q.next() ? q.value(0).toString() : QString();
        q.finish();
    }
    if (!route.isEmpty())
        m_batchStopRoutes.insert(stopId, route);
    return route;
}

bool FeedStore::applyPlan(const Event &event, const PlanRoute &plan, ChangeNotifier::Batch &changes)
{
    const Route &r = plan.route;
    QSqlQuery &current = m_db.prepared("SELECT plan_ts FROM routes WHERE id = ?");
    bind(current, r.id);
    Database::run(current);
    const bool existed = current.next();
    const qint64 storedPlanTs = existed ? current.value(0).toLongLong() : 0;
    current.finish();
    if (existed && storedPlanTs > event.ts)
        return false; // an older plan that arrived late: the newer one stands

    QSqlQuery &hub = m_db.prepared(
        "INSERT INTO hubs (id, name, lat, lon) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
        " SET name = excluded.name, lat = excluded.lat, lon = excluded.lon");
    bind(hub, r.hub.id, r.hub.name, r.hub.lat, r.hub.lon);
    Database::run(hub);

    ensureVehicle(r.vehicleId);
    QSqlQuery &plate = m_db.prepared("UPDATE vehicles SET plate = ? WHERE id = ?");
    bind(plate, r.plate, r.vehicleId);
    Database::run(plate);

    QSqlQuery &route = m_db.prepared(
        "INSERT INTO routes (id, day, hub_id, vehicle_id, planned_start, geometry, plan_ts,"
        " plan_event) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " day = excluded.day, hub_id = excluded.hub_id, vehicle_id = excluded.vehicle_id,"
        " planned_start = excluded.planned_start, geometry = excluded.geometry,"
        " plan_ts = excluded.plan_ts, plan_event = excluded.plan_event");
    bind(route, r.id, r.date, r.hub.id, r.vehicleId, r.plannedStart, geometryText(r.geometry),
         event.ts, event.id);
    Database::run(route);

    QSqlQuery &member =
        m_db.prepared("INSERT INTO crew_members (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE"
                      " SET name = excluded.name");
    QSqlQuery &dropCrew = m_db.prepared("DELETE FROM route_crew WHERE route_id = ?");
    QSqlQuery &crew =
        m_db.prepared("INSERT INTO route_crew (route_id, position, crew_id) VALUES (?, ?, ?)");
    bind(dropCrew, r.id);
    Database::run(dropCrew);
    for (int i = 0; i < r.crew.size(); ++i) {
        bind(member, r.crew[i].id, r.crew[i].name);
        Database::run(member);
        bind(crew, r.id, i + 1, r.crew[i].id);
        Database::run(crew);
    }

    // Which stops the route had before, and where each of the new ones was.
    QSet<QString> before;
    QSqlQuery &previous = m_db.prepared("SELECT id FROM stops WHERE route_id = ?");
    bind(previous, r.id);
    Database::run(previous);
    while (previous.next())
        before.insert(previous.value(0).toString());

    QSqlQuery &client = m_db.prepared("INSERT INTO clients (id, name) VALUES (?, ?)"
                                      " ON CONFLICT (id) DO UPDATE SET name = excluded.name");
    QSqlQuery &product = m_db.prepared(
        "INSERT INTO products (id, type, description, model) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET type = excluded.type, description = excluded.description");
    QSqlQuery &replanned = m_db.prepared(
        "UPDATE stops SET route_id = ?, seq = ?, in_plan = 1, customer_id = ?, client_id = ?,"
        " product_id = ?, services = ?, window_start = ?, window_end = ?, planned_arrival = ?,"
        " service_min = ?, attempt = ?, previous_stop = ? WHERE id = ? AND local_change_at = 0");
    QSqlQuery &formerRoute = m_db.prepared("SELECT route_id FROM stops WHERE id = ?");

    for (const Stop &s : plan.stops) {
        const auto knownClient = m_batchClients.constFind(s.clientId);
        if (knownClient == m_batchClients.cend() || *knownClient != s.clientName) {
            bind(client, s.clientId, s.clientName);
            Database::run(client);
            m_batchClients.insert(s.clientId, s.clientName);
        }
        // What an upsert of the product writes: its type and description.
        const QString productKey = productId(s);
        const QString productText = s.productType + QChar(0) + s.productDescription;
        const auto knownProduct = m_batchProducts.constFind(productKey);
        if (knownProduct == m_batchProducts.cend() || *knownProduct != productText) {
            bind(product, productKey, s.productType, s.productDescription, s.productModel);
            Database::run(product);
            m_batchProducts.insert(productKey, productText);
        }
        const Customer &c = s.customer;
        writeCustomer(c);
        const QString services = s.services.join(QLatin1Char(','));
        bool written = insertStop(s, r.id, productKey, services);
        if (!written) {
            // A stop that was on another route: that route changes too.
            if (!before.contains(s.id)) {
                bind(formerRoute, s.id);
                Database::run(formerRoute);
                if (formerRoute.next())
                    changes.routesChanged.insert(formerRoute.value(0).toString());
                formerRoute.finish();
            }
            bind(replanned, r.id, s.seq, c.id, s.clientId, productKey, services, s.windowStart,
                 s.windowEnd, s.plannedArrival, s.serviceMin, s.attempt, s.previousStop, s.id);
            Database::run(replanned);
            written = replanned.numRowsAffected() > 0;
        }
        if (!written) {
            // The desk moved or re-planned this stop: the dispatcher's change
            // stands, and the log says the planning system sees it otherwise.
            keptLocal(event, r.id, s.id);
            before.remove(s.id);
            continue;
        }
        m_batchStopRoutes.insert(s.id, r.id);
        before.remove(s.id);
        changes.stopsChanged.insert(s.id);
        if (!s.previousStop.isEmpty()) {
            // A return visit the desk asked for without a route is now
            // planned: the request is met by this stop.
            QSqlQuery &met = m_db.prepared("DELETE FROM requested_visits WHERE previous_stop = ?");
            bind(met, s.previousStop);
            Database::run(met);
            if (met.numRowsAffected() > 0)
                changes.stopsChanged.insert(s.previousStop);
        }
    }

    // Stops the new plan left out: dropped if nothing happened there yet;
    // what already happened stays on the route, and so does a stop the desk
    // put there (a plan that does not know of it does not take it away).
    QSqlQuery &drop = m_db.prepared("UPDATE stops SET in_plan = 0 WHERE id = ? AND route_id = ?"
                                    " AND arrived_at = 0 AND completed_at = 0"
                                    " AND local_change_at = 0");
    for (const QString &id : std::as_const(before)) {
        bind(drop, id, r.id);
        Database::run(drop);
        changes.stopsChanged.insert(id);
    }
    m_batchRoutes.insert(r.id);
    (existed ? changes.routesChanged : changes.routesAdded).insert(r.id);
    return true;
}

void FeedStore::writeCustomer(const Customer &c)
{
    if (!m_direct) {
        QSqlQuery &q = m_db.prepared(CustomerStatement);
        bind(q, c.id, c.name, c.street, c.houseNumber, c.postcode, c.city, c.lat, c.lon, c.phone,
             c.email, c.language);
        Database::run(q);
        return;
    }
    SqliteStatement &q = m_direct->get(m_direct->customer, CustomerStatement);
    int i = 0;
    for (const QString *text : {&c.id, &c.name, &c.street, &c.houseNumber, &c.postcode, &c.city})
        q.bindText(i++, *text);
    q.bindReal(i++, c.lat);
    q.bindReal(i++, c.lon);
    for (const QString *text : {&c.phone, &c.email, &c.language})
        q.bindText(i++, *text);
    q.run();
}

bool FeedStore::insertStop(const Stop &s, const QString &routeId, const QString &productKey,
                           const QString &services)
{
    if (!m_direct) {
        QSqlQuery &q = m_db.prepared(NewStopStatement);
        bind(q, s.id, routeId, s.seq, s.customer.id, s.clientId, productKey, services,
             s.windowStart, s.windowEnd, s.plannedArrival, s.serviceMin, s.attempt, s.previousStop);
        Database::run(q);
        return q.numRowsAffected() > 0;
    }
    SqliteStatement &q = m_direct->get(m_direct->newStop, NewStopStatement);
    q.bindText(0, s.id);
    q.bindText(1, routeId);
    q.bindInteger(2, s.seq);
    q.bindText(3, s.customer.id);
    q.bindText(4, s.clientId);
    q.bindText(5, productKey);
    q.bindText(6, services);
    q.bindInteger(7, s.windowStart);
    q.bindInteger(8, s.windowEnd);
    q.bindInteger(9, s.plannedArrival);
    q.bindReal(10, s.serviceMin);
    q.bindInteger(11, s.attempt);
    q.bindText(12, s.previousStop);
    return q.run() > 0;
}

void FeedStore::keptLocal(const Event &event, const QString &routeId, const QString &stopId)
{
    QSqlQuery &q = m_db.prepared("INSERT INTO audit_log (at, actor, action, object_type,"
                                 " object_id, detail) VALUES (?, 'feed', 'plan.kept_local',"
                                 " 'stop', ?, ?)");
    const QJsonObject detail{{QStringLiteral("plan_event"), event.id},
                             {QStringLiteral("route"), routeId}};
    bind(q, event.ts, stopId,
         QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    Database::run(q);
}

void FeedStore::markRoute(const Event &event, const RouteMark &mark, ChangeNotifier::Batch &changes)
{
    QSqlQuery &started = m_db.prepared(
        "UPDATE routes SET started_at = ? WHERE id = ? AND (started_at = 0 OR started_at > ?)");
    QSqlQuery &finished = m_db.prepared("UPDATE routes SET finished_at = ? WHERE id = ?");
    QSqlQuery &q = event.type == EventType::RouteStarted ? started : finished;
    if (event.type == EventType::RouteStarted)
        bind(q, event.ts, mark.route, event.ts);
    else
        bind(q, event.ts, mark.route);
    Database::run(q);
    ensureVehicle(mark.vehicle);
    touchContact(mark.vehicle, event.ts);
    changes.routesChanged.insert(mark.route);
}

void FeedStore::arrive(const Event &event, const StopArrival &arrival, const QString &routeId,
                       ChangeNotifier::Batch &changes)
{
    if (m_direct) {
        SqliteStatement &q = m_direct->get(m_direct->arrive, ArriveStatement);
        q.bindInteger(0, event.ts);
        q.bindText(1, arrival.stop);
        q.bindInteger(2, event.ts);
        q.run();
    } else {
        QSqlQuery &q = m_db.prepared(ArriveStatement);
        bind(q, event.ts, arrival.stop, event.ts);
        Database::run(q);
    }
    ensureVehicle(arrival.vehicle);
    touchContact(arrival.vehicle, event.ts);
    changes.stopsChanged.insert(arrival.stop);
    changes.routesChanged.insert(routeId);
}

void FeedStore::complete(const Event &event, const StopCompletion &c, const QString &routeId,
                         ChangeNotifier::Batch &changes)
{
    const QString state = Domain::stopStateKey(
        Domain::isFailure(c.outcome) ? Domain::StopState::Failed : Domain::StopState::Done);
    const QString servicesDone = c.servicesDone.join(QLatin1Char(','));
    if (m_direct) {
        SqliteStatement &q = m_direct->get(m_direct->complete, CompleteStatement);
        q.bindInteger(0, event.ts);
        q.bindText(1, Domain::outcomeKey(c.outcome));
        q.bindText(2, servicesDone);
        q.bindText(3, c.note);
        q.bindText(4, state);
        q.bindText(5, c.stop);
        q.bindInteger(6, event.ts);
        q.run();
    } else {
        QSqlQuery &q = m_db.prepared(CompleteStatement);
        bind(q, event.ts, Domain::outcomeKey(c.outcome), servicesDone, c.note, state, c.stop,
             event.ts);
        Database::run(q);
    }
    ensureVehicle(c.vehicle);
    touchContact(c.vehicle, event.ts);
    changes.stopsChanged.insert(c.stop);
    changes.routesChanged.insert(routeId);
}

void FeedStore::discardBatch()
{
    m_trail.clear();
    m_trailVehicles.clear();
    m_batchPendingAsked = false;
    m_batchNothingPending = false;
    m_latest.clear();
    m_knownVehicles.clear();
    m_batchRoutes.clear();
    m_batchStopRoutes.clear();
    m_batchClients.clear();
    m_batchProducts.clear();
}

void FeedStore::changeStatus(const Event &event, const StatusChange &s,
                             ChangeNotifier::Batch &changes)
{
    ensureVehicle(s.vehicle);
    touchContact(s.vehicle, event.ts);
    QSqlQuery &history = m_db.prepared(
        "INSERT INTO vehicle_events (event_id, vehicle_id, ts, status, note, expected_minutes)"
        " VALUES (?, ?, ?, ?, ?, ?)");
    bind(history, event.id, s.vehicle, event.ts, Domain::vehicleStatusKey(s.status), s.note,
         optionalReal(s.expectedMinutes));
    Database::run(history);
    QSqlQuery &q = m_db.prepared(
        "UPDATE vehicles SET status = ?, status_ts = ?, status_note = ?, expected_minutes = ?"
        " WHERE id = ? AND status_ts <= ?");
    bind(q, Domain::vehicleStatusKey(s.status), event.ts, s.note, optionalReal(s.expectedMinutes),
         s.vehicle, event.ts);
    Database::run(q);
    changes.vehiclesChanged.insert(s.vehicle);
}

void FeedStore::addReview(const Review &r, ChangeNotifier::Batch &changes)
{
    QSqlQuery &q = m_db.prepared(
        "INSERT INTO reviews (id, stop_id, score, comment, language, channel, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
    bind(q, r.id, r.stopId, r.score, r.comment, r.language, r.channel, r.receivedAt);
    Database::run(q);
    if (q.numRowsAffected() > 0)
        changes.reviewsAdded.insert(r.id);
}

void FeedStore::addWarning(const Event &event, const WeatherWarning &w,
                           ChangeNotifier::Batch &changes)
{
    QSqlQuery &q = m_db.prepared(
        "INSERT INTO weather_warnings (id, kind, severity, from_ts, to_ts, area, issued_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind,"
        " severity = excluded.severity, from_ts = excluded.from_ts, to_ts = excluded.to_ts,"
        " area = excluded.area, issued_at = excluded.issued_at");
    bind(q, w.id, w.kind, w.severity, w.from, w.to, areaText(w), event.ts);
    Database::run(q);
    changes.warningsAdded.insert(w.id);
}
