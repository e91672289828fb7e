#include "stopnoticestip.h"

#include "core/timeformat.h"
#include "notices/noticestore.h"
#include "storage/database.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QTextDocument>
#include <QTimeZone>
#include <QToolTip>

using namespace Notices;

StopNoticesTip::StopNoticesTip(QAbstractItemView *view, Database &db, int stopIdRole)
    : QObject(view)
    , m_view(view)
    , m_db(db)
    , m_role(stopIdRole)
{
    view->viewport()->installEventFilter(this);
}

QString StopNoticesTip::historyHtml(Database &db, const QString &stopId)
{
    if (stopId.isEmpty())
        return {};
    NoticeStore store(db);
    const QVector<OutboxMessage> messages = store.messagesForStop(stopId);
    if (messages.isEmpty())
        return {};
    QHash<QString, IncidentKind> kinds;
    QString rows;
    for (const OutboxMessage &m : messages) {
        if (!kinds.contains(m.incidentId)) {
            const auto incident = store.incident(m.incidentId);
            kinds.insert(m.incidentId, incident ? incident->kind : IncidentKind::Other);
        }
        const qint64 when = m.sentAt > 0 ? m.sentAt : m.createdAt;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(when, TimeFormat::companyZone());
        QString text = m.text.simplified();
        if (text.size() > 180)
            text = text.left(180) + QStringLiteral("…");
        const QString state = messageStateText(m.state) +
                              (m.state == MessageState::Failed && !m.gatewayReason.isEmpty()
                                   ? QStringLiteral(": ") + m.gatewayReason
                                   : QString());
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>"
                               "<tr><td colspan=\"4\"><i>%5</i></td></tr>")
                    .arg(QLocale().toString(at, QStringLiteral("d MMM HH:mm")),
                         kindText(kinds.value(m.incidentId)).toHtmlEscaped(),
                         m.channel.isEmpty() ? tr("none") : m.channel, state.toHtmlEscaped(),
                         text.toHtmlEscaped());
    }
    return QStringLiteral("<b>%1</b><table cellspacing=\"4\">%2</table>")
        .arg(tr("Notices to the customer about this stop"), rows);
}

bool StopNoticesTip::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return false;
    auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    if (!index.isValid())
        return false;
    QString history;
    try {
        history = historyHtml(m_db, index.data(m_role).toString());
    } catch (const StoreError &) {
        return false; // the cell's own tooltip, without the history
    }
    if (history.isEmpty())
        return false;
    const QString own = index.data(Qt::ToolTipRole).toString();
    const QString tip = own.isEmpty() ? history
                                      : (Qt::mightBeRichText(own) ? own : own.toHtmlEscaped()) +
                                            QStringLiteral("<hr>") + history;
    QToolTip::showText(help->globalPos(), tip, m_view->viewport(), m_view->visualRect(index));
    return true;
}
