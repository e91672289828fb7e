#include "replan/rescuesearch.h"

#include <algorithm>
#include <cmath>

namespace Replan {

namespace {

constexpr int kNotPlaced = -2;
constexpr int kAnotherDay = -1;
constexpr int kMaxRounds = 100; // descents end long before; a guard against cycling on ties

// Sending a stop to another day breaks its promise.
const RescueSearch::Score kAnotherDayCost{1, 1, 0, 0};

} // namespace

RescueSearch::Score RescueSearch::Score::operator+(const Score &o) const
{
    return {broken + o.broken, rescheduled + o.rescheduled, lateness + o.lateness,
            travel + o.travel};
}

RescueSearch::Score RescueSearch::Score::operator-(const Score &o) const
{
    return {broken - o.broken, rescheduled - o.rescheduled, lateness - o.lateness,
            travel - o.travel};
}

bool RescueSearch::Score::operator<(const Score &o) const
{
    if (broken != o.broken)
        return broken < o.broken;
    if (rescheduled != o.rescheduled)
        return rescheduled < o.rescheduled;
    if (std::abs(lateness - o.lateness) > 1e-6)
        return lateness < o.lateness;
    return travel < o.travel - 1e-6;
}

RescueSearch::RescueSearch(const DayPlan &plan, std::vector<int> vans, std::vector<int> rescued,
                           double maxLateMin)
    : m_plan(plan)
    , m_vans(std::move(vans))
    , m_rescued(std::move(rescued))
    , m_maxLate(maxLateMin)
    , m_vanOf(size_t(plan.problem().siteCount()), kNotPlaced)
    , m_free(size_t(plan.problem().siteCount()), 0)
    , m_helper(size_t(plan.vans().size()), 0)
{
    for (int v = 0; v < plan.vans().size(); ++v) {
        m_visits.push_back(plan.vans().at(v).pending);
        m_times.push_back(plan.walk(v, m_visits.back()));
        for (int site : m_visits.back())
            m_vanOf[size_t(site)] = v;
    }
    for (int v : m_vans)
        m_helper[size_t(v)] = 1;
    for (int site : m_rescued) {
        m_free[size_t(site)] = 1;
        // Rescued stops leave the broken van; the search places them anew.
        const int from = m_vanOf[size_t(site)];
        if (from >= 0) {
            auto &visits = m_visits[size_t(from)];
            visits.erase(std::remove(visits.begin(), visits.end(), site), visits.end());
        }
        m_vanOf[size_t(site)] = kNotPlaced;
    }
}

void RescueSearch::pin(int site, int van)
{
    if (site <= 0 || site >= int(m_free.size()))
        return;
    m_free[size_t(site)] = 0;
    if (van < 0 || van >= int(m_visits.size())) {
        m_vanOf[size_t(site)] = kAnotherDay;
        return;
    }
    // The dispatcher decided: the best place on that van, even past the rules.
    const std::vector<int> &visits = m_visits[size_t(van)];
    std::vector<int> best;
    RouteTimes bestTimes;
    for (size_t pos = 0; pos <= visits.size(); ++pos) {
        std::vector<int> trial = visits;
        trial.insert(trial.begin() + long(pos), site);
        RouteTimes t = m_plan.walk(van, trial);
        if (best.empty() || better(t, bestTimes)) {
            best = std::move(trial);
            bestTimes = std::move(t);
        }
    }
    m_vanOf[size_t(site)] = van;
    setVisits(van, std::move(best), std::move(bestTimes));
}

RescueSearch::Score RescueSearch::scoreOf(const RouteTimes &t) const
{
    return {t.broken, 0, t.lateness, t.travel};
}

RescueSearch::Score RescueSearch::total() const
{
    Score s;
    for (int v : m_vans)
        s = s + scoreOf(m_times[size_t(v)]);
    for (int site : m_rescued)
        if (m_vanOf[size_t(site)] == kAnotherDay)
            s = s + kAnotherDayCost;
    return s;
}

bool RescueSearch::admissible(const std::vector<int> &visits, const RouteTimes &after,
                              const RouteTimes &before) const
{
    if (!after.withinDay && after.back > before.back + 1e-6)
        return false;
    for (size_t i = 0; i < visits.size(); ++i) {
        const int site = visits[i];
        if (m_free[size_t(site)] && after.start[i] - m_plan.problem().site(site).due > m_maxLate)
            return false;
    }
    return true;
}

bool RescueSearch::bestInsertion(int van, const std::vector<int> &visits, int site,
                                 std::vector<int> *out, RouteTimes *times) const
{
    const RouteTimes before = m_plan.walk(van, visits);
    bool found = false;
    Score bestScore;
    std::vector<int> trial;
    trial.reserve(visits.size() + 1);
    for (size_t pos = 0; pos <= visits.size(); ++pos) {
        trial.assign(visits.begin(), visits.begin() + long(pos));
        trial.push_back(site);
        trial.insert(trial.end(), visits.begin() + long(pos), visits.end());
        RouteTimes t = m_plan.walk(van, trial);
        if (!admissible(trial, t, before))
            continue;
        const Score s = scoreOf(t);
        if (!found || s < bestScore) {
            found = true;
            bestScore = s;
            *out = trial;
            *times = std::move(t);
        }
    }
    return found;
}

void RescueSearch::setVisits(int van, std::vector<int> visits, RouteTimes times)
{
    for (int site : visits)
        m_vanOf[size_t(site)] = van;
    m_visits[size_t(van)] = std::move(visits);
    m_times[size_t(van)] = std::move(times);
}

bool RescueSearch::changed(int van) const
{
    return m_visits[size_t(van)] != m_plan.vans().at(van).pending;
}

int RescueSearch::vanOf(int site) const
{
    const int v = m_vanOf[size_t(site)];
    return v >= 0 ? v : kAnotherDay;
}

std::vector<int> RescueSearch::rescheduled() const
{
    std::vector<int> sites;
    for (int site : m_rescued)
        if (m_vanOf[size_t(site)] < 0)
            sites.push_back(site);
    return sites;
}

// Most constrained first: each round the waiting stop with the fewest vans
// that can take it goes to its best one; a stop no van can take (or only at
// a higher price than another day) goes to another day.
void RescueSearch::construct()
{
    std::vector<int> waiting;
    for (int site : m_rescued)
        if (m_free[size_t(site)] && m_vanOf[size_t(site)] == kNotPlaced)
            waiting.push_back(site);
    struct Option
    {
        bool known = false;
        bool ok = false;
        Score delta;
        std::vector<int> visits;
        RouteTimes times;
    };
    const size_t vans = m_vans.size();
    std::vector<std::vector<Option>> cache(waiting.size(), std::vector<Option>(vans));
    std::vector<char> done(waiting.size(), 0);
    for (size_t round = 0; round < waiting.size(); ++round) {
        int chosen = -1, chosenVan = -1, chosenCount = 0;
        for (size_t w = 0; w < waiting.size(); ++w) {
            if (done[w])
                continue;
            int count = 0, bestVan = -1;
            for (size_t k = 0; k < vans; ++k) {
                Option &o = cache[w][k];
                const int v = m_vans[k];
                if (!o.known) {
                    o.known = true;
                    o.ok = bestInsertion(v, m_visits[size_t(v)], waiting[w], &o.visits, &o.times);
                    if (o.ok)
                        o.delta = scoreOf(o.times) - scoreOf(m_times[size_t(v)]);
                    o.ok = o.ok && o.delta < kAnotherDayCost;
                }
                if (!o.ok)
                    continue;
                ++count;
                if (bestVan < 0 || o.delta < cache[w][size_t(bestVan)].delta)
                    bestVan = int(k);
            }
            if (count == 0) {
                done[w] = 1;
                m_vanOf[size_t(waiting[w])] = kAnotherDay;
                continue;
            }
            const bool tighter =
                chosen < 0 || count < chosenCount ||
                (count == chosenCount &&
                 cache[w][size_t(bestVan)].delta < cache[size_t(chosen)][size_t(chosenVan)].delta);
            if (tighter) {
                chosen = int(w);
                chosenVan = bestVan;
                chosenCount = count;
            }
        }
        if (chosen < 0)
            break;
        Option &o = cache[size_t(chosen)][size_t(chosenVan)];
        setVisits(m_vans[size_t(chosenVan)], std::move(o.visits), std::move(o.times));
        done[size_t(chosen)] = 1;
        for (auto &row : cache)
            row[size_t(chosenVan)].known = false;
    }
}

bool RescueSearch::relocateImproves()
{
    bool improved = false;
    for (int site : m_rescued) {
        if (!m_free[size_t(site)])
            continue;
        const int from = m_vanOf[size_t(site)];
        Score removal = Score{} - kAnotherDayCost;
        std::vector<int> without;
        RouteTimes withoutTimes;
        if (from >= 0) {
            without = m_visits[size_t(from)];
            without.erase(std::remove(without.begin(), without.end(), site), without.end());
            withoutTimes = m_plan.walk(from, without);
            removal = scoreOf(withoutTimes) - scoreOf(m_times[size_t(from)]);
        }
        Score bestDelta;
        int bestVan = -3;
        std::vector<int> bestVisits;
        RouteTimes bestTimes;
        if (from >= 0 && removal + kAnotherDayCost < bestDelta) {
            bestDelta = removal + kAnotherDayCost;
            bestVan = kAnotherDay;
        }
        for (int v : m_vans) {
            if (v == from)
                continue;
            std::vector<int> visits;
            RouteTimes times;
            if (!bestInsertion(v, m_visits[size_t(v)], site, &visits, &times))
                continue;
            const Score delta = removal + (scoreOf(times) - scoreOf(m_times[size_t(v)]));
            if (delta < bestDelta) {
                bestDelta = delta;
                bestVan = v;
                bestVisits = std::move(visits);
                bestTimes = std::move(times);
            }
        }
        if (bestVan == -3)
            continue;
        if (from >= 0)
            setVisits(from, std::move(without), std::move(withoutTimes));
        if (bestVan >= 0)
            setVisits(bestVan, std::move(bestVisits), std::move(bestTimes));
        else
            m_vanOf[size_t(site)] = kAnotherDay;
        ++m_moves;
        improved = true;
    }
    return improved;
}

bool RescueSearch::exchangeImproves()
{
    bool improved = false;
    for (size_t x = 0; x < m_rescued.size(); ++x) {
        for (size_t y = x + 1; y < m_rescued.size(); ++y) {
            const int s = m_rescued[x], t = m_rescued[y];
            const int a = m_vanOf[size_t(s)], b = m_vanOf[size_t(t)];
            if (!m_free[size_t(s)] || !m_free[size_t(t)] || a < 0 || b < 0 || a == b)
                continue;
            std::vector<int> aWithout = m_visits[size_t(a)], bWithout = m_visits[size_t(b)];
            aWithout.erase(std::remove(aWithout.begin(), aWithout.end(), s), aWithout.end());
            bWithout.erase(std::remove(bWithout.begin(), bWithout.end(), t), bWithout.end());
            std::vector<int> aNew, bNew;
            RouteTimes aTimes, bTimes;
            if (!bestInsertion(a, aWithout, t, &aNew, &aTimes) ||
                !bestInsertion(b, bWithout, s, &bNew, &bTimes))
                continue;
            const Score delta = (scoreOf(aTimes) - scoreOf(m_times[size_t(a)])) +
                                (scoreOf(bTimes) - scoreOf(m_times[size_t(b)]));
            if (!(delta < Score{}))
                continue;
            setVisits(a, std::move(aNew), std::move(aTimes));
            setVisits(b, std::move(bNew), std::move(bTimes));
            ++m_moves;
            improved = true;
        }
    }
    return improved;
}

// Moves one stop elsewhere in the van, or reverses a stretch (2-opt).
bool RescueSearch::reorderImproves(int van)
{
    bool improved = false;
    std::vector<int> &visits = m_visits[size_t(van)];
    const size_t n = visits.size();
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < n; ++j) {
            if (i == j)
                continue;
            for (int kind = 0; kind < 2; ++kind) {
                std::vector<int> trial = visits;
                if (kind == 0) {
                    const int site = trial[i];
                    trial.erase(trial.begin() + long(i));
                    trial.insert(trial.begin() + long(j), site);
                } else if (i < j) {
                    std::reverse(trial.begin() + long(i), trial.begin() + long(j) + 1);
                } else {
                    continue;
                }
                RouteTimes t = m_plan.walk(van, trial);
                if (!admissible(trial, t, m_times[size_t(van)]) ||
                    !(scoreOf(t) < scoreOf(m_times[size_t(van)])))
                    continue;
                setVisits(van, std::move(trial), std::move(t));
                ++m_moves;
                improved = true;
            }
        }
    }
    return improved;
}

void RescueSearch::run()
{
    construct();
    for (int round = 0; round < kMaxRounds; ++round) {
        bool improved = relocateImproves();
        improved = exchangeImproves() || improved;
        for (int v : m_vans)
            if (changed(v))
                improved = reorderImproves(v) || improved;
        if (!improved)
            break;
    }
}

} // namespace Replan
