#pragma once

#include "notices/incident.h"

#include <QMap>
#include <QVariantList>
#include <QVector>
#include <optional>

class Database;

namespace Notices {

// Reads and writes incidents, the outbox and the message log. Every write is
// one committed transaction, so the outbox's state on disk is always what the
// gateway may have seen: a message is `sending` (with its key) before it is
// posted, and `sent` only after the gateway said so. Throws StoreError.
class NoticeStore
{
public:
    explicit NoticeStore(Database &db);

    Database &database() { return m_db; }

    // Stores a new incident; gives it an id when it has none. Returns the id.
    QString addIncident(Incident incident);
    std::optional<Incident> incident(const QString &id);
    QVector<Incident> incidents();
    std::optional<Incident> incidentWithCause(const QString &causeKey);
    void decideIncident(const QString &id, IncidentState state, const QString &by, qint64 at);
    // Confirms a proposed incident with what the dispatcher made of it (kind,
    // note, scope, time range). False when it is no longer proposed.
    bool confirmProposal(const Incident &incident, const QString &by, qint64 at);
    QVector<Incident> incidentsInState(IncidentState state);

    // Queues a message unless the incident already has one for the customer.
    // Returns the new message's id, or 0 when one existed (nothing written).
    // Writes no transaction of its own: call it inside the caller's.
    qint64 queueMessage(const OutboxMessage &message, qint64 at);

    std::optional<OutboxMessage> message(qint64 id);
    QVector<OutboxMessage> messages(const QString &incidentId = {});
    QVector<OutboxMessage> messagesInState(MessageState state);
    // The messages about a stop (a customer's message names the first of
    // their affected stops), oldest first: the stop's notice history.
    QVector<OutboxMessage> messagesForStop(const QString &stopId);
    // Queued messages whose next attempt is due at `now`, oldest first.
    QVector<OutboxMessage> dueMessages(qint64 now, int limit = 100);
    // The earliest next attempt of a queued message, or nullopt when none is queued.
    std::optional<qint64> nextAttemptAt();
    // Per state, how many messages an incident has (all incidents for an empty id).
    QMap<MessageState, int> stateCounts(const QString &incidentId = {});

    // Messages a previous run left in `sending` (it stopped between posting
    // and recording) go back to the queue, due now, with their key. Returns how many.
    int recoverInterrupted(qint64 now);
    // Marks a queued message `sending` and counts the attempt, committed before
    // the post. False when it is no longer queued (another desk took it).
    bool claimForSending(qint64 id, qint64 now);
    void markSent(qint64 id, qint64 now, const QString &detail);
    void markRetry(qint64 id, qint64 now, qint64 nextAttemptAt, const QString &error);
    void markFailed(qint64 id, qint64 now, const QString &error, const QString &gatewayReason);
    // Replaces a queued message's text. False when it is not queued any more.
    bool editText(qint64 id, const QString &text, const QString &by, qint64 now);
    // Puts failed messages back in the queue (one message, or all of an incident).
    int retryFailed(qint64 id, qint64 now);
    int retryFailedOfIncident(const QString &incidentId, qint64 now);

    QVector<NoticeLogEntry> logOfStop(const QString &stopId);
    QVector<NoticeLogEntry> logOfCustomer(const QString &customerId);

private:
    void log(const OutboxMessage &m, qint64 at, const QString &event, const QString &detail);
    void logById(qint64 id, qint64 at, const QString &event, const QString &detail);
    QVector<OutboxMessage> loadMessages(const char *statement, const QVariantList &binds);
    QVector<NoticeLogEntry> loadLog(const char *statement, const QString &key);

    Database &m_db;
};

} // namespace Notices
