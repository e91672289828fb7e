#include "rescheduledialog.h"

#include "core/timeformat.h"
#include "storage/operationstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace {

enum SlotColumn { DayOrRoute, SlotWindow, SlotArrival, SlotAdded };

QString dayText(const QString &day)
{
    return QLocale().toString(QDate::fromString(day, Qt::ISODate), QStringLiteral("ddd d MMM"));
}

QTime clockTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, TimeFormat::companyZone()).time();
}

// What kept the stops from their visit, when the feed says so: what the crew
// reported at the door, or their van's breakdown. A stop not visited yet (a
// late one, from an alert) starts at "Other", not at a guess that would stay
// on the stop and its return visit when the dispatcher does not look.
Replan::Reason likelyReason(OperationStore &store, const QVector<Stop> &stops)
{
    QStringList routeIds;
    for (const Stop &s : stops)
        if (!s.routeId.isEmpty() && !routeIds.contains(s.routeId))
            routeIds.append(s.routeId);
    QHash<QString, QString> vehicleOf;
    for (const Route &r : store.routesByIds(routeIds))
        vehicleOf.insert(r.id, r.vehicleId);
    QSet<QString> brokenDown;
    for (const Vehicle &v : store.vehicles(vehicleOf.values()))
        if (v.status == Domain::VehicleStatus::Breakdown)
            brokenDown.insert(v.id);
    std::optional<Replan::Reason> common;
    for (const Stop &s : stops) {
        Replan::Reason reason = Replan::Reason::Other;
        if (s.outcome == Domain::Outcome::NotHome)
            reason = Replan::Reason::NotHome;
        else if (s.outcome == Domain::Outcome::WrongProduct)
            reason = Replan::Reason::WrongProduct;
        else if (s.arrivedAt == 0 && brokenDown.contains(vehicleOf.value(s.routeId)))
            reason = Replan::Reason::Breakdown;
        if (common && *common != reason)
            return Replan::Reason::Other; // stops that differ: the dispatcher says why
        common = reason;
    }
    return common.value_or(Replan::Reason::Other);
}

} // namespace

RescheduleDialog::RescheduleDialog(Database &db, const QStringList &stopIds, qint64 now,
                                   QWidget *parent)
    : QDialog(parent)
    , m_now(now)
{
    setWindowTitle(tr("Reschedule to another day"));
    OperationStore store(db);
    m_stops = store.stopsByIds(stopIds);
    m_slots = Replan::SlotFinder::find(store, stopIds, now);

    auto *stopsLabel = new QLabel(this);
    stopsLabel->setWordWrap(true);
    stopsLabel->setTextFormat(Qt::PlainText);
    QStringList lines;
    for (const Stop &s : m_stops)
        lines.append(tr("%1  %2, %3  (window %4\u2013%5 on %6)")
                         .arg(s.id, s.customer.name, s.customer.city,
                              TimeFormat::toClock(s.windowStart), TimeFormat::toClock(s.windowEnd),
                              dayText(TimeFormat::toDay(s.windowStart))));
    stopsLabel->setText(lines.join(QLatin1Char('\n')));

    m_reason = new QComboBox(this);
    for (Replan::Reason r : Replan::allReasons())
        m_reason->addItem(Replan::reasonText(r), int(r));
    m_reason->setToolTip(tr("Why the stop is not visited as planned; kept with the stop and "
                            "shown on the return visit"));
    setReason(likelyReason(store, m_stops));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("What went wrong, what the customer asked"));
    m_note->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);

    m_suggested = new QRadioButton(tr("&Suggested slot"), this);
    m_suggested->setToolTip(tr("Routes of the hub on the coming working days that have room, "
                               "cheapest first; days without such a route offer the usual "
                               "windows, to be planned"));
    m_slotTree = new QTreeWidget(this);
    m_slotTree->setHeaderLabels({tr("Day / route"), tr("Window"), tr("Arrival"), tr("+min")});
    m_slotTree->headerItem()->setToolTip(SlotAdded,
                                         tr("Driving minutes the stop adds to the route"));
    m_slotTree->headerItem()->setTextAlignment(SlotArrival, Qt::AlignRight | Qt::AlignVCenter);
    m_slotTree->headerItem()->setTextAlignment(SlotAdded, Qt::AlignRight | Qt::AlignVCenter);
    m_slotTree->setUniformRowHeights(true);
    m_slotTree->setAlternatingRowColors(true);
    m_slotTree->header()->setStretchLastSection(false);
    m_slotTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_slotTree->header()->setSectionResizeMode(DayOrRoute, QHeaderView::Stretch);
    m_slotTree->setMinimumHeight(220);
    fillSlots();

    m_custom = new QRadioButton(tr("&Own day and window"), this);
    m_day = new QDateEdit(this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    const QDate today = QDate::fromString(TimeFormat::toDay(now), Qt::ISODate);
    m_day->setMinimumDate(today.addDays(1));
    m_day->setDate(m_slots.isEmpty() ? today.addDays(1)
                                     : QDate::fromString(m_slots.first().day, Qt::ISODate));
    m_from = new QTimeEdit(this);
    m_to = new QTimeEdit(this);
    for (QTimeEdit *t : {m_from, m_to})
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    m_from->setTime(m_stops.isEmpty() ? QTime(8, 0) : clockTime(m_stops.first().windowStart));
    m_to->setTime(m_stops.isEmpty() ? QTime(10, 0) : clockTime(m_stops.first().windowEnd));
    auto *customRow = new QHBoxLayout;
    customRow->addWidget(m_custom);
    customRow->addWidget(m_day);
    customRow->addWidget(new QLabel(tr("from"), this));
    customRow->addWidget(m_from);
    customRow->addWidget(new QLabel(tr("to"), this));
    customRow->addWidget(m_to);
    customRow->addStretch();

    auto *where = new QGroupBox(tr("New day and window"), this);
    auto *whereLayout = new QVBoxLayout(where);
    whereLayout->addWidget(m_suggested);
    whereLayout->addWidget(m_slotTree);
    whereLayout->addLayout(customRow);

    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Reschedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RescheduleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stopsLabel);
    layout->addLayout(form);
    layout->addWidget(where, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    m_suggested->setChecked(true);
    connect(m_suggested, &QRadioButton::toggled, this, &RescheduleDialog::updateState);
    connect(m_slotTree, &QTreeWidget::currentItemChanged, this, [this] {
        m_suggested->setChecked(true);
        updateState();
    });
    connect(m_slotTree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(DayOrRoute, Qt::UserRole).isValid())
            accept();
    });
    for (QWidget *w : std::initializer_list<QWidget *>{m_day, m_from, m_to}) {
        connect(qobject_cast<QDateTimeEdit *>(w), &QDateTimeEdit::dateTimeChanged, this, [this] {
            m_custom->setChecked(true);
            updateState();
        });
    }
    selectSlot(preferredSlot());
    m_slotTree->setFocus();
    resize(720, 560);
}

void RescheduleDialog::fillSlots()
{
    m_slotTree->clear();
    QTreeWidgetItem *day = nullptr;
    for (int i = 0; i < m_slots.size(); ++i) {
        const Replan::Slot &slot = m_slots.at(i);
        if (!day || day->data(DayOrRoute, Qt::UserRole + 1).toString() != slot.day) {
            day = new QTreeWidgetItem(m_slotTree, {dayText(slot.day)});
            day->setData(DayOrRoute, Qt::UserRole + 1, slot.day);
            day->setFlags(Qt::ItemIsEnabled);
            QFont bold = day->font(DayOrRoute);
            bold.setBold(true);
            day->setFont(DayOrRoute, bold);
        }
        auto *item = new QTreeWidgetItem(day);
        const Replan::SlotPlace &first = slot.places.first();
        item->setData(DayOrRoute, Qt::UserRole, i);
        if (slot.toBePlanned()) {
            item->setText(DayOrRoute, tr("To be planned"));
            item->setToolTip(DayOrRoute, tr("No route of the hub has room yet on this day: the "
                                            "stop waits for the day's planning in this window"));
        } else {
            item->setText(DayOrRoute,
                          tr("Route %1 \u00b7 %2").arg(slot.routeId, slot.vehicleLabel));
            item->setText(SlotArrival, TimeFormat::toClock(first.plannedArrival));
            item->setText(SlotAdded, QStringLiteral("+%1").arg(
                                         QLocale().toString(slot.addedDrivingMin, 'f', 0)));
            QStringList where;
            for (const Replan::SlotPlace &p : slot.places)
                where.append(tr("%1 as stop %2 at %3")
                                 .arg(p.stopId)
                                 .arg(p.seq)
                                 .arg(TimeFormat::toClock(p.plannedArrival)));
            item->setToolTip(DayOrRoute, where.join(QLatin1Char('\n')));
        }
        item->setText(SlotWindow, QStringLiteral("%1\u2013%2")
                                      .arg(TimeFormat::toClock(first.windowStart),
                                           TimeFormat::toClock(first.windowEnd)));
        item->setTextAlignment(SlotArrival, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(SlotAdded, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_slotTree->expandAll();
}

int RescheduleDialog::preferredSlot() const
{
    // The cheapest route first. When the first day has no route with room
    // yet, the customer's own window on that day, rather than its earliest
    // window, so a quick Enter keeps the time of day the customer chose.
    if (m_slots.isEmpty() || !m_slots.first().toBePlanned() || m_stops.isEmpty())
        return 0;
    const QTime from = clockTime(m_stops.first().windowStart);
    const QTime to = clockTime(m_stops.first().windowEnd);
    for (int i = 0; i < m_slots.size() && m_slots.at(i).day == m_slots.first().day; ++i) {
        const Replan::SlotPlace &place = m_slots.at(i).places.first();
        if (m_slots.at(i).toBePlanned() && clockTime(place.windowStart) == from &&
            clockTime(place.windowEnd) == to)
            return i;
    }
    return 0;
}

int RescheduleDialog::selectedSlot() const
{
    const QTreeWidgetItem *item = m_slotTree->currentItem();
    if (!item)
        return -1;
    const QVariant index = item->data(DayOrRoute, Qt::UserRole);
    return index.isValid() ? index.toInt() : -1;
}

void RescheduleDialog::selectSlot(int index)
{
    for (int d = 0; d < m_slotTree->topLevelItemCount(); ++d) {
        QTreeWidgetItem *day = m_slotTree->topLevelItem(d);
        for (int c = 0; c < day->childCount(); ++c) {
            if (day->child(c)->data(DayOrRoute, Qt::UserRole).toInt() == index) {
                m_slotTree->setCurrentItem(day->child(c));
                m_suggested->setChecked(true);
                updateState();
                return;
            }
        }
    }
}

void RescheduleDialog::setCustom(const QDate &day, const QTime &from, const QTime &to)
{
    m_day->setDate(day);
    m_from->setTime(from);
    m_to->setTime(to);
    m_custom->setChecked(true);
    updateState();
}

void RescheduleDialog::setReason(Replan::Reason reason)
{
    m_reason->setCurrentIndex(m_reason->findData(int(reason)));
}

void RescheduleDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

void RescheduleDialog::updateState()
{
    QString problem;
    if (m_stops.isEmpty())
        problem = tr("None of the stops is known.");
    else if (m_suggested->isChecked() && selectedSlot() < 0)
        problem = tr("Pick a slot, or give a day and window of your own.");
    else if (m_custom->isChecked() && m_to->time() <= m_from->time())
        problem = tr("The window must end after it starts.");
    else if (m_custom->isChecked() && m_day->date().dayOfWeek() == Qt::Sunday)
        problem = tr("There are no deliveries on Sunday.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

void RescheduleDialog::accept()
{
    updateState();
    if (!m_ok->isEnabled())
        return;
    m_change = Replan::ChangeSet();
    m_change.kind = Replan::ChangeSet::Kind::Reschedule;
    m_change.reason = Replan::Reason(m_reason->currentData().toInt());
    m_change.note = m_note->text().trimmed();
    if (m_suggested->isChecked()) {
        m_change.reschedules = m_slots.at(selectedSlot()).reschedules();
    } else {
        const QString day = m_day->date().toString(Qt::ISODate);
        const QTimeZone &zone = TimeFormat::companyZone();
        for (const Stop &s : m_stops)
            m_change.reschedules.append(
                {s.id, day, QString(), 0,
                 QDateTime(m_day->date(), m_from->time(), zone).toMSecsSinceEpoch(),
                 QDateTime(m_day->date(), m_to->time(), zone).toMSecsSinceEpoch(), 0});
    }
    QDialog::accept();
}

Replan::ChangeSet RescheduleDialog::changeSet() const
{
    return m_change;
}
