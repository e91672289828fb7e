// FeedStore's trail and vehicles: the positions of a batch are kept in
// memory and written in one go before it commits (flushPositions).

#include "database.h"
#include "feedstoredirect.h"
#include "sqlbind.h"

#include <algorithm>
#include <numeric>

using namespace Feed;
using SqlBind::bind;
using SqlBind::optionalReal;

namespace {

// What tells apart trail points of one vehicle at the same time (the feed
// gives times to the second): a 63-bit hash of the event id, the same on
// every run, so a re-ingest writes the same rows.
qint64 pointSeq(const QString &eventId)
{
    quint64 h = 14695981039346656037ULL; // FNV-1a
    for (QChar c : eventId) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return qint64(h & 0x7fffffffffffffffULL);
}

// Trail points written by one statement: one statement per point costs more
// than the row.
constexpr int PointsPerInsert = 64;

const QByteArray &pointRowsStatement()
{
    static const QByteArray statement = manyRowsStatement(
        "INSERT INTO positions (vehicle_id, ts, seq, lat, lon, speed_kmh, heading_deg) VALUES ",
        "(?, ?, ?, ?, ?, ?, ?)", PointsPerInsert);
    return statement;
}

constexpr const char *OnePointStatement = "INSERT INTO positions (vehicle_id, ts, seq, lat, lon,"
                                          " speed_kmh, heading_deg) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr const char *MoveStatement =
    "UPDATE vehicles SET lat = ?, lon = ?, speed_kmh = ?, heading_deg = ?, accuracy_m = ?,"
    " position_ts = ? WHERE id = ? AND position_ts <= ?";
constexpr const char *ContactStatement =
    "UPDATE vehicles SET last_contact_ts = ? WHERE id = ? AND last_contact_ts < ?";
// Usually a vehicle's newest news is its newest position: one statement
// moves it and keeps the contact time, unless the store already has a
// newer position.
constexpr const char *MoveAndContactStatement =
    "UPDATE vehicles SET lat = ?, lon = ?, speed_kmh = ?, heading_deg = ?, accuracy_m = ?,"
    " position_ts = ?, last_contact_ts = CASE WHEN last_contact_ts < ? THEN ?"
    " ELSE last_contact_ts END WHERE id = ? AND position_ts <= ?";

} // namespace

void FeedStore::addPosition(const Event &event, const Position &p, ChangeNotifier::Batch &changes)
{
    ensureVehicle(p.vehicle);
    // The trail is written in flushPositions(), in one go per batch.
    Latest &latest = m_latest[p.vehicle];
    if (latest.trailVehicle < 0) {
        latest.trailVehicle = int(m_trailVehicles.size());
        m_trailVehicles.append(p.vehicle);
    }
    m_trail.append({event.ts, pointSeq(event.id), latest.trailVehicle, p});
    latest.contact = qMax(latest.contact, event.ts);
    if (event.ts >= latest.ts) {
        latest.ts = event.ts;
        latest.position = p;
    }
    changes.vehiclesMoved.insert(p.vehicle);
}

void FeedStore::flushPositions()
{
    // The batch's trail points, ordered by vehicle and time: rows that go to
    // the same place of the (vehicle, time) index are written together.
    // (The vehicles are ranked once, so the points compare numbers.)
    QVector<int> byName(m_trailVehicles.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(),
              [this](int a, int b) { return m_trailVehicles.at(a) < m_trailVehicles.at(b); });
    QVector<int> rank(byName.size());
    for (int i = 0; i < byName.size(); ++i)
        rank[byName.at(i)] = i;
    std::stable_sort(m_trail.begin(), m_trail.end(),
                     [&rank](const TrailPoint &a, const TrailPoint &b) {
                         const int ra = rank.at(a.vehicle), rb = rank.at(b.vehicle);
                         return ra != rb ? ra < rb : a.ts < b.ts;
                     });
    if (m_direct)
        writeTrailDirect();
    else
        writeTrail();
    m_trail.clear();
    m_trailVehicles.clear();
    if (m_direct)
        moveVehiclesDirect();
    else
        moveVehicles();
    m_latest.clear();
    m_batchRoutes.clear();
    m_batchStopRoutes.clear();
    m_batchClients.clear();
    m_batchProducts.clear();
    m_batchPendingAsked = false;
    m_batchNothingPending = false;
}

void FeedStore::writeTrail()
{
    qsizetype next = 0;
    const qsizetype count = m_trail.size();
    if (count - next >= PointsPerInsert) {
        QSqlQuery &many = m_db.prepared(pointRowsStatement().constData());
        for (; count - next >= PointsPerInsert; next += PointsPerInsert) {
            for (int i = 0; i < PointsPerInsert; ++i) {
                const TrailPoint &t = m_trail.at(next + i);
                const Position &p = t.position;
                SqlBind::bindFrom(many, i * 7, p.vehicle, t.ts, t.seq, p.lat, p.lon,
                                  optionalReal(p.speedKmh), optionalReal(p.headingDeg));
            }
            Database::run(many);
        }
    }
    if (next < count) {
        QSqlQuery &one = m_db.prepared(OnePointStatement);
        for (; next < count; ++next) {
            const TrailPoint &t = m_trail.at(next);
            const Position &p = t.position;
            bind(one, p.vehicle, t.ts, t.seq, p.lat, p.lon, optionalReal(p.speedKmh),
                 optionalReal(p.headingDeg));
            Database::run(one);
        }
    }
}

void FeedStore::writeTrailDirect()
{
    auto bindPoint = [](SqliteStatement &q, int at, const TrailPoint &t) {
        const Position &p = t.position;
        q.bindText(at, p.vehicle);
        q.bindInteger(at + 1, t.ts);
        q.bindInteger(at + 2, t.seq);
        q.bindReal(at + 3, p.lat);
        q.bindReal(at + 4, p.lon);
        q.bindOptionalReal(at + 5, p.speedKmh);
        q.bindOptionalReal(at + 6, p.headingDeg);
    };
    qsizetype next = 0;
    const qsizetype count = m_trail.size();
    if (count - next >= PointsPerInsert) {
        SqliteStatement &many =
            m_direct->get(m_direct->pointRows, pointRowsStatement().constData());
        for (; count - next >= PointsPerInsert; next += PointsPerInsert) {
            for (int i = 0; i < PointsPerInsert; ++i)
                bindPoint(many, i * 7, m_trail.at(next + i));
            many.run();
        }
    }
    if (next < count) {
        SqliteStatement &one = m_direct->get(m_direct->onePoint, OnePointStatement);
        for (; next < count; ++next) {
            bindPoint(one, 0, m_trail.at(next));
            one.run();
        }
    }
}

void FeedStore::moveVehicles()
{
    QSqlQuery &move = m_db.prepared(MoveStatement);
    QSqlQuery &contact = m_db.prepared(ContactStatement);
    QSqlQuery &moveAndContact = m_db.prepared(MoveAndContactStatement);
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it) {
        const Latest &l = it.value();
        if (l.ts >= 0 && l.contact == l.ts) {
            bind(moveAndContact, l.position.lat, l.position.lon, optionalReal(l.position.speedKmh),
                 optionalReal(l.position.headingDeg), optionalReal(l.position.accuracyM), l.ts,
                 l.contact, l.contact, it.key(), l.ts);
            Database::run(moveAndContact);
            if (moveAndContact.numRowsAffected() > 0)
                continue;
        } else if (l.ts >= 0) {
            bind(move, l.position.lat, l.position.lon, optionalReal(l.position.speedKmh),
                 optionalReal(l.position.headingDeg), optionalReal(l.position.accuracyM), l.ts,
                 it.key(), l.ts);
            Database::run(move);
        }
        bind(contact, l.contact, it.key(), l.contact);
        Database::run(contact);
    }
}

void FeedStore::moveVehiclesDirect()
{
    SqliteStatement &move = m_direct->get(m_direct->move, MoveStatement);
    SqliteStatement &contact = m_direct->get(m_direct->contact, ContactStatement);
    SqliteStatement &moveAndContact =
        m_direct->get(m_direct->moveAndContact, MoveAndContactStatement);
    auto bindPosition = [](SqliteStatement &q, const Position &p) {
        q.bindReal(0, p.lat);
        q.bindReal(1, p.lon);
        q.bindOptionalReal(2, p.speedKmh);
        q.bindOptionalReal(3, p.headingDeg);
        q.bindOptionalReal(4, p.accuracyM);
    };
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it) {
        const Latest &l = it.value();
        if (l.ts >= 0 && l.contact == l.ts) {
            bindPosition(moveAndContact, l.position);
            moveAndContact.bindInteger(5, l.ts);
            moveAndContact.bindInteger(6, l.contact);
            moveAndContact.bindInteger(7, l.contact);
            moveAndContact.bindText(8, it.key());
            moveAndContact.bindInteger(9, l.ts);
            if (moveAndContact.run() > 0)
                continue;
        } else if (l.ts >= 0) {
            bindPosition(move, l.position);
            move.bindInteger(5, l.ts);
            move.bindText(6, it.key());
            move.bindInteger(7, l.ts);
            move.run();
        }
        contact.bindInteger(0, l.contact);
        contact.bindText(1, it.key());
        contact.bindInteger(2, l.contact);
        contact.run();
    }
}
