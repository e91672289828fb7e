#include "reviewimportdialog.h"

#include "common/tablelook.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

ReviewImportDialog::ReviewImportDialog(const QString &fileName, const ReviewImportResult &result,
                                       QWidget *parent)
    : QDialog(parent)
    , m_rejected(new QTableWidget(this))
{
    setObjectName(QStringLiteral("reviewImportDialog"));
    setWindowTitle(tr("Review import"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Imported from %1").arg(QFileInfo(fileName).fileName()), this);
    QFont font = title->font();
    font.setBold(true);
    if (font.pointSize() > 0)
        font.setPointSize(font.pointSize() + 2);
    title->setFont(font);
    layout->addWidget(title);

    if (!result.fileError.isEmpty()) {
        auto *error = new QLabel(tr("The file could not be read: %1").arg(result.fileError), this);
        error->setObjectName(QStringLiteral("fileError"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("QLabel { color: #B71C1C; }"));
        layout->addWidget(error);
    }

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(24);
    const QLocale locale;
    auto addCount = [&](const QString &label, int value, const QString &name) {
        auto *v = new QLabel(locale.toString(value), this);
        v->setObjectName(name);
        form->addRow(label, v);
    };
    addCount(tr("Rows read:"), result.rows, QStringLiteral("rowsCount"));
    addCount(tr("Imported:"), result.imported, QStringLiteral("importedCount"));
    addCount(tr("Duplicates (already stored):"), result.duplicates, QStringLiteral("duplicatesCount"));
    addCount(tr("Rejected:"), int(result.rejected.size()), QStringLiteral("rejectedCount"));
    if (result.unknownStops > 0)
        addCount(tr("Imported, stop not yet known:"), result.unknownStops,
                 QStringLiteral("unknownStopsCount"));
    if (result.casesOpened > 0)
        addCount(tr("Follow-up cases opened:"), result.casesOpened, QStringLiteral("casesCount"));
    layout->addLayout(form);

    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setColumnCount(4);
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason"), tr("Row")});
    m_rejected->setRowCount(int(result.rejected.size()));
    for (int i = 0; i < result.rejected.size(); ++i) {
        const ReviewImportRejection &r = result.rejected.at(i);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, r.line);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejected->setItem(i, 0, line);
        m_rejected->setItem(i, 1, new QTableWidgetItem(r.field));
        m_rejected->setItem(i, 2, new QTableWidgetItem(r.reason));
        auto *raw = new QTableWidgetItem(r.raw);
        raw->setToolTip(r.raw);
        m_rejected->setItem(i, 3, raw);
    }
    TableLook::apply(m_rejected);
    m_rejected->horizontalHeader()->setSectionsMovable(false);
    m_rejected->resizeColumnsToContents();
    m_rejected->setColumnWidth(2, std::min(m_rejected->columnWidth(2), 360));
    if (result.rejected.isEmpty()) {
        auto *none = new QLabel(tr("No rows were rejected."), this);
        layout->addWidget(none);
        m_rejected->hide();
    } else {
        layout->addWidget(new QLabel(tr("Rejected rows (kept in the store for inspection):"), this));
    }
    layout->addWidget(m_rejected, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, result.rejected.isEmpty() ? 260 : 460);
}
