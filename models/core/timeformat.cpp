#include "timeformat.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

bool digits(QStringView s, int from, int count, int &value)
{
    value = 0;
    for (int i = from; i < from + count; ++i) {
        if (i >= s.size())
            return false;
        const QChar c = s.at(i);
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    return true;
}

// Days from 1970-01-01 to the given civil date (proleptic Gregorian).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool validDate(int y, int m, int d)
{
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= lengths[m - 1] + (m == 2 && leap ? 1 : 0);
}

} // namespace

namespace TimeFormat {

std::optional<qint64> parseDate(QStringView s)
{
    int y, m, d;
    if (s.size() != 10 || !digits(s, 0, 4, y) || s.at(4) != u'-' || !digits(s, 5, 2, m) ||
        s.at(7) != u'-' || !digits(s, 8, 2, d) || !validDate(y, m, d))
        return std::nullopt;
    return daysFromCivil(y, m, d);
}

std::optional<qint64> parseRfc3339(QStringView s)
{
    // YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM|-HH:MM)
    if (s.size() < 20)
        return std::nullopt;
    const auto days = parseDate(s.left(10));
    if (!days)
        return std::nullopt;
    const QChar t = s.at(10);
    if (t != u'T' && t != u't' && t != u' ')
        return std::nullopt;
    int hh, mm, ss;
    if (!digits(s, 11, 2, hh) || s.at(13) != u':' || !digits(s, 14, 2, mm) || s.at(16) != u':' ||
        !digits(s, 17, 2, ss) || hh > 23 || mm > 59 || ss > 60)
        return std::nullopt;
    int pos = 19;
    qint64 ms = 0;
    if (pos < s.size() && s.at(pos) == u'.') {
        ++pos;
        int scale = 100, count = 0;
        while (pos < s.size() && s.at(pos) >= u'0' && s.at(pos) <= u'9') {
            ms += (s.at(pos).unicode() - u'0') * scale;
            scale /= 10;
            ++pos;
            ++count;
        }
        if (count == 0)
            return std::nullopt;
    }
    if (pos >= s.size())
        return std::nullopt;
    int offsetMin = 0;
    const QChar z = s.at(pos);
    if (z == u'Z' || z == u'z') {
        ++pos;
    } else if (z == u'+' || z == u'-') {
        int oh, om;
        if (!digits(s, pos + 1, 2, oh) || pos + 3 >= s.size() || s.at(pos + 3) != u':' ||
            !digits(s, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offsetMin = (oh * 60 + om) * (z == u'-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != s.size())
        return std::nullopt;
    const qint64 secs = *days * 86400 + hh * 3600 + mm * 60 + qMin(ss, 59) - offsetMin * 60;
    return secs * 1000 + ms;
}

const QTimeZone &companyZone()
{
    static const QTimeZone zone("Europe/Amsterdam");
    return zone;
}

QString toRfc3339(qint64 msecs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecs - msecs % 1000, companyZone());
    return t.toString(Qt::ISODate);
}

QString toClock(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, companyZone()).toString(QStringLiteral("HH:mm"));
}

QString toDay(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, companyZone()).date().toString(Qt::ISODate);
}

} // namespace TimeFormat
