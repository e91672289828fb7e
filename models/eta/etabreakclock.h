#pragma once

#include <QVector>
#include <optional>

// When crews take their break, read from the day's plans. A plan leaves room
// for a break after some stop; the planner put it there because that stop is
// the first one done after a moment of the day (a lunch rule), which lies
// after the stop before it was done. Each plan thus gives an interval for that
// moment; the moment most plans agree on is the day's rule. A crew that gets
// ahead of or behind its plan breaks by that clock, not at its plan's stop.
class EtaBreakClock
{
public:
    // The planned completions (minutes of the local day) around a plan's
    // break: after `fromMin` the break was not yet due, at `toMin` it was.
    struct Interval
    {
        double fromMin = 0;
        double toMin = 0;
    };

    // The moment (minutes of the local day) inside as many intervals as
    // possible, if at least `minAgreeing` plans and most of them agree on one;
    // the middle of the narrowest range they allow.
    static std::optional<double> commonMoment(QVector<Interval> intervals, int minAgreeing = 3);
    static bool contains(const Interval &interval, double minute)
    {
        return interval.fromMin < minute && minute <= interval.toMin;
    }
};
