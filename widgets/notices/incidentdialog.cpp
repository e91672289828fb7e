#include "incidentdialog.h"

#include "core/clock.h"
#include "core/timeformat.h"
#include "notices/incidentsituation.h"
#include "notices/noticecomposer.h"
#include "notices/noticestore.h"
#include "notices/scopeselector.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Notices;

namespace {

QStringList listOf(const QLineEdit *edit)
{
    QStringList out;
    for (const QString &part : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

} // namespace

IncidentDialog::IncidentDialog(Database &db, Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_kind(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_stops(new QLineEdit(this))
    , m_routes(new QLineEdit(this))
    , m_hubs(new QLineEdit(this))
    , m_postcodes(new QLineEdit(this))
    , m_useFrom(new QCheckBox(tr("From"), this))
    , m_useTo(new QCheckBox(tr("To"), this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_affected(new QTableWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("New incident"));
    for (IncidentKind k : allKinds())
        m_kind->addItem(kindText(k), kindKey(k));
    // No kind until the situation or the dispatcher gives one: "Van breakdown"
    // preselected for an area under snow would send the wrong notice.
    m_kind->setPlaceholderText(tr("Choose what happened…"));
    m_kind->setCurrentIndex(-1);
    m_kindHint = new QLabel(this);
    m_kindHint->setObjectName(QStringLiteral("kindHint"));
    m_kindHint->setWordWrap(true);
    m_note->setPlaceholderText(tr("For the desk; not sent to customers"));
    for (QLineEdit *e : {m_stops, m_routes, m_hubs, m_postcodes})
        e->setPlaceholderText(tr("comma-separated"));
    const QDateTime now =
        QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), TimeFormat::companyZone());
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setEnabled(false);
    }
    // The edits show the company's wall-clock time; incident() reads it back in that zone.
    m_from->setDateTime(QDateTime(now.date(), now.time()));
    m_to->setDateTime(QDateTime(now.date(), now.time()).addSecs(4 * 3600));
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    // The hint under the kind, in the same row: a wrapped label of its own
    // row gets the height of a narrow one.
    auto *kind = new QVBoxLayout;
    kind->setSpacing(2);
    kind->addWidget(m_kind);
    kind->addWidget(m_kindHint);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Note"), m_note);
    form->addRow(tr("Stops"), m_stops);
    form->addRow(tr("Routes"), m_routes);
    form->addRow(tr("Hubs"), m_hubs);
    form->addRow(tr("Postcode prefixes"), m_postcodes);
    m_areaText = new QLabel(this);
    m_areaText->setObjectName(QStringLiteral("incidentArea"));
    auto *clearArea = new QPushButton(tr("Clear"), this);
    clearArea->setObjectName(QStringLiteral("clearArea"));
    connect(clearArea, &QPushButton::clicked, this, [this] {
        m_area.clear();
        showArea();
        updatePreview();
    });
    auto *area = new QHBoxLayout;
    area->addWidget(m_areaText, 1);
    area->addWidget(clearArea);
    form->addRow(tr("Area"), area);
    showArea();
    auto *range = new QHBoxLayout;
    range->addWidget(m_useFrom);
    range->addWidget(m_from);
    range->addWidget(m_useTo);
    range->addWidget(m_to);
    form->addRow(tr("Time range"), range);

    auto *previewButton = new QPushButton(tr("Show affected"), this);
    connect(previewButton, &QPushButton::clicked, this, &IncidentDialog::updatePreview);

    m_affected->setColumnCount(6);
    m_affected->setHorizontalHeaderLabels({tr("Stop"), tr("Customer"), tr("Window"), tr("Language"),
                                           tr("Channel"), tr("Told before")});
    m_affected->horizontalHeaderItem(5)->setToolTip(
        tr("A message about this stop from another incident: queued, sent or failed"));
    m_affected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_affected->setSelectionMode(QAbstractItemView::SingleSelection);
    m_affected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_affected->verticalHeader()->hide();
    // One line per customer: a wrapped name doubles the row and hides the stop id.
    m_affected->setWordWrap(false);
    m_affected->verticalHeader()->setDefaultSectionSize(m_affected->fontMetrics().height() + 8);
    m_affected->horizontalHeader()->setStretchLastSection(true);
    connect(m_affected, &QTableWidget::currentCellChanged, this,
            [this](int row) { showMessage(row); });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_affected);
    split->addWidget(m_text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Queue messages"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Said before queueing, not found in the sent texts: "Bel ons op  of mail naar ."
    m_noContact = new QLabel(tr("The messages name neither a phone number nor an email "
                                "address: fill in at least one under File › Settings › "
                                "Notices before queueing."),
                             this);
    m_noContact->setObjectName(QStringLiteral("noContact"));
    m_noContact->setWordWrap(true);
    m_noContact->setStyleSheet(QStringLiteral("color: #c62828"));
    m_noContact->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewButton, 0, Qt::AlignLeft);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_noContact);
    layout->addWidget(buttons);
    // Room for the affected customers beside the message they get.
    resize(1060, 680);
    split->setSizes({640, 420});

    // A kind the situation did not set is the dispatcher's choice; each
    // kind has its own message, so the preview follows it.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_kindChosen = true;
        showKindState();
        updatePreview();
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_kindChosen = true;
        showKindState();
    });
    showKindState();
    showMessage(-1);
}

void IncidentDialog::setScope(const IncidentScope &scope)
{
    m_stops->setText(scope.stopIds.join(QLatin1String(", ")));
    m_routes->setText(scope.routeIds.join(QLatin1String(", ")));
    m_hubs->setText(scope.hubIds.join(QLatin1String(", ")));
    m_postcodes->setText(scope.postcodePrefixes.join(QLatin1String(", ")));
    m_area = scope.area;
    showArea();
    updatePreview();
}

void IncidentDialog::showArea()
{
    // The area is drawn on the map (Notices › New incident for an area on the map).
    m_areaText->setText(m_area.size() >= 3
                            ? tr("%n corners drawn on the map", nullptr, int(m_area.size()))
                            : tr("none"));
    if (auto *clear = findChild<QPushButton *>(QStringLiteral("clearArea")))
        clear->setEnabled(m_area.size() >= 3);
}

void IncidentDialog::setKind(IncidentKind kind)
{
    m_kindChosen = true;
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kindKey(kind))));
    showKindState();
}

bool IncidentDialog::hasKind() const
{
    return m_kind->currentIndex() >= 0;
}

void IncidentDialog::followSituation()
{
    if (m_kindChosen)
        return;
    OperationStore store(m_db);
    const IncidentSituation situation =
        IncidentSituation::read(store, incident(), m_clock->nowMs());
    m_situation = situation.reason;
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(situation.kind ? m_kind->findData(kindKey(*situation.kind)) : -1);
    }
    showKindState();
}

void IncidentDialog::showKindState()
{
    const bool chosen = hasKind();
    m_ok->setEnabled(chosen);
    m_ok->setToolTip(chosen ? QString()
                            : tr("Choose what happened first: it decides the message every "
                                 "customer gets."));
    QString hint;
    if (!chosen) {
        hint = tr("Choose what happened: it decides the message every customer gets.");
        if (!m_situation.isEmpty())
            hint = m_situation + QLatin1Char(' ') + hint;
    } else if (!m_kindChosen && !m_situation.isEmpty()) {
        hint = tr("Chosen from the situation: %1").arg(m_situation);
    }
    m_kindHint->setText(hint);
    m_kindHint->setVisible(!hint.isEmpty());
    m_kindHint->setStyleSheet(chosen ? QStringLiteral("color: #616161")
                                     : QStringLiteral("color: #c62828"));
}

void IncidentDialog::setProposal(const Incident &proposal)
{
    setWindowTitle(tr("Confirm the proposed incident"));
    m_proposalId = proposal.id;
    setKind(proposal.kind);
    m_note->setText(proposal.note);
    auto toEdit = [](QCheckBox *use, QDateTimeEdit *edit, qint64 ms) {
        use->setChecked(ms > 0);
        if (ms > 0) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, TimeFormat::companyZone());
            edit->setDateTime(QDateTime(local.date(), local.time()));
        }
    };
    toEdit(m_useFrom, m_from, proposal.from);
    toEdit(m_useTo, m_to, proposal.to);
    setScope(proposal.scope);
}

Incident IncidentDialog::incident() const
{
    Incident i;
    i.kind = kindFromKey(m_kind->currentData().toString()).value_or(IncidentKind::Other);
    i.note = m_note->text().trimmed();
    i.scope.stopIds = listOf(m_stops);
    i.scope.routeIds = listOf(m_routes);
    i.scope.hubIds = listOf(m_hubs);
    i.scope.postcodePrefixes = listOf(m_postcodes);
    i.scope.area = m_area;
    auto inCompanyZone = [](const QDateTimeEdit *e) {
        return QDateTime(e->date(), e->time(), TimeFormat::companyZone()).toMSecsSinceEpoch();
    };
    i.from = m_useFrom->isChecked() ? inCompanyZone(m_from) : 0;
    i.to = m_useTo->isChecked() ? inCompanyZone(m_to) : 0;
    i.createdBy = !m_user.isEmpty() ? m_user : qEnvironmentVariable("USER");
    return i;
}

void IncidentDialog::showMessage(int row)
{
    // Keep what the dispatcher typed for the customer shown before.
    if (m_shownRow >= 0 && m_shownRow < m_preview.size()) {
        const OutboxMessage &before = m_preview.at(m_shownRow);
        if (m_text->toPlainText() != before.text)
            m_edited.insert(before.customerId, m_text->toPlainText());
    }
    m_shownRow = row;
    // Without a kind there is no message yet: nothing to show or edit.
    m_text->setEnabled(hasKind());
    m_text->setPlaceholderText(hasKind()
                                   ? tr("Select a customer to see and edit their message")
                                   : tr("Choose what happened to see each customer's message"));
    if (row < 0 || row >= m_preview.size() || !hasKind()) {
        m_shownRow = -1;
        m_text->clear();
        return;
    }
    const OutboxMessage &m = m_preview.at(row);
    m_text->setPlainText(m_edited.value(m.customerId, m.text));
}

void IncidentDialog::updatePreview()
{
    showMessage(-1);
    followSituation();
    OperationStore store(m_db);
    const Incident i = incident();
    const QVector<AffectedStop> affected = ScopeSelector::select(store, i);
    NoticeComposer::Options options;
    options.company = CompanyContact::fromSettings();
    options.etas = m_etas;
    m_noContact->setVisible(options.company.phone.trimmed().isEmpty() &&
                            options.company.email.trimmed().isEmpty());
    m_preview = NoticeComposer::preview(i, affected, options);
    m_affected->setRowCount(int(m_preview.size()));
    QHash<QString, Stop> stops;
    for (const AffectedStop &a : affected)
        stops.insert(a.stop.id, a.stop);
    // A customer told already (the dispatcher's own incident for the route
    // and Voorzet's proposal for the same breakdown, say) stands out before a
    // second message is queued.
    NoticeStore notices(m_db);
    QHash<QString, QString> kindOfIncident;
    int toldBefore = 0;
    for (int row = 0; row < m_preview.size(); ++row) {
        const OutboxMessage &m = m_preview.at(row);
        const Stop s = stops.value(m.stopId);
        QString told;
        QString toldText;
        for (const OutboxMessage &earlier : notices.messagesForStop(m.stopId)) {
            if (earlier.incidentId == m_proposalId)
                continue;
            if (!kindOfIncident.contains(earlier.incidentId)) {
                const auto incident = notices.incident(earlier.incidentId);
                kindOfIncident.insert(earlier.incidentId,
                                      incident ? kindText(incident->kind) : earlier.incidentId);
            }
            told =
                tr("%1 · %2, %3")
                    .arg(kindOfIncident.value(earlier.incidentId),
                         TimeFormat::toClock(earlier.createdAt), messageStateText(earlier.state));
            toldText = earlier.text;
        }
        toldBefore += told.isEmpty() ? 0 : 1;
        const QStringList cells = {
            m.stopId,
            m.recipientName,
            QStringLiteral("%1\u2013%2")
                .arg(TimeFormat::toClock(s.windowStart), TimeFormat::toClock(s.windowEnd)),
            m.language,
            m.channel.isEmpty() ? tr("none: call") : m.channel,
            told};
        for (int c = 0; c < cells.size(); ++c)
            m_affected->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (!told.isEmpty()) {
            m_affected->item(row, 5)->setForeground(QColor(0xc6, 0x28, 0x28));
            m_affected->item(row, 5)->setToolTip(toldText);
        }
    }
    m_affected->resizeColumnsToContents();
    QString summary = tr("%n affected stops", nullptr, int(affected.size())) +
                      QStringLiteral(" · ") + tr("%n messages", nullptr, int(m_preview.size()));
    if (toldBefore > 0)
        summary +=
            QStringLiteral(" · ") + tr("%n told before by another incident", nullptr, toldBefore);
    m_summary->setText(summary);
    // The customer still selected sees the message of the kind chosen now.
    showMessage(m_affected->currentRow());
}

void IncidentDialog::accept()
{
    showMessage(m_shownRow); // keeps an edit still in the text box
    if (!hasKind()) {
        // The button waits for a kind too; the hint says what is missing.
        showKindState();
        m_kind->setFocus();
        return;
    }
    const Incident i = incident();
    if (i.scope.isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Give the incident a scope: stops, routes, hubs, postcode "
                                    "prefixes or an area."));
        return;
    }
    try {
        OperationStore store(m_db);
        NoticeComposer::Options options;
        options.company = CompanyContact::fromSettings();
        options.etas = m_etas;
        options.editedTexts = m_edited;
        Incident queued = i;
        if (!m_proposalId.isEmpty()) {
            // The proposal becomes the incident, as the dispatcher left it here.
            queued.id = m_proposalId;
            NoticeStore notices(m_db);
            notices.confirmProposal(queued, i.createdBy, m_clock->nowMs());
            const auto stored = notices.incident(m_proposalId);
            if (stored && stored->state == IncidentState::Dismissed) {
                QMessageBox::information(this, windowTitle(),
                                         tr("This proposal was dismissed meanwhile (by %1); "
                                            "nothing was queued.")
                                             .arg(stored->decidedBy));
                QDialog::reject();
                return;
            }
        }
        m_queuedId = NoticeComposer::createAndQueue(m_db, store, queued, options, m_clock->nowMs())
                         .incidentId;
    } catch (const StoreError &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
        return;
    }
    QDialog::accept();
}
