#include "clisupport.h"
#include "commands.h"

#include "core/clock.h"
#include "feed/feedingester.h"
#include "feed/linesplitter.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonObject summaryJson(const IngestSummary &s, qint64 pendingNow, double seconds)
{
    QJsonObject rejected;
    for (auto it = s.rejectedByReason.cbegin(); it != s.rejectedByReason.cend(); ++it)
        rejected.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("lines"), s.lines},
        {QStringLiteral("applied"), s.applied + s.released},
        {QStringLiteral("duplicates"), s.duplicates},
        {QStringLiteral("rejected"), s.rejected()},
        {QStringLiteral("rejected_by_reason"), rejected},
        {QStringLiteral("pending"), pendingNow},
        {QStringLiteral("stale_plans"), s.stale},
        {QStringLiteral("seconds"), seconds},
    };
}

} // namespace

int runIngestCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Applies a feed (JSON Lines, see FEED.md) to the database and prints a JSON summary: "
           "applied, duplicates, rejected by reason, pending."));
    parser.addOption(Cli::databaseOption());
    const QCommandLineOption follow(QStringLiteral("follow"),
                                    tr("Keep reading as the file grows (stop with Ctrl+C)."));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   tr("Events per transaction (default 5000)."),
                                   QStringLiteral("N"), QStringLiteral("5000"));
    parser.addOption(follow);
    parser.addOption(batch);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The feed file, or - for standard input."));
    if (auto code = Cli::parse(parser, args))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(parser, tr("give exactly one FILE (or - for standard input)"));
    bool ok = false;
    const int batchSize = parser.value(batch).toInt(&ok);
    if (!ok || batchSize < 1)
        return Cli::usageError(parser, tr("--batch takes a positive whole number"));

    const QString path = parser.positionalArguments().constFirst();
    QFile file;
    const bool opened =
        path == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(path), file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened) {
        Cli::err() << tr("error: cannot open %1: %2").arg(path, file.errorString()) << '\n';
        return Cli::Failed;
    }

    try {
        Database db(DatabaseConfig::sqlite(Cli::databasePath(parser)));
        Clock *clock = Clock::realTime(qApp);
        FeedIngester ingester(db, clock);
        ingester.setSourceName(path == QLatin1String("-") ? QStringLiteral("stdin") : path);
        LineSplitter splitter;
        QList<QByteArray> queue;
        qint64 queueFirstLine = 1;
        QElapsedTimer timer;
        timer.start();
        auto flush = [&] {
            if (queue.isEmpty())
                return;
            ingester.ingest(queue, queueFirstLine);
            queueFirstLine += queue.size();
            queue.clear();
        };
        while (true) {
            const QByteArray chunk = file.read(1 << 20);
            if (chunk.isEmpty()) {
                if (!parser.isSet(follow) || file.isSequential())
                    break;
                flush();
                QThread::msleep(250);
                continue;
            }
            for (QByteArray &line : splitter.feed(chunk)) {
                queue.append(std::move(line));
                if (queue.size() >= batchSize)
                    flush();
            }
        }
        const QByteArray rest = splitter.takeRest();
        if (!rest.isEmpty())
            queue.append(rest);
        flush();
        const QJsonObject json =
            summaryJson(ingester.total(), ingester.pendingInStore(), timer.elapsed() / 1000.0);
        Cli::out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    } catch (const StoreError &error) {
        Cli::err() << tr("error: %1").arg(error.message()) << '\n';
        return Cli::Failed;
    }
}
