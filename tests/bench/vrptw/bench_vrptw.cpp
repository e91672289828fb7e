// bench-vrptw DIR: solves every instance (*.txt, Solomon's format) in DIR
// with the re-planning engine and compares with the best-known results in
// DIR/best_known.csv (instance,best_known_vehicles,best_known_distance).
//
// Each instance gets 0.9 s per 100 customers (at least 0.9 s) unless
// --time-limit is given; --cpu counts it in processor time instead of wall
// time. Prints one line per instance, one per class (C1, C2, R1, R2, RC1,
// RC2; Gehring-Homberger names like C1_2_1 give C1_2), then
//   feasible=N/M avg_gap_pct=X max_s=Y
// where a solution counts as feasible when the independent checker finds no
// broken rule and every customer is served, the gap is to the best-known
// distance (whatever the vehicle count) and max_s is the longest wall time of
// one instance, reading and checking included.

#include "planning/plancheck.h"
#include "planning/solomonreader.h"
#include "planning/vrptwsolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>

namespace {

struct BestKnown
{
    int vehicles = 0;
    double distance = 0;
};

struct Outcome
{
    QString name;
    int customers = 0;
    int vehicles = 0;
    double distance = 0;
    double seconds = 0;
    bool feasible = false;
    bool known = false;
    long long iterations = 0;
    double processorSeconds = 0;
    BestKnown best;
    double gap() const
    {
        return known && best.distance > 0 ? (distance - best.distance) / best.distance * 100 : 0;
    }
};

QMap<QString, BestKnown> readBestKnown(const QString &path)
{
    QMap<QString, BestKnown> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return result;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(',');
        if (fields.size() < 3)
            continue;
        bool okV = false, okD = false;
        BestKnown bk{fields[1].trimmed().toInt(&okV), fields[2].trimmed().toDouble(&okD)};
        if (okV && okD)
            result.insert(QString::fromLatin1(fields[0].trimmed()).toUpper(), bk);
    }
    return result;
}

QString classOf(const QString &name)
{
    static const QRegularExpression gh(QStringLiteral("^([A-Za-z]+\\d)_(\\d+)_"));
    static const QRegularExpression solomon(QStringLiteral("^([A-Za-z]+\\d)"));
    const QRegularExpressionMatch g = gh.match(name);
    if (g.hasMatch())
        return g.captured(1).toUpper() + QLatin1Char('_') + g.captured(2);
    const QRegularExpressionMatch s = solomon.match(name);
    return s.hasMatch() ? s.captured(1).toUpper() : name;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    double fixedLimit = 0;
    double perHundred = 0.9;
    quint64 seed = 1;
    QString only;
    bool processorTime = false;
    Planning::SolverOptions tuning;
    QString dir;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == QLatin1String("--time-limit"))
            fixedLimit = value().toDouble();
        else if (a == QLatin1String("--per-100"))
            perHundred = value().toDouble();
        else if (a == QLatin1String("--seed"))
            seed = value().toULongLong();
        else if (a == QLatin1String("--t0"))
            tuning.startTemperature = value().toDouble();
        else if (a == QLatin1String("--tf"))
            tuning.endTemperature = value().toDouble();
        else if (a == QLatin1String("--vehicle-share"))
            tuning.vehicleShare = value().toDouble();
        else if (a == QLatin1String("--vehicle-stall"))
            tuning.vehicleStall = value().toDouble();
        else if (a == QLatin1String("--cpu"))
            processorTime = true;
        else if (a == QLatin1String("--only"))
            only = value();
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << "usage: bench-vrptw DIR [--time-limit S | --per-100 S] [--seed N] [--only "
                   "REGEX] [--cpu]\n";
            return 0;
        } else if (dir.isEmpty())
            dir = a;
        else {
            err << "bench-vrptw: unexpected argument " << a << '\n';
            return 2;
        }
    }
    if (dir.isEmpty()) {
        err << "usage: bench-vrptw DIR [--time-limit S | --per-100 S] [--seed N] [--only REGEX] "
               "[--cpu]\n";
        return 2;
    }
    const QMap<QString, BestKnown> bestKnown =
        readBestKnown(QDir(dir).filePath(QStringLiteral("best_known.csv")));
    QStringList files = QDir(dir).entryList({QStringLiteral("*.txt"), QStringLiteral("*.TXT")},
                                            QDir::Files, QDir::Name);
    if (!only.isEmpty())
        files = files.filter(QRegularExpression(only));
    if (files.isEmpty()) {
        err << "bench-vrptw: no *.txt instances in " << dir << '\n';
        return 2;
    }

    std::vector<Outcome> outcomes;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("instance"), -12)
               .arg(QStringLiteral("n"), 5)
               .arg(QStringLiteral("veh"), 4)
               .arg(QStringLiteral("bk_veh"), 6)
               .arg(QStringLiteral("distance"), 10)
               .arg(QStringLiteral("bk_dist"), 10)
               .arg(QStringLiteral("gap_pct"), 8)
               .arg(QStringLiteral("time_s  ok   cpu_s  iterations"), 10);
    for (const QString &file : files) {
        const auto begin = std::chrono::steady_clock::now();
        Outcome o;
        o.name = QFileInfo(file).completeBaseName();
        try {
            const Planning::Problem problem =
                Planning::SolomonReader::readFile(QDir(dir).filePath(file));
            o.name = problem.name().isEmpty() ? o.name : problem.name();
            o.customers = problem.customerCount();
            Planning::SolverOptions options = tuning;
            options.seed = seed;
            options.processorTime = processorTime;
            options.timeLimitSeconds =
                fixedLimit > 0 ? fixedLimit
                               : perHundred * std::max(1.0, problem.customerCount() / 100.0);
            const Planning::SolverResult result = Planning::solveVrptw(problem, options);
            const Planning::PlanCheck check = Planning::checkPlan(problem, result.plan);
            o.vehicles = check.usedVehicles;
            o.distance = check.totalTravel;
            o.feasible = check.feasible() && check.unassignedCustomers == 0;
            o.iterations = result.iterations;
            o.processorSeconds = result.processorSeconds;
        } catch (const Planning::SolomonFormatError &e) {
            err << file << ": " << e.describe() << '\n';
        }
        o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
        const auto bk = bestKnown.find(o.name.toUpper());
        if (bk != bestKnown.end()) {
            o.known = true;
            o.best = *bk;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
                   .arg(o.name, -12)
                   .arg(o.customers, 5)
                   .arg(o.vehicles, 4)
                   .arg(o.known ? QString::number(o.best.vehicles) : QStringLiteral("-"), 6)
                   .arg(o.distance, 10, 'f', 2)
                   .arg(o.known ? QString::number(o.best.distance, 'f', 2) : QStringLiteral("-"),
                        10)
                   .arg(o.known ? QString::number(o.gap(), 'f', 2) : QStringLiteral("-"), 8)
                   .arg(o.seconds, 6, 'f', 2)
                   .arg(o.feasible ? QStringLiteral("yes") : QStringLiteral("NO"), 3)
                   .arg(o.processorSeconds, 7, 'f', 2)
                   .arg(o.iterations, 11);
        out.flush();
        outcomes.push_back(o);
    }

    std::map<QString, std::vector<const Outcome *>> classes;
    for (const Outcome &o : outcomes)
        classes[classOf(o.name)].push_back(&o);
    out << '\n'
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("class"), -8)
               .arg(QStringLiteral("count"), 5)
               .arg(QStringLiteral("sum_veh"), 8)
               .arg(QStringLiteral("bk_veh"), 7)
               .arg(QStringLiteral("avg_dist"), 10)
               .arg(QStringLiteral("bk_avg"), 10)
               .arg(QStringLiteral("gap_pct"), 8)
               .arg(QStringLiteral("max_s feasible"), 14);
    for (const auto &[name, members] : classes) {
        int vehicles = 0, bkVehicles = 0, feasible = 0, known = 0;
        double distance = 0, bkDistance = 0, gap = 0, maxSeconds = 0;
        for (const Outcome *o : members) {
            vehicles += o->vehicles;
            distance += o->distance;
            maxSeconds = std::max(maxSeconds, o->seconds);
            feasible += o->feasible ? 1 : 0;
            if (o->known) {
                ++known;
                bkVehicles += o->best.vehicles;
                bkDistance += o->best.distance;
                gap += o->gap();
            }
        }
        const int count = int(members.size());
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(name, -8)
                   .arg(count, 5)
                   .arg(vehicles, 8)
                   .arg(known ? QString::number(bkVehicles) : QStringLiteral("-"), 7)
                   .arg(distance / count, 10, 'f', 2)
                   .arg(known ? QString::number(bkDistance / known, 'f', 2) : QStringLiteral("-"),
                        10)
                   .arg(known ? QString::number(gap / known, 'f', 2) : QStringLiteral("-"), 8)
                   .arg(maxSeconds, 6, 'f', 2)
                   .arg(QStringLiteral("%1/%2").arg(feasible).arg(count), 8);
    }
    int feasible = 0, known = 0;
    double gap = 0, maxSeconds = 0;
    for (const Outcome &o : outcomes) {
        feasible += o.feasible ? 1 : 0;
        maxSeconds = std::max(maxSeconds, o.seconds);
        if (o.known) {
            ++known;
            gap += o.gap();
        }
    }
    out << '\n'
        << QStringLiteral("feasible=%1/%2 avg_gap_pct=%3 max_s=%4")
               .arg(feasible)
               .arg(outcomes.size())
               .arg(known ? QString::number(gap / known, 'f', 2) : QStringLiteral("nan"))
               .arg(maxSeconds, 0, 'f', 2)
        << '\n';
    return feasible == int(outcomes.size()) ? 0 : 1;
}
