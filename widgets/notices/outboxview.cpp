#include "outboxview.h"

#include "core/clock.h"
#include "notices/noticestore.h"
#include "notices/outboxexport.h"
#include "notices/outboxmodel.h"

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

OutboxView::OutboxView(Database &db, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_model(new OutboxModel(db, this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *exportButton = new QPushButton(tr("Export failed…"), this);
    m_retry->setToolTip(tr("Put the selected failed messages (or all failed ones when none is "
                           "selected) back in the queue, with their idempotency keys."));
    connect(refresh, &QPushButton::clicked, this, &OutboxView::refresh);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(exportButton, &QPushButton::clicked, this, &OutboxView::exportFailed);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(refresh);
    buttons->addWidget(m_retry);
    buttons->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    updateSummary();
}

void OutboxView::setIncident(const QString &incidentId)
{
    m_model->setIncident(incidentId);
    updateSummary();
}

void OutboxView::refresh()
{
    m_model->reload();
    updateSummary();
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
    QVector<OutboxMessage> messages;
    for (int row = 0; row < m_model->rowCount(); ++row)
        messages.append(m_model->messageAt(row));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeFailedCsv(file, messages) || !file.commit())
        QMessageBox::warning(this, tr("Export failed messages"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
}
