#include "planning/localsearch.h"

#include "planning/randomsource.h"

#include <algorithm>
#include <numeric>

namespace Planning {

namespace {

using Route = Schedule::Route;

// Leaving `fromSite` served at `startTime`, visiting `seq`, can the vehicle
// reach node `to` of `target` by its latest start?
bool reaches(const Problem &p, double startTime, int fromSite, const int *seq, int count,
             const Route &target, int to)
{
    double t = startTime;
    int here = fromSite;
    for (int k = 0; k < count; ++k) {
        const Site &s = p.site(seq[k]);
        t = std::max(s.ready, t + p.site(here).service + p.travel(here, seq[k]));
        if (t > s.due + kTolerance)
            return false;
        here = seq[k];
    }
    const int b = target.nodes[size_t(to)];
    double at = t + p.site(here).service + p.travel(here, b);
    if (size_t(to) + 1 < target.nodes.size())
        at = std::max(at, p.site(b).ready);
    return at <= target.latest[size_t(to)] + kTolerance;
}

double segmentLoad(const Route &route, int i, int k)
{
    return route.load[size_t(i + k - 1)] - route.load[size_t(i - 1)];
}

// Travel saved by taking nodes i..i+k-1 out (positive = shorter); the
// segment's inner legs stay with it.
double removalGain(const Problem &p, const Route &route, int i, int k)
{
    const int prev = route.nodes[size_t(i - 1)];
    const int next = route.nodes[size_t(i + k)];
    return p.travel(prev, route.nodes[size_t(i)]) + p.travel(route.nodes[size_t(i + k - 1)], next) -
           p.travel(prev, next);
}

bool removalFeasible(const Problem &p, const Route &route, int i, int k)
{
    return reaches(p, route.start[size_t(i - 1)], route.nodes[size_t(i - 1)], nullptr, 0, route,
                   i + k);
}

std::vector<int> customersOf(const Route &route)
{
    return std::vector<int>(route.nodes.begin() + 1, route.nodes.end() - 1);
}

// The routes' customer sequences after the move (second only when r1 != r2).
void moved(const Schedule &s, const Move &m, std::vector<int> &first, std::vector<int> &second)
{
    const Route &a = s.route(m.r1);
    const Route &b = s.route(m.r2);
    first = customersOf(a);
    second.clear();
    switch (m.type) {
    case Move::Type::Relocate: {
        const int u = a.nodes[size_t(m.i)];
        if (m.r1 == m.r2) {
            first.erase(first.begin() + (m.i - 1));
            const int at = m.j > m.i ? m.j - 2 : m.j - 1;
            first.insert(first.begin() + at, u);
        } else {
            first.erase(first.begin() + (m.i - 1));
            second = customersOf(b);
            second.insert(second.begin() + (m.j - 1), u);
        }
        break;
    }
    case Move::Type::Exchange:
        second = customersOf(b);
        std::swap(first[size_t(m.i - 1)], second[size_t(m.j - 1)]);
        break;
    case Move::Type::TwoOptStar: {
        std::vector<int> headA(a.nodes.begin() + 1, a.nodes.begin() + m.i + 1);
        std::vector<int> tailA(a.nodes.begin() + m.i + 1, a.nodes.end() - 1);
        std::vector<int> headB(b.nodes.begin() + 1, b.nodes.begin() + m.j + 1);
        std::vector<int> tailB(b.nodes.begin() + m.j + 1, b.nodes.end() - 1);
        first = headA;
        first.insert(first.end(), tailB.begin(), tailB.end());
        second = headB;
        second.insert(second.end(), tailA.begin(), tailA.end());
        break;
    }
    case Move::Type::OrOpt: {
        const std::vector<int> segment(a.nodes.begin() + m.i, a.nodes.begin() + m.i + m.length);
        first.erase(first.begin() + (m.i - 1), first.begin() + (m.i - 1 + m.length));
        second = customersOf(b);
        second.insert(second.begin() + (m.j - 1), segment.begin(), segment.end());
        break;
    }
    case Move::Type::TwoOpt:
        std::reverse(first.begin() + (m.i - 1), first.begin() + m.j);
        break;
    }
}

std::optional<double> evaluateByWalking(const Schedule &s, const Move &m)
{
    std::vector<int> first, second;
    moved(s, m, first, second);
    double t1 = 0, t2 = 0;
    if (!s.evaluate(s.route(m.r1).vehicle, first.data(), int(first.size()), &t1))
        return std::nullopt;
    if (m.r1 == m.r2)
        return t1 - s.route(m.r1).travel;
    if (!s.evaluate(s.route(m.r2).vehicle, second.data(), int(second.size()), &t2))
        return std::nullopt;
    return t1 + t2 - s.route(m.r1).travel - s.route(m.r2).travel;
}

} // namespace

bool Moves::valid(const Schedule &s, const Move &m)
{
    if (m.r1 < 0 || m.r2 < 0 || m.r1 >= s.routeCount() || m.r2 >= s.routeCount())
        return false;
    const int l1 = int(s.route(m.r1).nodes.size());
    const int l2 = int(s.route(m.r2).nodes.size());
    switch (m.type) {
    case Move::Type::Relocate:
        if (m.i < 1 || m.i > l1 - 2 || m.j < 1 || m.j > l2 - 1)
            return false;
        return m.r1 != m.r2 || (m.j != m.i && m.j != m.i + 1);
    case Move::Type::Exchange:
        return m.r1 != m.r2 && m.i >= 1 && m.i <= l1 - 2 && m.j >= 1 && m.j <= l2 - 2;
    case Move::Type::TwoOptStar:
        return m.r1 != m.r2 && m.i >= 0 && m.i <= l1 - 2 && m.j >= 0 && m.j <= l2 - 2;
    case Move::Type::OrOpt:
        return m.r1 != m.r2 && m.length >= 1 && m.i >= 1 && m.i + m.length - 1 <= l1 - 2 &&
               m.j >= 1 && m.j <= l2 - 1;
    case Move::Type::TwoOpt:
        return m.r1 == m.r2 && m.i >= 1 && m.i < m.j && m.j <= l1 - 2;
    }
    return false;
}

std::optional<double> Moves::evaluate(const Schedule &s, const Move &m)
{
    const Problem &p = s.problem();
    const Route &a = s.route(m.r1);
    const Route &b = s.route(m.r2);
    switch (m.type) {
    case Move::Type::Relocate: {
        if (m.r1 == m.r2)
            return evaluateByWalking(s, m);
        const int u = a.nodes[size_t(m.i)];
        if (b.totalLoad() + p.site(u).demand > b.capacity + kTolerance)
            return std::nullopt;
        if (!removalFeasible(p, a, m.i, 1) || !s.canInsert(u, m.r2, m.j))
            return std::nullopt;
        return s.insertionCost(u, m.r2, m.j) - removalGain(p, a, m.i, 1);
    }
    case Move::Type::Exchange: {
        const int u = a.nodes[size_t(m.i)];
        const int v = b.nodes[size_t(m.j)];
        const double du = p.site(u).demand, dv = p.site(v).demand;
        if (a.totalLoad() - du + dv > a.capacity + kTolerance ||
            b.totalLoad() - dv + du > b.capacity + kTolerance)
            return std::nullopt;
        if (!reaches(p, a.start[size_t(m.i - 1)], a.nodes[size_t(m.i - 1)], &v, 1, a, m.i + 1) ||
            !reaches(p, b.start[size_t(m.j - 1)], b.nodes[size_t(m.j - 1)], &u, 1, b, m.j + 1))
            return std::nullopt;
        const int p1 = a.nodes[size_t(m.i - 1)], n1 = a.nodes[size_t(m.i + 1)];
        const int p2 = b.nodes[size_t(m.j - 1)], n2 = b.nodes[size_t(m.j + 1)];
        return p.travel(p1, v) + p.travel(v, n1) - p.travel(p1, u) - p.travel(u, n1) +
               p.travel(p2, u) + p.travel(u, n2) - p.travel(p2, v) - p.travel(v, n2);
    }
    case Move::Type::TwoOptStar: {
        if (a.returnBy != b.returnBy)
            return evaluateByWalking(s, m);
        const double tailA = a.totalLoad() - a.load[size_t(m.i)];
        const double tailB = b.totalLoad() - b.load[size_t(m.j)];
        if (a.load[size_t(m.i)] + tailB > a.capacity + kTolerance ||
            b.load[size_t(m.j)] + tailA > b.capacity + kTolerance)
            return std::nullopt;
        if (!reaches(p, a.start[size_t(m.i)], a.nodes[size_t(m.i)], nullptr, 0, b, m.j + 1) ||
            !reaches(p, b.start[size_t(m.j)], b.nodes[size_t(m.j)], nullptr, 0, a, m.i + 1))
            return std::nullopt;
        const int a1 = a.nodes[size_t(m.i)], b1 = a.nodes[size_t(m.i + 1)];
        const int a2 = b.nodes[size_t(m.j)], b2 = b.nodes[size_t(m.j + 1)];
        return p.travel(a1, b2) + p.travel(a2, b1) - p.travel(a1, b1) - p.travel(a2, b2);
    }
    case Move::Type::OrOpt: {
        if (b.totalLoad() + segmentLoad(a, m.i, m.length) > b.capacity + kTolerance)
            return std::nullopt;
        if (!removalFeasible(p, a, m.i, m.length))
            return std::nullopt;
        const int *segment = a.nodes.data() + m.i;
        if (!reaches(p, b.start[size_t(m.j - 1)], b.nodes[size_t(m.j - 1)], segment, m.length, b,
                     m.j))
            return std::nullopt;
        const int prev = b.nodes[size_t(m.j - 1)], next = b.nodes[size_t(m.j)];
        const double added = p.travel(prev, segment[0]) + p.travel(segment[m.length - 1], next) -
                             p.travel(prev, next);
        return added - removalGain(p, a, m.i, m.length);
    }
    case Move::Type::TwoOpt:
        return evaluateByWalking(s, m);
    }
    return std::nullopt;
}

void Moves::apply(Schedule &s, const Move &m)
{
    std::vector<int> first, second;
    moved(s, m, first, second);
    s.setCustomers(m.r1, first);
    if (m.r1 != m.r2)
        s.setCustomers(m.r2, second);
}

LocalSearch::LocalSearch(const Problem &problem, int neighbours)
    : m_problem(problem)
    , m_neighbours(size_t(problem.siteCount()))
{
    std::vector<int> others;
    for (int c : problem.customers()) {
        others.clear();
        for (int v : problem.customers())
            if (v != c)
                others.push_back(v);
        const size_t keep = std::min(others.size(), size_t(std::max(neighbours, 0)));
        std::partial_sort(others.begin(), others.begin() + keep, others.end(), [&](int x, int y) {
            return problem.travel(c, x) < problem.travel(c, y);
        });
        m_neighbours[size_t(c)].assign(others.begin(), others.begin() + keep);
    }
}

int LocalSearch::descend(Schedule &s, std::uint64_t seed, long long maxMoves) const
{
    RandomSource random(seed);
    std::vector<int> order = m_problem.customers();
    int applied = 0;
    bool improved = true;
    std::vector<Move> candidates;
    while (improved && applied < maxMoves) {
        improved = false;
        random.shuffle(order);
        for (int u : order) {
            if (!s.isAssigned(u))
                continue;
            for (int v : m_neighbours[size_t(u)]) {
                if (!s.isAssigned(v))
                    continue;
                const int ru = s.routeOf(u), iu = s.indexOf(u);
                const int rv = s.routeOf(v), iv = s.indexOf(v);
                candidates.clear();
                candidates.push_back({Move::Type::Relocate, ru, iu, rv, iv + 1, 1});
                candidates.push_back({Move::Type::Relocate, ru, iu, rv, iv, 1});
                if (ru != rv) {
                    candidates.push_back({Move::Type::Exchange, ru, iu, rv, iv, 1});
                    candidates.push_back({Move::Type::TwoOptStar, ru, iu, rv, iv - 1, 1});
                    candidates.push_back({Move::Type::TwoOptStar, rv, iv, ru, iu - 1, 1});
                    for (int k = 2; k <= 3; ++k) {
                        candidates.push_back({Move::Type::OrOpt, ru, iu, rv, iv + 1, k});
                        candidates.push_back({Move::Type::OrOpt, ru, iu, rv, iv, k});
                    }
                } else {
                    candidates.push_back(
                        {Move::Type::TwoOpt, ru, std::min(iu, iv) + 1, ru, std::max(iu, iv), 1});
                }
                bool moved = false;
                for (const Move &m : candidates) {
                    if (!Moves::valid(s, m))
                        continue;
                    const std::optional<double> delta = Moves::evaluate(s, m);
                    if (delta && *delta < -1e-9) {
                        Moves::apply(s, m);
                        ++applied;
                        improved = true;
                        moved = true;
                        break;
                    }
                }
                if (moved)
                    break;
            }
        }
    }
    s.closeEmptyRoutes();
    return applied;
}

} // namespace Planning
