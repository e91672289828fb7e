#include "reviewcard.h"

#include "core/clock.h"
#include "core/domaintext.h"
#include "core/entities.h"
#include "core/timeformat.h"
#include "notices/incident.h"
#include "notices/noticestore.h"
#include "reviewlook.h"
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

namespace {

// Facts in the form do not wrap (a form squeezes wrapped labels); long facts
// are split into lines where they are made. Sections below the form wrap.
QLabel *valueLabel(const QString &text, QWidget *parent, bool wrap = false)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString minutesText(qint64 ms)
{
    const qint64 minutes = (ms + 30000) / 60000;
    if (minutes < 60)
        return QCoreApplication::translate("ReviewCard", "%1 min").arg(minutes);
    return QCoreApplication::translate("ReviewCard", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60);
}

} // namespace

ReviewCard::ReviewCard(ReviewStore &store, OperationStore &operations, Notices::NoticeStore *notices,
                       const ThemeTagger *tagger, Clock *clock, const QString &userName,
                       QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_operations(operations)
    , m_notices(notices)
    , m_tagger(tagger)
    , m_clock(clock)
    , m_user(userName)
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
    m_comment->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 1px solid"
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
    layout->addWidget(sectionTitle(tr("Delivery")));
    m_facts = new QFormLayout;
    m_facts->setLabelAlignment(Qt::AlignLeft);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_facts->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_facts->setHorizontalSpacing(16);
    m_facts->setVerticalSpacing(6);
    layout->addLayout(m_facts);

    layout->addWidget(sectionTitle(tr("Notices sent")));
    m_noticesBox = new QVBoxLayout;
    layout->addLayout(m_noticesBox);
    layout->addWidget(sectionTitle(tr("Earlier reviews from this customer")));
    m_earlierBox = new QVBoxLayout;
    layout->addLayout(m_earlierBox);

    // --- acting on it
    layout->addWidget(sectionTitle(tr("Actions")));
    auto *actions = new QFormLayout;
    actions->setHorizontalSpacing(16);
    actions->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_cause = new QComboBox(m_content);
    m_cause->setObjectName(QStringLiteral("causeCombo"));
    for (Reviews::Cause cause : {Reviews::Cause::Unknown, Reviews::Cause::Delivery,
                                 Reviews::Cause::PlanningCommunication, Reviews::Cause::Client})
        m_cause->addItem(cause == Reviews::Cause::Unknown ? tr("Not set") : Reviews::causeText(cause),
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

QLabel *ReviewCard::sectionTitle(const QString &text)
{
    auto *label = new QLabel(text, m_content);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("QLabel { border-bottom: 1px solid palette(mid);"
                                        " padding-top: 8px; padding-bottom: 2px; }"));
    return label;
}

void ReviewCard::clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Out of the tree at once (a button may be deleting itself from
            // its own click), deleted when control returns.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        else if (QLayout *child = item->layout())
            clearLayout(child);
        delete item;
    }
}

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
    m_customerId.clear();
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
    fillDelivery(*m_row); // finds the customer, before the comment's earlier reviews
    fillComment(*m_row);
    fillCase();
}

void ReviewCard::fillHeadline(const ReviewRow &row)
{
    const Reviews::ScoreBand band = Reviews::bandOf(row.score);
    m_score->setText(QString::number(row.score));
    m_score->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px;"
                                          " padding: 4px 12px; }")
                               .arg(ReviewLook::bandColor(band).name()));
    m_title->setText(tr("%1 · %2").arg(Reviews::bandText(band), ReviewLook::dateTime(row.receivedAt)));
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

    clearLayout(m_chips);
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

void ReviewCard::fillDelivery(const ReviewRow &row)
{
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    clearLayout(m_noticesBox);
    clearLayout(m_earlierBox);

    auto addFact = [this](const QString &label, const QString &value, const QString &name) {
        QLabel *v = valueLabel(value, m_content);
        v->setObjectName(name);
        m_facts->addRow(label, v);
        return v;
    };

    std::optional<Stop> stop;
    QVector<CrewMember> crew;
    try {
        if (!row.stopId.isEmpty()) {
            const QVector<Stop> stops = m_operations.stopsByIds({row.stopId});
            if (!stops.isEmpty())
                stop = stops.first();
        }
        if (!row.routeId.isEmpty()) {
            const QVector<Route> routes = m_operations.routesByIds({row.routeId});
            if (!routes.isEmpty())
                crew = routes.first().crew;
        }
    } catch (const std::exception &e) {
        showError(QString::fromUtf8(e.what()));
    }

    addFact(tr("Client:"), row.clientName.isEmpty() ? tr("Unknown") : row.clientName,
            QStringLiteral("factClient"));
    if (!stop) {
        addFact(tr("Stop:"),
                row.stopId.isEmpty() ? tr("No stop given")
                                     : tr("%1 (not in the store: its day is not loaded)").arg(row.stopId),
                QStringLiteral("factStop"));
        auto *none = valueLabel(tr("No delivery facts for this review."), m_content, true);
        none->setStyleSheet(QStringLiteral("color: palette(dark);"));
        m_noticesBox->addWidget(none);
        return;
    }
    m_customerId = stop->customer.id;
    QString product = DomainText::productType(stop->productType);
    if (!stop->productDescription.isEmpty())
        product = tr("%1: %2").arg(product, stop->productDescription);
    if (!stop->productModel.isEmpty())
        product += QStringLiteral(" (%1)").arg(stop->productModel);
    addFact(tr("Product:"), product, QStringLiteral("factProduct"));
    addFact(tr("Customer:"),
            QStringLiteral("%1, %2").arg(stop->customer.name, stop->customer.city),
            QStringLiteral("factCustomer"));

    const QString window = stop->windowStart > 0
                               ? tr("%1, %2–%3")
                                     .arg(ReviewLook::date(stop->windowStart),
                                          TimeFormat::toClock(stop->windowStart),
                                          TimeFormat::toClock(stop->windowEnd))
                               : tr("None promised");
    addFact(tr("Promised window:"), window, QStringLiteral("factWindow"));

    QString arrival;
    if (stop->arrivedAt > 0) {
        arrival = TimeFormat::toClock(stop->arrivedAt);
        if (stop->windowEnd > 0 && stop->arrivedAt > stop->windowEnd)
            arrival = tr("%1, late by %2").arg(arrival, minutesText(stop->arrivedAt - stop->windowEnd));
        else if (stop->windowStart > 0 && stop->arrivedAt < stop->windowStart)
            arrival = tr("%1, early by %2")
                          .arg(arrival, minutesText(stop->windowStart - stop->arrivedAt));
        else if (stop->windowStart > 0)
            arrival = tr("%1, within the window").arg(arrival);
    } else {
        arrival = tr("Not arrived (planned %1)").arg(TimeFormat::toClock(stop->plannedArrival));
    }
    QLabel *arrivalLabel = addFact(tr("Actual arrival:"), arrival, QStringLiteral("factArrival"));
    if (stop->windowEnd > 0 && stop->arrivedAt > stop->windowEnd)
        arrivalLabel->setStyleSheet(QStringLiteral("color: #C62828;"));

    addFact(tr("Services planned:"), DomainText::services(stop->services), QStringLiteral("factServices"));
    addFact(tr("Services done:"),
            stop->servicesDone.isEmpty() ? tr("None recorded") : DomainText::services(stop->servicesDone),
            QStringLiteral("factServicesDone"));
    QString outcome = stop->outcome == Domain::Outcome::None ? tr("Not completed")
                                                             : DomainText::outcome(stop->outcome);
    if (stop->completedAt > 0)
        outcome = tr("%1 at %2").arg(outcome, TimeFormat::toClock(stop->completedAt));
    if (!stop->note.isEmpty())
        outcome += QStringLiteral(" — “%1”").arg(stop->note);
    QLabel *outcomeLabel = addFact(tr("Outcome:"), outcome, QStringLiteral("factOutcome"));
    if (Domain::isFailure(stop->outcome))
        outcomeLabel->setStyleSheet(QStringLiteral("color: #C62828;"));

    QString visit = stop->attempt <= 1 ? tr("First visit") : tr("Return visit (attempt %1)").arg(stop->attempt);
    if (!stop->previousStop.isEmpty()) {
        QString earlier = stop->previousStop;
        try {
            const QVector<Stop> previous = m_operations.stopsByIds({stop->previousStop});
            if (!previous.isEmpty()) {
                const Stop &p = previous.first();
                earlier = tr("%1 on %2: %3")
                              .arg(p.id, ReviewLook::date(p.windowStart > 0 ? p.windowStart : p.plannedArrival),
                                   p.outcome == Domain::Outcome::None ? tr("not completed")
                                                                      : DomainText::outcome(p.outcome));
            }
        } catch (const std::exception &) {
        }
        visit = tr("%1; earlier attempt %2").arg(visit, earlier);
    }
    addFact(tr("Visit:"), visit, QStringLiteral("factVisit"));
    // the route with the stop on the map, the crew with their figures
    auto *routeRow = new QWidget(m_content);
    auto *routeLayout = new QHBoxLayout(routeRow);
    routeLayout->setContentsMargins(0, 0, 0, 0);
    QLabel *routeText =
        valueLabel(tr("%1, stop %2 (%3)").arg(row.routeId).arg(stop->seq).arg(stop->id), routeRow);
    routeText->setObjectName(QStringLiteral("factRoute"));
    routeLayout->addWidget(routeText, 1);
    auto *map = new QPushButton(tr("Show stop on map"), routeRow);
    map->setObjectName(QStringLiteral("showStopButton"));
    const QString stopId = stop->id, routeId = stop->routeId;
    connect(map, &QPushButton::clicked, this,
            [this, stopId, routeId] { Q_EMIT stopRequested(stopId, routeId); });
    routeLayout->addWidget(map);
    m_facts->addRow(tr("Route:"), routeRow);

    // one form row per crew member: a row never holds more than one line
    bool first = true;
    for (const CrewMember &member : crew) {
        auto *line = new QWidget(m_content);
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        lineLayout->addWidget(valueLabel(member.name, line), 1);
        auto *button = new QPushButton(tr("Crew figures"), line);
        button->setObjectName(QStringLiteral("crewFigures_%1").arg(member.id));
        button->setToolTip(tr("Open the figures of %1").arg(member.name));
        const QString id = member.id, memberName = member.name;
        connect(button, &QPushButton::clicked, this,
                [this, id, memberName] { Q_EMIT crewFiguresRequested(id, memberName); });
        lineLayout->addWidget(button);
        m_facts->addRow(first ? tr("Crew:") : QString(), line);
        first = false;
    }
    if (crew.isEmpty())
        m_facts->addRow(tr("Crew:"), valueLabel(tr("Not known"), m_content));

    // notices sent for the stop
    if (!m_notices) {
        auto *none = valueLabel(tr("Notices are not available in this store."), m_content, true);
        none->setObjectName(QStringLiteral("noticesNone"));
        m_noticesBox->addWidget(none);
    } else {
        QStringList lines;
        try {
            for (const Notices::NoticeLogEntry &entry : m_notices->logOfStop(stop->id)) {
                if (entry.event != QLatin1String("sent") && entry.event != QLatin1String("failed"))
                    continue;
                QString text;
                if (const auto message = m_notices->message(entry.messageId))
                    text = message->text;
                lines << tr("%1 — %2 %3: %4")
                             .arg(ReviewLook::dateTime(entry.at), entry.event,
                                  entry.incidentId, text.isEmpty() ? entry.detail : text);
            }
        } catch (const std::exception &) {
            lines.clear();
            lines << tr("Notices could not be read.");
        }
        auto *label = valueLabel(lines.isEmpty() ? tr("No notices were sent for this stop.")
                                                 : lines.join(QLatin1Char('\n')),
                                 m_content, true);
        label->setObjectName(QStringLiteral("noticesList"));
        m_noticesBox->addWidget(label);
    }

    // earlier reviews of the same customer
    if (!m_earlier) {
        auto *none = valueLabel(tr("Not available: the store offers no lookup of reviews by customer."),
                                m_content, true);
        none->setObjectName(QStringLiteral("earlierNone"));
        none->setStyleSheet(QStringLiteral("color: palette(dark);"));
        m_earlierBox->addWidget(none);
    } else {
        QVector<ReviewRow> earlier;
        try {
            earlier = m_earlier(m_customerId, row.receivedAt);
        } catch (const std::exception &) {
        }
        if (earlier.isEmpty()) {
            m_earlierBox->addWidget(valueLabel(tr("None: this is the customer's first review."), m_content, true));
        }
        for (const ReviewRow &r : earlier) {
            auto *button = new QPushButton(
                tr("%1 · %2 · %3").arg(r.score).arg(ReviewLook::date(r.receivedAt),
                                                    r.comment.left(60)),
                m_content);
            button->setFlat(true);
            button->setStyleSheet(QStringLiteral("text-align: left; color: %1;")
                                      .arg(ReviewLook::scoreColor(r.score).name()));
            const QString id = r.id;
            connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT reviewRequested(id); });
            m_earlierBox->addWidget(button);
        }
    }
}

void ReviewCard::fillCase()
{
    const bool detractor = m_row && Reviews::isDetractor(m_row->score);
    m_caseBox->setVisible(m_case.has_value() || detractor);
    if (!m_case) {
        m_caseState->setText(tr("No case opened yet"));
        m_caseDue->clear();
        for (QWidget *w : {static_cast<QWidget *>(m_contacted), static_cast<QWidget *>(m_resolve),
                           static_cast<QWidget *>(m_reopen), static_cast<QWidget *>(m_caseOwner),
                           static_cast<QWidget *>(m_resolution), static_cast<QWidget *>(m_returnStop)})
            w->setEnabled(false);
        return;
    }
    const ReviewCase &c = *m_case;
    m_caseState->setText(Reviews::caseStateText(c.state));
    m_caseState->setProperty("stateKey", Reviews::caseStateKey(c.state));
    const bool overdue = c.isOverdue(today());
    m_caseDue->setText(overdue ? tr("%1 — overdue").arg(QLocale().toString(c.dueDate, QLocale::ShortFormat))
                               : QLocale().toString(c.dueDate, QLocale::ShortFormat));
    m_caseDue->setProperty("overdue", overdue);
    m_caseDue->setStyleSheet(overdue ? QStringLiteral("QLabel { color: #C62828; font-weight: bold; }")
                                     : QString());
    m_caseBox->setStyleSheet(overdue ? QStringLiteral("QGroupBox { border: 2px solid #C62828;"
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
                 .arg(Reviews::bandText(Reviews::bandOf(r.score)), ReviewLook::dateTime(r.receivedAt));
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
