#include "operationstore.h"

#include "database.h"
#include "sqlbind.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

QVector<QPointF> parseGeometry(const QString &text)
{
    QVector<QPointF> points;
    if (text.isEmpty())
        return points;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    points.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonArray p = v.toArray();
        points.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
    }
    return points;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QStringList splitList(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

void runWith(QSqlQuery &query, const QStringList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    Database::run(query);
}

} // namespace

OperationStore::OperationStore(Database &db)
    : m_db(db)
{}

QStringList OperationStore::days()
{
    QSqlQuery &q = m_db.prepared("SELECT DISTINCT day FROM routes ORDER BY day DESC");
    Database::run(q);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QVector<Route> OperationStore::routes(const QString &day)
{
    return loadRoutes(QStringLiteral("r.day = ?"), {day});
}

QVector<Route> OperationStore::routesByIds(const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    return loadRoutes(QStringLiteral("r.id IN (%1)").arg(placeholders(ids.size())), ids);
}

QVector<Route> OperationStore::loadRoutes(const QString &where, const QStringList &binds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.sql(
        QStringLiteral(
            "SELECT r.id, r.day, r.hub_id, h.name, h.lat, h.lon, r.vehicle_id, v.plate,"
            " r.planned_start, r.started_at, r.finished_at, r.geometry,"
            " (SELECT count(*) FROM stops s WHERE s.route_id = r.id AND s.in_plan = 1),"
            " (SELECT count(*) FROM stops s WHERE s.route_id = r.id AND s.in_plan = 1"
            "   AND s.completed_at > 0),"
            " (SELECT count(*) FROM stops s WHERE s.route_id = r.id AND s.in_plan = 1"
            "   AND s.state = 'failed')"
            " FROM routes r JOIN hubs h ON h.id = r.hub_id JOIN vehicles v ON v.id = r.vehicle_id"
            " WHERE %1 ORDER BY r.id")
            .arg(where)));
    runWith(q, binds);
    QVector<Route> routes;
    QHash<QString, int> index;
    while (q.next()) {
        Route r;
        r.id = q.value(0).toString();
        r.date = q.value(1).toString();
        r.hub = {q.value(2).toString(), q.value(3).toString(), q.value(4).toDouble(),
                 q.value(5).toDouble()};
        r.vehicleId = q.value(6).toString();
        r.plate = q.value(7).toString();
        r.plannedStart = q.value(8).toLongLong();
        r.startedAt = q.value(9).toLongLong();
        r.finishedAt = q.value(10).toLongLong();
        r.geometry = parseGeometry(q.value(11).toString());
        r.stopCount = q.value(12).toInt();
        r.doneCount = q.value(13).toInt();
        r.failedCount = q.value(14).toInt();
        index.insert(r.id, int(routes.size()));
        routes.append(std::move(r));
    }
    if (routes.isEmpty())
        return routes;
    QSqlQuery crew(m_db.connection());
    crew.prepare(QStringLiteral("SELECT rc.route_id, c.id, c.name FROM route_crew rc"
                                " JOIN crew_members c ON c.id = rc.crew_id"
                                " JOIN routes r ON r.id = rc.route_id WHERE %1"
                                " ORDER BY rc.route_id, rc.position")
                     .arg(where));
    runWith(crew, binds);
    while (crew.next()) {
        const auto it = index.constFind(crew.value(0).toString());
        if (it != index.constEnd())
            routes[*it].crew.append({crew.value(1).toString(), crew.value(2).toString()});
    }
    return routes;
}

QVector<Stop> OperationStore::stopsOfRoute(const QString &routeId, bool includeDropped)
{
    return loadStops(includeDropped ? QStringLiteral("s.route_id = ?")
                                    : QStringLiteral("s.route_id = ? AND s.in_plan = 1"),
                     {routeId});
}

QVector<Stop> OperationStore::stopsByIds(const QStringList &ids)
{
    if (ids.isEmpty())
        return {};
    return loadStops(QStringLiteral("s.id IN (%1)").arg(placeholders(ids.size())), ids);
}

QVector<Stop> OperationStore::stopsOfDay(const QString &day)
{
    return loadStops(
        QStringLiteral("s.in_plan = 1 AND s.route_id IN (SELECT id FROM routes WHERE day = ?)"),
        {day});
}

QVector<Stop> OperationStore::loadStops(const QString &where, const QStringList &binds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral(
            "SELECT s.id, s.route_id, s.seq, s.in_plan, c.id, c.name, c.street, c.house_number,"
            " c.postcode, c.city, c.lat, c.lon, c.phone, c.email, c.language, s.client_id,"
            " cl.name, p.type, p.description, p.model, s.services, s.window_start,"
            " s.window_end, s.planned_arrival, s.service_min, s.attempt, s.previous_stop,"
            " s.arrived_at, s.completed_at, s.outcome, s.services_done, s.note, s.state"
            " FROM stops s JOIN customers c ON c.id = s.customer_id"
            " JOIN clients cl ON cl.id = s.client_id JOIN products p ON p.id = s.product_id"
            " WHERE %1 ORDER BY s.route_id, s.seq")
            .arg(where));
    runWith(q, binds);
    QVector<Stop> stops;
    while (q.next()) {
        Stop s;
        s.id = q.value(0).toString();
        s.routeId = q.value(1).toString();
        s.seq = q.value(2).toInt();
        s.inPlan = q.value(3).toInt() != 0;
        Customer &c = s.customer;
        c.id = q.value(4).toString();
        c.name = q.value(5).toString();
        c.street = q.value(6).toString();
        c.houseNumber = q.value(7).toString();
        c.postcode = q.value(8).toString();
        c.city = q.value(9).toString();
        c.lat = q.value(10).toDouble();
        c.lon = q.value(11).toDouble();
        c.phone = q.value(12).toString();
        c.email = q.value(13).toString();
        c.language = q.value(14).toString();
        s.clientId = q.value(15).toString();
        s.clientName = q.value(16).toString();
        s.productType = q.value(17).toString();
        s.productDescription = q.value(18).toString();
        s.productModel = q.value(19).toString();
        s.services = splitList(q.value(20).toString());
        s.windowStart = q.value(21).toLongLong();
        s.windowEnd = q.value(22).toLongLong();
        s.plannedArrival = q.value(23).toLongLong();
        s.serviceMin = q.value(24).toDouble();
        s.attempt = q.value(25).toInt();
        s.previousStop = q.value(26).toString();
        s.arrivedAt = q.value(27).toLongLong();
        s.completedAt = q.value(28).toLongLong();
        s.outcome = Domain::outcomeFromKey(q.value(29).toString());
        s.servicesDone = splitList(q.value(30).toString());
        s.note = q.value(31).toString();
        s.state = Domain::stopStateFromKey(q.value(32).toString());
        stops.append(std::move(s));
    }
    return stops;
}

QVector<Vehicle> OperationStore::vehicles(const QStringList &ids)
{
    QSqlQuery q(m_db.connection());
    const QString where = ids.isEmpty()
                              ? QString()
                              : QStringLiteral(" WHERE id IN (%1)").arg(placeholders(ids.size()));
    q.prepare(QStringLiteral("SELECT id, plate, lat, lon, speed_kmh, heading_deg, position_ts,"
                             " status, status_ts, expected_minutes, last_contact_ts FROM vehicles%1"
                             " ORDER BY id")
                  .arg(where));
    runWith(q, ids);
    QVector<Vehicle> out;
    while (q.next()) {
        Vehicle v;
        v.id = q.value(0).toString();
        v.plate = q.value(1).toString();
        v.lat = q.value(2).toDouble();
        v.lon = q.value(3).toDouble();
        v.speedKmh = q.value(4).isNull() ? -1 : q.value(4).toDouble();
        v.headingDeg = q.value(5).isNull() ? -1 : q.value(5).toDouble();
        v.positionTs = q.value(6).toLongLong();
        v.status = Domain::vehicleStatusFromKey(q.value(7).toString());
        v.statusTs = q.value(8).toLongLong();
        v.expectedRepairMin = q.value(9).isNull() ? 0 : q.value(9).toDouble();
        v.lastContactTs = q.value(10).toLongLong();
        out.append(std::move(v));
    }
    return out;
}

QVector<Hub> OperationStore::hubs()
{
    QSqlQuery &q = m_db.prepared("SELECT id, name, lat, lon FROM hubs ORDER BY id");
    Database::run(q);
    QVector<Hub> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(),
                    q.value(3).toDouble()});
    return out;
}

QVector<WeatherWarning> OperationStore::weatherWarnings()
{
    QSqlQuery &q = m_db.prepared(
        "SELECT id, kind, severity, from_ts, to_ts, area FROM weather_warnings ORDER BY from_ts");
    Database::run(q);
    QVector<WeatherWarning> out;
    while (q.next()) {
        WeatherWarning w;
        w.id = q.value(0).toString();
        w.kind = q.value(1).toString();
        w.severity = q.value(2).toString();
        w.from = q.value(3).toLongLong();
        w.to = q.value(4).toLongLong();
        const QJsonObject area = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        const QJsonArray box = area.value(QLatin1String("bbox")).toArray();
        if (box.size() == 4) {
            w.hasBox = true;
            w.minLon = box.at(0).toDouble();
            w.minLat = box.at(1).toDouble();
            w.maxLon = box.at(2).toDouble();
            w.maxLat = box.at(3).toDouble();
        }
        for (const QJsonValue &p : area.value(QLatin1String("postcodes")).toArray())
            w.postcodePrefixes.append(p.toString());
        out.append(std::move(w));
    }
    return out;
}

QVector<QPointF> OperationStore::trail(const QString &vehicleId, qint64 from, qint64 to)
{
    QSqlQuery &q = m_db.prepared("SELECT lon, lat FROM positions WHERE vehicle_id = ? AND ts >= ?"
                                 " AND ts <= ? ORDER BY ts");
    SqlBind::bind(q, vehicleId, from, to);
    Database::run(q);
    QVector<QPointF> out;
    while (q.next())
        out.append(QPointF(q.value(0).toDouble(), q.value(1).toDouble()));
    return out;
}

qint64 OperationStore::rejectedCount()
{
    QSqlQuery &q = m_db.prepared("SELECT count(*) FROM rejected_events");
    Database::run(q);
    const qint64 value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish(); // a statement left open would pin this connection's snapshot
    return value;
}

qint64 OperationStore::latestEventTs()
{
    QSqlQuery &q = m_db.prepared("SELECT max(ts) FROM applied_events");
    Database::run(q);
    const qint64 value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish(); // a statement left open would pin this connection's snapshot
    return value;
}
