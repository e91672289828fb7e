#include "planning/vrptwsolver.h"

#include "planning/localsearch.h"
#include "planning/randomsource.h"
#include "planning/schedule.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

#include <time.h>

namespace Planning {

namespace {

constexpr double kBlinkRate = 0.01;
constexpr double kAverageRemoved = 10;
constexpr int kMaxStringLength = 10;

class RuinAndRecreate
{
public:
    RuinAndRecreate(const Problem &problem, RandomSource &random)
        : m_problem(problem)
        , m_random(random)
        , m_ruined(size_t(problem.siteCount()), 0)
    {
        const int n = problem.siteCount();
        const size_t keep = size_t(std::min(n - 1, 150));
        m_adjacent.resize(size_t(n));
        std::vector<int> others;
        for (int c = 1; c < n; ++c) {
            others.clear();
            for (int v = 1; v < n; ++v)
                others.push_back(v); // includes c itself at distance 0
            std::partial_sort(others.begin(), others.begin() + keep, others.end(),
                              [&](int x, int y) {
                                  const double dx = x == c ? -1 : problem.travel(c, x);
                                  const double dy = y == c ? -1 : problem.travel(c, y);
                                  return dx < dy;
                              });
            m_adjacent[size_t(c)].assign(others.begin(), others.begin() + keep);
        }
    }

    void ruin(Schedule &s)
    {
        const int assigned = m_problem.customerCount() - int(s.unassigned().size());
        if (assigned == 0 || s.routeCount() == 0)
            return;
        const double averageRoute = double(assigned) / s.routeCount();
        const double maxString = std::min<double>(kMaxStringLength, averageRoute);
        const double maxStrings = 4 * kAverageRemoved / (1 + maxString) - 1;
        const int strings = int(1 + m_random.uniform() * maxStrings);
        int seed = 1 + m_random.below(m_problem.customerCount());
        for (int tries = 0; !s.isAssigned(seed) && tries < 100; ++tries)
            seed = 1 + m_random.below(m_problem.customerCount());
        if (!s.isAssigned(seed))
            return;
        std::fill(m_ruined.begin(), m_ruined.end(), 0);
        m_removed.clear();
        int ruinedRoutes = 0;
        for (int c : m_adjacent[size_t(seed)]) {
            if (ruinedRoutes >= strings)
                break;
            if (!s.isAssigned(c))
                continue;
            const int r = s.routeOf(c);
            if (m_ruined[size_t(r)])
                continue;
            m_ruined[size_t(r)] = 1;
            ++ruinedRoutes;
            const Schedule::Route &route = s.route(r);
            const int size = route.customers();
            const int maxLength = std::max(1, int(std::min<double>(size, maxString)));
            const int length = 1 + m_random.below(maxLength);
            const int position = s.indexOf(c);
            m_victims.clear();
            if (length == size || m_random.uniform() < 0.5) {
                // A string of `length` customers that contains c.
                const int lowest = std::max(1, position - length + 1);
                const int highest = std::min(position, size - length + 1);
                const int first = lowest + m_random.below(highest - lowest + 1);
                for (int k = 0; k < length; ++k)
                    m_victims.push_back(route.nodes[size_t(first + k)]);
            } else {
                // A longer string of which a middle part stays.
                int kept = 1;
                while (length + kept < size && m_random.uniform() < 0.5)
                    ++kept;
                const int total = length + kept;
                const int lowest = std::max(1, position - total + 1);
                const int highest = std::min(position, size - total + 1);
                const int first = lowest + m_random.below(highest - lowest + 1);
                const int keepFrom = m_random.below(length + 1);
                for (int k = 0; k < total; ++k)
                    if (k < keepFrom || k >= keepFrom + kept)
                        m_victims.push_back(route.nodes[size_t(first + k)]);
            }
            for (int v : m_victims)
                s.unassign(v);
        }
    }

    // Inserts every unassigned customer at its cheapest feasible place (with
    // a few places skipped at random); opens a route when none fits and
    // `mayOpen` allows it.
    void recreate(Schedule &s, bool mayOpen)
    {
        m_order = s.unassigned();
        sortForInsertion(m_order);
        for (int u : m_order) {
            const Site &site = m_problem.site(u);
            int bestRoute = -1, bestPos = -1;
            double bestCost = 0;
            for (int r = 0; r < s.routeCount(); ++r) {
                const Schedule::Route &route = s.route(r);
                if (route.totalLoad() + site.demand > route.capacity + kTolerance)
                    continue;
                const int last = int(route.nodes.size()) - 1;
                for (int pos = 1; pos <= last; ++pos) {
                    if (route.start[size_t(pos - 1)] > site.due + kTolerance)
                        break;
                    const double cost = s.insertionCost(u, r, pos);
                    if (bestRoute >= 0 && cost >= bestCost)
                        continue;
                    if (m_random.uniform() < kBlinkRate)
                        continue;
                    if (!s.canInsert(u, r, pos))
                        continue;
                    bestRoute = r;
                    bestPos = pos;
                    bestCost = cost;
                }
            }
            if (bestRoute < 0 && mayOpen && s.hasFreeVehicle()) {
                const int r = s.openRoute();
                if (s.canInsert(u, r, 1)) {
                    bestRoute = r;
                    bestPos = 1;
                } else {
                    s.closeEmptyRoutes();
                }
            }
            if (bestRoute >= 0)
                s.insert(u, bestRoute, bestPos);
        }
    }

private:
    void sortForInsertion(std::vector<int> &order)
    {
        const int pick = m_random.below(13);
        const Problem &p = m_problem;
        if (pick < 4) {
            m_random.shuffle(order);
            return;
        }
        m_random.shuffle(order); // ties broken at random
        if (pick < 8)
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return p.site(a).demand > p.site(b).demand; });
        else if (pick < 10)
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return p.travel(0, a) > p.travel(0, b); });
        else if (pick < 11)
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return p.travel(0, a) < p.travel(0, b); });
        else
            std::stable_sort(order.begin(), order.end(),
                             [&](int a, int b) { return p.site(a).due < p.site(b).due; });
    }

    const Problem &m_problem;
    RandomSource &m_random;
    std::vector<std::vector<int>> m_adjacent;
    std::vector<char> m_ruined;
    std::vector<int> m_removed;
    std::vector<int> m_victims;
    std::vector<int> m_order;
};

double threadProcessorSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// The solver's budget: measured on a monotonic clock (or the thread's
// processor time), never the time of day.
class Budget
{
public:
    explicit Budget(const SolverOptions &options)
        : m_seconds(options.timeLimitSeconds)
        , m_iterations(options.maxIterations)
        , m_processorTime(options.processorTime)
        , m_begin(std::chrono::steady_clock::now())
        , m_processorBegin(threadProcessorSeconds())
    {}
    double wallSeconds() const
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_begin).count();
    }
    double processorSeconds() const { return threadProcessorSeconds() - m_processorBegin; }
    double elapsed() const { return m_processorTime ? processorSeconds() : wallSeconds(); }
    // 0 at the start, 1 when the budget is spent.
    double progress(long long iterations) const
    {
        double p = 0;
        if (m_seconds > 0)
            p = elapsed() / m_seconds;
        if (m_iterations > 0)
            p = std::max(p, double(iterations) / double(m_iterations));
        if (m_seconds <= 0 && m_iterations <= 0)
            p = 1;
        return p;
    }

private:
    double m_seconds;
    long long m_iterations;
    bool m_processorTime;
    std::chrono::steady_clock::time_point m_begin;
    double m_processorBegin;
};

bool better(const Schedule &a, const Schedule &b)
{
    if (a.unassigned().size() != b.unassigned().size())
        return a.unassigned().size() < b.unassigned().size();
    if (a.routeCount() != b.routeCount())
        return a.routeCount() < b.routeCount();
    return a.travel() < b.travel() - 1e-9;
}

} // namespace

SolverResult solveVrptw(const Problem &problem, const SolverOptions &options)
{
    SolverResult result;
    Budget budget(options);
    RandomSource random(options.seed);
    RuinAndRecreate rr(problem, random);
    const LocalSearch localSearch(problem);

    Schedule current(problem);
    rr.recreate(current, true);
    localSearch.descend(current, random.next());
    Schedule best = current;
    long long iteration = 0;

    // Phase 1: take a route away, then ruin and recreate until its customers
    // are placed again, preferring plans that leave out customers that were
    // left out less often.
    const double vehicleShare =
        options.minimiseVehicles ? std::clamp(options.vehicleShare, 0.0, 1.0) : 0.0;
    double totalDemand = 0, maxCapacity = 0;
    for (int c = 1; c < problem.siteCount(); ++c)
        totalDemand += problem.site(c).demand;
    for (const Vehicle &v : problem.fleet())
        maxCapacity = std::max(maxCapacity, v.capacity);
    const double demandBound = maxCapacity > 0 ? std::ceil(totalDemand / maxCapacity - 1e-9) : 0.0;
    const int lowerBound = int(std::clamp(demandBound, 0.0, double(problem.fleet().size())));
    // Customers that even the first construction could not place (too heavy,
    // unreachable in their window) do not block taking routes away.
    const size_t unplaceable = best.unassigned().size();
    if (vehicleShare > 0) {
        std::vector<long long> absences(size_t(problem.siteCount()), 0);
        auto absenceSum = [&](const Schedule &s) {
            long long sum = 0;
            for (int c : s.unassigned())
                sum += absences[size_t(c)];
            return sum;
        };
        auto withoutOneRoute = [&](const Schedule &from) {
            Schedule s = from;
            // Prefer short routes: the smallest of two picked at random.
            int r = random.below(s.routeCount());
            const int other = random.below(s.routeCount());
            if (s.route(other).customers() < s.route(r).customers())
                r = other;
            const std::vector<int> customers(s.route(r).nodes.begin() + 1,
                                             s.route(r).nodes.end() - 1);
            for (int c : customers)
                s.unassign(c);
            s.closeEmptyRoutes();
            return s;
        };
        if (best.routeCount() > std::max(lowerBound, 1))
            current = withoutOneRoute(best);
        Schedule candidate = current;
        double lastSuccess = budget.progress(iteration);
        double progress = lastSuccess;
        while (best.routeCount() > std::max(lowerBound, 1) && progress < vehicleShare &&
               progress - lastSuccess < options.vehicleStall) {
            ++iteration;
            candidate = current;
            rr.ruin(candidate);
            rr.recreate(candidate, false);
            candidate.closeEmptyRoutes();
            for (int c : candidate.unassigned())
                ++absences[size_t(c)];
            if (candidate.unassigned().size() < current.unassigned().size() ||
                absenceSum(candidate) < absenceSum(current))
                current = candidate;
            progress = budget.progress(iteration);
            if (current.unassigned().size() <= unplaceable) {
                best = current;
                lastSuccess = progress;
                if (best.routeCount() <= std::max(lowerBound, 1))
                    break;
                current = withoutOneRoute(best);
            }
        }
        current = best;
    }

    // Phase 2: shorten the plan with the fleet phase 1 left, under simulated
    // annealing; the temperature follows the plan's average leg.
    const double averageLeg =
        best.travel() / std::max(1, problem.customerCount() + best.routeCount());
    const double startTemperature = std::max(1e-9, options.startTemperature * averageLeg);
    const double endTemperature =
        std::max(1e-12, std::min(options.endTemperature * averageLeg, startTemperature));
    const bool mayOpen = !options.minimiseVehicles;
    Schedule candidate = current;
    double progress = budget.progress(iteration);
    const double phase2Begin = std::min(progress, 0.99);
    while (progress < 1.0) {
        ++iteration;
        candidate = current;
        rr.ruin(candidate);
        rr.recreate(candidate, mayOpen);
        candidate.closeEmptyRoutes();
        progress = budget.progress(iteration);
        if (candidate.unassigned().size() > current.unassigned().size())
            continue;
        if (options.minimiseVehicles && candidate.routeCount() > current.routeCount())
            continue;
        const double phase2 =
            std::clamp((progress - phase2Begin) / std::max(1e-9, 1.0 - phase2Begin), 0.0, 1.0);
        const double temperature =
            startTemperature * std::pow(endTemperature / startTemperature, phase2);
        const double threshold =
            current.travel() - temperature * std::log(std::max(1e-300, random.uniform()));
        if (candidate.travel() < threshold ||
            candidate.unassigned().size() < current.unassigned().size() ||
            (options.minimiseVehicles && candidate.routeCount() < current.routeCount())) {
            current = candidate;
            if (better(current, best)) {
                localSearch.descend(current, random.next());
                best = current;
            }
        }
    }

    result.plan = best.toPlan();
    result.travel = best.travel();
    result.vehicles = best.routeCount();
    result.iterations = iteration;
    result.seconds = budget.wallSeconds();
    result.processorSeconds = budget.processorSeconds();
    return result;
}

} // namespace Planning
