#pragma once

#include <QDate>
#include <QSet>

// Working days of the company: Monday to Friday except Dutch public holidays.
// Counts the fixed-date holidays (New Year, King's Day, Christmas), the ones
// that move with Easter (Easter Monday, Ascension Day, Whit Monday; Easter
// and Whit Sunday fall on a Sunday anyway) and Liberation Day (5 May) in
// lustrum years only, the years most collective agreements give it off.
// Good Friday is not a public day off in the Netherlands.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;

    // Liberation Day as a day off every year instead of every fifth year.
    void setLiberationDayEveryYear(bool everyYear) { m_liberationEveryYear = everyYear; }
    // An extra company day off (e.g. a bridge day).
    void addDayOff(const QDate &day) { m_extraDaysOff.insert(day); }

    static QDate easterSunday(int year);
    // The Dutch public holiday on `day`, or an empty name.
    QString holidayName(const QDate &day) const;
    bool isHoliday(const QDate &day) const { return !holidayName(day).isEmpty(); }
    bool isWorkingDay(const QDate &day) const;
    // The working day `count` working days after `from` (from itself is not
    // counted, whether or not it is a working day); count 0 is `from` moved
    // forward to a working day.
    QDate addWorkingDays(const QDate &from, int count) const;

private:
    bool m_liberationEveryYear = false;
    QSet<QDate> m_extraDaysOff;
};
