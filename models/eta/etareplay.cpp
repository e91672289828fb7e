#include "etareplay.h"

#include "core/changenotifier.h"
#include "core/timeformat.h"
#include "etaday.h"
#include "etastorereader.h"
#include "feed/feedingester.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>

namespace {

// A feed line's "ts" value, read without parsing the whole event: the field
// is a plain string, so the first "ts" key of the object is enough.
qint64 findTs(const QByteArray &line)
{
    static const QByteArray key("\"ts\"");
    qsizetype from = 0;
    while (true) {
        const qsizetype at = line.indexOf(key, from);
        if (at < 0)
            return 0;
        qsizetype i = at + key.size();
        while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
            ++i;
        if (i >= line.size() || line.at(i) != ':') {
            from = at + 1;
            continue;
        }
        ++i;
        while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\t'))
            ++i;
        if (i >= line.size() || line.at(i) != '"')
            return 0;
        const qsizetype end = line.indexOf('"', i + 1);
        if (end < 0)
            return 0;
        const QString text = QString::fromLatin1(line.constData() + i + 1, end - i - 1);
        return TimeFormat::parseRfc3339(text).value_or(0);
    }
}

} // namespace

EtaReplay::EtaReplay(const EtaSettings &settings, qint64 everyMs)
    : m_settings(settings)
    , m_everyMs(std::max<qint64>(1000, everyMs))
{}

qint64 EtaReplay::eventTime(const QByteArray &line)
{
    return findTs(line);
}

EtaReplay::Summary EtaReplay::run(const QList<QByteArray> &lines, const TickHandler &onTick) const
{
    Summary summary;
    Database db(DatabaseConfig::sqlite(QStringLiteral(":memory:")));
    ChangeNotifier notifier;
    FeedIngester ingester(db, nullptr, &notifier);
    ingester.setSourceName(QStringLiteral("eta-replay"));
    OperationStore store(db);
    EtaDay day(m_settings);
    EtaStoreReader::Changes changes;
    QObject context;
    EtaStoreReader::collect(&notifier, &context, &changes);

    QElapsedTimer timer;
    QList<QByteArray> chunk;
    auto applyChunk = [&] {
        if (chunk.isEmpty())
            return;
        timer.start();
        const IngestSummary s = ingester.ingest(chunk);
        summary.ingestNs += timer.nsecsElapsed();
        summary.applied += s.applied;
        summary.rejected += s.rejected();
        chunk.clear();
        timer.start();
        EtaStoreReader::apply(store, day, changes);
        changes.clear();
        summary.readNs += timer.nsecsElapsed();
    };

    qint64 nextTick = 0;
    for (const QByteArray &line : lines) {
        ++summary.lines;
        const qint64 ts = findTs(line);
        if (ts > 0 && nextTick == 0)
            nextTick = (ts / m_everyMs + 1) * m_everyMs;
        if (ts > 0 && ts > nextTick) {
            applyChunk();
            while (nextTick < ts) {
                timer.start();
                const EtaSnapshot snapshot = day.estimateAll(nextTick);
                summary.estimateNs += timer.nsecsElapsed();
                ++summary.ticks;
                summary.estimates += snapshot.size();
                if (onTick && !onTick(nextTick, day, snapshot))
                    return summary;
                nextTick += m_everyMs;
            }
        }
        chunk.append(line);
    }
    applyChunk();
    return summary;
}

QByteArray FeedTimeWriter::format(qint64 msecs)
{
    const qint64 seconds = msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000;
    const qint64 hour = seconds >= 0 ? seconds / 3600 : (seconds - 3599) / 3600;
    auto it = m_offsetByHour.constFind(hour);
    if (it == m_offsetByHour.cend())
        it = m_offsetByHour.insert(hour, TimeFormat::companyZone().offsetFromUtc(
                                             QDateTime::fromSecsSinceEpoch(hour * 3600, Qt::UTC)));
    const int offset = *it;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds + offset, Qt::UTC);
    const QDate d = local.date();
    const QTime t = local.time();
    const int off = offset < 0 ? -offset : offset;
    char buffer[40];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d",
                                d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(),
                                offset < 0 ? '-' : '+', off / 3600, (off % 3600) / 60);
    return QByteArray(buffer, n);
}

namespace {

void appendJsonString(QByteArray &out, const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\')
            escaped.append(QLatin1Char('\\')).append(c);
        else if (u < 0x20)
            escaped.append(QStringLiteral("\\u%1").arg(unsigned(u), 4, 16, QLatin1Char('0')));
        else
            escaped.append(c);
    }
    out.append('"').append(escaped.toUtf8()).append('"');
}

} // namespace

QByteArray etaReplayLine(FeedTimeWriter &times, const QByteArray &at, const StopEta &eta)
{
    QByteArray line;
    line.reserve(160);
    line.append("{\"at\": \"").append(at).append("\", \"stop\": ");
    appendJsonString(line, eta.stopId);
    line.append(", \"eta\": \"").append(times.format(eta.eta));
    line.append("\", \"low\": \"").append(times.format(eta.low));
    line.append("\", \"high\": \"").append(times.format(eta.high)).append("\"}");
    return line;
}
