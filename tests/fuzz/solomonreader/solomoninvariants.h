#pragma once

#include "planning/plancheck.h"
#include "planning/solomonreader.h"
#include "planning/vrptwsolver.h"

#include <QString>

#include <cmath>

// What must hold for any input to the Solomon reader: it either refuses the
// input with an error that names a line inside the input and a field, or
// gives a problem whose numbers make sense; a small problem is then solved
// and the plan must pass the independent check. Returns what broke, or an
// empty string.
namespace SolomonInvariants {

inline QString violation(const QByteArray &input)
{
    using namespace Planning;
    try {
        const Problem p = SolomonReader::parse(input);
        if (p.siteCount() < 1 || p.fleet().empty())
            return QStringLiteral("a problem without depot or fleet");
        for (const Vehicle &v : p.fleet())
            if (!(v.capacity > 0) || !std::isfinite(v.capacity))
                return QStringLiteral("a vehicle without a positive capacity");
        for (const Site &s : p.sites())
            if (!(s.due >= s.ready) || s.demand < 0 || s.service < 0 || !std::isfinite(s.due))
                return QStringLiteral("a site with an impossible window, demand or service time");
        if (p.site(0).demand != 0)
            return QStringLiteral("a depot with demand");
        for (int i = 0; i < p.siteCount(); ++i)
            for (int j = 0; j < p.siteCount(); ++j)
                if (!(p.travel(i, j) >= 0) || !std::isfinite(p.travel(i, j)))
                    return QStringLiteral("a travel time that is negative or not finite");
        if (p.customerCount() <= 12 && p.fleet().size() <= 50) {
            SolverOptions options;
            options.timeLimitSeconds = 0;
            options.maxIterations = 30;
            const SolverResult result = solveVrptw(p, options);
            const PlanCheck check = checkPlan(p, result.plan);
            if (!check.feasible())
                return QStringLiteral("the solver's plan does not pass the check: %1")
                    .arg(check.violations.front().describe(p));
            if (check.servedCustomers + check.unassignedCustomers != p.customerCount())
                return QStringLiteral("customers lost between solver and plan");
        }
    } catch (const SolomonFormatError &e) {
        const int lines = int(input.count('\n')) + 1;
        if (e.line() < 1 || e.line() > lines)
            return QStringLiteral("error on line %1 of an input with %2 lines")
                .arg(e.line())
                .arg(lines);
        if (e.field().isEmpty() || e.message().isEmpty())
            return QStringLiteral("error without field or message");
    }
    return {};
}

} // namespace SolomonInvariants
