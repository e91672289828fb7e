#include "reviewcard.h"

#include "core/clock.h"
#include "core/domaintext.h"
#include "core/entities.h"
#include "core/timeformat.h"
#include "notices/incident.h"
#include "notices/noticestore.h"
#include "reviewcarddelivery.h"
#include "reviewcardhistory.h"
#include "reviewlook.h"
#include "reviews/reviewhistory.h"
#include "reviews/reviewstore.h"
#include "reviews/themetagger.h"
#include "storage/operationstore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <exception>

ReviewCard::ReviewCard(ReviewStore &store, OperationStore &operations,
                       Notices::NoticeStore *notices, const ThemeTagger *tagger, Clock *clock,
                       const QString &userName, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_operations(operations)
    , m_notices(notices)
    , m_tagger(tagger)
    , m_clock(clock)
    , m_user(userName)
    , m_history(std::make_unique<ReviewHistory>(store.database()))
{
    setObjectName(QStringLiteral("reviewCard"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    // The card is as tall as its content; the scroll area around it scrolls.
    outer->setSizeConstraint(QLayout::SetMinimumSize);

    m_empty = new QLabel(tr("Select a review in the inbox to read it here."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid); padding: 40px;"));
    outer->addWidget(m_empty);

    m_content = new QWidget(this);
    outer->addWidget(m_content);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    // --- headline: score badge, title, star and handled
    auto *head = new QHBoxLayout;
    head->setSpacing(12);
    m_score = ReviewLook::badge(QStringLiteral("0"), Qt::gray, m_content, 8);
    m_score->setObjectName(QStringLiteral("scoreBadge"));
    m_score->setMinimumWidth(56);
    m_score->setMinimumHeight(48);
    head->addWidget(m_score, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSize() > 0)
        titleFont.setPointSize(titleFont.pointSize() + 3);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(m_content);
    m_subtitle->setWordWrap(true);
    m_subtitle->setStyleSheet(QStringLiteral("color: palette(dark);"));
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    head->addLayout(titles, 1);
    m_star = new QToolButton(m_content);
    m_star->setObjectName(QStringLiteral("starButton"));
    m_star->setCheckable(true);
    m_star->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_star->setToolTip(tr("Star a remarkable review (S)"));
    m_star->setShortcut(QKeySequence(Qt::Key_S));
    connect(m_star, &QToolButton::clicked, this, [this](bool on) { setStarred(on); });
    m_handled = new QCheckBox(tr("Handled"), m_content);
    m_handled->setObjectName(QStringLiteral("handledCheck"));
    m_handled->setToolTip(tr("Mark the review as handled (H)"));
    m_handled->setShortcut(QKeySequence(Qt::Key_H));
    connect(m_handled, &QCheckBox::clicked, this, [this](bool on) { setHandled(on); });
    auto *toggles = new QVBoxLayout;
    toggles->addWidget(m_star, 0, Qt::AlignRight);
    toggles->addWidget(m_handled, 0, Qt::AlignRight);
    head->addLayout(toggles);
    layout->addLayout(head);

    m_error = new QLabel(m_content);
    m_error->setObjectName(QStringLiteral("cardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #B71C1C; background: #FFEBEE;"
                                          " border-radius: 4px; padding: 6px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    // --- the comment, then the themes as chips
    m_comment = new QLabel(m_content);
    m_comment->setObjectName(QStringLiteral("commentLabel"));
    m_comment->setTextFormat(Qt::RichText);
    m_comment->setWordWrap(true);
    m_comment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comment->setStyleSheet(
        QStringLiteral("QLabel { background: palette(base); border: 1px solid"
                       " palette(midlight); border-radius: 6px; padding: 10px; }"));
    QFont commentFont = m_comment->font();
    if (commentFont.pointSize() > 0)
        commentFont.setPointSize(commentFont.pointSize() + 1);
    m_comment->setFont(commentFont);
    layout->addWidget(m_comment);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(6);
    layout->addLayout(m_chips);

    // --- the delivery
    layout->addWidget(ReviewLook::sectionTitle(tr("Delivery"), m_content));
    m_delivery = new ReviewCardDelivery(m_operations, *m_history, m_content);
    connect(m_delivery, &ReviewCardDelivery::crewFiguresRequested, this,
            &ReviewCard::crewFiguresRequested);
    connect(m_delivery, &ReviewCardDelivery::stopRequested, this, &ReviewCard::stopRequested);
    connect(m_delivery, &ReviewCardDelivery::reviewRequested, this, &ReviewCard::reviewRequested);
    connect(m_delivery, &ReviewCardDelivery::failed, this, &ReviewCard::showError);
    layout->addWidget(m_delivery);
    m_historyView = new ReviewCardHistory(m_notices, *m_history, m_content);
    connect(m_historyView, &ReviewCardHistory::reviewRequested, this, &ReviewCard::reviewRequested);
    connect(m_historyView, &ReviewCardHistory::failed, this, &ReviewCard::showError);
    layout->addWidget(m_historyView);

    // --- acting on it
    layout->addWidget(ReviewLook::sectionTitle(tr("Actions"), m_content));
    auto *actions = new QFormLayout;
    actions->setHorizontalSpacing(16);
    actions->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_cause = new QComboBox(m_content);
    m_cause->setObjectName(QStringLiteral("causeCombo"));
    for (Reviews::Cause cause : {Reviews::Cause::Unknown, Reviews::Cause::Delivery,
                                 Reviews::Cause::PlanningCommunication, Reviews::Cause::Client})
        m_cause->addItem(cause == Reviews::Cause::Unknown ? tr("Not set")
                                                          : Reviews::causeText(cause),
                         int(cause));
    m_cause->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_cause, QOverload<int>::of(&QComboBox::activated), this,
            [this](int index) { setCause(Reviews::Cause(m_cause->itemData(index).toInt())); });
    actions->addRow(tr("Cause:"), m_cause);

    auto *shareRow = new QHBoxLayout;
    m_shareNote = new QLineEdit(m_content);
    m_shareNote->setObjectName(QStringLiteral("shareNote"));
    m_shareNote->setPlaceholderText(tr("Why the team should read this"));
    m_shareNote->setMaxLength(280);
    m_share = new QPushButton(tr("Share to team wall"), m_content);
    m_share->setObjectName(QStringLiteral("shareButton"));
    connect(m_share, &QPushButton::clicked, this, [this] {
        if (shareToWall(m_shareNote->text()))
            m_shareNote->clear();
    });
    connect(m_shareNote, &QLineEdit::returnPressed, m_share, &QPushButton::click);
    shareRow->addWidget(m_shareNote, 1);
    shareRow->addWidget(m_share);
    actions->addRow(tr("Team wall:"), shareRow);

    auto *copyRow = new QHBoxLayout;
    auto *copyText = new QPushButton(tr("Copy as text"), m_content);
    copyText->setObjectName(QStringLiteral("copyTextButton"));
    connect(copyText, &QPushButton::clicked, this, &ReviewCard::copyAsText);
    auto *copyImage = new QPushButton(tr("Copy as image"), m_content);
    copyImage->setObjectName(QStringLiteral("copyImageButton"));
    connect(copyImage, &QPushButton::clicked, this, &ReviewCard::copyAsImage);
    copyRow->addWidget(copyText);
    copyRow->addWidget(copyImage);
    copyRow->addStretch(1);
    actions->addRow(tr("Copy:"), copyRow);
    layout->addLayout(actions);

    // --- follow-up case (detractors)
    m_caseBox = new QGroupBox(tr("Follow-up case"), m_content);
    m_caseBox->setObjectName(QStringLiteral("caseBox"));
    auto *caseForm = new QFormLayout(m_caseBox);
    caseForm->setHorizontalSpacing(16);
    caseForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_caseState = new QLabel(m_caseBox);
    m_caseState->setObjectName(QStringLiteral("caseState"));
    caseForm->addRow(tr("State:"), m_caseState);
    m_caseDue = new QLabel(m_caseBox);
    m_caseDue->setObjectName(QStringLiteral("caseDue"));
    caseForm->addRow(tr("Due:"), m_caseDue);
    m_caseOwner = new QLineEdit(m_caseBox);
    m_caseOwner->setObjectName(QStringLiteral("caseOwner"));
    m_caseOwner->setPlaceholderText(tr("Unassigned"));
    connect(m_caseOwner, &QLineEdit::editingFinished, this, [this] {
        if (m_case && m_caseOwner->text().trimmed() != m_case->owner)
            setCaseOwner(m_caseOwner->text().trimmed());
    });
    caseForm->addRow(tr("Owner:"), m_caseOwner);
    auto *stateRow = new QHBoxLayout;
    m_contacted = new QPushButton(tr("Customer contacted"), m_caseBox);
    m_contacted->setObjectName(QStringLiteral("contactedButton"));
    connect(m_contacted, &QPushButton::clicked, this, [this] { markContacted(); });
    m_reopen = new QPushButton(tr("Reopen"), m_caseBox);
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    connect(m_reopen, &QPushButton::clicked, this, [this] { reopenCase(); });
    stateRow->addWidget(m_contacted);
    stateRow->addWidget(m_reopen);
    stateRow->addStretch(1);
    caseForm->addRow(QString(), stateRow);
    auto *resolveRow = new QHBoxLayout;
    m_resolution = new QLineEdit(m_caseBox);
    m_resolution->setObjectName(QStringLiteral("resolutionNote"));
    m_resolution->setPlaceholderText(tr("How it was put right (required)"));
    m_resolve = new QPushButton(tr("Resolve"), m_caseBox);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    connect(m_resolve, &QPushButton::clicked, this, [this] { resolveCase(m_resolution->text()); });
    resolveRow->addWidget(m_resolution, 1);
    resolveRow->addWidget(m_resolve);
    caseForm->addRow(tr("Resolution:"), resolveRow);
    auto *returnRow = new QHBoxLayout;
    m_returnStop = new QLineEdit(m_caseBox);
    m_returnStop->setObjectName(QStringLiteral("returnStop"));
    m_returnStop->setPlaceholderText(tr("Stop id of the return visit"));
    auto *link = new QPushButton(tr("Link"), m_caseBox);
    link->setObjectName(QStringLiteral("linkReturnButton"));
    connect(link, &QPushButton::clicked, this,
            [this] { linkReturnVisit(m_returnStop->text().trimmed()); });
    returnRow->addWidget(m_returnStop, 1);
    returnRow->addWidget(link);
    caseForm->addRow(tr("Return visit:"), returnRow);
    m_caseHistory = new QLabel(m_caseBox);
    m_caseHistory->setWordWrap(true);
    m_caseHistory->setStyleSheet(QStringLiteral("color: palette(dark);"));
    caseForm->addRow(QString(), m_caseHistory);
    layout->addWidget(m_caseBox);

    m_content->hide();
}

ReviewCard::~ReviewCard() = default;

qint64 ReviewCard::now() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

QDate ReviewCard::today() const
{
    return QDateTime::fromMSecsSinceEpoch(now(), TimeFormat::companyZone()).date();
}

void ReviewCard::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    if (m_row)
        fillComment(*m_row);
}

void ReviewCard::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

bool ReviewCard::act(const std::function<void()> &action)
{
    if (m_reviewId.isEmpty())
        return false;
    try {
        action();
    } catch (const std::exception &e) {
        showError(QString::fromUtf8(e.what()));
        return false;
    }
    const QString id = m_reviewId;
    showReview(id);
    Q_EMIT reviewChanged(id);
    return true;
}

void ReviewCard::showReview(const QString &reviewId)
{
    m_reviewId = reviewId;
    m_row.reset();
    m_case.reset();
    m_themeTexts.clear();
    m_error->hide();
    if (!reviewId.isEmpty()) {
        try {
            m_row = m_store.review(reviewId);
            if (m_row)
                m_case = m_store.caseForReview(reviewId);
        } catch (const std::exception &e) {
            showError(QString::fromUtf8(e.what()));
        }
    }
    if (!m_row) {
        m_content->hide();
        m_empty->show();
        return;
    }
    m_empty->hide();
    m_content->show();
    fillHeadline(*m_row);
    m_delivery->showDelivery(*m_row);
    m_historyView->showHistory(*m_row,
                               m_delivery->customerId().isEmpty() ? QString() : m_row->stopId,
                               m_delivery->customerId());
    fillComment(*m_row);
    fillCase();
}

void ReviewCard::fillHeadline(const ReviewRow &row)
{
    const Reviews::ScoreBand band = Reviews::bandOf(row.score);
    m_score->setText(QString::number(row.score));
    m_score->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px;"
                       " padding: 4px 12px; }")
            .arg(ReviewLook::bandColor(band).name()));
    m_title->setText(
        tr("%1 · %2").arg(Reviews::bandText(band), ReviewLook::dateTime(row.receivedAt)));
    QStringList sub;
    sub << tr("Review %1").arg(row.id);
    if (!row.channel.isEmpty())
        sub << row.channel;
    if (!row.language.isEmpty())
        sub << row.language.toUpper();
    if (!row.source.isEmpty())
        sub << tr("from %1").arg(row.source);
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));
    m_star->setChecked(row.starred);
    m_star->setText(row.starred ? tr("\u2605 Starred") : tr("\u2606 Star"));
    m_handled->setChecked(row.handled);
    const int causeIndex = m_cause->findData(int(row.cause));
    m_cause->setCurrentIndex(causeIndex < 0 ? 0 : causeIndex);
}

void ReviewCard::fillComment(const ReviewRow &row)
{
    QVector<ReviewLook::Run> runs;
    QStringList themes = row.themes;
    QString tone = row.tone;
    if (m_tagger && !row.comment.isEmpty()) {
        try {
            const ThemeTagging tagging = m_tagger->tag(row.comment, row.language, row.score);
            for (const ThemeHit &hit : tagging.hits) {
                if (hit.theme == ReviewThemes::Theme::Other)
                    continue;
                runs.append({hit.start, hit.length, ReviewThemes::themeKey(hit.theme)});
            }
            themes = tagging.themeKeys();
            tone = tagging.toneKey();
        } catch (const std::exception &e) {
            showError(tr("The themes could not be detected: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    if (!m_searchText.trimmed().isEmpty()) {
        for (const Reviews::TextRange &r : Reviews::highlightRanges(row.comment, m_searchText))
            runs.append({r.first, r.second, QString()});
    }
    m_comment->setText(row.comment.isEmpty()
                           ? QStringLiteral("<i>%1</i>").arg(tr("No comment, only a score."))
                           : ReviewLook::highlightedHtml(row.comment, runs));

    ReviewLook::clearLayout(m_chips);
    m_themeTexts.clear();
    for (const QString &key : themes) {
        const QString text = ReviewLook::themeText(key);
        m_themeTexts.append(text);
        QLabel *chip = ReviewLook::chip(text, ReviewLook::themeColor(key), m_content);
        chip->setObjectName(QStringLiteral("themeChip"));
        chip->setProperty("themeKey", key);
        m_chips->addWidget(chip);
    }
    if (!tone.isEmpty()) {
        QLabel *toneChip = ReviewLook::chip(tr("Tone: %1").arg(ReviewLook::toneText(tone)),
                                            ReviewLook::toneColor(tone), m_content);
        toneChip->setObjectName(QStringLiteral("toneChip"));
        toneChip->setProperty("toneKey", tone);
        m_chips->addWidget(toneChip);
    }
    m_chips->addStretch(1);
}

void ReviewCard::fillCase()
{
    const bool detractor = m_row && Reviews::isDetractor(m_row->score);
    m_caseBox->setVisible(m_case.has_value() || detractor);
    if (!m_case) {
        m_caseState->setText(tr("No case opened yet"));
        m_caseDue->clear();
        for (QWidget *w :
             {static_cast<QWidget *>(m_contacted), static_cast<QWidget *>(m_resolve),
              static_cast<QWidget *>(m_reopen), static_cast<QWidget *>(m_caseOwner),
              static_cast<QWidget *>(m_resolution), static_cast<QWidget *>(m_returnStop)})
            w->setEnabled(false);
        return;
    }
    const ReviewCase &c = *m_case;
    m_caseState->setText(Reviews::caseStateText(c.state));
    m_caseState->setProperty("stateKey", Reviews::caseStateKey(c.state));
    const bool overdue = c.isOverdue(today());
    m_caseDue->setText(
        overdue ? tr("%1 — overdue").arg(QLocale().toString(c.dueDate, QLocale::ShortFormat))
                : QLocale().toString(c.dueDate, QLocale::ShortFormat));
    m_caseDue->setProperty("overdue", overdue);
    m_caseDue->setStyleSheet(
        overdue ? QStringLiteral("QLabel { color: #C62828; font-weight: bold; }") : QString());
    m_caseBox->setStyleSheet(
        overdue ? QStringLiteral("QGroupBox { border: 2px solid #C62828;"
                                 " border-radius: 4px; margin-top: 1.2em; padding: 8px; }"
                                 " QGroupBox::title { subcontrol-origin: margin;"
                                 " left: 8px; color: #C62828; }")
                : QString());
    m_caseOwner->setEnabled(true);
    m_caseOwner->setText(c.owner);
    m_returnStop->setEnabled(true);
    m_returnStop->setText(c.returnStopId);
    const bool resolved = c.state == Reviews::CaseState::Resolved;
    m_contacted->setEnabled(c.state == Reviews::CaseState::Open);
    m_resolve->setEnabled(!resolved);
    m_resolution->setEnabled(!resolved);
    m_resolution->setText(c.resolution);
    m_reopen->setEnabled(resolved);
    m_reopen->setVisible(resolved);
    QStringList history;
    history << tr("Opened %1").arg(ReviewLook::dateTime(c.openedAt));
    if (c.contactedAt > 0)
        history << tr("contacted %1").arg(ReviewLook::dateTime(c.contactedAt));
    if (c.resolvedAt > 0)
        history << tr("resolved %1").arg(ReviewLook::dateTime(c.resolvedAt));
    m_caseHistory->setText(history.join(QStringLiteral(", ")));
}

QString ReviewCard::asText() const
{
    if (!m_row)
        return QString();
    const ReviewRow &r = *m_row;
    QStringList lines;
    lines << tr("Review %1 — score %2/10 (%3), %4")
                 .arg(r.id)
                 .arg(r.score)
                 .arg(Reviews::bandText(Reviews::bandOf(r.score)),
                      ReviewLook::dateTime(r.receivedAt));
    if (!r.comment.isEmpty())
        lines << QStringLiteral("“%1”").arg(r.comment);
    QStringList facts;
    if (!r.clientName.isEmpty())
        facts << tr("Client: %1").arg(r.clientName);
    if (!r.productType.isEmpty())
        facts << tr("Product: %1").arg(DomainText::productType(r.productType));
    if (!r.crew.isEmpty())
        facts << tr("Crew: %1").arg(r.crew);
    if (!r.stopId.isEmpty())
        facts << tr("Stop: %1").arg(r.stopId);
    if (!facts.isEmpty())
        lines << facts.join(QStringLiteral(" · "));
    if (!m_themeTexts.isEmpty())
        lines << tr("Themes: %1").arg(m_themeTexts.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

void ReviewCard::copyAsText()
{
    if (!m_row)
        return;
    QApplication::clipboard()->setText(asText());
    Q_EMIT statusMessage(tr("Review %1 copied as text.").arg(m_reviewId));
}

void ReviewCard::copyAsImage()
{
    if (!m_row)
        return;
    QApplication::clipboard()->setImage(m_content->grab().toImage());
    Q_EMIT statusMessage(tr("Review %1 copied as an image.").arg(m_reviewId));
}

void ReviewCard::setHandled(bool handled)
{
    act([&] { m_store.setHandled(m_reviewId, handled, m_user, now()); });
}

void ReviewCard::setStarred(bool starred)
{
    act([&] { m_store.setStarred(m_reviewId, starred, m_user, now()); });
}

void ReviewCard::setCause(Reviews::Cause cause)
{
    act([&] { m_store.setCause(m_reviewId, cause, m_user, now()); });
}

bool ReviewCard::shareToWall(const QString &note)
{
    const QString id = m_reviewId;
    const bool ok = act([&] { m_store.share(id, m_user, note.trimmed(), now()); });
    if (ok) {
        Q_EMIT sharedToWall(id);
        Q_EMIT statusMessage(tr("Review %1 shared to the team wall.").arg(id));
    }
    return ok;
}

bool ReviewCard::markContacted()
{
    if (!m_case)
        return false;
    const qint64 id = m_case->id;
    return act([&] { m_store.markContacted(id, m_user, now()); });
}

bool ReviewCard::resolveCase(const QString &note)
{
    if (!m_case)
        return false;
    if (note.trimmed().isEmpty()) {
        showError(tr("Write how the case was resolved before resolving it."));
        m_resolution->setFocus();
        return false;
    }
    const qint64 id = m_case->id;
    return act([&] { m_store.resolveCase(id, note.trimmed(), m_user, now()); });
}

bool ReviewCard::reopenCase()
{
    if (!m_case)
        return false;
    const qint64 id = m_case->id;
    return act([&] { m_store.reopenCase(id, m_user, now()); });
}

bool ReviewCard::setCaseOwner(const QString &owner)
{
    if (!m_case)
        return false;
    const qint64 id = m_case->id;
    return act([&] { m_store.setCaseOwner(id, owner, m_user, now()); });
}

bool ReviewCard::linkReturnVisit(const QString &stopId)
{
    if (!m_case)
        return false;
    const qint64 id = m_case->id;
    return act([&] { m_store.setReturnVisit(id, stopId, m_user, now()); });
}
