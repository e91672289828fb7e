#include "noticestore.h"

#include "storage/database.h"
#include "storage/sqlbind.h"

#include <QSqlQuery>
#include <QUuid>

namespace Notices {

namespace {

OutboxMessage readMessage(const QSqlQuery &q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.incidentId = q.value(1).toString();
    m.customerId = q.value(2).toString();
    m.stopId = q.value(3).toString();
    m.idempotencyKey = q.value(4).toString();
    m.language = q.value(5).toString();
    m.channel = q.value(6).toString();
    m.recipientName = q.value(7).toString();
    m.phone = q.value(8).toString();
    m.email = q.value(9).toString();
    m.text = q.value(10).toString();
    m.edited = q.value(11).toInt() != 0;
    m.state = messageStateFromKey(q.value(12).toString());
    m.attempts = q.value(13).toInt();
    m.nextAttemptAt = q.value(14).toLongLong();
    m.lastError = q.value(15).toString();
    m.gatewayReason = q.value(16).toString();
    m.createdAt = q.value(17).toLongLong();
    m.updatedAt = q.value(18).toLongLong();
    m.sentAt = q.value(19).toLongLong();
    return m;
}

Incident readIncident(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toString();
    i.kind = kindFromKey(q.value(1).toString()).value_or(IncidentKind::Other);
    i.note = q.value(2).toString();
    i.scope = IncidentScope::fromJson(q.value(3).toString());
    i.from = q.value(4).toLongLong();
    i.to = q.value(5).toLongLong();
    i.state = incidentStateFromKey(q.value(6).toString());
    i.causeKey = q.value(7).toString();
    i.createdBy = q.value(8).toString();
    i.createdAt = q.value(9).toLongLong();
    i.decidedBy = q.value(10).toString();
    i.decidedAt = q.value(11).toLongLong();
    return i;
}

#define INCIDENT_COLUMNS                                                                           \
    "id, kind, note, scope, from_ts, to_ts, state, cause_key, created_by, created_at,"             \
    " decided_by, decided_at"

#define MESSAGE_COLUMNS                                                                            \
    "id, incident_id, customer_id, stop_id, idempotency_key, language, channel,"                   \
    " recipient_name, phone, email, text, edited, state, attempts, next_attempt_at,"               \
    " last_error, gateway_reason, created_at, updated_at, sent_at"

} // namespace

NoticeStore::NoticeStore(Database &db)
    : m_db(db)
{}

QString NoticeStore::addIncident(Incident incident)
{
    if (incident.id.isEmpty())
        incident.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery &q = m_db.prepared("INSERT INTO incidents (" INCIDENT_COLUMNS
                                 ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqlBind::bind(q, incident.id, kindKey(incident.kind), incident.note, incident.scope.toJson(),
                  incident.from, incident.to, incidentStateKey(incident.state), incident.causeKey,
                  incident.createdBy, incident.createdAt, incident.decidedBy, incident.decidedAt);
    Database::run(q);
    return incident.id;
}

std::optional<Incident> NoticeStore::incident(const QString &id)
{
    QSqlQuery &q = m_db.prepared("SELECT " INCIDENT_COLUMNS " FROM incidents WHERE id = ?");
    SqlBind::bind(q, id);
    Database::run(q);
    std::optional<Incident> out;
    if (q.next())
        out = readIncident(q);
    q.finish();
    return out;
}

std::optional<Incident> NoticeStore::incidentWithCause(const QString &causeKey)
{
    QSqlQuery &q = m_db.prepared("SELECT " INCIDENT_COLUMNS " FROM incidents WHERE cause_key = ?"
                                 " AND cause_key <> ''");
    SqlBind::bind(q, causeKey);
    Database::run(q);
    std::optional<Incident> out;
    if (q.next())
        out = readIncident(q);
    q.finish();
    return out;
}

QVector<Incident> NoticeStore::incidents()
{
    QSqlQuery &q =
        m_db.prepared("SELECT " INCIDENT_COLUMNS " FROM incidents ORDER BY created_at DESC, id");
    Database::run(q);
    QVector<Incident> out;
    while (q.next())
        out.append(readIncident(q));
    return out;
}

void NoticeStore::decideIncident(const QString &id, IncidentState state, const QString &by,
                                 qint64 at)
{
    Transaction t(m_db);
    QSqlQuery &q = m_db.prepared(
        "UPDATE incidents SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?");
    SqlBind::bind(q, incidentStateKey(state), by, at, id);
    Database::run(q);
    t.commit();
}

bool NoticeStore::confirmProposal(const Incident &incident, const QString &by, qint64 at)
{
    Transaction t(m_db);
    QSqlQuery &q = m_db.prepared(
        "UPDATE incidents SET kind = ?, note = ?, scope = ?, from_ts = ?, to_ts = ?,"
        " state = 'confirmed', decided_by = ?, decided_at = ? WHERE id = ? AND state = 'proposed'");
    SqlBind::bind(q, kindKey(incident.kind), incident.note, incident.scope.toJson(), incident.from,
                  incident.to, by, at, incident.id);
    Database::run(q);
    const bool confirmed = q.numRowsAffected() == 1;
    t.commit();
    return confirmed;
}

QVector<Incident> NoticeStore::incidentsInState(IncidentState state)
{
    QSqlQuery &q = m_db.prepared("SELECT " INCIDENT_COLUMNS
                                 " FROM incidents WHERE state = ? ORDER BY created_at DESC, id");
    SqlBind::bind(q, incidentStateKey(state));
    Database::run(q);
    QVector<Incident> out;
    while (q.next())
        out.append(readIncident(q));
    return out;
}

qint64 NoticeStore::queueMessage(const OutboxMessage &m, qint64 at)
{
    // ON CONFLICT DO NOTHING (SQLite 3.24+ and PostgreSQL): a second message
    // for the same incident and customer is not an error, it is not written.
    QSqlQuery &q = m_db.prepared(
        "INSERT INTO notice_outbox (incident_id, customer_id, stop_id, idempotency_key, language,"
        " channel, recipient_name, phone, email, text, edited, state, attempts, next_attempt_at,"
        " last_error, gateway_reason, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    const QString key =
        m.idempotencyKey.isEmpty() ? idempotencyKey(m.incidentId, m.customerId) : m.idempotencyKey;
    SqlBind::bind(q, m.incidentId, m.customerId, m.stopId, key, m.language, m.channel,
                  m.recipientName, m.phone, m.email, m.text, m.edited ? 1 : 0,
                  messageStateKey(m.state), m.nextAttemptAt, m.lastError, m.gatewayReason, at, at);
    Database::run(q);
    if (q.numRowsAffected() < 1)
        return 0;
    QSqlQuery &id = m_db.prepared("SELECT id FROM notice_outbox WHERE idempotency_key = ?");
    SqlBind::bind(id, key);
    Database::run(id);
    const qint64 newId = id.next() ? id.value(0).toLongLong() : 0;
    id.finish();
    OutboxMessage logged = m;
    logged.id = newId;
    log(logged, at, messageStateKey(m.state),
        m.state == MessageState::Failed ? m.lastError : m.channel);
    return newId;
}

QVector<OutboxMessage> NoticeStore::loadMessages(const char *statement, const QVariantList &binds)
{
    QSqlQuery &q = m_db.prepared(statement);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(SqlBind::placeholder(i), binds.at(i));
    Database::run(q);
    QVector<OutboxMessage> out;
    while (q.next())
        out.append(readMessage(q));
    return out;
}

std::optional<OutboxMessage> NoticeStore::message(qint64 id)
{
    const auto list =
        loadMessages("SELECT " MESSAGE_COLUMNS " FROM notice_outbox WHERE id = ?", {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.constFirst();
}

QVector<OutboxMessage> NoticeStore::messages(const QString &incidentId)
{
    if (incidentId.isEmpty())
        return loadMessages("SELECT " MESSAGE_COLUMNS " FROM notice_outbox ORDER BY id", {});
    return loadMessages("SELECT " MESSAGE_COLUMNS
                        " FROM notice_outbox WHERE incident_id = ? ORDER BY id",
                        {incidentId});
}

QVector<OutboxMessage> NoticeStore::messagesInState(MessageState state)
{
    return loadMessages("SELECT " MESSAGE_COLUMNS " FROM notice_outbox WHERE state = ? ORDER BY id",
                        {messageStateKey(state)});
}

QVector<OutboxMessage> NoticeStore::messagesForStop(const QString &stopId)
{
    return loadMessages("SELECT " MESSAGE_COLUMNS
                        " FROM notice_outbox WHERE stop_id = ? ORDER BY created_at, id",
                        {stopId});
}

QVector<OutboxMessage> NoticeStore::dueMessages(qint64 now, int limit)
{
    return loadMessages("SELECT " MESSAGE_COLUMNS " FROM notice_outbox WHERE state = 'queued'"
                        " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
                        {now, limit});
}

std::optional<qint64> NoticeStore::nextAttemptAt()
{
    QSqlQuery &q = m_db.prepared("SELECT count(*), min(next_attempt_at) FROM notice_outbox"
                                 " WHERE state = 'queued'");
    Database::run(q);
    std::optional<qint64> out;
    if (q.next() && q.value(0).toLongLong() > 0)
        out = q.value(1).toLongLong();
    q.finish();
    return out;
}

QMap<MessageState, int> NoticeStore::stateCounts(const QString &incidentId)
{
    QSqlQuery &q = m_db.prepared("SELECT state, count(*) FROM notice_outbox"
                                 " WHERE incident_id = ? OR ? = '' GROUP BY state");
    SqlBind::bind(q, incidentId, incidentId);
    Database::run(q);
    QMap<MessageState, int> out;
    while (q.next())
        out.insert(messageStateFromKey(q.value(0).toString()), q.value(1).toInt());
    return out;
}

int NoticeStore::recoverInterrupted(qint64 now)
{
    Transaction t(m_db);
    const QVector<OutboxMessage> left = messagesInState(MessageState::Sending);
    QSqlQuery &q = m_db.prepared("UPDATE notice_outbox SET state = 'queued', next_attempt_at = ?,"
                                 " updated_at = ? WHERE id = ? AND state = 'sending'");
    for (const OutboxMessage &m : left) {
        SqlBind::bind(q, now, now, m.id);
        Database::run(q);
        log(m, now, QStringLiteral("requeued"),
            QStringLiteral("interrupted while sending; retried with key %1").arg(m.idempotencyKey));
    }
    t.commit();
    return int(left.size());
}

bool NoticeStore::claimForSending(qint64 id, qint64 now)
{
    Transaction t(m_db);
    QSqlQuery &q = m_db.prepared(
        "UPDATE notice_outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?"
        " WHERE id = ? AND state = 'queued'");
    SqlBind::bind(q, now, id);
    Database::run(q);
    const bool claimed = q.numRowsAffected() == 1;
    if (claimed)
        logById(id, now, QStringLiteral("sending"), {});
    t.commit();
    return claimed;
}

void NoticeStore::markSent(qint64 id, qint64 now, const QString &detail)
{
    Transaction t(m_db);
    QSqlQuery &q = m_db.prepared("UPDATE notice_outbox SET state = 'sent', sent_at = ?,"
                                 " updated_at = ?, last_error = '' WHERE id = ?");
    SqlBind::bind(q, now, now, id);
    Database::run(q);
    logById(id, now, QStringLiteral("sent"), detail);
    t.commit();
}

void NoticeStore::markRetry(qint64 id, qint64 now, qint64 nextAttemptAt, const QString &error)
{
    Transaction t(m_db);
    QSqlQuery &q = m_db.prepared("UPDATE notice_outbox SET state = 'queued', next_attempt_at = ?,"
                                 " last_error = ?, updated_at = ? WHERE id = ?");
    SqlBind::bind(q, nextAttemptAt, error, now, id);
    Database::run(q);
    logById(id, now, QStringLiteral("retry"), error);
    t.commit();
}

void NoticeStore::markFailed(qint64 id, qint64 now, const QString &error,
                             const QString &gatewayReason)
{
    Transaction t(m_db);
    QSqlQuery &q = m_db.prepared("UPDATE notice_outbox SET state = 'failed', last_error = ?,"
                                 " gateway_reason = ?, updated_at = ? WHERE id = ?");
    SqlBind::bind(q, error, gatewayReason, now, id);
    Database::run(q);
    logById(id, now, QStringLiteral("failed"), gatewayReason.isEmpty() ? error : gatewayReason);
    t.commit();
}

bool NoticeStore::editText(qint64 id, const QString &text, const QString &by, qint64 now)
{
    Transaction t(m_db);
    QSqlQuery &q = m_db.prepared("UPDATE notice_outbox SET text = ?, edited = 1, updated_at = ?"
                                 " WHERE id = ? AND state = 'queued'");
    SqlBind::bind(q, text, now, id);
    Database::run(q);
    const bool changed = q.numRowsAffected() == 1;
    if (changed)
        logById(id, now, QStringLiteral("edited"), by);
    t.commit();
    return changed;
}

int NoticeStore::retryFailed(qint64 id, qint64 now)
{
    Transaction t(m_db);
    QSqlQuery &q = m_db.prepared(
        "UPDATE notice_outbox SET state = 'queued', attempts = 0, next_attempt_at = ?,"
        " gateway_reason = '', updated_at = ? WHERE id = ? AND state = 'failed'");
    SqlBind::bind(q, now, now, id);
    Database::run(q);
    const int n = q.numRowsAffected();
    if (n > 0)
        logById(id, now, QStringLiteral("requeued"), QStringLiteral("retry by the dispatcher"));
    t.commit();
    return n;
}

int NoticeStore::retryFailedOfIncident(const QString &incidentId, qint64 now)
{
    int n = 0;
    for (const OutboxMessage &m : messages(incidentId))
        if (m.state == MessageState::Failed)
            n += retryFailed(m.id, now);
    return n;
}

void NoticeStore::log(const OutboxMessage &m, qint64 at, const QString &event,
                      const QString &detail)
{
    QSqlQuery &q = m_db.prepared("INSERT INTO notice_log (at, stop_id, customer_id, incident_id,"
                                 " message_id, event, detail) VALUES (?, ?, ?, ?, ?, ?, ?)");
    SqlBind::bind(q, at, m.stopId, m.customerId, m.incidentId, m.id, event, detail);
    Database::run(q);
}

void NoticeStore::logById(qint64 id, qint64 at, const QString &event, const QString &detail)
{
    if (const auto m = message(id))
        log(*m, at, event, detail);
}

QVector<NoticeLogEntry> NoticeStore::loadLog(const char *statement, const QString &key)
{
    QSqlQuery &q = m_db.prepared(statement);
    SqlBind::bind(q, key);
    Database::run(q);
    QVector<NoticeLogEntry> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                    q.value(6).toString()});
    return out;
}

QVector<NoticeLogEntry> NoticeStore::logOfStop(const QString &stopId)
{
    return loadLog("SELECT at, stop_id, customer_id, incident_id, message_id, event, detail"
                   " FROM notice_log WHERE stop_id = ? ORDER BY at, id",
                   stopId);
}

QVector<NoticeLogEntry> NoticeStore::logOfCustomer(const QString &customerId)
{
    return loadLog("SELECT at, stop_id, customer_id, incident_id, message_id, event, detail"
                   " FROM notice_log WHERE customer_id = ? ORDER BY at, id",
                   customerId);
}

} // namespace Notices
