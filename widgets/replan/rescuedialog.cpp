#include "rescuedialog.h"

#include "changepreviewview.h"
#include "core/timeformat.h"
#include "replan/movepreview.h"
#include "storage/operationstore.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QColor kBroken(0xc6, 0x28, 0x28);
const QColor kKept(0x2e, 0x7d, 0x32);

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

RescueDialog::RescueDialog(Database &db, const QString &routeId, qint64 now, QWidget *parent)
    : QDialog(parent)
    , m_routeId(routeId)
    , m_db(db)
    , m_now(now)
    , m_store(std::make_unique<OperationStore>(db))
    , m_planner(std::make_unique<Replan::RescuePlanner>(*m_store, routeId, now))
{
    setWindowTitle(tr("Breakdown rescue of route %1").arg(routeId));
    for (const Stop &s : m_store->stopsByIds(m_planner->rescuedStopIds()))
        m_stopInfo.insert(s.id, s);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(
        m_planner->error().isEmpty()
            ? tr("%n stop(s) of route %1 still to visit, spread over the vans of its hub and "
                 "nearby hubs: windows kept first, then fewest stops to another day, then "
                 "the least lateness and the fewest kilometres. Change the van of any stop; "
                 "the rest follows.",
                 nullptr, int(m_planner->rescuedStopIds().size()))
                  .arg(routeId)
            : m_planner->error());

    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Stop"), tr("Customer"), tr("Window"), tr("Goes to"), tr("ETA"), tr("Window kept")});
    m_table->horizontalHeaderItem(ReceiverColumn)
        ->setToolTip(tr("The van that takes the stop today, or another day"));
    m_table->horizontalHeaderItem(EtaColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);

    m_preview = new ChangePreviewView(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rescueSummary"));
    m_summary->setWordWrap(true);
    m_stale = new QLabel(tr("A stop of a receiving van was visited while you weighed the "
                            "proposal: it is made again from there, with your choices. Check "
                            "it and commit again."),
                         this);
    m_stale->setObjectName(QStringLiteral("staleProposal"));
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("color: #c62828"));
    m_stale->hide();
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("What happened to the van (optional)"));
    m_note->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Commit rescue"));
    QPushButton *again = buttons->addButton(tr("&Propose again"), QDialogButtonBox::ResetRole);
    again->setToolTip(tr("Forget the changes made here and propose anew"));
    connect(again, &QPushButton::clicked, this, &RescueDialog::proposeAgain);
    connect(buttons, &QDialogButtonBox::accepted, this, &RescueDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_stale);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(960, 680);
    replan();
}

RescueDialog::~RescueDialog() = default;

void RescueDialog::replan()
{
    m_proposal = m_planner->propose(m_pinned);
    Replan::MovePreview preview = Replan::MovePreview::compute(*m_store, m_proposal.change, m_now);
    // The broken-down van drives no more: only the vans that help are shown.
    preview.routes.removeIf([this](const Replan::RoutePreview &r) {
        return r.routeId == m_proposal.change.sourceRouteId;
    });
    QStringList ids;
    for (const Replan::RoutePreview &r : preview.routes)
        ids += r.newStopIds;
    for (const Stop &s : m_store->stopsByIds(ids))
        m_stopInfo.insert(s.id, s);
    m_preview->setPreview(preview, m_stopInfo);
    fillTable();
    QString summary = tr("Windows kept: %1 of %2. Late today: %3 (%4 min). To another day: %5. "
                         "Added: %6 km.")
                          .arg(m_proposal.keptWindows)
                          .arg(m_proposal.rescuedStops)
                          .arg(m_proposal.lateStops)
                          .arg(QLocale().toString(m_proposal.latenessMin, 'f', 0))
                          .arg(m_proposal.rescheduled)
                          .arg(QLocale().toString(m_proposal.addedKm, 'f', 1));
    if (m_proposal.windowsBrokenElsewhere > 0)
        summary += QLatin1Char(' ') + tr("%n window(s) of the receiving vans' own stops break.",
                                         nullptr, m_proposal.windowsBrokenElsewhere);
    // The proposal keeps every crew's day; a van the dispatcher chose may not.
    const QStringList overtime = preview.routesPastWorkingDay();
    if (!overtime.isEmpty())
        summary +=
            QLatin1Char(' ') +
            tr("Back after the crew's working day: %1.").arg(overtime.join(QLatin1String(", ")));
    m_summary->setText(summary);
    m_summary->setStyleSheet(overtime.isEmpty() ? QString() : QStringLiteral("color: #c62828"));
    m_ok->setEnabled(m_planner->error().isEmpty() && !m_proposal.change.isEmpty());
    Q_EMIT previewChanged(m_proposal.change);
}

void RescueDialog::fillTable()
{
    m_filling = true;
    const QStringList &ids = m_planner->rescuedStopIds();
    m_table->setRowCount(int(ids.size()));
    // Where each stop ends and when: from the orders and the reschedules.
    QHash<QString, qint64> eta;
    for (const Replan::RouteOrder &o : m_proposal.change.orders)
        for (int i = 0; i < o.stopIds.size(); ++i)
            eta.insert(o.stopIds.at(i), o.plannedArrivals.value(i));
    QHash<QString, Replan::Reschedule> later;
    for (const Replan::Reschedule &r : m_proposal.change.reschedules)
        later.insert(r.stopId, r);
    for (int row = 0; row < ids.size(); ++row) {
        const QString &id = ids.at(row);
        const Stop s = m_stopInfo.value(id);
        m_table->setItem(row, StopColumn, readOnly(id));
        m_table->setItem(row, CustomerColumn,
                         readOnly(QStringLiteral("%1, %2").arg(s.customer.name, s.customer.city)));
        m_table->setItem(row, WindowColumn,
                         readOnly(QStringLiteral("%1\u2013%2")
                                      .arg(TimeFormat::toClock(s.windowStart),
                                           TimeFormat::toClock(s.windowEnd))));
        auto *combo = new QComboBox(m_table);
        for (const QString &routeId : m_planner->candidateRouteIds()) {
            const int van = m_planner->dayPlan().vanOfRoute(routeId);
            const QString plate =
                van >= 0 ? m_planner->dayPlan().vans().at(van).route.plate : QString();
            combo->addItem(plate.isEmpty() ? routeId : tr("%1 \u00b7 %2").arg(routeId, plate),
                           routeId);
        }
        combo->addItem(tr("Another day"), QString());
        combo->setCurrentIndex(combo->findData(m_proposal.receiverOf.value(id)));
        combo->setToolTip(m_pinned.contains(id) ? tr("Your choice") : tr("Proposed"));
        if (m_pinned.contains(id)) {
            QFont f = combo->font();
            f.setBold(true);
            combo->setFont(f);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, id, combo] {
            if (m_filling)
                return;
            // Later: re-planning refills the table and replaces this combo box.
            const QString routeId = combo->currentData().toString();
            QMetaObject::invokeMethod(
                this, [this, id, routeId] { setReceiver(id, routeId); }, Qt::QueuedConnection);
        });
        m_table->setCellWidget(row, ReceiverColumn, combo);
        QTableWidgetItem *etaItem;
        QTableWidgetItem *keptItem;
        if (later.contains(id)) {
            const Replan::Reschedule &r = later.value(id);
            etaItem = readOnly(QStringLiteral("%1 %2\u2013%3")
                                   .arg(QLocale().toString(QDate::fromString(r.day, Qt::ISODate),
                                                           QStringLiteral("ddd d MMM")),
                                        TimeFormat::toClock(r.windowStart),
                                        TimeFormat::toClock(r.windowEnd)));
            etaItem->setToolTip(r.routeId.isEmpty()
                                    ? tr("Not on a route yet: to be planned")
                                    : tr("On route %1 as stop %2").arg(r.routeId).arg(r.seq));
            keptItem = readOnly(tr("another day"));
            keptItem->setForeground(kBroken);
        } else {
            const qint64 at = eta.value(id);
            const bool ok = at <= s.windowEnd + 30 * 1000;
            etaItem = readOnly(TimeFormat::toClock(at));
            // Rounded as the summary rounds the lateness.
            keptItem = readOnly(ok ? tr("kept")
                                   : tr("late %n min", nullptr,
                                        qMax(1, qRound(double(at - s.windowEnd) / 60000.0))));
            keptItem->setForeground(ok ? kKept : kBroken);
        }
        etaItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, EtaColumn, etaItem);
        m_table->setItem(row, KeptColumn, keptItem);
    }
    m_filling = false;
}

void RescueDialog::setReceiver(const QString &stopId, const QString &routeId)
{
    m_pinned.insert(stopId, routeId);
    replan();
}

void RescueDialog::proposeAgain()
{
    m_pinned.clear();
    replan();
}

void RescueDialog::accept()
{
    if (m_proposal.change.isEmpty())
        return;
    // The feed runs on while the dispatcher weighs the proposal. A stop of a
    // receiving van visited meanwhile would make the whole commit fail and
    // lose the choices made here: plan again from that moment instead,
    // keeping the choices that still apply, and let the dispatcher look.
    if (const qint64 visitedAt = visitedSinceProposal()) {
        m_now = qMax(m_now, visitedAt);
        m_planner = std::make_unique<Replan::RescuePlanner>(*m_store, m_routeId, m_now);
        for (auto it = m_pinned.begin(); it != m_pinned.end();) {
            const bool applies =
                m_planner->rescuedStopIds().contains(it.key()) &&
                (it.value().isEmpty() || m_planner->candidateRouteIds().contains(it.value()));
            it = applies ? std::next(it) : m_pinned.erase(it);
        }
        replan();
        m_stale->show();
        return;
    }
    QDialog::accept();
}

qint64 RescueDialog::visitedSinceProposal() const
{
    qint64 latest = 0;
    for (const Stop &s : m_store->stopsByIds(m_proposal.change.stopIds())) {
        if (s.arrivedAt > 0 || s.completedAt > 0)
            latest = qMax(latest, qMax(s.arrivedAt, s.completedAt));
        else if (s.state == Domain::StopState::Moved)
            latest = qMax(latest, m_now); // moved by another desk: from what is known now
    }
    return latest;
}

Replan::ChangeSet RescueDialog::changeSet() const
{
    Replan::ChangeSet change = m_proposal.change;
    change.note = m_note->text().trimmed();
    return change;
}
