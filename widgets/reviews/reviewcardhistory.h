#pragma once

#include "reviews/reviewtypes.h"

#include <QWidget>

namespace Notices {
class NoticeStore;
}
class QVBoxLayout;
class ReviewHistory;

// What came before and around a review, on its card: the overmacht notices
// sent for its stop (when, what kind of incident, the message's state) and
// the customer's earlier reviews (score, date, the start of the comment;
// a click opens that review).
class ReviewCardHistory : public QWidget
{
    Q_OBJECT
public:
    // `notices` may be null (a store without the notices outbox).
    ReviewCardHistory(Notices::NoticeStore *notices, ReviewHistory &history,
                      QWidget *parent = nullptr);

    // `stopId` and `customerId` are empty when the review's stop is unknown.
    void showHistory(const ReviewRow &row, const QString &stopId, const QString &customerId);

Q_SIGNALS:
    void reviewRequested(const QString &reviewId);
    void failed(const QString &message);

private:
    void fillNotices(const QString &stopId);
    void fillEarlierReviews(const ReviewRow &row, const QString &customerId);

    Notices::NoticeStore *m_notices;
    ReviewHistory &m_history;
    QVBoxLayout *m_noticesBox = nullptr;
    QVBoxLayout *m_earlierBox = nullptr;
};
