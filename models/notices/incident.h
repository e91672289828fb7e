#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// An overmacht incident and the messages it sends, as plain values. Times are
// milliseconds since the epoch (UTC); 0 means "not set".
namespace Notices {

enum class IncidentKind { Breakdown, Snow, Ice, Storm, RoadClosure, WrongProduct, Other };
enum class IncidentState { Proposed, Confirmed, Dismissed };
enum class MessageState { Queued, Sending, Sent, Failed };

QString kindKey(IncidentKind kind);
std::optional<IncidentKind> kindFromKey(const QString &key);
const QVector<IncidentKind> &allKinds();
QString kindText(IncidentKind kind); // translated, for the dispatcher

QString incidentStateKey(IncidentState state);
IncidentState incidentStateFromKey(const QString &key);

QString messageStateKey(MessageState state);
MessageState messageStateFromKey(const QString &key);
QString messageStateText(MessageState state); // translated

// Which stops an incident concerns. A stop is in scope when it matches any of
// the listed stops, routes, hubs, postcode prefixes or the area (the
// customer's position inside the polygon); an empty scope matches nothing.
struct IncidentScope
{
    QStringList stopIds;
    QStringList routeIds;
    QStringList hubIds;
    QStringList postcodePrefixes; // compared without spaces, case-insensitive
    QVector<QPointF> area;        // (lon, lat) corners of a polygon, 3 or more

    bool isEmpty() const;
    QString toJson() const;
    static IncidentScope fromJson(const QString &json);
    QString describe() const; // one line for lists and the command line
};

struct Incident
{
    QString id;
    IncidentKind kind = IncidentKind::Other;
    QString note;
    IncidentScope scope;
    qint64 from = 0; // stops whose window overlaps [from, to]; 0 leaves a side open
    qint64 to = 0;
    IncidentState state = IncidentState::Confirmed;
    QString causeKey; // for proposed incidents: what proposed it, so it is proposed once
    QString createdBy;
    qint64 createdAt = 0;
    QString decidedBy;
    qint64 decidedAt = 0;
};

struct OutboxMessage
{
    qint64 id = 0;
    QString incidentId;
    QString customerId;
    QString stopId;
    QString idempotencyKey;
    QString language;
    QString channel; // sms or email
    QString recipientName;
    QString phone;
    QString email;
    QString text;
    bool edited = false;
    MessageState state = MessageState::Queued;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    QString lastError;
    QString gatewayReason;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 sentAt = 0;
};

// One line of a stop's or customer's message history.
struct NoticeLogEntry
{
    qint64 at = 0;
    QString stopId;
    QString customerId;
    QString incidentId;
    qint64 messageId = 0;
    QString event; // queued, edited, sending, sent, retry, failed, requeued
    QString detail;
};

// The key the gateway uses to drop a repeat: the same for an incident and a
// customer whatever desk, run or attempt sends it.
QString idempotencyKey(const QString &incidentId, const QString &customerId);

} // namespace Notices
