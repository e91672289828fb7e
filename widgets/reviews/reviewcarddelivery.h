#pragma once

#include "reviews/reviewtypes.h"

#include <QWidget>

class OperationStore;
class QFormLayout;
class QLabel;
class ReviewHistory;

// The delivery behind a review, on its card: client, product, customer, the
// promised window against the actual arrival, services planned and done, the
// outcome, first or return visit with the earlier attempt (when, how it
// ended, why it was moved, a way to open it and its review), the route and
// the crew with a link to each member's figures.
class ReviewCardDelivery : public QWidget
{
    Q_OBJECT
public:
    ReviewCardDelivery(OperationStore &operations, ReviewHistory &history,
                       QWidget *parent = nullptr);

    // Shows the delivery of `row`'s stop (or says that the stop is unknown).
    void showDelivery(const ReviewRow &row);
    // The customer of the stop shown; empty when the stop is not in the store.
    QString customerId() const { return m_customerId; }

Q_SIGNALS:
    void crewFiguresRequested(const QString &crewId, const QString &crewName);
    void stopRequested(const QString &stopId, const QString &routeId);
    void reviewRequested(const QString &reviewId);
    // A fact could not be read; the message says which and why.
    void failed(const QString &message);

private:
    QLabel *addFact(const QString &label, const QString &value, const QString &name);
    void addEarlierAttempt(const QString &stopId);
    void addCrew(const ReviewRow &row);

    OperationStore &m_operations;
    ReviewHistory &m_history;
    QFormLayout *m_facts = nullptr;
    QString m_customerId;
};
