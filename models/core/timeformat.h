#pragma once

#include <QString>
#include <QStringView>
#include <optional>

class QTimeZone;

// RFC 3339 timestamps as the feed carries them ("2026-11-23T09:14:05+01:00").
// Times are kept as milliseconds since the epoch (UTC) everywhere in the core.
namespace TimeFormat {

// Parses a full RFC 3339 date-time with an offset (or Z); fractional seconds
// are allowed. Anything else, including a date without an offset, is nullopt.
std::optional<qint64> parseRfc3339(QStringView text);
// Parses "YYYY-MM-DD" into days since the epoch; nullopt if not a real date.
std::optional<qint64> parseDate(QStringView text);

// Formats as RFC 3339 in the company's time zone (Europe/Amsterdam), with offset,
// to the second: the form the feed and the command-line output use.
QString toRfc3339(qint64 msecsSinceEpoch);
// "HH:mm" in the company's time zone, for tables.
QString toClock(qint64 msecsSinceEpoch);
// The company's date of a moment, "YYYY-MM-DD" (the form of a delivery day).
QString toDay(qint64 msecsSinceEpoch);
// The company's time zone: Europe/Amsterdam.
const QTimeZone &companyZone();

} // namespace TimeFormat
