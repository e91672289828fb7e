// How good the dynamic ETA is: replays days exactly as `voorzet-cli
// eta-replay` does (estimates every 10 minutes of feed time from the events
// up to that moment), and scores each estimate against the stop's real
// arrival, at horizons of 30, 60, 120 and 240 minutes (real arrival minus the
// moment of the estimate, within a quarter of the horizon either way). Next
// to it two baselines over the same stops and moments: the plan's
// planned_arrival, and the plan shifted by the route's latest observed delay.
// Each baseline gets a band the same way the estimator does (quantiles of
// its own earlier errors at that horizon), so coverage compares fairly.
//
//   bench-eta [DIR|FEED.jsonl] [--seeds N] [--vans N] [--date YYYY-MM-DD] [--timing-vans N]
//             [--errors FILE]
//
// Without a path: N simulated days (seeds 1..N, default 4, 60 vans, with
// breakdowns and re-plans). With a directory: every *.jsonl in it.
// The last line is machine-readable:
//   mae60=X plan_mae60=Y naive_mae60=Z coverage60=W

#include "eta/etaday.h"
#include "eta/etareplay.h"
#include "feed/feedparser.h"
#include "simulator/daysimulator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextStream>
#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>
#include <variant>

namespace {

constexpr std::array<int, 4> Horizons = {30, 60, 120, 240};
constexpr double MinuteMs = 60000.0;

// Processor time of this thread: on a busy machine the wall clock also
// counts the time others had the processor.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Day
{
    QString name;
    QList<QByteArray> lines;
};

struct Score
{
    double absError = 0;
    double signedError = 0; // estimate - real: positive when estimated too late
    qint64 inside = 0;
    qint64 count = 0;
    void add(qint64 eta, qint64 low, qint64 high, qint64 actual)
    {
        absError += std::abs(double(eta - actual)) / MinuteMs;
        signedError += double(eta - actual) / MinuteMs;
        inside += (low <= actual && actual <= high) ? 1 : 0;
        ++count;
    }
    double mae() const { return count ? absError / double(count) : 0; }
    double bias() const { return count ? signedError / double(count) : 0; }
    double coverage() const { return count ? double(inside) / double(count) : 0; }
};

struct Scores
{
    std::array<Score, Horizons.size()> eta, plan, naive;
};

int horizonSlot(double minutesAhead)
{
    for (size_t i = 0; i < Horizons.size(); ++i) {
        const double h = Horizons[i];
        if (minutesAhead >= 0.75 * h && minutesAhead < 1.25 * h)
            return int(i);
    }
    return -1;
}

// A baseline's band: the quantiles of its own errors so far at the horizon.
class BaselineBand
{
public:
    void sample(const QString &stop, qint64 at, qint64 eta) { m_samples[stop].append({at, eta}); }
    // Stops that have arrived by `now` teach their errors.
    void learn(const QHash<QString, qint64> &arrivals, qint64 now)
    {
        for (auto it = m_samples.begin(); it != m_samples.end();) {
            const qint64 actual = arrivals.value(it.key(), 0);
            if (actual > 0 && actual <= now) {
                for (const auto &s : std::as_const(*it))
                    m_calibrator.addError(double(s.second - s.first) / MinuteMs,
                                          double(actual - s.second) / MinuteMs);
                it = m_samples.erase(it);
            } else {
                ++it;
            }
        }
        m_calibrator.refresh();
    }
    std::pair<qint64, qint64> band(qint64 at, qint64 eta) const
    {
        const EtaBandCalibrator::Band b = m_calibrator.band(double(eta - at) / MinuteMs);
        return {eta + qint64(b.lowMin * MinuteMs), eta + qint64(b.highMin * MinuteMs)};
    }

private:
    EtaBandCalibrator m_calibrator;
    QHash<QString, QVector<std::pair<qint64, qint64>>> m_samples;
};

QHash<QString, qint64> realArrivals(const QList<QByteArray> &lines, int *breakdowns, int *replans)
{
    QHash<QString, qint64> arrivals;
    QSet<QString> planned;
    for (const QByteArray &line : lines) {
        const FeedParser::Result r = FeedParser::parse(line);
        const auto *event = std::get_if<Feed::Event>(&r);
        if (!event)
            continue;
        if (const auto *a = std::get_if<Feed::StopArrival>(&event->payload)) {
            auto it = arrivals.find(a->stop);
            if (it == arrivals.end() || event->ts < *it)
                arrivals.insert(a->stop, event->ts);
        } else if (const auto *s = std::get_if<Feed::StatusChange>(&event->payload)) {
            if (s->status == Domain::VehicleStatus::Breakdown)
                ++*breakdowns;
        } else if (const auto *p = std::get_if<Feed::PlanRoute>(&event->payload)) {
            if (planned.contains(p->route.id))
                ++*replans;
            planned.insert(p->route.id);
        }
    }
    return arrivals;
}

// The route's latest observed delay: its last arrival against the plan, or
// its departure against the planned start.
QHash<QString, qint64> latestDelays(const EtaDay &day)
{
    QHash<QString, qint64> delays;
    for (auto it = day.routes().cbegin(); it != day.routes().cend(); ++it) {
        const EtaRoute &route = *it;
        qint64 latest = 0;
        qint64 delay = 0;
        for (const Stop &s : route.stops) {
            if (s.arrivedAt > latest && s.plannedArrival > 0) {
                latest = s.arrivedAt;
                delay = s.arrivedAt - s.plannedArrival;
            }
        }
        if (latest == 0 && route.route.startedAt > 0 && route.route.plannedStart > 0)
            delay = route.route.startedAt - route.route.plannedStart;
        delays.insert(it.key(), delay);
    }
    return delays;
}

// Every estimate with the baselines and the real arrival, one CSV line each,
// for looking into where the errors come from (--errors FILE).
QTextStream *errorLog = nullptr;

// Stops of the route still to be visited before `index`.
int pendingBefore(const EtaRoute &route, int index)
{
    int n = 0;
    for (int i = 0; i < index; ++i)
        n += EtaEstimator::isPending(route.stops.at(i)) ? 1 : 0;
    return n;
}

const char *crewState(const EtaDay &day, const EtaRoute &route)
{
    if (const Vehicle *v = day.vehicle(route.route.vehicleId)) {
        if (v->status == Domain::VehicleStatus::Breakdown)
            return "breakdown";
        if (v->status == Domain::VehicleStatus::BreakStart)
            return "break";
    }
    if (route.route.startedAt <= 0)
        return "not_started";
    for (const Stop &s : route.stops) {
        if (s.arrivedAt > 0 && s.completedAt <= 0)
            return "at_stop";
    }
    return "driving";
}

void scoreDay(const Day &day, Scores &total, qint64 *estimates)
{
    int breakdowns = 0, replans = 0;
    const QHash<QString, qint64> arrivals = realArrivals(day.lines, &breakdowns, &replans);
    Scores scores;
    BaselineBand planBand, naiveBand;
    QElapsedTimer timer;
    timer.start();
    const EtaReplay replay;
    const EtaReplay::Summary summary =
        replay.run(day.lines, [&](qint64 at, EtaDay &etaDay, const EtaSnapshot &snapshot) {
            planBand.learn(arrivals, at);
            naiveBand.learn(arrivals, at);
            const QHash<QString, qint64> delays = latestDelays(etaDay);
            for (const StopEta &e : snapshot) {
                const auto route = etaDay.routes().constFind(e.routeId);
                const int index = route->indexOf(e.stopId);
                const qint64 planned = route->stops.at(index).plannedArrival;
                const qint64 naive = planned + delays.value(e.routeId);
                planBand.sample(e.stopId, at, planned);
                naiveBand.sample(e.stopId, at, naive);
                const qint64 actual = arrivals.value(e.stopId, 0);
                if (errorLog && actual > at) {
                    const Stop &s = route->stops.at(index);
                    *errorLog << day.name.section(QLatin1Char(' '), 0, 0) << ',' << at << ','
                              << e.stopId << ',' << e.routeId << ','
                              << (e.eta - at) / MinuteMs << ',' << (e.low - at) / MinuteMs
                              << ',' << (e.high - at) / MinuteMs << ','
                              << (planned - at) / MinuteMs << ',' << (naive - at) / MinuteMs
                              << ',' << (actual - at) / MinuteMs << ','
                              << pendingBefore(*route, index) << ','
                              << (s.windowStart - at) / MinuteMs << ','
                              << (s.windowEnd - at) / MinuteMs << ','
                              << route->localHour(at) << ','
                              << (route->plannedBreakAt ? (route->plannedBreakAt - at) / MinuteMs : -9999)
                              << ',' << route->plannedBreakMin << ',' << int(route->breakTaken)
                              << ',' << crewState(etaDay, *route) << '\n';
                }
                if (actual <= at)
                    continue;
                const int slot = horizonSlot(double(actual - at) / MinuteMs);
                if (slot < 0)
                    continue;
                scores.eta[size_t(slot)].add(e.eta, e.low, e.high, actual);
                const auto pb = planBand.band(at, planned);
                scores.plan[size_t(slot)].add(planned, pb.first, pb.second, actual);
                const auto nb = naiveBand.band(at, naive);
                scores.naive[size_t(slot)].add(naive, nb.first, nb.second, actual);
            }
            return true;
        });
    *estimates += summary.estimates;
    out() << QStringLiteral("%1: %2 lines, %3 arrivals, %4 breakdowns, %5 re-plans; replayed in "
                            "%6 ms; mae60 %7 (plan %8, shifted plan %9), coverage60 %10")
                 .arg(day.name)
                 .arg(day.lines.size())
                 .arg(arrivals.size())
                 .arg(breakdowns)
                 .arg(replans)
                 .arg(timer.elapsed())
                 .arg(scores.eta[1].mae(), 0, 'f', 1)
                 .arg(scores.plan[1].mae(), 0, 'f', 1)
                 .arg(scores.naive[1].mae(), 0, 'f', 1)
                 .arg(scores.eta[1].coverage(), 0, 'f', 2)
          << Qt::endl;
    for (size_t i = 0; i < Horizons.size(); ++i) {
        for (auto [from, to] :
             {std::pair{&scores.eta, &total.eta}, std::pair{&scores.plan, &total.plan},
              std::pair{&scores.naive, &total.naive}}) {
            (*to)[i].absError += (*from)[i].absError;
            (*to)[i].signedError += (*from)[i].signedError;
            (*to)[i].inside += (*from)[i].inside;
            (*to)[i].count += (*from)[i].count;
        }
    }
}

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    QList<QByteArray> lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (QByteArray line : file.readAll().split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!FeedParser::isBlank(line))
            lines.append(line);
    }
    return lines;
}

QList<QByteArray> simulate(const QDate &date, quint64 seed, int vans)
{
    SimulationParams params;
    params.date = date;
    params.seed = seed;
    params.vans = vans;
    params.hubs = std::max(1, std::min(12, vans / 20));
    QList<QByteArray> lines;
    for (const FeedLine &l : DaySimulator::generate(params))
        lines.append(l.json);
    return lines;
}

// Re-estimating everything after one event on a busy day: a 500-van day is
// replayed to late morning, then one stop's arrival is applied and every
// pending stop estimated again, many times over; the median counts.
void timeReestimate(const QDate &date, int vans)
{
    const QList<QByteArray> lines = simulate(date, 7, vans);
    const EtaReplay replay;
    double medianMs = -1;
    double medianCpuMs = -1;
    qint64 stops = 0;
    replay.run(lines, [&](qint64 at, EtaDay &day, const EtaSnapshot &snapshot) {
        const int hour = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).time().hour();
        if (hour < 10 || snapshot.size() < 100)
            return true;
        // One event: the next pending stop of some route is reached.
        QVector<double> times, cpuTimes;
        QElapsedTimer timer;
        const QStringList routeIds = day.routes().keys();
        for (int round = 0; round < 41 && round < routeIds.size(); ++round) {
            EtaRoute route = day.routes().value(routeIds.at(round));
            for (Stop &s : route.stops) {
                if (EtaEstimator::isPending(s)) {
                    s.arrivedAt = at;
                    s.state = Domain::StopState::Arrived;
                    break;
                }
            }
            timer.start();
            const double cpu = threadCpuMs();
            day.setRoute(route.route, route.stops);
            const EtaSnapshot all = day.estimateAll(at);
            cpuTimes.append(threadCpuMs() - cpu);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            stops = all.size();
        }
        std::sort(times.begin(), times.end());
        std::sort(cpuTimes.begin(), cpuTimes.end());
        medianMs = times.isEmpty() ? -1 : times.at(times.size() / 2);
        medianCpuMs = cpuTimes.isEmpty() ? -1 : cpuTimes.at(cpuTimes.size() / 2);
        return false;
    });
    out() << QStringLiteral("Re-estimate after one event, %1-van day: %2 pending stops in %3 ms "
                            "of processor time, %4 ms of wall time (medians of 41)")
                 .arg(vans)
                 .arg(stops)
                 .arg(medianCpuMs, 0, 'f', 2)
                 .arg(medianMs, 0, 'f', 2)
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int seeds = 4, vans = 60, timingVans = 500;
    QDate date(2026, 11, 23);
    QString path, errorsPath;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--seeds") && hasValue)
            seeds = args.at(++i).toInt();
        else if (a == QLatin1String("--vans") && hasValue)
            vans = args.at(++i).toInt();
        else if (a == QLatin1String("--timing-vans") && hasValue)
            timingVans = args.at(++i).toInt();
        else if (a == QLatin1String("--date") && hasValue)
            date = QDate::fromString(args.at(++i), Qt::ISODate);
        else if (a == QLatin1String("--errors") && hasValue)
            errorsPath = args.at(++i);
        else if (!a.startsWith(QLatin1String("--")))
            path = a;
        else {
            QTextStream(stderr) << "usage: bench-eta [DIR|FEED.jsonl] [--seeds N] [--vans N] "
                                   "[--date YYYY-MM-DD] [--timing-vans N] [--errors FILE]\n";
            return 2;
        }
    }

    QVector<Day> days;
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        QStringList files;
        if (info.isDir()) {
            for (const QString &name :
                 QDir(path).entryList({QStringLiteral("*.jsonl"), QStringLiteral("*.ndjson")},
                                      QDir::Files, QDir::Name))
                files.append(QDir(path).filePath(name));
        } else {
            files.append(path);
        }
        for (const QString &f : files)
            days.append({QFileInfo(f).fileName(), readLines(f)});
        if (days.isEmpty()) {
            QTextStream(stderr) << "bench-eta: no feed files in " << path << '\n';
            return 1;
        }
    } else {
        for (int s = 1; s <= seeds; ++s)
            days.append({QStringLiteral("simulated %1 seed %2 (%3 vans)")
                             .arg(date.addDays(s - 1).toString(Qt::ISODate))
                             .arg(s)
                             .arg(vans),
                         simulate(date.addDays(s - 1), quint64(s), vans)});
    }

    QFile errorsFile(errorsPath);
    QTextStream errorsStream(&errorsFile);
    if (!errorsPath.isEmpty()) {
        if (!errorsFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream(stderr) << "bench-eta: cannot write " << errorsPath << '\n';
            return 1;
        }
        errorsStream << "day,at,stop,route,eta,low,high,plan,naive,actual,ahead,window_start,"
                        "window_end,hour,break_at,break_min,break_taken,state\n";
        errorLog = &errorsStream;
    }

    Scores total;
    qint64 estimates = 0;
    try {
        for (const Day &day : std::as_const(days))
            scoreDay(day, total, &estimates);
    } catch (const StoreError &error) {
        QTextStream(stderr) << "bench-eta: " << error.message() << '\n';
        return 1;
    }

    out() << '\n'
          << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                 .arg(QStringLiteral("horizon"), -8)
                 .arg(QStringLiteral("n"), 7)
                 .arg(QStringLiteral("eta_mae"), 8)
                 .arg(QStringLiteral("eta_bias"), 8)
                 .arg(QStringLiteral("eta_cov"), 8)
                 .arg(QStringLiteral("plan_mae"), 9)
                 .arg(QStringLiteral("plan_cov"), 9)
                 .arg(QStringLiteral("naive_mae"), 10)
                 .arg(QStringLiteral("naive_cov"), 10)
          << Qt::endl;
    for (size_t i = 0; i < Horizons.size(); ++i) {
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                     .arg(QStringLiteral("%1m").arg(Horizons[i]), -8)
                     .arg(total.eta[i].count, 7)
                     .arg(total.eta[i].mae(), 8, 'f', 1)
                     .arg(total.eta[i].bias(), 8, 'f', 1)
                     .arg(total.eta[i].coverage(), 8, 'f', 2)
                     .arg(total.plan[i].mae(), 9, 'f', 1)
                     .arg(total.plan[i].coverage(), 9, 'f', 2)
                     .arg(total.naive[i].mae(), 10, 'f', 1)
                     .arg(total.naive[i].coverage(), 10, 'f', 2)
              << Qt::endl;
    }
    out() << QStringLiteral("(mean absolute error in minutes; bias = mean of estimate - real; "
                            "cov = share of real arrivals inside the band; %1 estimates)")
                 .arg(estimates)
          << Qt::endl;
    if (path.isEmpty() && timingVans > 0)
        timeReestimate(date, timingVans);
    out() << QStringLiteral("mae60=%1 plan_mae60=%2 naive_mae60=%3 coverage60=%4")
                 .arg(total.eta[1].mae(), 0, 'f', 2)
                 .arg(total.plan[1].mae(), 0, 'f', 2)
                 .arg(total.naive[1].mae(), 0, 'f', 2)
                 .arg(total.eta[1].coverage(), 0, 'f', 3)
          << Qt::endl;
    return 0;
}
