#include "workingcalendar.h"

#include <QCoreApplication>

QDate WorkingCalendar::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QString WorkingCalendar::holidayName(const QDate &day) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("WorkingCalendar", text); };
    const int year = day.year();
    const int month = day.month();
    const int dom = day.day();
    if (month == 1 && dom == 1)
        return tr("New Year's Day");
    // King's Day is moved to the Saturday before when 27 April is a Sunday.
    QDate kingsDay(year, 4, 27);
    if (kingsDay.dayOfWeek() == Qt::Sunday)
        kingsDay = kingsDay.addDays(-1);
    if (day == kingsDay)
        return tr("King's Day");
    if (month == 5 && dom == 5 && (m_liberationEveryYear || year % 5 == 0))
        return tr("Liberation Day");
    if (month == 12 && dom == 25)
        return tr("Christmas Day");
    if (month == 12 && dom == 26)
        return tr("Boxing Day");
    const qint64 fromEaster = easterSunday(year).daysTo(day);
    switch (fromEaster) {
    case 0:
        return tr("Easter Sunday");
    case 1:
        return tr("Easter Monday");
    case 39:
        return tr("Ascension Day");
    case 49:
        return tr("Whit Sunday");
    case 50:
        return tr("Whit Monday");
    default:
        break;
    }
    if (m_extraDaysOff.contains(day))
        return tr("Company day off");
    return {};
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    const int dow = day.dayOfWeek();
    return dow != Qt::Saturday && dow != Qt::Sunday && !isHoliday(day);
}

QDate WorkingCalendar::addWorkingDays(const QDate &from, int count) const
{
    QDate day = from;
    if (count <= 0) {
        while (!isWorkingDay(day))
            day = day.addDays(1);
        return day;
    }
    for (int left = count; left > 0;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --left;
    }
    return day;
}
