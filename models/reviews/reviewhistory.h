#pragma once

#include "reviewtypes.h"

#include <QString>
#include <QVector>
#include <optional>

class Database;

// What lies behind a review besides the review itself, for its card: the
// customer's earlier reviews and the earlier attempt of a return visit (how
// it ended, why it was moved, its own review). Reads only; one per Database
// (thread).
class ReviewHistory
{
public:
    explicit ReviewHistory(Database &db);

    // The customer's reviews received before the review (`before`, `beforeId`:
    // its received_at and id), newest first, at most `limit`. Only id, stop,
    // score, comment and received_at are filled.
    QVector<ReviewRow> earlierReviewsOfCustomer(const QString &customerId, qint64 before,
                                                const QString &beforeId, int limit = 10);

    // A delivery attempt (a stop) as the card tells it.
    struct Attempt
    {
        QString stopId;
        QString routeId;
        QString day; // the route's delivery day, YYYY-MM-DD
        int attempt = 1;
        qint64 windowStart = 0;
        qint64 windowEnd = 0;
        qint64 arrivedAt = 0;
        qint64 completedAt = 0;
        QString outcome;     // feed key (not_home, ...), empty when not completed
        QString note;        // the crew's note with the outcome
        QString state;       // planned, ..., done, failed, moved
        QString movedReason; // why the desk moved it (Replan reason key), empty if not moved
        QString movedNote;
        QString movedBy;
        qint64 movedAt = 0;
        QString reviewId; // the newest review of that attempt, if any
        int reviewScore = -1;
    };
    std::optional<Attempt> attempt(const QString &stopId);

private:
    Database &m_db;
};
