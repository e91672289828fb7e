// ReviewStore's follow-up cases: opened for every detractor with a due date
// in working days, contacted, resolved, reopened, with an owner and a return
// visit; every step in the audit log.
#include "reviewstore.h"

#include "reviewstoresql.h"
#include "core/timeformat.h"
#include "storage/database.h"

#include <QDateTime>
#include <QTimeZone>

using namespace ReviewStoreSql;

// --- follow-up cases

void ReviewStore::setCaseRules(const ReviewCaseRules &rules)
{
    m_rules = rules;
    m_calendar.setLiberationDayEveryYear(rules.liberationDayEveryYear);
}

QDate ReviewStore::dueDateFor(qint64 openedAt) const
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(openedAt, TimeFormat::companyZone()).date();
    return m_calendar.addWorkingDays(day, m_rules.workingDays);
}

bool ReviewStore::openCase(const QString &reviewId, qint64 now)
{
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO review_cases (review_id, owner, opened_at, due_date, state, updated_at)"
        " VALUES (?, ?, ?, ?, 'open', ?) ON CONFLICT (review_id) DO NOTHING"));
    bindAll(q,
            {text(reviewId), text(m_rules.owner), now, dueDateFor(now).toString(Qt::ISODate), now});
    Database::run(q);
    return q.numRowsAffected() > 0;
}

int ReviewStore::openCasesFor(const QStringList &reviewIds, qint64 now)
{
    int opened = 0;
    QSqlQuery &q = query(QStringLiteral("SELECT score FROM reviews WHERE id = ?"));
    QStringList detractors;
    for (const QString &id : reviewIds) {
        bindAll(q, {text(id)});
        Database::run(q);
        if (q.next() && Reviews::isDetractor(q.value(0).toInt()))
            detractors.append(id);
        q.finish();
    }
    for (const QString &id : detractors)
        opened += openCase(id, now) ? 1 : 0;
    return opened;
}

int ReviewStore::openMissingCases(qint64 now)
{
    QSqlQuery &q =
        query(QStringLiteral("SELECT r.id FROM reviews r WHERE r.score <= 6 AND NOT EXISTS"
                             " (SELECT 1 FROM review_cases k WHERE k.review_id = r.id)"));
    Database::run(q);
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    if (ids.isEmpty())
        return 0;
    Transaction transaction(m_db);
    int opened = 0;
    for (const QString &id : ids)
        opened += openCase(id, now) ? 1 : 0;
    transaction.commit();
    return opened;
}

namespace {
const char *const caseColumns =
    "SELECT id, review_id, owner, opened_at, due_date, state, contacted_at, resolved_at,"
    " resolution, return_stop_id, updated_at FROM review_cases";
}

ReviewCase ReviewStore::readCase(QSqlQuery &q)
{
    ReviewCase c;
    c.id = q.value(0).toLongLong();
    c.reviewId = q.value(1).toString();
    c.owner = q.value(2).toString();
    c.openedAt = q.value(3).toLongLong();
    c.dueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.state = Reviews::caseStateFromKey(q.value(5).toString()).value_or(Reviews::CaseState::Open);
    c.contactedAt = q.value(6).toLongLong();
    c.resolvedAt = q.value(7).toLongLong();
    c.resolution = q.value(8).toString();
    c.returnStopId = q.value(9).toString();
    c.updatedAt = q.value(10).toLongLong();
    return c;
}

std::optional<ReviewCase> ReviewStore::caseForReview(const QString &reviewId)
{
    QSqlQuery &q = query(QLatin1String(caseColumns) + QStringLiteral(" WHERE review_id = ?"));
    bindAll(q, {text(reviewId)});
    Database::run(q);
    std::optional<ReviewCase> out;
    if (q.next())
        out = readCase(q);
    q.finish();
    return out;
}

std::optional<ReviewCase> ReviewStore::caseById(qint64 id)
{
    QSqlQuery &q = query(QLatin1String(caseColumns) + QStringLiteral(" WHERE id = ?"));
    bindAll(q, {id});
    Database::run(q);
    std::optional<ReviewCase> out;
    if (q.next())
        out = readCase(q);
    q.finish();
    return out;
}

QVector<ReviewCase> ReviewStore::unresolvedCases()
{
    QSqlQuery &q = query(QLatin1String(caseColumns) +
                         QStringLiteral(" WHERE state <> 'resolved' ORDER BY due_date, id"));
    Database::run(q);
    QVector<ReviewCase> out;
    while (q.next())
        out.append(readCase(q));
    q.finish();
    return out;
}

ReviewCase ReviewStore::requireCase(qint64 caseId)
{
    const std::optional<ReviewCase> c = caseById(caseId);
    if (!c)
        throw ReviewCaseError(tr("There is no follow-up case %1.").arg(caseId));
    return *c;
}

void ReviewStore::markContacted(qint64 caseId, const QString &actor, qint64 at)
{
    Transaction transaction(m_db);
    const ReviewCase c = requireCase(caseId);
    if (c.state != Reviews::CaseState::Open)
        throw ReviewCaseError(tr("Case %1 is %2; only an open case can be marked as contacted.")
                                  .arg(caseId)
                                  .arg(Reviews::caseStateText(c.state)));
    QSqlQuery &q = query(QStringLiteral("UPDATE review_cases SET state = 'contacted',"
                                        " contacted_at = ?, updated_at = ? WHERE id = ?"));
    bindAll(q, {at, at, caseId});
    Database::run(q);
    audit(actor, QStringLiteral("case.contacted"), QStringLiteral("review_case"),
          QString::number(caseId), {}, at);
    transaction.commit();
}

void ReviewStore::resolveCase(qint64 caseId, const QString &note, const QString &actor, qint64 at)
{
    Transaction transaction(m_db);
    const ReviewCase c = requireCase(caseId);
    if (c.state == Reviews::CaseState::Resolved)
        throw ReviewCaseError(tr("Case %1 is already resolved.").arg(caseId));
    if (note.trimmed().isEmpty())
        throw ReviewCaseError(tr("Say how case %1 was resolved.").arg(caseId));
    QSqlQuery &q = query(QStringLiteral("UPDATE review_cases SET state = 'resolved',"
                                        " resolved_at = ?, resolution = ?, updated_at = ?"
                                        " WHERE id = ?"));
    bindAll(q, {at, text(note.trimmed()), at, caseId});
    Database::run(q);
    audit(actor, QStringLiteral("case.resolved"), QStringLiteral("review_case"),
          QString::number(caseId), note.trimmed(), at);
    transaction.commit();
}

void ReviewStore::reopenCase(qint64 caseId, const QString &actor, qint64 at)
{
    Transaction transaction(m_db);
    const ReviewCase c = requireCase(caseId);
    if (c.state != Reviews::CaseState::Resolved)
        throw ReviewCaseError(
            tr("Case %1 is not resolved; only a resolved case can be reopened.").arg(caseId));
    // Reopened, the case is due again as if it had just been opened.
    QSqlQuery &q = query(QStringLiteral("UPDATE review_cases SET state = 'open', resolved_at = 0,"
                                        " due_date = ?, updated_at = ? WHERE id = ?"));
    bindAll(q, {dueDateFor(at).toString(Qt::ISODate), at, caseId});
    Database::run(q);
    audit(actor, QStringLiteral("case.reopened"), QStringLiteral("review_case"),
          QString::number(caseId), c.resolution, at);
    transaction.commit();
}

void ReviewStore::setCaseOwner(qint64 caseId, const QString &owner, const QString &actor, qint64 at)
{
    Transaction transaction(m_db);
    requireCase(caseId);
    QSqlQuery &q =
        query(QStringLiteral("UPDATE review_cases SET owner = ?, updated_at = ? WHERE id = ?"));
    bindAll(q, {text(owner), at, caseId});
    Database::run(q);
    audit(actor, QStringLiteral("case.owner"), QStringLiteral("review_case"),
          QString::number(caseId), owner, at);
    transaction.commit();
}

void ReviewStore::setReturnVisit(qint64 caseId, const QString &stopId, const QString &actor,
                                 qint64 at)
{
    Transaction transaction(m_db);
    requireCase(caseId);
    QSqlQuery &q = query(
        QStringLiteral("UPDATE review_cases SET return_stop_id = ?, updated_at = ? WHERE id = ?"));
    bindAll(q, {text(stopId), at, caseId});
    Database::run(q);
    audit(actor, QStringLiteral("case.return_visit"), QStringLiteral("review_case"),
          QString::number(caseId), stopId, at);
    transaction.commit();
}

// --- team wall

qint64 ReviewStore::share(const QString &reviewId, const QString &sharedBy, const QString &note,
                          qint64 at)
{
    Transaction transaction(m_db);
    QSqlQuery &q = query(QStringLiteral("INSERT INTO review_shares (review_id, shared_by, note,"
                                        " shared_at) VALUES (?, ?, ?, ?)"));
    bindAll(q, {text(reviewId), text(sharedBy), text(note.trimmed()), at});
    Database::run(q);
    const qint64 id = q.lastInsertId().toLongLong();
    transaction.commit();
    return id;
}

QVector<ReviewShare> ReviewStore::wall(int limit)
{
    QSqlQuery &q = query(QStringLiteral("SELECT id, review_id, shared_by, note, shared_at"
                                        " FROM review_shares ORDER BY shared_at DESC, id DESC"
                                        " LIMIT ?"));
    bindAll(q, {limit});
    Database::run(q);
    QVector<ReviewShare> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong()});
    q.finish();
    return out;
}
