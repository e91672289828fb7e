#pragma once

#include <QByteArray>
#include <QDate>

// Local times of one delivery day in the company's zone (Europe/Amsterdam),
// as seconds since the epoch, and their RFC 3339 form. Formatting is done
// here with the day's offset (daylight-saving changes happen before 04:00,
// before anything the simulator writes), falling back to TimeFormat otherwise.
class DayClock
{
public:
    explicit DayClock(const QDate &date);

    const QDate &date() const { return m_date; }
    // Seconds since the epoch of hh:mm:ss local time on the day.
    qint64 at(int hour, int minute = 0, int second = 0) const;
    // Seconds since local midnight of `secs` (may exceed a day).
    qint64 secondsIntoDay(qint64 secs) const { return secs + m_offset - m_midnightLocal; }
    // Local hours as a fraction, 13.5 for half past one.
    double hourOfDay(qint64 secs) const { return double(secondsIntoDay(secs)) / 3600.0; }

    QByteArray rfc3339(qint64 secs) const;
    // "20261126"
    QByteArray compact() const { return m_compact; }

private:
    QDate m_date;
    QByteArray m_compact;
    int m_offset = 0;           // seconds east of UTC during the working day
    qint64 m_midnightLocal = 0; // local midnight as if UTC, in seconds
    qint64 m_fastFrom = 0;      // [fastFrom, fastTo) can use the fixed offset
    qint64 m_fastTo = 0;
};
