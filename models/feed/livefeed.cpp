#include "livefeed.h"

#include "core/changenotifier.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QTimer>

namespace {
constexpr int MaxBatchLines = 5000;
constexpr int BatchDelayMs = 50;
constexpr qint64 RateWindowMs = 5000;
constexpr int RetryDelayMs = 5000;
} // namespace

LiveFeed::LiveFeed(const DatabaseConfig &config, Clock *clock, ChangeNotifier *notifier,
                   QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<IngestSummary>("IngestSummary");
    m_thread.setObjectName(QStringLiteral("feed-ingest"));
    m_worker = new FeedIngestWorker(config, clock, notifier);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FeedIngestWorker::batchApplied, this, &LiveFeed::onBatchApplied);
    connect(m_worker, &FeedIngestWorker::failed, this, &LiveFeed::failed);
    m_thread.start();
    m_since.start();
}

LiveFeed::~LiveFeed()
{
    if (m_source)
        m_source->stop();
    m_thread.quit();
    m_thread.wait();
}

void LiveFeed::setSource(FeedSource *source)
{
    if (m_source) {
        m_source->stop();
        m_source->deleteLater();
    }
    m_source = source;
    if (!source)
        return;
    source->setParent(this);
    connect(source, &FeedSource::stateChanged, this, &LiveFeed::stateChanged);
    const QString name = source->description();
    FeedIngestWorker *worker = m_worker;
    connect(source, &FeedSource::linesReady, worker,
            [worker, name](const QList<QByteArray> &lines, qint64 firstLineNo) {
                worker->addLines(lines, firstLineNo, name);
            });
    source->start();
}

FeedSource::State LiveFeed::state() const
{
    return m_source ? m_source->state() : FeedSource::State::Idle;
}

QString LiveFeed::description() const
{
    return m_source ? m_source->description() : QString();
}

double LiveFeed::eventsPerSecond() const
{
    const qint64 now = m_since.elapsed();
    qint64 events = 0;
    for (const auto &[at, count] : m_recent) {
        if (now - at <= RateWindowMs)
            events += count;
    }
    const double span = double(qMin<qint64>(qMax<qint64>(now, 1000), RateWindowMs)) / 1000.0;
    return double(events) / span;
}

void LiveFeed::onBatchApplied(const IngestSummary &summary)
{
    m_total.add(summary);
    const qint64 now = m_since.elapsed();
    m_recent.emplace_back(now, summary.applied + summary.released);
    while (!m_recent.empty() && now - m_recent.front().first > RateWindowMs)
        m_recent.pop_front();
    Q_EMIT batchApplied(summary);
}

FeedIngestWorker::FeedIngestWorker(const DatabaseConfig &config, Clock *clock,
                                   ChangeNotifier *notifier)
    : m_config(config)
    , m_clock(clock)
    , m_notifier(notifier)
{
}

FeedIngestWorker::~FeedIngestWorker()
{
    if (!m_queue.isEmpty() && m_ingester) {
        try {
            m_ingester->ingest(m_queue, m_queueFirstLine);
        } catch (const StoreError &) {
            // The lines are still in their source; nothing was acknowledged.
        }
    }
    m_ingester.reset();
    m_db.reset();
}

void FeedIngestWorker::addLines(const QList<QByteArray> &lines, qint64 firstLineNo,
                                const QString &source)
{
    if (m_queue.isEmpty()) {
        m_queueFirstLine = firstLineNo;
        m_queueSource = source;
    } else if (source != m_queueSource ||
               (firstLineNo > 0 && firstLineNo != m_queueFirstLine + m_queue.size())) {
        flush();
        m_queueFirstLine = firstLineNo;
        m_queueSource = source;
    }
    m_queue += lines;
    if (m_queue.size() >= MaxBatchLines) {
        flush();
    } else if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(BatchDelayMs, this, &FeedIngestWorker::flush);
    }
}

void FeedIngestWorker::flush()
{
    m_flushScheduled = false;
    if (m_queue.isEmpty())
        return;
    try {
        if (!m_db) {
            m_db = std::make_unique<Database>(m_config);
            m_ingester = std::make_unique<FeedIngester>(*m_db, m_clock, m_notifier);
        }
        m_ingester->setSourceName(m_queueSource);
        const IngestSummary summary = m_ingester->ingest(m_queue, m_queueFirstLine);
        m_queue.clear();
        Q_EMIT batchApplied(summary);
    } catch (const StoreError &error) {
        // Nothing of the batch was committed; keep the lines and try again.
        Q_EMIT failed(QCoreApplication::translate("LiveFeed", "The feed could not be stored: %1")
                          .arg(error.message()));
        if (!m_flushScheduled) {
            m_flushScheduled = true;
            QTimer::singleShot(RetryDelayMs, this, &FeedIngestWorker::flush);
        }
    }
}
