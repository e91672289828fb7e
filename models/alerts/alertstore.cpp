#include "alertstore.h"

#include "storage/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const char *const columns = "id, cause_key, kind, severity, day, route_id, stop_id, vehicle_id,"
                            " raised_at, updated_at, detail, acknowledged_by, acknowledged_at,"
                            " resolved_by, resolved_at, resolution";

QString detailText(const QVariantMap &detail)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(detail)).toJson(QJsonDocument::Compact));
}

QVariantMap detailFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object().toVariantMap();
}

Alert alertFrom(const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.causeKey = q.value(1).toString();
    a.kind = AlertKind::fromKey(q.value(2).toString());
    a.severity = AlertSeverity::fromKey(q.value(3).toString());
    a.day = q.value(4).toString();
    a.routeId = q.value(5).toString();
    a.stopId = q.value(6).toString();
    a.vehicleId = q.value(7).toString();
    a.raisedAt = q.value(8).toLongLong();
    a.updatedAt = q.value(9).toLongLong();
    a.detail = detailFrom(q.value(10).toString());
    a.acknowledgedBy = q.value(11).toString();
    a.acknowledgedAt = q.value(12).toLongLong();
    a.resolvedBy = q.value(13).toString();
    a.resolvedAt = q.value(14).toLongLong();
    a.resolution = q.value(15).toString();
    return a;
}

// Text is never bound as SQL NULL: a null QString would bind as NULL and
// break the NOT NULL columns.
void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
}

// Kinds whose alert goes away by itself when its cause does.
bool clearsByItself(const QString &kindKey)
{
    const AlertKind::Kind kind = AlertKind::fromKey(kindKey);
    return kind != AlertKind::FailedDelivery;
}

} // namespace

AlertStore::AlertStore(Database &db)
    : m_db(db)
{}

AlertSyncResult AlertStore::sync(const QVector<AlertFinding> &findings, qint64 now)
{
    AlertSyncResult result;
    m_db.begin();
    try {
        // What is stored for the causes seen now, and every open alert.
        struct Known
        {
            qint64 id;
            qint64 resolvedAt;
            QString resolution;
            QString severity;
            QString detail;
        };
        QHash<QString, Known> known;
        QHash<QString, bool> openClears; // cause -> clears by itself
        {
            QSqlQuery &q = m_db.prepared("SELECT cause_key, id, resolved_at, resolution, severity,"
                                         " detail, kind FROM alerts WHERE resolved_at = 0");
            Database::run(q);
            while (q.next()) {
                known.insert(q.value(0).toString(),
                             {q.value(1).toLongLong(), 0, q.value(3).toString(),
                              q.value(4).toString(), q.value(5).toString()});
                openClears.insert(q.value(0).toString(), clearsByItself(q.value(6).toString()));
            }
            q.finish();
        }
        QSqlQuery &findOne = m_db.prepared(
            "SELECT id, resolved_at, resolution, severity, detail FROM alerts WHERE cause_key = ?");
        QSqlQuery &insert = m_db.prepared(
            "INSERT INTO alerts (cause_key, kind, severity, day, route_id, stop_id, vehicle_id,"
            " raised_at, updated_at, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        QSqlQuery &update = m_db.prepared(
            "UPDATE alerts SET severity = ?, detail = ?, updated_at = ? WHERE id = ?");
        QSqlQuery &reopen =
            m_db.prepared("UPDATE alerts SET severity = ?, detail = ?, updated_at = ?,"
                          " resolved_at = 0, resolved_by = '', resolution = '' WHERE id = ?");
        QSet<QString> seen;
        for (const AlertFinding &f : findings) {
            if (seen.contains(f.causeKey))
                continue;
            seen.insert(f.causeKey);
            const QString severity = AlertSeverity::key(f.severity);
            const QString detail = detailText(f.detail);
            auto it = known.constFind(f.causeKey);
            Known k{0, 0, {}, {}, {}};
            if (it != known.constEnd()) {
                k = *it;
            } else {
                findOne.bindValue(0, f.causeKey);
                Database::run(findOne);
                if (findOne.next())
                    k = {findOne.value(0).toLongLong(), findOne.value(1).toLongLong(),
                         findOne.value(2).toString(), findOne.value(3).toString(),
                         findOne.value(4).toString()};
                findOne.finish();
            }
            if (k.id == 0) {
                bindAll(insert, {f.causeKey, AlertKind::key(f.kind), severity, f.day, f.routeId,
                                 f.stopId, f.vehicleId, now, now, detail});
                Database::run(insert);
                Alert a;
                a.id = insert.lastInsertId().toLongLong();
                a.causeKey = f.causeKey;
                a.kind = f.kind;
                a.severity = f.severity;
                a.day = f.day;
                a.routeId = f.routeId;
                a.stopId = f.stopId;
                a.vehicleId = f.vehicleId;
                a.raisedAt = now;
                a.updatedAt = now;
                a.detail = f.detail;
                result.raised.append(a);
            } else if (k.resolvedAt == 0) {
                if (k.severity != severity || k.detail != detail) {
                    bindAll(update, {severity, detail, now, k.id});
                    Database::run(update);
                    ++result.updated;
                }
            } else if (k.resolution == clearedResolution()) {
                bindAll(reopen, {severity, detail, now, k.id});
                Database::run(reopen);
                ++result.reopened;
            }
        }
        QSqlQuery &clear = m_db.prepared(
            "UPDATE alerts SET resolved_at = ?, resolution = ?, updated_at = ? WHERE id = ?");
        for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
            if (seen.contains(it.key()) || !openClears.value(it.key()))
                continue;
            bindAll(clear, {now, clearedResolution(), now, it->id});
            Database::run(clear);
            ++result.cleared;
        }
        m_db.commit();
    } catch (...) {
        m_db.rollback();
        throw;
    }
    return result;
}

QVector<Alert> AlertStore::load(const char *statement, const QVariantList &binds)
{
    QSqlQuery &q = m_db.prepared(statement);
    bindAll(q, binds);
    Database::run(q);
    QVector<Alert> out;
    while (q.next())
        out.append(alertFrom(q));
    q.finish();
    return out;
}

QVector<Alert> AlertStore::openAlerts()
{
    static const QByteArray statement =
        QByteArray("SELECT ") + columns +
        " FROM alerts WHERE resolved_at = 0 ORDER BY CASE severity WHEN 'severe' THEN 0"
        " WHEN 'warning' THEN 1 ELSE 2 END, raised_at DESC, id DESC";
    return load(statement.constData(), {});
}

QVector<Alert> AlertStore::recentAlerts(qint64 since, int limit)
{
    static const QByteArray statement =
        QByteArray("SELECT ") + columns +
        " FROM alerts WHERE raised_at >= ? OR resolved_at >= ? OR resolved_at = 0"
        " ORDER BY raised_at DESC, id DESC LIMIT ?";
    return load(statement.constData(), {since, since, limit});
}

Alert AlertStore::alert(qint64 id)
{
    static const QByteArray statement =
        QByteArray("SELECT ") + columns + " FROM alerts WHERE id = ?";
    const QVector<Alert> found = load(statement.constData(), {id});
    return found.isEmpty() ? Alert() : found.constFirst();
}

int AlertStore::openCount()
{
    QSqlQuery &q = m_db.prepared("SELECT count(*) FROM alerts WHERE resolved_at = 0");
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

bool AlertStore::acknowledge(qint64 id, const QString &who, qint64 at)
{
    m_db.begin();
    try {
        QSqlQuery &q = m_db.prepared("UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ?"
                                     " WHERE id = ? AND acknowledged_at = 0");
        bindAll(q, {who, at, id});
        Database::run(q);
        const bool done = q.numRowsAffected() > 0;
        if (done)
            audit(at, who, QStringLiteral("acknowledge"), id, {});
        m_db.commit();
        return done;
    } catch (...) {
        m_db.rollback();
        throw;
    }
}

bool AlertStore::resolve(qint64 id, const QString &who, qint64 at, const QString &note)
{
    m_db.begin();
    try {
        QSqlQuery &q = m_db.prepared(
            "UPDATE alerts SET resolved_by = ?, resolved_at = ?, resolution = ?, updated_at = ?,"
            " acknowledged_by = CASE WHEN acknowledged_at = 0 THEN ? ELSE acknowledged_by END,"
            " acknowledged_at = CASE WHEN acknowledged_at = 0 THEN ? ELSE acknowledged_at END"
            " WHERE id = ? AND resolved_at = 0");
        // A person's note never reads as "cleared by itself".
        const QString resolution =
            note == clearedResolution() ? note + QLatin1Char('.') : note;
        bindAll(q, {who, at, resolution, at, who, at, id});
        Database::run(q);
        const bool done = q.numRowsAffected() > 0;
        if (done)
            audit(at, who, QStringLiteral("resolve"), id, note);
        m_db.commit();
        return done;
    } catch (...) {
        m_db.rollback();
        throw;
    }
}

void AlertStore::audit(qint64 at, const QString &who, const QString &action, qint64 id,
                       const QString &detail)
{
    QSqlQuery &q = m_db.prepared("INSERT INTO audit_log (at, actor, action, object_type,"
                                 " object_id, detail) VALUES (?, ?, ?, 'alert', ?, ?)");
    bindAll(q, {at, who, action, QString::number(id), detail});
    Database::run(q);
}
