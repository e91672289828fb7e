#pragma once

#include "alert.h"

#include <QColor>
#include <QString>

// How an alert reads for the dispatcher, in the user's language: made when
// shown, from the kind and the figures kept with the alert.
namespace AlertText {

QString kind(AlertKind::Kind kind);
QString severity(AlertSeverity::Severity severity);
// One line: what is wrong, with the figures ("Stop 4 (Jansen, Zwolle)
// expected 14:40, 25 min after its window").
QString summary(const Alert &alert);
// Acknowledged, resolved or cleared, by whom and when; "New" otherwise.
QString state(const Alert &alert);
QColor severityColor(AlertSeverity::Severity severity);
// A weather warning's kind ("snow") and level ("yellow") as the feed names them,
// in words ("Snow", "code yellow"); an unknown key stays as it is.
QString weatherKind(const QString &key);
QString weatherLevel(const QString &key);

} // namespace AlertText
