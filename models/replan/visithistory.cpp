#include "visithistory.h"

#include "changeset.h"
#include "core/domain.h"
#include "core/domaintext.h"
#include "core/timeformat.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSqlQuery>

namespace Replan {

namespace {

// lupdate files these calls under the class whose members make them, so the
// context must be the same or the Dutch text is never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Replan::VisitNote", text);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

QString shortDay(const QString &day)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("ddd d MMM")) : day;
}

void runWith(QSqlQuery &q, const QStringList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    Database::run(q);
}

} // namespace

QString VisitNote::returnVisitText() const
{
    if (!isReturnVisit())
        return {};
    QString what;
    if (!previousOutcome.isEmpty() && previousOutcome != QLatin1String("delivered"))
        what = DomainText::outcome(Domain::outcomeFromKey(previousOutcome));
    else if (!previousReason.isEmpty())
        what = reasonText(reasonFromKey(previousReason));
    QString text = previousDay.isEmpty()
                       ? tr("Attempt %1: return visit, must be perfect").arg(attempt)
                       : tr("Attempt %1: the first time (%2) %3")
                             .arg(attempt)
                             .arg(shortDay(previousDay),
                                  what.isEmpty() ? tr("it did not work out") : what.toLower());
    if (!previousNote.isEmpty())
        text += QStringLiteral(": ") + previousNote;
    return text;
}

QString VisitNote::movedText() const
{
    if (!isMoved())
        return {};
    QString text = tr("Moved: %1").arg(reasonText(reasonFromKey(movedReason)).toLower());
    if (!movedBy.isEmpty())
        text += tr(", by %1 at %2").arg(movedBy, TimeFormat::toClock(movedAt));
    if (!movedNote.isEmpty())
        text += QStringLiteral(" (") + movedNote + QLatin1Char(')');
    if (!returnVisitId.isEmpty())
        text += returnVisitOnRoute
                    ? tr("; return visit %1 on %2").arg(returnVisitId, shortDay(returnVisitDay))
                    : tr("; return visit %1 on %2, not on a route yet")
                          .arg(returnVisitId, shortDay(returnVisitDay));
    return text;
}

VisitHistory::VisitHistory(Database &db)
    : m_db(db)
{}

QHash<QString, VisitNote> VisitHistory::notesFor(const QStringList &stopIds)
{
    QHash<QString, VisitNote> notes;
    if (stopIds.isEmpty())
        return notes;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, moved_reason, moved_note, moved_by, moved_at, attempt,"
                             " previous_stop FROM stops WHERE id IN (%1)"
                             " AND (moved_reason <> '' OR attempt > 1)")
                  .arg(placeholders(stopIds.size())));
    runWith(q, stopIds);
    QStringList moved, previous;
    while (q.next()) {
        VisitNote n;
        n.movedReason = q.value(1).toString();
        n.movedNote = q.value(2).toString();
        n.movedBy = q.value(3).toString();
        n.movedAt = q.value(4).toLongLong();
        n.attempt = q.value(5).toInt();
        n.previousStopId = q.value(6).toString();
        const QString id = q.value(0).toString();
        if (n.isMoved())
            moved.append(id);
        if (n.isReturnVisit() && !n.previousStopId.isEmpty())
            previous.append(n.previousStopId);
        notes.insert(id, n);
    }
    if (!moved.isEmpty()) {
        // The newest return visit of each moved stop, on a route or requested.
        QSqlQuery r(m_db.connection());
        r.prepare(
            QStringLiteral("SELECT s.previous_stop, s.id, rt.day, 1 FROM stops s"
                           " JOIN routes rt ON rt.id = s.route_id WHERE s.previous_stop IN (%1)"
                           " UNION ALL SELECT previous_stop, id, day, 0 FROM requested_visits"
                           " WHERE previous_stop IN (%1)")
                .arg(placeholders(moved.size())));
        runWith(r, moved + moved);
        while (r.next()) {
            VisitNote &n = notes[r.value(0).toString()];
            n.returnVisitId = r.value(1).toString();
            n.returnVisitDay = r.value(2).toString();
            n.returnVisitOnRoute = r.value(3).toInt() != 0;
        }
    }
    if (!previous.isEmpty()) {
        QSqlQuery p(m_db.connection());
        p.prepare(QStringLiteral("SELECT s.id, rt.day, s.outcome, s.moved_reason, s.moved_note,"
                                 " s.note FROM stops s JOIN routes rt ON rt.id = s.route_id"
                                 " WHERE s.id IN (%1)")
                      .arg(placeholders(previous.size())));
        runWith(p, previous);
        QHash<QString, QStringList> earlier;
        while (p.next())
            earlier.insert(
                p.value(0).toString(),
                {p.value(1).toString(), p.value(2).toString(), p.value(3).toString(),
                 p.value(4).toString().isEmpty() ? p.value(5).toString() : p.value(4).toString()});
        for (VisitNote &n : notes) {
            const auto it = earlier.constFind(n.previousStopId);
            if (it == earlier.constEnd())
                continue;
            n.previousDay = it->at(0);
            n.previousOutcome = it->at(1);
            n.previousReason = it->at(2);
            n.previousNote = it->at(3);
        }
    }
    return notes;
}

} // namespace Replan
