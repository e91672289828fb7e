#pragma once

// One operation for a test: a real SQLite file in a private temporary folder,
// the store reader, the notifier, a stepped clock and the ingester that fills
// the store the way the live feed does (one transaction and one announcement
// per batch).

#include "core/changenotifier.h"
#include "core/clock.h"
#include "feed/feedingester.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QTemporaryDir>
#include <memory>

class OperationFixture
{
public:
    explicit OperationFixture(const QDateTime &now)
        : m_clock(Clock::stepped(now))
    {
        if (!m_dir.isValid())
            throw StoreError(QStringLiteral("cannot create a temporary folder"));
        m_db = std::make_unique<Database>(
            DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("voorzet.sqlite"))));
        m_store = std::make_unique<OperationStore>(*m_db);
        m_ingester = std::make_unique<FeedIngester>(*m_db, m_clock.get(), &m_notifier);
        m_ingester->setSourceName(QStringLiteral("test"));
    }

    OperationFixture(const OperationFixture &) = delete;
    OperationFixture &operator=(const OperationFixture &) = delete;

    Database &db() { return *m_db; }
    OperationStore &store() { return *m_store; }
    ChangeNotifier *notifier() { return &m_notifier; }
    Clock *clock() { return m_clock.get(); }
    FeedIngester &ingester() { return *m_ingester; }
    QString path() const { return m_dir.path(); }

    // Applies the lines as one batch, as the live feed does with what arrived together.
    IngestSummary feed(const QList<QByteArray> &lines) { return m_ingester->ingest(lines); }
    IngestSummary feed(const QByteArray &line) { return m_ingester->ingest({line}); }

    void advanceMinutes(int minutes) { m_clock->advance(qint64(minutes) * 60 * 1000); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Clock> m_clock;
    ChangeNotifier m_notifier;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OperationStore> m_store;
    std::unique_ptr<FeedIngester> m_ingester;
};
