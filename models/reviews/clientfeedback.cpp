#include "clientfeedback.h"

#include "core/timeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace ClientFeedback {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClientFeedback", text);
}


QByteArray csvField(const QString &value, char separator)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(separator) || bytes.contains('"') || bytes.contains('\n') ||
        bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

QByteArray toCsv(const QVector<ReviewRow> &rows, char separator)
{
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out.append(separator);
            out.append(csvField(fields.at(i), separator));
        }
        out.append("\r\n");
    };
    line({QStringLiteral("review_id"), QStringLiteral("date"), QStringLiteral("score"),
          QStringLiteral("product_type"), QStringLiteral("stop_id"), QStringLiteral("comment")});
    for (const ReviewRow &r : rows)
        line({r.id, TimeFormat::toDay(r.receivedAt), QString::number(r.score), r.productType, r.stopId,
              r.comment});
    return out;
}

QString toHtml(const QString &clientName, const QVector<ReviewRow> &rows, qint64 from, qint64 to,
               qint64 generatedAt)
{
    QString period;
    if (from > 0 && to > 0)
        period = tr("%1 to %2").arg(TimeFormat::toDay(from), TimeFormat::toDay(to - 1));
    else if (from > 0)
        period = tr("from %1").arg(TimeFormat::toDay(from));
    else if (to > 0)
        period = tr("until %1").arg(TimeFormat::toDay(to - 1));
    else
        period = tr("all reviews");
    QString html;
    html += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                           "<style>body{font-family:sans-serif;font-size:10pt}"
                           "table{border-collapse:collapse;width:100%}"
                           "th,td{border:1px solid #999;padding:4px;vertical-align:top}"
                           "th{background:#eee;text-align:left}"
                           "td.score{text-align:right}</style></head><body>")
                .arg(tr("Customer feedback for %1").arg(clientName.toHtmlEscaped()));
    html += QStringLiteral("<h1>%1</h1>")
                .arg(tr("Customer feedback for %1").arg(clientName.toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Reviews whose cause lay with the product or the order (%1): %2. "
                        "Made on %3.")
                         .arg(period.toHtmlEscaped())
                         .arg(rows.size())
                         .arg(TimeFormat::toDay(generatedAt)));
    html += QStringLiteral("<table><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                           "<th>%5</th></tr></thead><tbody>")
                .arg(tr("Date"), tr("Score"), tr("Product"), tr("Review"), tr("Comment"));
    for (const ReviewRow &r : rows)
        html +=
            QStringLiteral("<tr><td>%1</td><td class=\"score\">%2</td><td>%3</td><td>%4</td>"
                           "<td>%5</td></tr>")
                .arg(TimeFormat::toDay(r.receivedAt))
                .arg(r.score)
                .arg(r.productType.toHtmlEscaped(), r.id.toHtmlEscaped(),
                     r.comment.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    html += QStringLiteral("</tbody></table></body></html>");
    return html;
}

} // namespace ClientFeedback
