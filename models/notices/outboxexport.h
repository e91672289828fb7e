#pragma once

#include "notices/incident.h"

#include <QIODevice>
#include <QVector>

namespace Notices {

// Writes failed messages as CSV (RFC 4180, UTF-8, a header line) for manual
// follow-up: who to call or mail, what the message said and why it failed.
// Returns false when the device cannot be written.
bool writeFailedCsv(QIODevice &device, const QVector<OutboxMessage> &messages);
// One CSV field, quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &value);

} // namespace Notices
