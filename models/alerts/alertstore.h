#pragma once

#include "alert.h"

#include <QVector>

class Database;

// What one sync did: the alerts raised for the first time (for notices), and
// how many were updated, reopened or cleared.
struct AlertSyncResult
{
    QVector<Alert> raised;
    int updated = 0;
    int reopened = 0;
    int cleared = 0;
    bool changed() const { return !raised.isEmpty() || updated || reopened || cleared; }
};

// Keeps the alerts in the store: one row per cause, so a cause is never
// raised twice; a person's acknowledgement and resolution are kept and
// written to the audit log. Portable SQL.
class AlertStore
{
public:
    explicit AlertStore(Database &db);

    // Brings the store in line with what the detector sees at `now`, in one
    // transaction: new causes are raised; open ones updated; open alerts
    // whose cause went away (and that clear by themselves) are cleared; a
    // cleared alert whose cause returns is reopened (not raised again). An
    // alert a person resolved stays resolved.
    AlertSyncResult sync(const QVector<AlertFinding> &findings, qint64 now);

    // Open alerts, most severe first, then newest first.
    QVector<Alert> openAlerts();
    // Alerts raised or resolved since `since` (for history), newest first.
    QVector<Alert> recentAlerts(qint64 since, int limit = 500);
    Alert alert(qint64 id);
    int openCount();

    // Both return false when the alert does not exist or is already so.
    bool acknowledge(qint64 id, const QString &who, qint64 at);
    bool resolve(qint64 id, const QString &who, qint64 at, const QString &note);

    static QString clearedResolution() { return QStringLiteral("cleared"); }

private:
    QVector<Alert> load(const char *statement, const QVariantList &binds);
    void audit(qint64 at, const QString &who, const QString &action, qint64 id,
               const QString &detail);

    Database &m_db;
};
