#include "etabreakclock.h"

#include <algorithm>

std::optional<double> EtaBreakClock::commonMoment(QVector<Interval> intervals, int minAgreeing)
{
    intervals.erase(std::remove_if(intervals.begin(), intervals.end(),
                                   [](const Interval &i) { return !(i.fromMin < i.toMin); }),
                    intervals.end());
    if (intervals.size() < minAgreeing)
        return std::nullopt;

    // Sweep over the interval ends: an interval (from, to] counts from just
    // after `from` up to and including `to`.
    struct End
    {
        double at;
        int delta; // +1 opens (just after `at`), -1 closes (just after `at`)
    };
    QVector<End> ends;
    ends.reserve(intervals.size() * 2);
    for (const Interval &i : std::as_const(intervals)) {
        ends.append({i.fromMin, +1});
        ends.append({i.toMin, -1});
    }
    // At equal times a close comes first: (a, b] and (b, c] do not overlap.
    std::sort(ends.begin(), ends.end(), [](const End &a, const End &b) {
        return a.at < b.at || (a.at == b.at && a.delta < b.delta);
    });
    int open = 0, best = 0;
    double bestFrom = 0, bestTo = 0;
    for (int k = 0; k < ends.size(); ++k) {
        open += ends.at(k).delta;
        if (open > best && k + 1 < ends.size()) {
            best = open;
            bestFrom = ends.at(k).at;
            bestTo = ends.at(k + 1).at;
        }
    }
    if (best < minAgreeing || 2 * best <= intervals.size())
        return std::nullopt;
    return (bestFrom + bestTo) / 2;
}
