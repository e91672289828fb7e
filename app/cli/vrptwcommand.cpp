#include "clisupport.h"
#include "commands.h"

#include "planning/plancheck.h"
#include "planning/solomonreader.h"
#include "planning/vrptwsolver.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

// Output (the keys are a fixed format for scripts, not prose):
//   instance: C101
//   customers: 100
//   vehicles: 10
//   distance: 828.94
//   time_s: 1.00
//   feasible: yes
//   unserved: 0
// then with --routes "route N: c1 c2 ..." per route. Exit 0 when the plan is
// feasible and serves everyone, 1 otherwise.
int runVrptwCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Solves a vehicle-routing instance with time windows in Solomon's text format and prints "
        "the vehicles used, the total distance, the time taken and whether every time window, "
        "capacity and working day holds (checked independently of the solver)."));
    const QCommandLineOption timeLimit(QStringLiteral("time-limit"),
                                       tr("Seconds the solver may take (default 1)."),
                                       QStringLiteral("SECONDS"), QStringLiteral("1"));
    const QCommandLineOption routes(
        QStringLiteral("routes"),
        tr("Also print one line per route: route N: customer numbers in order."));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption iterations(
        QStringLiteral("iterations"),
        tr("Stop after this many iterations (default: only the time limit)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption travelOnly(
        QStringLiteral("distance-only"),
        tr("Minimise distance only, not the number of vehicles first."));
    parser.addOptions({timeLimit, routes, seed, iterations, travelOnly});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The instance file."));
    if (auto code = Cli::parse(parser, args))
        return *code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Cli::usageError(parser, tr("give exactly one instance file"));

    Planning::SolverOptions options;
    bool ok = false;
    options.timeLimitSeconds = parser.value(timeLimit).toDouble(&ok);
    if (!ok || !(options.timeLimitSeconds > 0) || options.timeLimitSeconds > 86400)
        return Cli::usageError(parser, tr("--time-limit takes a positive number of seconds"));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return Cli::usageError(parser, tr("--seed takes a whole number"));
    options.maxIterations = parser.value(iterations).toLongLong(&ok);
    if (!ok || options.maxIterations < 0)
        return Cli::usageError(parser, tr("--iterations takes a whole number"));
    options.minimiseVehicles = !parser.isSet(travelOnly);

    try {
        const Planning::Problem problem =
            Planning::SolomonReader::readFile(positional.constFirst());
        const Planning::SolverResult result = Planning::solveVrptw(problem, options);
        const Planning::PlanCheck check = Planning::checkPlan(problem, result.plan);
        QTextStream &out = Cli::out();
        out << "instance: " << problem.name() << '\n'
            << "customers: " << problem.customerCount() << '\n'
            << "vehicles: " << check.usedVehicles << '\n'
            << "distance: " << QString::number(check.totalTravel, 'f', 2) << '\n'
            << "time_s: " << QString::number(result.seconds, 'f', 2) << '\n'
            << "feasible: " << (check.feasible() ? "yes" : "no") << '\n'
            << "unserved: " << check.unassignedCustomers << '\n';
        if (parser.isSet(routes)) {
            int number = 0;
            for (const Planning::RoutePlan &route : result.plan.routes) {
                if (route.visits.empty())
                    continue;
                out << "route " << ++number << ':';
                for (int site : route.visits)
                    out << ' ' << problem.site(site).number;
                out << '\n';
            }
        }
        out.flush();
        for (const Planning::PlanViolation &v : check.violations)
            Cli::err() << tr("violation: %1").arg(v.describe(problem)) << '\n';
        for (int site : result.plan.unassigned)
            Cli::err()
                << tr("unserved: customer %1 fits in no route").arg(problem.site(site).number)
                << '\n';
        Cli::err().flush();
        return check.feasible() && check.unassignedCustomers == 0 ? Cli::Ok : Cli::Failed;
    } catch (const Planning::SolomonFormatError &e) {
        Cli::err() << tr("error: %1: %2").arg(positional.constFirst(), e.describe()) << '\n';
        return Cli::Failed;
    }
}
