#pragma once

#include "reviews/reviewcsvimporter.h"

#include <QDialog>

class QTableWidget;

// What a CSV import did: rows read, imported, duplicates, and every refused
// row with its line, column and reason, so nothing is dropped unseen.
class ReviewImportDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewImportDialog(const QString &fileName, const ReviewImportResult &result,
                       QWidget *parent = nullptr);

    QTableWidget *rejectedTable() const { return m_rejected; }

private:
    QTableWidget *m_rejected;
};
