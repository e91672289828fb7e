#pragma once

#include "feedingester.h"
#include "feedsource.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <deque>

class ChangeNotifier;
class Clock;
class FeedIngestWorker;

// Keeps the store up to date from a live source without ever blocking the
// GUI: lines go to a worker thread with its own database connection, are
// applied in batches, and the notifier announces what changed.
class LiveFeed : public QObject
{
    Q_OBJECT
public:
    LiveFeed(const DatabaseConfig &config, Clock *clock, ChangeNotifier *notifier,
             QObject *parent = nullptr);
    ~LiveFeed() override;

    // Takes ownership of `source` (replacing any earlier one) and starts it.
    void setSource(FeedSource *source);
    FeedSource *source() const { return m_source; }

    FeedSource::State state() const;
    QString description() const;
    // Events applied per second of real time over the last few seconds.
    double eventsPerSecond() const;
    const IngestSummary &total() const { return m_total; }

Q_SIGNALS:
    void stateChanged(FeedSource::State state, const QString &detail);
    void batchApplied(const IngestSummary &summary);
    void failed(const QString &message);

private:
    void onBatchApplied(const IngestSummary &summary);

    QThread m_thread;
    FeedIngestWorker *m_worker = nullptr;
    QPointer<FeedSource> m_source;
    IngestSummary m_total;
    std::deque<std::pair<qint64, qint64>> m_recent; // (real ms, events)
    QElapsedTimer m_since;
};

// Lives on LiveFeed's thread: collects lines and applies them in batches.
class FeedIngestWorker : public QObject
{
    Q_OBJECT
public:
    FeedIngestWorker(const DatabaseConfig &config, Clock *clock, ChangeNotifier *notifier);
    ~FeedIngestWorker() override;

    void addLines(const QList<QByteArray> &lines, qint64 firstLineNo, const QString &source);

Q_SIGNALS:
    void batchApplied(const IngestSummary &summary);
    void failed(const QString &message);

private:
    void flush();

    DatabaseConfig m_config;
    Clock *m_clock;
    ChangeNotifier *m_notifier;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FeedIngester> m_ingester;
    QList<QByteArray> m_queue;
    qint64 m_queueFirstLine = 0;
    QString m_queueSource;
    bool m_flushScheduled = false;
};
