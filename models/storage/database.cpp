#include "database.h"

#include "migrations.h"
#include "sqlbind.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <unordered_map>

namespace {
QAtomicInt connectionCounter;

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}
} // namespace

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.engine = Engine::SQLite;
    config.path = path;
    return config;
}

QString DatabaseConfig::describe() const
{
    if (engine == Engine::SQLite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

StoreError::StoreError(const QString &message)
    : std::runtime_error(message.toStdString())
{}

struct Database::PreparedCache
{
    std::unordered_map<const char *, QSqlQuery> queries;
};

Database::Database(const DatabaseConfig &config)
    : m_config(config)
    , m_prepared(std::make_unique<PreparedCache>())
{
    m_connectionName = QStringLiteral("voorzet-%1-%2")
                           .arg(quintptr(QThread::currentThreadId()))
                           .arg(connectionCounter.fetchAndAddRelaxed(1));
    if (isSqlite()) {
        if (config.path.isEmpty())
            throw StoreError(tr("No database file was given."));
        if (config.path != QLatin1String(":memory:")) {
            const QFileInfo info(config.path);
            if (!QDir().mkpath(info.absolutePath()))
                throw StoreError(
                    tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
        }
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(config.path);
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(config.host);
        m_db.setPort(config.port);
        m_db.setDatabaseName(config.name);
        m_db.setUserName(config.user);
        m_db.setPassword(config.password);
    }
    if (!m_db.open()) {
        const QString reason = m_db.lastError().text();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StoreError(tr("Cannot open the database %1: %2").arg(config.describe(), reason));
    }
    try {
        configure();
        migrate();
    } catch (...) {
        // The destructor does not run for a constructor that throws: close
        // and unregister the connection here, so a refused file is not held.
        closeConnection();
        throw;
    }
}

void Database::closeConnection()
{
    m_prepared.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Database::~Database()
{
    closeConnection();
}

QString Database::sql(const QString &portable) const
{
    QString s = portable;
    if (isSqlite()) {
        s.replace(QLatin1String("{id}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        s.replace(QLatin1String("{real}"), QLatin1String("REAL"));
        s.replace(QLatin1String("{without_rowid}"), QLatin1String(" WITHOUT ROWID"));
    } else {
        s.replace(QLatin1String("{id}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        s.replace(QLatin1String("{real}"), QLatin1String("DOUBLE PRECISION"));
        s.replace(QLatin1String("{without_rowid}"), QString());
    }
    return s;
}

namespace {

// "?" placeholders (outside quotes) become ":p0", ":p1", ...: Qt binds named
// placeholders several times faster than positional ones, for which it builds
// a name for every value bound. SqlBind binds them by these names.
QString namePlaceholders(const QString &statement)
{
    QString out;
    out.reserve(statement.size() + statement.size() / 4);
    QChar quote;
    int n = 0;
    for (QChar c : statement) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            out += SqlBind::placeholder(n++);
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

QSqlQuery &Database::prepared(const char *statement)
{
    auto it = m_prepared->queries.find(statement);
    if (it != m_prepared->queries.end()) {
        // Reset a statement a caller left open: in SQLite it would hold a read
        // snapshot and keep this connection from seeing other writers.
        it->second.finish();
        return it->second;
    }
    QSqlQuery query(m_db);
    if (!query.prepare(namePlaceholders(sql(QString::fromUtf8(statement)))))
        throw StoreError(tr("Cannot prepare a statement: %1\n%2")
                             .arg(query.lastError().text(), QString::fromUtf8(statement)));
    return m_prepared->queries.emplace(statement, std::move(query)).first->second;
}

void Database::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql(statement)))
        throw StoreError(tr("A statement failed: %1\n%2").arg(query.lastError().text(), statement));
}

void Database::run(QSqlQuery &query)
{
    if (!query.exec())
        throw StoreError(
            tr("A statement failed: %1\n%2").arg(query.lastError().text(), query.lastQuery()));
}

void Database::begin()
{
    // Every transaction here writes. On SQLite it takes the write lock at
    // once: a deferred one that read first fails at its first write
    // ("database is locked") when another connection (the live feed, another
    // desk) committed in between, instead of waiting its turn.
    if (isSqlite()) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            throw StoreError(tr("Cannot start a transaction: %1").arg(q.lastError().text()));
        return;
    }
    if (!m_db.transaction())
        throw StoreError(tr("Cannot start a transaction: %1").arg(m_db.lastError().text()));
}

void Database::commit()
{
    if (!m_db.commit())
        throw StoreError(tr("Cannot commit: %1").arg(m_db.lastError().text()));
}

void Database::rollback()
{
    m_db.rollback();
}

void Database::configure()
{
    if (isSqlite()) {
        exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
        // A 32 MiB page cache (the default is 2 MiB) keeps a busy day's
        // indexes in memory while a batch of feed events is written.
        exec(QStringLiteral("PRAGMA cache_size = -32768"));
        if (m_config.path != QLatin1String(":memory:")) {
            exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            // Copy the log into the file every 4000 pages (16 MiB) rather
            // than every 1000: pages a batch rewrites (the trail index) are
            // copied once per checkpoint, not after every batch. The log is
            // cut back to 64 MiB when it restarts.
            exec(QStringLiteral("PRAGMA wal_autocheckpoint = 4000"));
            exec(QStringLiteral("PRAGMA journal_size_limit = 67108864"));
        }
        exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    } else {
        exec(QStringLiteral("SET client_min_messages TO WARNING"));
        exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    }
}

int Database::schemaVersion()
{
    QSqlQuery query(m_db);
    const QString statement = isSqlite()
                                  ? QStringLiteral("PRAGMA user_version")
                                  : QStringLiteral("SELECT max(version) FROM schema_version");
    if (!query.exec(statement) || !query.next())
        throw StoreError(tr("Cannot read the schema version: %1").arg(query.lastError().text()));
    return query.value(0).toInt();
}

void Database::setSchemaVersion(int version)
{
    if (isSqlite()) {
        exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    } else {
        exec(QStringLiteral("DELETE FROM schema_version"));
        exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version));
    }
}

bool Database::hasTables()
{
    if (!isSqlite())
        return false; // backups are SQLite files only
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) ||
        !query.next())
        throw StoreError(
            tr("Cannot read the tables of the database: %1").arg(query.lastError().text()));
    return query.value(0).toLongLong() > 0;
}

QString Database::backup(int fromVersion)
{
    if (!isSqlite() || m_config.path == QLatin1String(":memory:"))
        return {};
    QString target = QStringLiteral("%1.v%2.bak").arg(m_config.path).arg(fromVersion);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.v%2-%3.bak").arg(m_config.path).arg(fromVersion).arg(n);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        throw StoreError(tr("Cannot write the backup %1 before upgrading the database: %2")
                             .arg(target, query.lastError().text()));
    return target;
}

void Database::migrate()
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest)
        throw StoreError(
            tr("The database %1 was written by a newer version of Voorzet (schema version %2; "
               "this version understands up to %3). Open it with a newer Voorzet, or choose "
               "another database.")
                .arg(m_config.describe())
                .arg(current)
                .arg(latest));
    if (current == latest)
        return;
    // Back up whatever the file already holds: an older schema, or a
    // version-0 file with tables of its own (from before schema versions, or
    // another tool). A new, empty file needs no backup.
    if (current > 0 || hasTables())
        m_backupPath = backup(current);
    Transaction transaction(*this);
    for (const Migration &migration : schemaMigrations()) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : migration.statements)
            exec(statement);
    }
    setSchemaVersion(latest);
    transaction.commit();
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_db.commit();
    m_done = true;
}
