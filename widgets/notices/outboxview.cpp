#include "outboxview.h"

#include "core/clock.h"
#include "core/timeformat.h"
#include "notices/noticestore.h"
#include "notices/outboxexport.h"
#include "notices/outboxmodel.h"
#include "storage/database.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

using namespace Notices;

namespace {

// The longest of the translated kinds: the kind column shows each whole.
QString incidentKindSample()
{
    QString longest;
    for (IncidentKind k : allKinds())
        if (kindText(k).size() > longest.size())
            longest = kindText(k);
    return longest;
}

QString messageStateSample()
{
    QString longest;
    for (MessageState state :
         {MessageState::Queued, MessageState::Sending, MessageState::Sent, MessageState::Failed})
        if (messageStateText(state).size() > longest.size())
            longest = messageStateText(state);
    return longest;
}

} // namespace

OutboxView::OutboxView(Database &db, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_model(new OutboxModel(db, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_incidents(new QComboBox(this))
    , m_gatewayBanner(new QWidget(this))
    , m_gatewayText(new QLabel(m_gatewayBanner))
{
    m_summary->setObjectName(QStringLiteral("outboxSummary"));
    m_incidents->setObjectName(QStringLiteral("outboxIncidents"));
    m_incidents->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_incidents->setToolTip(tr("Show the messages of one incident, with its totals per state"));
    connect(m_incidents, &QComboBox::activated, this, [this] {
        m_model->setIncident(m_incidents->currentData().toString());
        updateSummary();
    });

    m_gatewayBanner->setObjectName(QStringLiteral("gatewayBanner"));
    m_gatewayBanner->setAutoFillBackground(true);
    QPalette warn = m_gatewayBanner->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xeb, 0xee));
    warn.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_gatewayBanner->setPalette(warn);
    m_gatewayText->setObjectName(QStringLiteral("gatewayProblem"));
    m_gatewayText->setWordWrap(true);
    auto *openSettings = new QPushButton(tr("Settings…"), m_gatewayBanner);
    connect(openSettings, &QPushButton::clicked, this, &OutboxView::settingsRequested);
    auto *bannerLayout = new QHBoxLayout(m_gatewayBanner);
    bannerLayout->addWidget(m_gatewayText, 1);
    bannerLayout->addWidget(openSettings);
    m_gatewayBanner->hide();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Room for whole stop ids and most names from the first row on (the outbox
    // fills while it is shown, so the widths are not taken from its contents).
    const QFontMetrics fm = m_table->fontMetrics();
    const auto room = [&fm, this](int column, const QString &sample) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(
            column, qMax(fm.horizontalAdvance(sample), fm.horizontalAdvance(header) + 16) + 12);
    };
    room(OutboxModel::IdColumn, QStringLiteral("00000"));
    room(OutboxModel::IncidentColumn, QStringLiteral("e58b92f2"));
    room(OutboxModel::KindColumn, incidentKindSample());
    room(OutboxModel::StopColumn, QStringLiteral("S-20261203-0000"));
    room(OutboxModel::CustomerColumn, QStringLiteral("Marieke van den Heuvel"));
    room(OutboxModel::LanguageColumn, QStringLiteral("nl"));
    room(OutboxModel::ChannelColumn, QStringLiteral("email"));
    room(OutboxModel::StateColumn, messageStateSample());
    room(OutboxModel::AttemptsColumn, QStringLiteral("12"));

    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *exportButton = new QPushButton(tr("Export failed…"), this);
    m_retry->setToolTip(tr("Put the selected failed messages (or all failed ones when none is "
                           "selected) back in the queue, with their idempotency keys."));
    connect(refresh, &QPushButton::clicked, this, &OutboxView::refresh);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(exportButton, &QPushButton::clicked, this, &OutboxView::exportFailed);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_incidents);
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(refresh);
    buttons->addWidget(m_retry);
    buttons->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_gatewayBanner);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    updateIncidents();
    updateSummary();
}

void OutboxView::setIncident(const QString &incidentId)
{
    m_model->setIncident(incidentId);
    m_incidents->setCurrentIndex(qMax(0, m_incidents->findData(incidentId)));
    updateSummary();
}

void OutboxView::refresh()
{
    m_model->reload();
    updateIncidents();
    updateSummary();
}

void OutboxView::messageChanged(qint64 id, MessageState state)
{
    Q_UNUSED(state) // the row is re-read: attempts and reason change with it
    try {
        m_model->refreshMessage(id);
        updateIncidents();
    } catch (const StoreError &) {
        return; // the store is busy for a moment; the next change or refresh shows it
    }
    updateSummary();
}

std::optional<OutboxMessage> OutboxView::currentMessage() const
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        return m_model->messageAt(current.row());
    if (m_model->rowCount() > 0)
        return m_model->messageAt(0);
    return std::nullopt;
}

void OutboxView::setGatewayProblem(const QString &problem)
{
    m_gatewayText->setText(
        problem.isEmpty()
            ? QString()
            : tr("<b>Messages wait in the outbox: they are not sent until a gateway is set "
                 "in the settings (Notices).</b><br>%1")
                  .arg(problem.toHtmlEscaped()));
    m_gatewayBanner->setVisible(!problem.isEmpty());
}

void OutboxView::updateIncidents()
{
    // Per incident: its kind, when it was made, and its messages per state.
    NoticeStore store(m_db);
    const QString current = m_incidents->currentData().toString();
    const QMap<MessageState, int> all = store.stateCounts();
    auto totals = [](const QMap<MessageState, int> &counts) {
        QStringList parts;
        if (const int n = counts.value(MessageState::Queued))
            parts << tr("%1 queued").arg(n);
        if (const int n = counts.value(MessageState::Sending))
            parts << tr("%1 sending").arg(n);
        if (const int n = counts.value(MessageState::Sent))
            parts << tr("%1 sent").arg(n);
        if (const int n = counts.value(MessageState::Failed))
            parts << tr("%1 failed").arg(n);
        return parts.join(QLatin1String(", "));
    };
    m_incidents->clear();
    m_incidents->addItem(tr("All incidents"), QString());
    for (const Incident &i : store.incidents()) {
        if (i.state != IncidentState::Confirmed)
            continue;
        const QMap<MessageState, int> counts = store.stateCounts(i.id);
        QString label =
            QStringLiteral("%1 · %2").arg(kindText(i.kind), TimeFormat::toClock(i.createdAt));
        const QString t = totals(counts);
        label += QStringLiteral(" · ") + (t.isEmpty() ? tr("no messages") : t);
        m_incidents->addItem(label, i.id);
        m_incidents->setItemData(m_incidents->count() - 1,
                                 i.note.isEmpty() ? i.scope.describe() : i.note, Qt::ToolTipRole);
    }
    m_incidents->setCurrentIndex(qMax(0, m_incidents->findData(current)));
    const int failed = all.value(MessageState::Failed);
    if (failed != m_failed) {
        m_failed = failed;
        Q_EMIT failedCountChanged(failed);
    }
}

void OutboxView::updateSummary()
{
    int counts[4] = {0, 0, 0, 0};
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[int(m_model->messageAt(row).state)];
    m_summary->setText(tr("Queued %1 · sending %2 · sent %3 · failed %4")
                           .arg(counts[int(MessageState::Queued)])
                           .arg(counts[int(MessageState::Sending)])
                           .arg(counts[int(MessageState::Sent)])
                           .arg(counts[int(MessageState::Failed)]));
    m_retry->setEnabled(counts[int(MessageState::Failed)] > 0);
}

void OutboxView::retrySelected()
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        if (m_model->messageAt(index.row()).state == MessageState::Failed)
            ids.append(m_model->messageAt(index.row()).id);
    if (rows.isEmpty())
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->messageAt(row).state == MessageState::Failed)
                ids.append(m_model->messageAt(row).id);
    NoticeStore store(m_db);
    const qint64 now = m_clock->nowMs();
    int requeued = 0;
    for (qint64 id : std::as_const(ids))
        requeued += store.retryFailed(id, now);
    refresh();
    if (requeued > 0)
        Q_EMIT messagesRequeued();
}

void OutboxView::exportFailed()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export failed messages"),
                                                      QStringLiteral("failed-messages.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportFailedTo(path, &error))
        QMessageBox::warning(this, tr("Export failed messages"), error);
}

bool OutboxView::exportFailedTo(const QString &path, QString *error)
{
    QVector<OutboxMessage> messages;
    for (int row = 0; row < m_model->rowCount(); ++row)
        messages.append(m_model->messageAt(row));
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && writeFailedCsv(file, messages) && file.commit())
        return true;
    if (error)
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}
