#include "reviewcarddelivery.h"

#include "core/domaintext.h"
#include "core/entities.h"
#include "core/timeformat.h"
#include "replan/changeset.h"
#include "reviewlook.h"
#include "reviews/reviewhistory.h"
#include "storage/operationstore.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <exception>

namespace {

// Facts in the form do not wrap (a form squeezes wrapped labels); a long fact
// is split into lines where it is made.
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString minutesText(qint64 ms)
{
    const qint64 minutes = (ms + 30000) / 60000;
    if (minutes < 60)
        return QCoreApplication::translate("ReviewCardDelivery", "%1 min").arg(minutes);
    return QCoreApplication::translate("ReviewCardDelivery", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60);
}

QString outcomeText(const QString &key)
{
    bool ok = false;
    const Domain::Outcome outcome = Domain::outcomeFromKey(key, &ok);
    if (!ok || outcome == Domain::Outcome::None)
        return QCoreApplication::translate("ReviewCardDelivery", "not completed");
    return DomainText::outcome(outcome);
}

} // namespace

ReviewCardDelivery::ReviewCardDelivery(OperationStore &operations, ReviewHistory &history,
                                       QWidget *parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_history(history)
{
    m_facts = new QFormLayout(this);
    m_facts->setContentsMargins(0, 0, 0, 0);
    m_facts->setLabelAlignment(Qt::AlignLeft);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_facts->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_facts->setHorizontalSpacing(16);
    m_facts->setVerticalSpacing(6);
}

QLabel *ReviewCardDelivery::addFact(const QString &label, const QString &value, const QString &name)
{
    QLabel *v = valueLabel(value, this);
    v->setObjectName(name);
    m_facts->addRow(label, v);
    return v;
}

void ReviewCardDelivery::showDelivery(const ReviewRow &row)
{
    // The rows leave at once and their widgets are deleted when control
    // returns: the click that asked for another review may come from one.
    while (m_facts->rowCount() > 0) {
        const QFormLayout::TakeRowResult taken = m_facts->takeRow(0);
        for (QLayoutItem *item : {taken.labelItem, taken.fieldItem}) {
            if (!item)
                continue;
            if (QWidget *w = item->widget()) {
                w->hide();
                w->setParent(nullptr);
                w->deleteLater();
            }
            delete item;
        }
    }
    m_customerId.clear();

    std::optional<Stop> stop;
    try {
        if (!row.stopId.isEmpty()) {
            const QVector<Stop> stops = m_operations.stopsByIds({row.stopId});
            if (!stops.isEmpty())
                stop = stops.first();
        }
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromUtf8(e.what()));
    }

    addFact(tr("Client:"), row.clientName.isEmpty() ? tr("Unknown") : row.clientName,
            QStringLiteral("factClient"));
    if (!stop) {
        addFact(tr("Stop:"),
                row.stopId.isEmpty()
                    ? tr("No stop given")
                    : tr("%1 (not in the store: its day is not loaded)").arg(row.stopId),
                QStringLiteral("factStop"));
        return;
    }
    m_customerId = stop->customer.id;
    QString product = DomainText::productType(stop->productType);
    if (!stop->productDescription.isEmpty())
        product = tr("%1: %2").arg(product, stop->productDescription);
    if (!stop->productModel.isEmpty())
        product += QStringLiteral(" (%1)").arg(stop->productModel);
    addFact(tr("Product:"), product, QStringLiteral("factProduct"));
    addFact(tr("Customer:"), QStringLiteral("%1, %2").arg(stop->customer.name, stop->customer.city),
            QStringLiteral("factCustomer"));

    const QString window = stop->windowStart > 0 ? tr("%1, %2–%3")
                                                       .arg(ReviewLook::date(stop->windowStart),
                                                            TimeFormat::toClock(stop->windowStart),
                                                            TimeFormat::toClock(stop->windowEnd))
                                                 : tr("None promised");
    addFact(tr("Promised window:"), window, QStringLiteral("factWindow"));

    QString arrival;
    const bool late = stop->windowEnd > 0 && stop->arrivedAt > stop->windowEnd;
    if (stop->arrivedAt > 0) {
        arrival = TimeFormat::toClock(stop->arrivedAt);
        if (late)
            arrival =
                tr("%1, late by %2").arg(arrival, minutesText(stop->arrivedAt - stop->windowEnd));
        else if (stop->windowStart > 0 && stop->arrivedAt < stop->windowStart)
            arrival = tr("%1, early by %2")
                          .arg(arrival, minutesText(stop->windowStart - stop->arrivedAt));
        else if (stop->windowStart > 0)
            arrival = tr("%1, within the window").arg(arrival);
    } else {
        arrival = tr("Not arrived (planned %1)").arg(TimeFormat::toClock(stop->plannedArrival));
    }
    QLabel *arrivalLabel = addFact(tr("Actual arrival:"), arrival, QStringLiteral("factArrival"));
    arrivalLabel->setProperty("late", late);
    if (late)
        arrivalLabel->setStyleSheet(QStringLiteral("color: #C62828;"));

    addFact(tr("Services planned:"), DomainText::services(stop->services),
            QStringLiteral("factServices"));
    addFact(tr("Services done:"),
            stop->servicesDone.isEmpty() ? tr("None recorded")
                                         : DomainText::services(stop->servicesDone),
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

    QString visit =
        stop->attempt <= 1 ? tr("First visit") : tr("Return visit (attempt %1)").arg(stop->attempt);
    if (!stop->previousStop.isEmpty())
        visit = tr("%1, after %2").arg(visit, stop->previousStop);
    addFact(tr("Visit:"), visit, QStringLiteral("factVisit"));
    if (!stop->previousStop.isEmpty())
        addEarlierAttempt(stop->previousStop);

    // the route with the stop on the map
    auto *routeRow = new QWidget(this);
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
    addCrew(row);
}

void ReviewCardDelivery::addEarlierAttempt(const QString &stopId)
{
    std::optional<ReviewHistory::Attempt> earlier;
    try {
        earlier = m_history.attempt(stopId);
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromUtf8(e.what()));
    }
    if (!earlier) {
        addFact(tr("Earlier attempt:"), tr("%1 (not in the store)").arg(stopId),
                QStringLiteral("factEarlierAttempt"));
        return;
    }
    const ReviewHistory::Attempt &a = *earlier;
    const qint64 when = a.arrivedAt > 0 ? a.arrivedAt : a.windowStart;
    const QString date = when > 0 ? ReviewLook::date(when) : a.day;
    // A fact is never squeezed into a narrow form: a long one takes a second
    // line, and the buttons a row of their own.
    QString how = tr("%1 on %2: %3").arg(a.stopId, date, outcomeText(a.outcome));
    if (!a.note.isEmpty())
        how += QStringLiteral("\n“%1”").arg(a.note);
    addFact(tr("Earlier attempt:"), how, QStringLiteral("factEarlierAttempt"));

    auto *buttons = new QWidget(this);
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *show = new QPushButton(tr("Show on map"), buttons);
    show->setObjectName(QStringLiteral("openEarlierAttemptButton"));
    show->setToolTip(tr("Show the earlier attempt %1 on the map").arg(a.stopId));
    const QString earlierStop = a.stopId, earlierRoute = a.routeId;
    connect(show, &QPushButton::clicked, this,
            [this, earlierStop, earlierRoute] { Q_EMIT stopRequested(earlierStop, earlierRoute); });
    layout->addWidget(show);
    if (!a.reviewId.isEmpty()) {
        auto *review = new QPushButton(tr("Its review (%1)").arg(a.reviewScore), buttons);
        review->setObjectName(QStringLiteral("openEarlierReviewButton"));
        review->setToolTip(tr("Open review %1").arg(a.reviewId));
        const QString reviewId = a.reviewId;
        connect(review, &QPushButton::clicked, this,
                [this, reviewId] { Q_EMIT reviewRequested(reviewId); });
        layout->addWidget(review);
    }
    layout->addStretch(1);
    m_facts->addRow(QString(), buttons);

    // why it was moved: the desk's reason, else the crew's outcome says it
    QString why;
    if (!a.movedReason.isEmpty()) {
        bool ok = false;
        const Replan::Reason reason = Replan::reasonFromKey(a.movedReason, &ok);
        why = ok ? Replan::reasonText(reason) : a.movedReason;
        if (!a.movedNote.isEmpty())
            why += QStringLiteral(" — “%1”").arg(a.movedNote);
        if (!a.movedBy.isEmpty() && a.movedAt > 0)
            why += QLatin1Char('\n') +
                   tr("moved by %1, %2").arg(a.movedBy, ReviewLook::dateTime(a.movedAt));
    } else if (!a.outcome.isEmpty() && a.outcome != QLatin1String("delivered")) {
        why = tr("%1 (the crew's outcome)").arg(outcomeText(a.outcome));
    } else {
        why = tr("Not recorded");
    }
    addFact(tr("Why it was moved:"), why, QStringLiteral("factMovedReason"));
}

void ReviewCardDelivery::addCrew(const ReviewRow &row)
{
    QVector<CrewMember> crew;
    try {
        if (!row.routeId.isEmpty()) {
            const QVector<Route> routes = m_operations.routesByIds({row.routeId});
            if (!routes.isEmpty())
                crew = routes.first().crew;
        }
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromUtf8(e.what()));
    }
    // one form row per crew member: a row never holds more than one line
    bool first = true;
    for (const CrewMember &member : crew) {
        auto *line = new QWidget(this);
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        QLabel *name = valueLabel(member.name, line);
        name->setObjectName(QStringLiteral("crewMember_%1").arg(member.id));
        lineLayout->addWidget(name, 1);
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
        addFact(tr("Crew:"), tr("Not known"), QStringLiteral("factCrew"));
}
