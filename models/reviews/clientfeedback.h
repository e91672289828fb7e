#pragma once

#include "reviewtypes.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// The feedback list for one client: the reviews whose cause was marked as
// the client's (wrong colour, wrong model, missing parts), to send to them
// every quarter as CSV or as a printed document.
namespace ClientFeedback {

// UTF-8 with a byte order mark (so spreadsheets read the accents), a header
// row, one review per row: review id, date, score, product type, stop id,
// comment. Fields with the separator, quotes or line breaks are quoted.
QByteArray toCsv(const QVector<ReviewRow> &rows, char separator = ',');

// A self-contained HTML document (title, period, a table of the reviews) for
// QTextDocument to print or save as PDF with QPrinter. `from`/`to` (ms, 0 =
// open) only describe the period in the title.
QString toHtml(const QString &clientName, const QVector<ReviewRow> &rows, qint64 from, qint64 to,
               qint64 generatedAt);

} // namespace ClientFeedback
