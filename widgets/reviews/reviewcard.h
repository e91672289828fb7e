#pragma once

#include "reviews/reviewtypes.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class Clock;
namespace Notices {
class NoticeStore;
}
class OperationStore;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;
class ReviewCardDelivery;
class ReviewCardHistory;
class ReviewHistory;
class ReviewStore;
class ThemeTagger;

// One review with the whole delivery behind it: the headline with the score,
// the comment with the words that triggered each theme highlighted, the
// delivery facts, the notices sent, earlier reviews of the customer, the
// crew; and what the desk does with it: handled, star, cause, share to the
// team wall, copy, and the follow-up case of a detractor.
class ReviewCard : public QWidget
{
    Q_OBJECT
public:
    ReviewCard(ReviewStore &store, OperationStore &operations, Notices::NoticeStore *notices,
               const ThemeTagger *tagger, Clock *clock, const QString &userName,
               QWidget *parent = nullptr);
    ~ReviewCard() override;
    // Words of the inbox search, highlighted in the comment too.
    void setSearchText(const QString &text);

    // Shows a review (reads it again from the store); empty clears the card.
    void showReview(const QString &reviewId);
    void reload() { showReview(m_reviewId); }
    QString reviewId() const { return m_reviewId; }

    // The review as plain text, what "Copy as text" puts on the clipboard.
    QString asText() const;
    void copyAsText();
    void copyAsImage();

    // Actions (also behind the buttons, for the keyboard and the tests).
    void setHandled(bool handled);
    void setStarred(bool starred);
    void setCause(Reviews::Cause cause);
    bool shareToWall(const QString &note);
    bool markContacted();
    bool resolveCase(const QString &note);
    bool reopenCase();
    bool setCaseOwner(const QString &owner);
    bool linkReturnVisit(const QString &stopId);

Q_SIGNALS:
    // The desk changed the review (handled, star, cause, case, share).
    void reviewChanged(const QString &reviewId);
    void sharedToWall(const QString &reviewId);
    void crewFiguresRequested(const QString &crewId, const QString &crewName);
    void stopRequested(const QString &stopId, const QString &routeId);
    void reviewRequested(const QString &reviewId);
    void statusMessage(const QString &message);

private:
    void fillHeadline(const ReviewRow &row);
    void fillComment(const ReviewRow &row);
    void fillCase();
    void showError(const QString &message);
    bool act(const std::function<void()> &action);
    qint64 now() const;
    QDate today() const;

    ReviewStore &m_store;
    OperationStore &m_operations;
    Notices::NoticeStore *m_notices;
    const ThemeTagger *m_tagger;
    Clock *m_clock;
    QString m_user;
    std::unique_ptr<ReviewHistory> m_history;
    QString m_searchText;

    QString m_reviewId;
    std::optional<ReviewRow> m_row;
    std::optional<ReviewCase> m_case;
    QStringList m_themeTexts;

    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QToolButton *m_star = nullptr;
    QCheckBox *m_handled = nullptr;
    QLabel *m_comment = nullptr;
    QHBoxLayout *m_chips = nullptr;
    ReviewCardDelivery *m_delivery = nullptr;
    ReviewCardHistory *m_historyView = nullptr;
    QComboBox *m_cause = nullptr;
    QLineEdit *m_shareNote = nullptr;
    QPushButton *m_share = nullptr;
    QGroupBox *m_caseBox = nullptr;
    QLabel *m_caseState = nullptr;
    QLabel *m_caseDue = nullptr;
    QLineEdit *m_caseOwner = nullptr;
    QLineEdit *m_resolution = nullptr;
    QLineEdit *m_returnStop = nullptr;
    QPushButton *m_contacted = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_reopen = nullptr;
    QLabel *m_caseHistory = nullptr;
};
