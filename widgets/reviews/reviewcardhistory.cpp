#include "reviewcardhistory.h"

#include "notices/incident.h"
#include "notices/noticestore.h"
#include "reviewlook.h"
#include "reviews/reviewhistory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <exception>

namespace {

QLabel *wrapped(const QString &text, QWidget *parent, const QString &name)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setObjectName(name);
    return label;
}

QColor stateColor(Notices::MessageState state)
{
    switch (state) {
    case Notices::MessageState::Sent:
        return QColor(QStringLiteral("#2E7D32"));
    case Notices::MessageState::Failed:
        return QColor(QStringLiteral("#C62828"));
    case Notices::MessageState::Queued:
    case Notices::MessageState::Sending:
        break;
    }
    return QColor(QStringLiteral("#EF6C00"));
}

} // namespace

ReviewCardHistory::ReviewCardHistory(Notices::NoticeStore *notices, ReviewHistory &history,
                                     QWidget *parent)
    : QWidget(parent)
    , m_notices(notices)
    , m_history(history)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(ReviewLook::sectionTitle(tr("Notices sent for this stop"), this));
    m_noticesBox = new QVBoxLayout;
    layout->addLayout(m_noticesBox);
    layout->addWidget(ReviewLook::sectionTitle(tr("Earlier reviews from this customer"), this));
    m_earlierBox = new QVBoxLayout;
    m_earlierBox->setSpacing(0);
    layout->addLayout(m_earlierBox);
}

void ReviewCardHistory::showHistory(const ReviewRow &row, const QString &stopId,
                                    const QString &customerId)
{
    ReviewLook::clearLayout(m_noticesBox);
    ReviewLook::clearLayout(m_earlierBox);
    fillNotices(stopId);
    fillEarlierReviews(row, customerId);
}

void ReviewCardHistory::fillNotices(const QString &stopId)
{
    if (stopId.isEmpty()) {
        m_noticesBox->addWidget(wrapped(tr("Not known: the stop is not in the store."), this,
                                        QStringLiteral("noticesNone")));
        return;
    }
    if (!m_notices) {
        m_noticesBox->addWidget(wrapped(tr("Notices are not available in this store."), this,
                                        QStringLiteral("noticesNone")));
        return;
    }
    QVector<Notices::OutboxMessage> messages;
    try {
        messages = m_notices->messagesForStop(stopId);
    } catch (const std::exception &e) {
        m_noticesBox->addWidget(
            wrapped(tr("The notices could not be read."), this, QStringLiteral("noticesNone")));
        Q_EMIT failed(QString::fromUtf8(e.what()));
        return;
    }
    if (messages.isEmpty()) {
        m_noticesBox->addWidget(wrapped(tr("No notices were sent for this stop."), this,
                                        QStringLiteral("noticesNone")));
        return;
    }
    for (const Notices::OutboxMessage &m : messages) {
        QString kind = m.incidentId;
        try {
            if (const auto incident = m_notices->incident(m.incidentId))
                kind = Notices::kindText(incident->kind);
        } catch (const std::exception &) {
            // the incident's id says enough
        }
        const qint64 when = m.sentAt > 0 ? m.sentAt : m.createdAt;
        QString state = Notices::messageStateText(m.state);
        if (m.state == Notices::MessageState::Failed && !m.lastError.isEmpty())
            state = tr("%1 (%2)").arg(state, m.lastError);
        // when — kind — state (channel): a line a lead reads at a glance
        QLabel *line = wrapped(tr("%1 · %2 · <b style=\"color: %3\">%4</b> · %5")
                                   .arg(ReviewLook::dateTime(when), kind.toHtmlEscaped(),
                                        stateColor(m.state).name(), state.toHtmlEscaped(),
                                        m.channel.toUpper()),
                               this, QStringLiteral("noticeRow"));
        line->setTextFormat(Qt::RichText);
        line->setToolTip(m.text);
        line->setProperty("messageId", m.id);
        line->setProperty("stateKey", Notices::messageStateKey(m.state));
        m_noticesBox->addWidget(line);
    }
}

void ReviewCardHistory::fillEarlierReviews(const ReviewRow &row, const QString &customerId)
{
    if (customerId.isEmpty()) {
        m_earlierBox->addWidget(wrapped(tr("Not known: the stop is not in the store."), this,
                                        QStringLiteral("earlierNone")));
        return;
    }
    QVector<ReviewRow> earlier;
    try {
        earlier = m_history.earlierReviewsOfCustomer(customerId, row.receivedAt, row.id);
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromUtf8(e.what()));
    }
    if (earlier.isEmpty()) {
        m_earlierBox->addWidget(wrapped(tr("None: this is the customer's first review."), this,
                                        QStringLiteral("earlierNone")));
        return;
    }
    for (const ReviewRow &r : earlier) {
        QString start = r.comment.simplified();
        if (start.size() > 70)
            start = start.left(69) + QChar(0x2026);
        if (start.isEmpty())
            start = tr("(no comment)");
        auto *button = new QPushButton(
            tr("%1 · %2 · %3").arg(r.score).arg(ReviewLook::date(r.receivedAt), start), this);
        button->setObjectName(QStringLiteral("earlierReview_%1").arg(r.id));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(tr("Open review %1").arg(r.id));
        button->setStyleSheet(QStringLiteral("text-align: left; color: %1;")
                                  .arg(ReviewLook::scoreColor(r.score).name()));
        const QString id = r.id;
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT reviewRequested(id); });
        m_earlierBox->addWidget(button);
    }
}
