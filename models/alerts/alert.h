#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>
#include <QVector>

// What can need the dispatcher's attention. The keys are the stored form.
namespace AlertKind {
enum Kind { LateStop, Breakdown, NoContact, LongStop, FailedDelivery, Weather };
QString key(Kind kind);
Kind fromKey(const QString &key, bool *ok = nullptr);
const QVector<Kind> &all();
} // namespace AlertKind

namespace AlertSeverity {
enum Severity { Info = 0, Warning = 1, Severe = 2 };
QString key(Severity severity);
Severity fromKey(const QString &key);
} // namespace AlertSeverity

// One alert as the store keeps it: raised once per cause, updated while the
// cause lasts, acknowledged and resolved by a person (or cleared by Voorzet
// when the cause went away). Times are milliseconds since the epoch.
struct Alert
{
    qint64 id = 0;
    QString causeKey;
    AlertKind::Kind kind = AlertKind::LateStop;
    AlertSeverity::Severity severity = AlertSeverity::Warning;
    QString day;
    QString routeId;
    QString stopId;
    QString vehicleId;
    qint64 raisedAt = 0;
    qint64 updatedAt = 0;
    QVariantMap detail; // the figures behind the alert (times, minutes, names)
    QString acknowledgedBy;
    qint64 acknowledgedAt = 0;
    QString resolvedBy;
    qint64 resolvedAt = 0;
    QString resolution; // "cleared" when the cause went away, else the person's note

    bool isOpen() const { return resolvedAt == 0; }
    bool isAcknowledged() const { return acknowledgedAt > 0; }
};

// A cause the detector sees now. `clears`: the alert is resolved by itself
// when the cause is no longer seen (a late stop that arrived, a van that is
// heard from again); other alerts wait for a person.
struct AlertFinding
{
    QString causeKey;
    AlertKind::Kind kind = AlertKind::LateStop;
    AlertSeverity::Severity severity = AlertSeverity::Warning;
    QString day;
    QString routeId;
    QString stopId;
    QString vehicleId;
    QVariantMap detail;
    bool clears = true;
};

Q_DECLARE_METATYPE(Alert)
