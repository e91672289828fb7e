// How fast the feed ingester applies a busy day, against what SQLite itself
// can do: a simulated 500-van day (or a feed file given as the argument) is
// ingested in batches of 5000 lines, as the live feed does, into a fresh
// SQLite file; the baseline inserts as many rows into a bare table, in one
// transaction, in another fresh file with the same pragmas.
//
//   bench-ingest [FEED.jsonl] [--vans N] [--batch N]
//
// The last line is machine-readable: events_per_s=N baseline_rows_per_s=N ratio=R

#include "feed/feedingester.h"
#include "feed/feedparser.h"
#include "simulator/daysimulator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

namespace {

struct Line
{
    qint64 tsMs;
    QByteArray json;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QList<Line> readFeed(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Line> lines;
    for (QByteArray line : file.readAll().split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!FeedParser::isBlank(line))
            lines.append({0, line});
    }
    return lines;
}

double ingestRate(const QList<Line> &lines, const QString &path, int batchSize,
                  IngestSummary *summary)
{
    Database db(DatabaseConfig::sqlite(path));
    FeedIngester ingester(db, nullptr);
    ingester.setSourceName(QStringLiteral("bench"));
    QElapsedTimer timer;
    timer.start();
    QList<QByteArray> batch;
    batch.reserve(batchSize);
    for (const Line &line : lines) {
        batch.append(line.json);
        if (batch.size() == batchSize) {
            ingester.ingest(batch);
            batch.clear();
        }
    }
    ingester.ingest(batch);
    const double seconds = timer.nsecsElapsed() / 1e9;
    *summary = ingester.total();
    summary->pending = ingester.pendingInStore();
    return lines.size() / seconds;
}

double parseRate(const QList<Line> &lines)
{
    QElapsedTimer timer;
    timer.start();
    qint64 ok = 0;
    for (const Line &line : lines)
        ok += std::holds_alternative<Feed::Event>(FeedParser::parse(line.json));
    const double seconds = timer.nsecsElapsed() / 1e9;
    return ok / seconds;
}

// Plain prepared inserts into a bare table in one transaction, with the
// store's pragmas: what SQLite and the Qt driver can do at best.
double baselineRate(const QList<Line> &lines, const QString &path)
{
    double rate = 0;
    const QString name = QStringLiteral("bench-baseline");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const char *statement : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                      "CREATE TABLE t(id TEXT, ts INTEGER, payload TEXT)"}) {
            if (!q.exec(QLatin1String(statement)))
                qFatal("%s: %s", statement, qPrintable(q.lastError().text()));
        }
        QElapsedTimer timer;
        timer.start();
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO t (id, ts, payload) VALUES (?, ?, ?)"));
        qint64 n = 0;
        for (const Line &line : lines) {
            insert.bindValue(0, QStringLiteral("e-%1").arg(++n));
            insert.bindValue(1, line.tsMs);
            insert.bindValue(2, QString::fromUtf8(line.json));
            if (!insert.exec())
                qFatal("insert: %s", qPrintable(insert.lastError().text()));
        }
        db.commit();
        rate = lines.size() / (timer.nsecsElapsed() / 1e9);
    }
    QSqlDatabase::removeDatabase(name);
    return rate;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int vans = 500, batchSize = 5000;
    QString feedPath;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--vans") && i + 1 < args.size())
            vans = args[++i].toInt();
        else if (args[i] == QLatin1String("--batch") && i + 1 < args.size())
            batchSize = args[++i].toInt();
        else if (!args[i].startsWith(QLatin1String("--")))
            feedPath = args[i];
        else {
            std::fprintf(stderr, "usage: bench-ingest [FEED.jsonl] [--vans N] [--batch N]\n");
            return 2;
        }
    }
    if (vans < 1 || batchSize < 1) {
        std::fprintf(stderr, "--vans and --batch take positive numbers\n");
        return 2;
    }

    QList<Line> lines;
    QElapsedTimer timer;
    timer.start();
    if (feedPath.isEmpty()) {
        SimulationParams params;
        params.date = QDate(2026, 11, 26);
        params.seed = 20261126;
        params.vans = vans;
        params.hubs = 6;
        for (FeedLine &l : DaySimulator::generate(params))
            lines.append({l.tsMs, std::move(l.json)});
        out() << "feed:      simulated " << params.date.toString(Qt::ISODate) << ", " << vans
              << " vans, seed " << params.seed << ": " << lines.size() << " events in "
              << timer.elapsed() << " ms\n";
    } else {
        QString error;
        lines = readFeed(feedPath, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(feedPath), qPrintable(error));
            return 1;
        }
        out() << "feed:      " << feedPath << ": " << lines.size() << " events\n";
    }
    qint64 bytes = 0;
    for (const Line &l : lines)
        bytes += l.json.size() + 1;
    out() << "           " << QString::number(bytes / 1048576.0, 'f', 1) << " MiB\n";
    out().flush();

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder\n");
        return 1;
    }
    const double parsing = parseRate(lines);
    out() << "parse:     " << qRound64(parsing) << " events/s (FeedParser alone)\n";
    out().flush();

    IngestSummary summary;
    double events = 0;
    try {
        events =
            ingestRate(lines, dir.filePath(QStringLiteral("ingest.sqlite")), batchSize, &summary);
    } catch (const StoreError &e) {
        std::fprintf(stderr, "ingest failed: %s\n", e.what());
        return 1;
    }
    out() << "ingest:    " << qRound64(events) << " events/s (FeedIngester, batches of "
          << batchSize << "); applied " << summary.applied + summary.released << ", rejected "
          << summary.rejected() << ", duplicates " << summary.duplicates << ", pending "
          << summary.pending << '\n';
    out().flush();

    if (parsing > 0 && events > 0) {
        // Per event: the ingester's time = parsing + applying to the store.
        const double parseShare = (1 / parsing) / (1 / events);
        out() << "split:     parsing " << qRound(parseShare * 100) << "%, applying to SQLite "
              << qRound((1 - parseShare) * 100) << "% of the ingest time\n";
    }
    const double baseline = baselineRate(lines, dir.filePath(QStringLiteral("baseline.sqlite")));
    out() << "baseline:  " << qRound64(baseline)
          << " rows/s (prepared inserts into a bare table, one transaction)\n";
    const double ratio = baseline > 0 ? events / baseline : 0;
    out() << "targets:   >= 100000 events/s " << (events >= 100000 ? "met" : "NOT met")
          << ", ratio >= 0.3 " << (ratio >= 0.3 ? "met" : "NOT met") << '\n';
    out() << "events_per_s=" << qRound64(events) << " baseline_rows_per_s=" << qRound64(baseline)
          << " ratio=" << QString::number(ratio, 'f', 3) << '\n';
    out().flush();
    return 0;
}
