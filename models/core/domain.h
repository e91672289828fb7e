#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <QtGlobal>

// The words of the operation, shared by every layer: what a stop, a route and
// a vehicle can be, in the feed's spelling (the stored and wire form).
namespace Domain {

// What happened at the door, as `stop.completed` reports it.
enum class Outcome { None, Delivered, NotHome, Refused, Damaged, WrongProduct, Incomplete };

// The state of a stop as the dispatcher sees it.
enum class StopState { Planned, Arrived, Done, Failed, Moved };

// What a crew is doing now, derived from events and the clock.
enum class RouteState { NotStarted, Driving, AtStop, OnBreak, Breakdown, Finished, NoContact };

// What `vehicle.status` reports.
enum class VehicleStatus { None, Breakdown, Repaired, BreakStart, BreakEnd };

QString outcomeKey(Outcome o);
Outcome outcomeFromKey(const QString &key, bool *ok = nullptr);
bool isFailure(Outcome o);

QString stopStateKey(StopState s);
StopState stopStateFromKey(const QString &key);

QString routeStateKey(RouteState s);
RouteState routeStateFromKey(const QString &key);

QString vehicleStatusKey(VehicleStatus s);
VehicleStatus vehicleStatusFromKey(const QString &key, bool *ok = nullptr);

// The services a stop can have, in the feed's spelling.
const QStringList &serviceKeys();
const QStringList &productTypeHints();

} // namespace Domain
