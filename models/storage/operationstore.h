#pragma once

#include "core/entities.h"

#include <QHash>
#include <QStringList>
#include <QVector>

class Database;

// Reads the operation out of the store as plain values, for the item models,
// the command line and the estimators. Read-only; portable SQL.
class OperationStore
{
public:
    explicit OperationStore(Database &db);

    QStringList days(); // delivery days with routes, newest first
    QVector<Route> routes(const QString &day);
    QVector<Route> routesByIds(const QStringList &ids);
    QVector<Stop> stopsOfRoute(const QString &routeId, bool includeDropped = false);
    QVector<Stop> stopsByIds(const QStringList &ids);
    QVector<Stop> stopsOfDay(const QString &day);
    QVector<Vehicle> vehicles(const QStringList &ids = {});
    QVector<Hub> hubs();
    QVector<WeatherWarning> weatherWarnings();
    // The trail of a vehicle between two times, oldest first, as (lon, lat).
    QVector<QPointF> trail(const QString &vehicleId, qint64 from, qint64 to);

    qint64 rejectedCount();
    // The newest event time applied to the store (0 when empty).
    qint64 latestEventTs();

private:
    QVector<Route> loadRoutes(const QString &where, const QStringList &binds);
    QVector<Stop> loadStops(const QString &where, const QStringList &binds);

    Database &m_db;
};
