#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <stdexcept>

// Which engine holds the store, and how to reach it. SQLite is the embedded
// default (one file); PostgreSQL lets several desks share one operation.
struct DatabaseConfig
{
    enum class Engine { SQLite, PostgreSQL };
    Engine engine = Engine::SQLite;
    QString path; // SQLite file
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString name, user, password; // PostgreSQL

    static DatabaseConfig sqlite(const QString &path);
    QString describe() const;
};

// A failed statement or an unusable database, with the statement and the
// engine's own words.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message);
    QString message() const { return QString::fromUtf8(what()); }
};

// One connection to the store for the calling thread, configured (WAL,
// foreign keys) and migrated to the current schema on open. Statements are
// written once in portable SQL; `sql()` adapts the few words that differ.
class Database
{
public:
    // Opens (creating the file if needed) and migrates. Throws StoreError.
    explicit Database(const DatabaseConfig &config);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseConfig &config() const { return m_config; }
    QSqlDatabase &connection() { return m_db; }
    bool isSqlite() const { return m_config.engine == DatabaseConfig::Engine::SQLite; }

    // Rewrites engine-specific words: {id} (auto-increment key), {real},
    // {without_rowid} (after a CREATE TABLE's closing parenthesis: the table
    // is stored in its primary key's order; nothing on PostgreSQL).
    QString sql(const QString &portable) const;

    // Prepares `statement` once per Database and returns the cached query.
    QSqlQuery &prepared(const char *statement);
    // Runs a statement without results; throws StoreError on failure.
    void exec(const QString &statement);
    // Executes a prepared query; throws StoreError naming the statement.
    static void run(QSqlQuery &query);

    void begin();
    void commit();
    void rollback();

    int schemaVersion();
    // The path of the backup written before the last migration, if any.
    QString lastBackupPath() const { return m_backupPath; }

private:
    void configure();
    void closeConnection();
    void migrate();
    void setSchemaVersion(int version);
    bool hasTables();
    QString backup(int fromVersion);

    DatabaseConfig m_config;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_backupPath;
    struct PreparedCache;
    std::unique_ptr<PreparedCache> m_prepared;
};

// Commits on commit(), rolls back when left without it (an exception, an
// early return): every write is in one transaction.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};
