#include "clientfeedbackview.h"

#include "core/clock.h"
#include "core/domaintext.h"
#include "reviewlook.h"
#include "reviews/clientfeedback.h"
#include "reviews/reviewstore.h"
#include "common/tablelook.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>
#include <exception>

namespace {
enum Col { DateCol, ScoreCol, ProductCol, StopCol, CommentCol, ColCount };

QString safeFileName(QString name)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]+"));
    name.replace(bad, QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("client") : name;
}
} // namespace

ClientFeedbackView::ClientFeedbackView(ReviewStore &store, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_clients(new QListWidget(this))
    , m_table(new QTableWidget(this))
    , m_title(new QLabel(this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_pdf(new QPushButton(tr("Export PDF…"), this))
{
    setObjectName(QStringLiteral("clientFeedback"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->addWidget(new QLabel(tr("Clients with feedback:"), left));
    m_clients->setObjectName(QStringLiteral("feedbackClients"));
    leftLayout->addWidget(m_clients, 1);
    splitter->addWidget(left);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    auto *head = new QHBoxLayout;
    QFont font = m_title->font();
    font.setBold(true);
    if (font.pointSize() > 0)
        font.setPointSize(font.pointSize() + 2);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    head->addWidget(m_title, 1);
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    head->addWidget(m_csv);
    head->addWidget(m_pdf);
    rightLayout->addLayout(head);
    auto *intro = new QLabel(tr("Reviews whose cause was marked as the client's (wrong colour, wrong"
                                " model, missing parts), to send to the client."),
                             right);
    intro->setWordWrap(true);
    rightLayout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("feedbackTable"));
    m_table->setColumnCount(ColCount);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Score"), tr("Product"), tr("Stop"), tr("Comment")});
    TableLook::apply(m_table);
    rightLayout->addWidget(m_table, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 680});

    connect(m_clients, &QListWidget::currentRowChanged, this, [this](int row) {
        QListWidgetItem *item = row >= 0 ? m_clients->item(row) : nullptr;
        m_clientId = item ? item->data(Qt::UserRole).toString() : QString();
        m_clientName = item ? item->data(Qt::UserRole + 1).toString() : QString();
        fillTable();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_rows.size())
            Q_EMIT reviewActivated(m_rows.at(row).id);
    });
    connect(m_csv, &QPushButton::clicked, this, &ClientFeedbackView::askCsv);
    connect(m_pdf, &QPushButton::clicked, this, &ClientFeedbackView::askPdf);
    fillTable();
}

void ClientFeedbackView::reload()
{
    const QString keep = m_clientId;
    QVector<ReviewStore::ClientCount> counts;
    try {
        counts = m_store.clientFeedbackCounts();
    } catch (const std::exception &) {
    }
    {
        const QSignalBlocker blocker(m_clients);
        m_clients->clear();
        for (const ReviewStore::ClientCount &c : counts) {
            auto *item = new QListWidgetItem(
                tr("%1 (%2)").arg(c.clientName.isEmpty() ? c.clientId : c.clientName).arg(c.count),
                m_clients);
            item->setData(Qt::UserRole, c.clientId);
            item->setData(Qt::UserRole + 1, c.clientName.isEmpty() ? c.clientId : c.clientName);
        }
    }
    if (!keep.isEmpty())
        showClient(keep);
    else if (m_clients->count() > 0)
        m_clients->setCurrentRow(0);
    else
        fillTable();
}

void ClientFeedbackView::showClient(const QString &clientId)
{
    for (int i = 0; i < m_clients->count(); ++i) {
        if (m_clients->item(i)->data(Qt::UserRole).toString() == clientId) {
            if (m_clients->currentRow() == i) {
                fillTable();
            } else {
                m_clients->setCurrentRow(i);
            }
            return;
        }
    }
    m_clients->setCurrentRow(-1);
    m_clientId.clear();
    m_clientName.clear();
    fillTable();
}

void ClientFeedbackView::fillTable()
{
    m_rows.clear();
    if (!m_clientId.isEmpty()) {
        try {
            m_rows = m_store.clientFeedback(m_clientId);
        } catch (const std::exception &e) {
            Q_EMIT statusMessage(QString::fromUtf8(e.what()));
        }
    }
    m_title->setText(m_clientId.isEmpty() ? tr("No client feedback yet")
                                          : tr("Feedback for %1").arg(m_clientName));
    m_csv->setEnabled(!m_rows.isEmpty());
    m_pdf->setEnabled(!m_rows.isEmpty());
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const ReviewRow &r = m_rows.at(i);
        m_table->setItem(i, DateCol, new QTableWidgetItem(ReviewLook::dateTime(r.receivedAt)));
        auto *score = new QTableWidgetItem(QString::number(r.score));
        score->setTextAlignment(Qt::AlignCenter);
        score->setBackground(ReviewLook::scoreColor(r.score));
        score->setForeground(Qt::white);
        m_table->setItem(i, ScoreCol, score);
        m_table->setItem(i, ProductCol, new QTableWidgetItem(DomainText::productType(r.productType)));
        m_table->setItem(i, StopCol, new QTableWidgetItem(r.stopId));
        auto *comment = new QTableWidgetItem(r.comment);
        comment->setToolTip(r.comment);
        m_table->setItem(i, CommentCol, comment);
    }
    m_table->resizeColumnsToContents();
}

bool ClientFeedbackView::exportCsv(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ClientFeedback::toCsv(m_rows)) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ClientFeedbackView::exportPdf(const QString &path, QString *error)
{
    const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    QTextDocument document;
    document.setHtml(ClientFeedback::toHtml(m_clientName, m_rows, 0, 0, now));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    printer.setDocName(tr("Feedback for %1").arg(m_clientName));
    document.print(&printer);
    if (!QFile::exists(path)) {
        if (error)
            *error = tr("The PDF could not be written to %1.").arg(path);
        return false;
    }
    return true;
}

void ClientFeedbackView::askCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export client feedback as CSV"),
        QDir::home().filePath(safeFileName(m_clientName) + QStringLiteral("-feedback.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        Q_EMIT statusMessage(tr("Client feedback written to %1.").arg(path));
    else
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1: %2").arg(path, error));
}

void ClientFeedbackView::askPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export client feedback as PDF"),
        QDir::home().filePath(safeFileName(m_clientName) + QStringLiteral("-feedback.pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportPdf(path, &error))
        Q_EMIT statusMessage(tr("Client feedback written to %1.").arg(path));
    else
        QMessageBox::warning(this, tr("Export failed"), error);
}
