#include "clisupport.h"
#include "commands.h"

#include "eta/etareplay.h"
#include "feed/feedparser.h"
#include "feed/linesplitter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// "10m", "600s", "1h", or a number of minutes.
std::optional<qint64> parseInterval(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*([smh]?)\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    const QString unit = m.captured(2);
    const qint64 ms = unit == QLatin1String("s")   ? n * 1000
                      : unit == QLatin1String("h") ? n * 3600 * 1000
                                                   : n * 60 * 1000;
    if (ms < 1000 || ms > 24LL * 3600 * 1000)
        return std::nullopt;
    return ms;
}

} // namespace

int runEtaReplayCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replays a feed from an empty database and, at every interval of feed time, prints "
           "one JSON line per pending stop: {\"at\": TIME, \"stop\": ID, \"eta\": TIME, \"low\": "
           "TIME, \"high\": TIME}. Estimates use only the events up to that moment."));
    const QCommandLineOption every(QStringLiteral("every"),
                                   tr("Feed time between estimates: 10m, 600s, 1h (default 10m)."),
                                   QStringLiteral("INTERVAL"), QStringLiteral("10m"));
    const QCommandLineOption callAhead(
        QStringLiteral("call-ahead"),
        tr("Crews early for a window call ahead and go in at once instead of waiting."));
    const QCommandLineOption stats(QStringLiteral("stats"),
                                   tr("Print what the replay did and how long it took on stderr."));
    parser.addOption(every);
    parser.addOption(callAhead);
    parser.addOption(stats);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The feed file, or - for standard input."));
    if (auto code = Cli::parse(parser, args))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(parser, tr("give exactly one FILE (or - for standard input)"));
    const std::optional<qint64> interval = parseInterval(parser.value(every));
    if (!interval)
        return Cli::usageError(
            parser, tr("--every takes a duration from 1s to 24h such as 10m, 600s or 1h, not "
                       "\"%1\"")
                        .arg(parser.value(every)));

    const QString path = parser.positionalArguments().constFirst();
    QFile file;
    const bool opened = path == QLatin1String("-")
                            ? file.open(stdin, QIODevice::ReadOnly)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        Cli::err() << tr("error: cannot open %1: %2").arg(path, file.errorString()) << '\n';
        return Cli::Failed;
    }
    QList<QByteArray> lines;
    LineSplitter splitter;
    while (true) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        for (QByteArray &line : splitter.feed(chunk)) {
            if (!FeedParser::isBlank(line))
                lines.append(std::move(line));
        }
    }
    const QByteArray rest = splitter.takeRest();
    if (!FeedParser::isBlank(rest))
        lines.append(rest);

    EtaSettings settings;
    if (parser.isSet(callAhead))
        settings.earlyArrival = EtaSettings::EarlyArrival::CallAhead;

    // Plain stdio: a line per stop per moment adds up, and QTextStream would
    // re-encode every one of them.
    FeedTimeWriter times;
    QByteArray buffer;
    buffer.reserve(1 << 20);
    auto writeOut = [&buffer] {
        std::fwrite(buffer.constData(), 1, size_t(buffer.size()), stdout);
        buffer.clear();
    };
    QVector<const StopEta *> sorted;
    QElapsedTimer timer;
    timer.start();
    try {
        Cli::out().flush();
        const EtaReplay replay(settings, *interval);
        const EtaReplay::Summary summary =
            replay.run(lines, [&](qint64 at, EtaDay &, const EtaSnapshot &snapshot) {
                sorted.clear();
                for (const StopEta &e : snapshot)
                    sorted.append(&e);
                std::sort(sorted.begin(), sorted.end(),
                          [](const StopEta *a, const StopEta *b) { return a->stopId < b->stopId; });
                const QByteArray atText = times.format(at);
                for (const StopEta *e : std::as_const(sorted))
                    buffer.append(etaReplayLine(times, atText, *e)).append('\n');
                if (buffer.size() > (1 << 20))
                    writeOut();
                return true;
            });
        writeOut();
        std::fflush(stdout);
        if (parser.isSet(stats))
            Cli::err() << tr("%1 lines, %2 applied, %3 rejected; %4 moments, %5 estimates in %6 "
                             "ms (store %7 ms, reading %8 ms, estimating %9 ms)")
                              .arg(summary.lines)
                              .arg(summary.applied)
                              .arg(summary.rejected)
                              .arg(summary.ticks)
                              .arg(summary.estimates)
                              .arg(timer.elapsed())
                              .arg(summary.ingestNs / 1000000)
                              .arg(summary.readNs / 1000000)
                              .arg(summary.estimateNs / 1000000)
                       << Qt::endl;
        return Cli::Ok;
    } catch (const StoreError &error) {
        writeOut();
        Cli::err() << tr("error: %1").arg(error.message()) << '\n';
        return Cli::Failed;
    }
}
