#pragma once

#include "planning/schedule.h"

#include <cstdint>
#include <optional>

// The local-search moves of the re-planning engine and a descent that applies
// improving ones until none is left. Moves between routes are checked in
// constant time from the routes' cached start, latest-start and load values
// (or-opt in the length of the moved segment); moves inside one route are
// checked by walking the route.
namespace Planning {

struct Move
{
    enum class Type {
        Relocate,   // the customer at (r1, i) goes before position j of r2 (r2 may be r1)
        Exchange,   // the customers at (r1, i) and (r2, j) swap places, r1 != r2
        TwoOptStar, // r1 keeps nodes 0..i and takes r2's tail after j; r2 the reverse
        OrOpt,  // the segment of `length` customers from (r1, i) goes before position j of r2 != r1
        TwoOpt, // the customers at positions i..j of r1 are visited in reverse order
    };
    Type type = Type::Relocate;
    int r1 = 0;
    int i = 0;
    int r2 = 0;
    int j = 0;
    int length = 1;
};

namespace Moves {

// Whether the move is well formed for the schedule (positions in range).
bool valid(const Schedule &schedule, const Move &move);
// The change in travel time if the move keeps every rule, or nothing.
std::optional<double> evaluate(const Schedule &schedule, const Move &move);
// Carries the move out (whether or not it keeps the rules); empty routes stay.
void apply(Schedule &schedule, const Move &move);

} // namespace Moves

// Descends with first-improvement over the moves between each customer and
// its nearest neighbours until no move shortens the plan. Returns the number
// of moves applied.
class LocalSearch
{
public:
    LocalSearch(const Problem &problem, int neighbours = 25);
    int descend(Schedule &schedule, std::uint64_t seed, long long maxMoves = 1000000) const;
    const std::vector<int> &neighboursOf(int customer) const
    {
        return m_neighbours[size_t(customer)];
    }

private:
    const Problem &m_problem;
    std::vector<std::vector<int>> m_neighbours;
};

} // namespace Planning
