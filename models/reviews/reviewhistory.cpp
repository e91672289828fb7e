#include "reviewhistory.h"

#include "storage/database.h"
#include "storage/sqlbind.h"

ReviewHistory::ReviewHistory(Database &db)
    : m_db(db)
{}

QVector<ReviewRow> ReviewHistory::earlierReviewsOfCustomer(const QString &customerId, qint64 before,
                                                           const QString &beforeId, int limit)
{
    QVector<ReviewRow> rows;
    if (customerId.isEmpty())
        return rows;
    // From the customer's stops (stops_customer) to their reviews
    // (reviews_stop): a handful of rows however large the store is.
    QSqlQuery &q =
        m_db.prepared("SELECT r.id, r.stop_id, r.score, r.comment, r.received_at FROM stops s"
                      " JOIN reviews r ON r.stop_id = s.id WHERE s.customer_id = ?"
                      " AND (r.received_at < ? OR (r.received_at = ? AND r.id < ?))"
                      " ORDER BY r.received_at DESC, r.id DESC LIMIT ?");
    SqlBind::bind(q, customerId, before, before, beforeId, limit);
    Database::run(q);
    while (q.next()) {
        ReviewRow row;
        row.id = q.value(0).toString();
        row.stopId = q.value(1).toString();
        row.score = q.value(2).toInt();
        row.comment = q.value(3).toString();
        row.receivedAt = q.value(4).toLongLong();
        rows.append(row);
    }
    q.finish();
    return rows;
}

std::optional<ReviewHistory::Attempt> ReviewHistory::attempt(const QString &stopId)
{
    QSqlQuery &q = m_db.prepared(
        "SELECT s.id, s.route_id, rt.day, s.attempt, s.window_start, s.window_end, s.arrived_at,"
        " s.completed_at, s.outcome, s.note, s.state, s.moved_reason, s.moved_note, s.moved_by,"
        " s.moved_at, (SELECT r.id FROM reviews r WHERE r.stop_id = s.id"
        " ORDER BY r.received_at DESC, r.id DESC LIMIT 1),"
        " (SELECT r.score FROM reviews r WHERE r.stop_id = s.id"
        " ORDER BY r.received_at DESC, r.id DESC LIMIT 1)"
        " FROM stops s LEFT JOIN routes rt ON rt.id = s.route_id WHERE s.id = ?");
    SqlBind::bind(q, stopId);
    Database::run(q);
    std::optional<Attempt> found;
    if (q.next()) {
        Attempt a;
        a.stopId = q.value(0).toString();
        a.routeId = q.value(1).toString();
        a.day = q.value(2).toString();
        a.attempt = q.value(3).toInt();
        a.windowStart = q.value(4).toLongLong();
        a.windowEnd = q.value(5).toLongLong();
        a.arrivedAt = q.value(6).toLongLong();
        a.completedAt = q.value(7).toLongLong();
        a.outcome = q.value(8).toString();
        a.note = q.value(9).toString();
        a.state = q.value(10).toString();
        a.movedReason = q.value(11).toString();
        a.movedNote = q.value(12).toString();
        a.movedBy = q.value(13).toString();
        a.movedAt = q.value(14).toLongLong();
        a.reviewId = q.value(15).toString();
        a.reviewScore = q.value(16).isNull() ? -1 : q.value(16).toInt();
        found = a;
    }
    q.finish();
    return found;
}
