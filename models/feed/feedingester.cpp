#include "feedingester.h"

#include "core/clock.h"
#include "feedparser.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QThreadPool>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

using namespace Feed;

qint64 IngestSummary::rejected() const
{
    qint64 n = 0;
    for (qint64 count : rejectedByReason)
        n += count;
    return n;
}

void IngestSummary::add(const IngestSummary &o)
{
    lines += o.lines;
    applied += o.applied;
    duplicates += o.duplicates;
    pending += o.pending;
    released += o.released;
    stale += o.stale;
    for (auto it = o.rejectedByReason.cbegin(); it != o.rejectedByReason.cend(); ++it)
        rejectedByReason[it.key()] += it.value();
}

FeedIngester::FeedIngester(Database &db, Clock *clock, ChangeNotifier *notifier)
    : m_db(db)
    , m_clock(clock)
    , m_notifier(notifier)
    , m_store(db)
{}

qint64 FeedIngester::pendingInStore()
{
    return m_store.pendingCount();
}

namespace {

// One thread parses ahead, chunk after chunk, while the calling thread
// applies: parsing takes a fraction of the time applying does, so more
// threads would only take processor time from the one that applies.
QThreadPool &parsingThread()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(1);
        return true;
    }();
    Q_UNUSED(configured);
    return pool;
}

// Parses the lines of a batch (nothing for a blank one) in chunks. The parser
// is stateless, so a large batch is parsed on another thread, chunk by chunk,
// while the chunks already parsed are applied in the order of the lines.
class BatchParser
{
public:
    explicit BatchParser(const QList<QByteArray> &lines)
        : m_lines(lines)
        , m_results(lines.size())
    {
        constexpr qsizetype ChunkLines = 256;
        if (lines.size() < 2 * ChunkLines || QThreadPool::globalInstance()->maxThreadCount() < 2) {
            m_ranges.append({0, lines.size()});
            parse(m_ranges.constFirst());
            return;
        }
        for (qsizetype at = 0; at < lines.size(); at += ChunkLines)
            m_ranges.append({at, qMin(at + ChunkLines, lines.size())});
        m_parsing.reserve(m_ranges.size());
        for (const auto &range : std::as_const(m_ranges))
            m_parsing.append(QtConcurrent::run(&parsingThread(), [this, range] { parse(range); }));
    }
    // The threads work on this batch's lines and results: wait for them even
    // when applying failed.
    ~BatchParser()
    {
        for (QFuture<void> &f : m_parsing)
            f.waitForFinished();
    }
    BatchParser(const BatchParser &) = delete;
    BatchParser &operator=(const BatchParser &) = delete;

    qsizetype chunks() const { return m_ranges.size(); }
    // The lines of chunk `n`, once they are parsed.
    std::pair<qsizetype, qsizetype> waitFor(qsizetype n)
    {
        if (n < m_parsing.size())
            m_parsing[n].waitForFinished();
        return m_ranges.at(n);
    }
    const std::optional<FeedParser::Result> &at(qsizetype i) const { return m_results.at(i); }

private:
    void parse(std::pair<qsizetype, qsizetype> range)
    {
        for (qsizetype i = range.first; i < range.second; ++i) {
            if (!FeedParser::isBlank(m_lines.at(i)))
                m_results[i] = FeedParser::parse(m_lines.at(i));
        }
    }

    const QList<QByteArray> &m_lines;
    QVector<std::optional<FeedParser::Result>> m_results;
    QVector<std::pair<qsizetype, qsizetype>> m_ranges;
    QVector<QFuture<void>> m_parsing;
};

} // namespace

IngestSummary FeedIngester::ingest(const QList<QByteArray> &lines, qint64 firstLineNo)
{
    IngestSummary summary;
    ChangeNotifier::Batch changes;
    m_appliedInBatch = 0;
    BatchParser parsed(lines);
    try {
        Transaction transaction(m_db);
        for (qsizetype chunk = 0; chunk < parsed.chunks(); ++chunk) {
            const auto [from, to] = parsed.waitFor(chunk);
            // A chunk's event ids are recorded together first; an event whose
            // id was not new (recorded before, or earlier in this batch) is a
            // duplicate.
            QVector<const Event *> events;
            events.reserve(to - from);
            for (qsizetype i = from; i < to; ++i) {
                if (const auto &result = parsed.at(i))
                    if (const Event *event = std::get_if<Event>(&*result))
                        events.append(event);
            }
            QSet<QString> fresh = m_store.recordApplied(events);
            for (qsizetype i = from; i < to; ++i) {
                const auto &result = parsed.at(i);
                if (!result)
                    continue; // a blank line
                ++summary.lines;
                if (const Event *event = std::get_if<Event>(&*result)) {
                    if (!fresh.remove(event->id)) {
                        ++summary.duplicates;
                        continue;
                    }
                }
                applyLine(lines.at(i), *result, firstLineNo > 0 ? firstLineNo + i : 0, summary,
                          changes, false);
            }
        }
        m_store.flushPositions();
        transaction.commit();
    } catch (...) {
        m_store.discardBatch();
        throw;
    }
    m_total.add(summary);
    if (m_notifier && !changes.isEmpty())
        m_notifier->publish(changes);
    return summary;
}

void FeedIngester::applyLine(const QByteArray &line, const FeedParser::Result &result,
                             qint64 lineNo, IngestSummary &summary, ChangeNotifier::Batch &changes,
                             bool released)
{
    if (auto *rejection = std::get_if<Rejection>(&result)) {
        m_store.reject(line, *rejection, m_source, lineNo, m_clock ? m_clock->nowMs() : 0);
        // Group by what is wrong, not by the values in the message.
        const QString key = rejection->field.isEmpty()
                                ? rejection->reason.section(QLatin1Char(' '), 0, 4)
                                : rejection->field.section(QLatin1Char('['), 0, 0) +
                                      QLatin1Char(' ') +
                                      rejection->reason.section(QLatin1Char('"'), 0, 0).trimmed();
        ++summary.rejectedByReason[key];
        ++changes.rejected;
        return;
    }
    applyEvent(std::get<Event>(result), line, summary, changes, released);
}

void FeedIngester::applyEvent(const Event &event, const QByteArray &line, IngestSummary &summary,
                              ChangeNotifier::Batch &changes, bool released)
{
    // A new event's id was recorded by ingest(), a released one's when it was kept.
    if (m_failAfter >= 0 && m_appliedInBatch++ >= m_failAfter) {
        m_failAfter = -1;
        throw StoreError(QStringLiteral("simulated crash in the middle of a batch"));
    }
    switch (event.type) {
    case EventType::PlanRoute: {
        const auto &plan = std::get<PlanRoute>(event.payload);
        if (!m_store.applyPlan(event, plan, changes)) {
            // Seen (a resend is a duplicate) but not applied: the newer plan stands.
            ++summary.stale;
            return;
        }
        QStringList keys{plan.route.id};
        for (const Stop &s : plan.stops)
            keys.append(s.id);
        ++summary.applied;
        releasePending(keys, summary, changes);
        return;
    }
    case EventType::RouteStarted:
    case EventType::RouteFinished: {
        const auto &mark = std::get<RouteMark>(event.payload);
        if (!m_store.routeExists(mark.route)) {
            m_store.keepPending(event, mark.route, line);
            ++summary.pending;
            return;
        }
        m_store.markRoute(event, mark, changes);
        break;
    }
    case EventType::StopArrived:
    case EventType::StopCompleted: {
        const QString stopId = event.type == EventType::StopArrived
                                   ? std::get<StopArrival>(event.payload).stop
                                   : std::get<StopCompletion>(event.payload).stop;
        const QString routeId = m_store.routeOfStop(stopId);
        if (routeId.isEmpty()) {
            m_store.keepPending(event, stopId, line);
            ++summary.pending;
            return;
        }
        if (event.type == EventType::StopArrived)
            m_store.arrive(event, std::get<StopArrival>(event.payload), routeId, changes);
        else
            m_store.complete(event, std::get<StopCompletion>(event.payload), routeId, changes);
        break;
    }
    case EventType::VehiclePosition:
        m_store.addPosition(event, std::get<Position>(event.payload), changes);
        break;
    case EventType::VehicleStatusChange:
        m_store.changeStatus(event, std::get<StatusChange>(event.payload), changes);
        break;
    case EventType::ReviewReceived:
        m_store.addReview(std::get<Review>(event.payload), changes);
        break;
    case EventType::WeatherWarningIssued:
        m_store.addWarning(event, std::get<WeatherWarning>(event.payload), changes);
        break;
    }
    if (released)
        ++summary.released;
    else
        ++summary.applied;
}

void FeedIngester::releasePending(const QStringList &keys, IngestSummary &summary,
                                  ChangeNotifier::Batch &changes)
{
    const QList<QByteArray> waiting = m_store.takePending(keys);
    for (const QByteArray &line : waiting) {
        FeedParser::Result result = FeedParser::parse(line);
        if (const Event *event = std::get_if<Event>(&result))
            applyEvent(*event, line, summary, changes, true);
    }
}
