#pragma once

#include "domain.h"

#include <QColor>
#include <QIcon>
#include <QString>

// How the operation's states read and look for the dispatcher, in the user's
// language: labels for states, outcomes, services and product types, and the
// one colour per state that every panel (board, table, map) uses.
namespace DomainText {

QString routeState(Domain::RouteState state);
QString stopState(Domain::StopState state);
QString outcome(Domain::Outcome outcome);
QString service(const QString &key);
QString services(const QStringList &keys);
QString productType(const QString &key);

QColor routeStateColor(Domain::RouteState state);
QColor stopStateColor(Domain::StopState state);

// A small swatch of `color` for tables and legends: a dot, or a square for
// states that need attention.
QIcon swatch(const QColor &color, bool square = false);

} // namespace DomainText
