#include "dayclock.h"

#include "core/timeformat.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

void twoDigits(char *out, int v)
{
    out[0] = char('0' + v / 10);
    out[1] = char('0' + v % 10);
}

} // namespace

DayClock::DayClock(const QDate &date)
    : m_date(date)
    , m_compact(date.toString(QStringLiteral("yyyyMMdd")).toLatin1())
{
    const QTimeZone &zone = TimeFormat::companyZone();
    const QDateTime noon(date, QTime(12, 0), zone);
    m_offset = zone.offsetFromUtc(noon);
    m_midnightLocal = QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    m_fastFrom = QDateTime(date, QTime(4, 0), zone).toSecsSinceEpoch();
    m_fastTo = QDateTime(date.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
}

qint64 DayClock::at(int hour, int minute, int second) const
{
    return m_midnightLocal + hour * 3600 + minute * 60 + second - m_offset;
}

QByteArray DayClock::rfc3339(qint64 secs) const
{
    if (secs < m_fastFrom || secs >= m_fastTo)
        return TimeFormat::toRfc3339(secs * 1000).toLatin1();
    const qint64 local = secs + m_offset;
    qint64 days = local / 86400;
    int rest = int(local - days * 86400);
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    const QDate d = QDate(1970, 1, 1).addDays(days);
    char buf[26];
    const int y = d.year();
    buf[0] = char('0' + y / 1000);
    buf[1] = char('0' + y / 100 % 10);
    buf[2] = char('0' + y / 10 % 10);
    buf[3] = char('0' + y % 10);
    buf[4] = '-';
    twoDigits(buf + 5, d.month());
    buf[7] = '-';
    twoDigits(buf + 8, d.day());
    buf[10] = 'T';
    twoDigits(buf + 11, rest / 3600);
    buf[13] = ':';
    twoDigits(buf + 14, rest / 60 % 60);
    buf[16] = ':';
    twoDigits(buf + 17, rest % 60);
    const int off = m_offset < 0 ? -m_offset : m_offset;
    buf[19] = m_offset < 0 ? '-' : '+';
    twoDigits(buf + 20, off / 3600);
    buf[22] = ':';
    twoDigits(buf + 23, off / 60 % 60);
    return QByteArray(buf, 25);
}
