#pragma once

#include "replan/dayplan.h"

#include <vector>

// The search behind the breakdown rescue (see RescuePlanner): on a DayPlan,
// places the rescued stops on the helping vans or sends them to another day,
// and improves that by local search under the rescue's lexicographic score.
namespace Replan {

class RescueSearch
{
public:
    // `vans` are DayPlan van indices that may receive; `rescued` the sites to place.
    RescueSearch(const DayPlan &plan, std::vector<int> vans, std::vector<int> rescued,
                 double maxLateMin);

    // Fixes a rescued site to a van (-1: another day) before run().
    void pin(int site, int van);
    void run();

    // The van's visits after the search (its pending stops when untouched).
    const std::vector<int> &visits(int van) const { return m_visits[size_t(van)]; }
    bool changed(int van) const;
    int vanOf(int site) const; // -1: another day
    std::vector<int> rescheduled() const;
    long long movesApplied() const { return m_moves; }

    // Lexicographic: windows broken (a stop sent to another day counts as one),
    // stops sent to another day, minutes late, driving minutes.
    struct Score
    {
        int broken = 0;
        int rescheduled = 0;
        double lateness = 0;
        double travel = 0;

        Score operator+(const Score &o) const;
        Score operator-(const Score &o) const;
        bool operator<(const Score &o) const;
    };
    Score total() const;

private:
    Score scoreOf(const RouteTimes &t) const;
    // Whether the van's day after a change may be proposed: back in time (or
    // not later than before), no free rescued stop too late.
    bool admissible(const std::vector<int> &visits, const RouteTimes &after,
                    const RouteTimes &before) const;
    // The best admissible place for `site` on `van` given `visits` (which
    // must not hold it); false when there is none.
    bool bestInsertion(int van, const std::vector<int> &visits, int site, std::vector<int> *out,
                       RouteTimes *times) const;
    void setVisits(int van, std::vector<int> visits, RouteTimes times);

    void construct();
    bool relocateImproves();
    bool exchangeImproves();
    bool reorderImproves(int van);

    const DayPlan &m_plan;
    std::vector<int> m_vans;
    std::vector<int> m_rescued;
    double m_maxLate = 60;
    std::vector<std::vector<int>> m_visits; // by DayPlan van
    std::vector<RouteTimes> m_times;
    std::vector<int> m_vanOf;   // by site: -1 another day, -2 not placed yet
    std::vector<char> m_free;   // by site: a rescued stop the search may move
    std::vector<char> m_helper; // by van: may receive
    long long m_moves = 0;
};

} // namespace Replan
