#include "requestedvisitsview.h"

#include "common/tablelook.h"
#include "itemmodels/requestedvisitsmodel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

RequestedVisitsView::RequestedVisitsView(RequestedVisitsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_show(new QPushButton(tr("Show earlier stop"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
{
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("requestedVisitsView"));
    m_view->setModel(m_model);
    TableLook::apply(m_view);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(RequestedVisitsModel::CustomerCol,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_show->setToolTip(tr("Select the stop that went wrong on the board, the map and the table "
                          "(double-click does the same)"));
    m_export->setObjectName(QStringLiteral("exportRequestedVisits"));
    m_export->setToolTip(tr("Write the list as CSV for the planning system"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_show, &QPushButton::clicked, this, &RequestedVisitsView::showCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &RequestedVisitsView::showCurrent);
    connect(m_export, &QPushButton::clicked, this, &RequestedVisitsView::exportCsv);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestedVisitsView::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RequestedVisitsView::updateSummary);
    updateSummary();
}

void RequestedVisitsView::updateSummary()
{
    const int n = m_model->rowCount();
    m_summary->setText(
        n == 0 ? tr("No return visits wait for a route: every rescheduled stop is planned.")
               : tr("%n return visit(s) promised for a day that no route takes yet: the "
                    "planning system plans them; each must be perfect.",
                    nullptr, n));
    m_export->setEnabled(n > 0);
    m_show->setEnabled(m_view->currentIndex().isValid());
}

void RequestedVisitsView::showCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        Q_EMIT showStopRequested(index.data(RequestedVisitsModel::PreviousStopRole).toString());
}

bool RequestedVisitsView::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void RequestedVisitsView::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export return visits"), dir + QStringLiteral("/return-visits.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export return visits"),
                             tr("Could not write %1: %2").arg(path, error));
}
