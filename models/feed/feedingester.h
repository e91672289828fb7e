#pragma once

#include "core/changenotifier.h"
#include "feedparser.h"
#include "storage/feedstore.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

class Clock;
class Database;

// What an ingest did, for the command line and the status bar.
struct IngestSummary
{
    qint64 lines = 0;
    qint64 applied = 0;
    qint64 duplicates = 0;
    qint64 pending = 0;  // kept until their plan arrives (this run)
    qint64 released = 0; // pending events applied because their plan arrived
    qint64 stale = 0;    // plans older than the stored one
    QMap<QString, qint64> rejectedByReason;

    qint64 rejected() const;
    void add(const IngestSummary &other);
};

// Parses feed lines and applies them to the store in batches: one
// transaction per batch, so a crash loses nothing that was committed and a
// re-run of the same input converges to the same state. Announces what
// changed through the notifier after each commit.
class FeedIngester
{
public:
    FeedIngester(Database &db, Clock *clock, ChangeNotifier *notifier = nullptr);

    void setSourceName(const QString &name) { m_source = name; }

    // Applies `lines` in one transaction. `firstLineNo` numbers them for the
    // rejection records (0 when lines have no numbers, as on a WebSocket).
    IngestSummary ingest(const QList<QByteArray> &lines, qint64 firstLineNo = 0);

    // The total since this ingester was made.
    const IngestSummary &total() const { return m_total; }
    qint64 pendingInStore();

    // For crash tests: throw after applying this many events of the next batch.
    void failAfterEvents(int count) { m_failAfter = count; }

private:
    void applyLine(const QByteArray &line, const FeedParser::Result &result, qint64 lineNo,
                   IngestSummary &summary, ChangeNotifier::Batch &changes, bool released);
    void applyEvent(const Feed::Event &event, const QByteArray &line, IngestSummary &summary,
                    ChangeNotifier::Batch &changes, bool released);
    void releasePending(const QStringList &keys, IngestSummary &summary,
                        ChangeNotifier::Batch &changes);

    Database &m_db;
    Clock *m_clock;
    ChangeNotifier *m_notifier;
    FeedStore m_store;
    QString m_source;
    IngestSummary m_total;
    int m_failAfter = -1;
    int m_appliedInBatch = 0;
};
