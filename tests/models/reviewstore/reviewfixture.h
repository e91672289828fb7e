#pragma once

// A store for the Reviews tests: a private SQLite file with two hubs, two
// clients, two product types, three crew members on two routes and three
// stops, and a helper to add reviews as the feed would.

#include "core/entities.h"
#include "core/timeformat.h"
#include "reviews/reviewstore.h"
#include "storage/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <memory>

class ReviewFixture
{
public:
    ReviewFixture()
    {
        if (!m_dir.isValid())
            throw StoreError(QStringLiteral("cannot create a temporary folder"));
        m_db = std::make_unique<Database>(
            DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("reviews.sqlite"))));
        const char *const world[] = {
            "INSERT INTO hubs VALUES ('H-UT', 'Utrecht', 52.1, 5.1), ('H-ZW', 'Zwolle', 52.5, 6.1)",
            "INSERT INTO clients VALUES ('C-WW', 'Woonwinkel'), ('C-EL', 'Elektrohuis')",
            "INSERT INTO products (id, type, description) VALUES ('P-WM', 'washing_machine',"
            " 'Wasmachine'), ('P-SO', 'sofa', 'Bank')",
            "INSERT INTO customers (id, name, lat, lon) VALUES ('K-1', 'Jansen', 52.1, 5.1)",
            "INSERT INTO crew_members VALUES ('D-ANNA', 'Anna'), ('D-BRAM', 'Bram'),"
            " ('D-CEES', 'Cees')",
            "INSERT INTO vehicles (id) VALUES ('V-1'), ('V-2')",
            "INSERT INTO routes (id, day, hub_id, vehicle_id, planned_start, plan_ts, plan_event)"
            " VALUES ('R-1', '2026-11-23', 'H-UT', 'V-1', 0, 0, 'e1'),"
            " ('R-2', '2026-11-23', 'H-ZW', 'V-2', 0, 0, 'e2')",
            "INSERT INTO route_crew VALUES ('R-1', 0, 'D-ANNA'), ('R-1', 1, 'D-BRAM'),"
            " ('R-2', 0, 'D-CEES')",
            "INSERT INTO stops (id, route_id, seq, customer_id, client_id, product_id, "
            "window_start,"
            " window_end, planned_arrival, service_min) VALUES"
            " ('S-1', 'R-1', 1, 'K-1', 'C-WW', 'P-WM', 0, 0, 0, 20),"
            " ('S-2', 'R-1', 2, 'K-1', 'C-EL', 'P-SO', 0, 0, 0, 20),"
            " ('S-3', 'R-2', 1, 'K-1', 'C-WW', 'P-SO', 0, 0, 0, 20)",
        };
        for (const char *statement : world)
            m_db->exec(QString::fromUtf8(statement));
        m_store = std::make_unique<ReviewStore>(*m_db);
    }

    Database &db() { return *m_db; }
    ReviewStore &store() { return *m_store; }
    QString path() const { return m_dir.path(); }

    // A moment in the company's zone.
    static qint64 at(int year, int month, int day, int hour = 12, int minute = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), TimeFormat::companyZone())
            .toMSecsSinceEpoch();
    }

    // Stores a review as the feed does (not through the review store).
    void addReview(const QString &id, const QString &stop, int score, const QString &comment,
                   qint64 receivedAt)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO reviews (id, stop_id, score, comment, language,"
                                 " channel, received_at) VALUES (?, ?, ?, ?, '', '', ?)"));
        q.addBindValue(id);
        q.addBindValue(stop);
        q.addBindValue(score);
        q.addBindValue(comment.isNull() ? QStringLiteral("") : comment);
        q.addBindValue(receivedAt);
        Database::run(q);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReviewStore> m_store;
};
