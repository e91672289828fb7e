// Opening the store: a fresh file gets the whole schema, an older file is
// upgraded after a backup, a newer file is refused, and the connection runs
// in WAL mode with foreign keys enforced.

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/operationstore.h"
#include "feed/feedingester.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The tables the feed and the console rely on.
const QStringList requiredTables = {
    QStringLiteral("applied_events"),   QStringLiteral("audit_log"),
    QStringLiteral("clients"),          QStringLiteral("crew_members"),
    QStringLiteral("customers"),        QStringLiteral("hubs"),
    QStringLiteral("pending_events"),   QStringLiteral("positions"),
    QStringLiteral("products"),         QStringLiteral("rejected_events"),
    QStringLiteral("reviews"),          QStringLiteral("route_crew"),
    QStringLiteral("routes"),           QStringLiteral("stops"),
    QStringLiteral("vehicle_events"),   QStringLiteral("vehicles"),
    QStringLiteral("weather_warnings"),
};

// A plain SQLite connection that bypasses Database, to set up and inspect files.
class RawFile
{
public:
    explicit RawFile(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (!m_db.open())
            qWarning("cannot open %s", qPrintable(path));
    }
    ~RawFile()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &statement)
    {
        QSqlQuery q(m_db);
        if (!q.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant value(const QString &statement)
    {
        QSqlQuery q(m_db);
        return q.exec(statement) && q.next() ? q.value(0) : QVariant();
    }
    QStringList tables()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                              " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
};

// The schema statements of the migrations up to `version`, as Database::sql() would write them for
// SQLite.
QStringList statementsUpTo(int version)
{
    QStringList out;
    for (const Migration &m : schemaMigrations()) {
        if (m.version > version)
            break;
        for (QString s : m.statements) {
            s.replace(QLatin1String("{id}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
            s.replace(QLatin1String("{real}"), QLatin1String("REAL"));
            s.replace(QLatin1String("{without_rowid}"), QLatin1String(" WITHOUT ROWID"));
            out.append(s);
        }
    }
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void migrationsAreNumberedInOrder();
    void freshFileGetsTheLatestSchema();
    void reopeningDoesNotMigrateAgain();
    void walAndForeignKeys();
    void inMemoryDatabase();
    void upgradesFromThePreviousVersion();
    void version2KeepsAppliedEventsAndTrails();
    void version6KeepsStopsAndAddsWhatAMoveLeaves();
    void adoptsAVersionZeroFileWithContent();
    void secondBackupDoesNotOverwriteTheFirst();
    void failedMigrationLeavesTheFileAsItWas();
    void refusesANewerSchema();
    void refusesAFileThatIsNotADatabase();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    m_dir.reset();
}

void TestMigrations::migrationsAreNumberedInOrder()
{
    const QVector<Migration> &migrations = schemaMigrations();
    QVERIFY(!migrations.isEmpty());
    for (int i = 0; i < migrations.size(); ++i) {
        QCOMPARE(migrations.at(i).version, i + 1);
        QVERIFY(!migrations.at(i).statements.isEmpty());
        QVERIFY(migrations.at(i).description && *migrations.at(i).description);
    }
    QCOMPARE(latestSchemaVersion(), migrations.constLast().version);
}

void TestMigrations::freshFileGetsTheLatestSchema()
{
    // In a folder that does not exist yet: it is made.
    const QString file = path(QStringLiteral("sub/dir/voorzet.db"));
    {
        Database db(DatabaseConfig::sqlite(file));
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
        QVERIFY(db.lastBackupPath().isEmpty()); // nothing to back up
        QVERIFY(db.isSqlite());
    }
    QVERIFY(QFileInfo::exists(file));
    RawFile raw(file);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion());
    const QStringList tables = raw.tables();
    for (const QString &table : requiredTables)
        QVERIFY2(tables.contains(table), qPrintable(table));
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("sub/dir")))
                .entryList({QStringLiteral("*.bak")})
                .isEmpty());
}

void TestMigrations::reopeningDoesNotMigrateAgain()
{
    const QString file = path(QStringLiteral("voorzet.db"));
    {
        Database db(DatabaseConfig::sqlite(file));
        db.exec(QStringLiteral(
            "INSERT INTO hubs (id, name, lat, lon) VALUES ('H-1', 'Utrecht', 52, 5)"));
    }
    Database again(DatabaseConfig::sqlite(file));
    QCOMPARE(again.schemaVersion(), latestSchemaVersion());
    QVERIFY(again.lastBackupPath().isEmpty());
    QSqlQuery q(again.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM hubs")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Utrecht"));
    // Two connections to one file at once (the GUI thread and the feed thread).
    Database second(DatabaseConfig::sqlite(file));
    QCOMPARE(second.schemaVersion(), latestSchemaVersion());
}

void TestMigrations::walAndForeignKeys()
{
    Database db(DatabaseConfig::sqlite(path(QStringLiteral("voorzet.db"))));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QVERIFY(q.value(0).toInt() > 0);

    // Enforced, not only switched on: a route needs its hub and its vehicle.
    QVERIFY_THROWS_EXCEPTION(
        StoreError,
        db.exec(QStringLiteral("INSERT INTO routes (id, day, hub_id, vehicle_id,"
                               " planned_start, plan_ts, plan_event) VALUES"
                               " ('R-1', '2026-11-23', 'H-none', 'V-none', 0, 0, 'e')")));
    db.exec(
        QStringLiteral("INSERT INTO hubs (id, name, lat, lon) VALUES ('H-1', 'Utrecht', 52, 5)"));
    db.exec(QStringLiteral("INSERT INTO vehicles (id) VALUES ('V-1')"));
    db.exec(
        QStringLiteral("INSERT INTO routes (id, day, hub_id, vehicle_id, planned_start, plan_ts,"
                       " plan_event) VALUES ('R-1', '2026-11-23', 'H-1', 'V-1', 0, 0, 'e')"));
}

void TestMigrations::inMemoryDatabase()
{
    Database db(DatabaseConfig::sqlite(QStringLiteral(":memory:")));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestMigrations::upgradesFromThePreviousVersion()
{
    const int latest = latestSchemaVersion();
    if (latest < 2)
        QSKIP("there is only one migration; adoptsAVersionZeroFileWithContent covers version 0");
    const int previous = latest - 1;
    const QString file = path(QStringLiteral("old.db"));
    {
        RawFile raw(file);
        for (const QString &s : statementsUpTo(previous))
            QVERIFY(raw.exec(s));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO hubs (id, name, lat, lon) VALUES ('H-1', 'Utrecht', 52, 5)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(previous)));
    }
    const QString backup = QStringLiteral("%1.v%2.bak").arg(file).arg(previous);
    {
        Database db(DatabaseConfig::sqlite(file));
        QCOMPARE(db.schemaVersion(), latest);
        QCOMPARE(db.lastBackupPath(), backup);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM hubs WHERE id = 'H-1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Utrecht"));
    }
    QVERIFY(QFileInfo::exists(backup));
    RawFile old(backup);
    QCOMPARE(old.value(QStringLiteral("PRAGMA user_version")).toInt(), previous);
    QCOMPARE(old.value(QStringLiteral("SELECT name FROM hubs")).toString(),
             QStringLiteral("Utrecht"));
}

void TestMigrations::version2KeepsAppliedEventsAndTrails()
{
    // Version 2 rebuilds the applied event ids and the trail points: what a
    // version-1 store holds is copied, an event applied before is still a
    // duplicate, and a van's trail reads the same, in time order.
    if (latestSchemaVersion() < 2)
        QSKIP("needs schema version 2");
    const QString file = path(QStringLiteral("v1.db"));
    {
        RawFile raw(file);
        for (const QString &s : statementsUpTo(1))
            QVERIFY(raw.exec(s));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO vehicles (id) VALUES ('V-1'), ('V-2')")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO applied_events (id, type, ts) VALUES ('e-1', 'vehicle.position',"
            " 1763884800000), ('e-2', 'vehicle.position', 1763884860000),"
            " ('e-3', 'vehicle.position', 1763884860000)")));
        // Two points of V-1 at the same time, inserted out of time order.
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO positions (vehicle_id, ts, lat, lon) VALUES"
            " ('V-1', 1763884860000, 52.2, 5.2), ('V-1', 1763884800000, 52.1, 5.1),"
            " ('V-2', 1763884800000, 51.0, 4.0), ('V-1', 1763884860000, 52.3, 5.3)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    Database db(DatabaseConfig::sqlite(file));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QCOMPARE(db.lastBackupPath(), file + QStringLiteral(".v1.bak"));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, type, ts FROM applied_events ORDER BY id")));
    QStringList ids;
    while (q.next()) {
        ids.append(q.value(0).toString());
        QCOMPARE(q.value(1).toString(), QStringLiteral("vehicle.position"));
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("e-1"), QStringLiteral("e-2"),
                               QStringLiteral("e-3")}));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM positions")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    q.finish();

    OperationStore read(db);
    const QVector<QPointF> trail = read.trail(QStringLiteral("V-1"), 0, 1763884860000);
    QCOMPARE(trail.size(), 3);
    QCOMPARE(trail.at(0), QPointF(5.1, 52.1));
    // Of two points at the same time, the one stored first comes first.
    QCOMPARE(trail.at(1), QPointF(5.2, 52.2));
    QCOMPARE(trail.at(2), QPointF(5.3, 52.3));
    QCOMPARE(read.latestEventTs(), 1763884860000);

    // An event applied before the upgrade is a duplicate after it; a new
    // point of the same van at a time the trail already has is kept.
    FeedIngester ingester(db, nullptr);
    const IngestSummary summary = ingester.ingest(
        {QByteArrayLiteral("{\"v\":1,\"id\":\"e-2\",\"type\":\"vehicle.position\","
                           "\"ts\":\"2025-11-23T09:01:00+01:00\",\"vehicle\":\"V-1\","
                           "\"lat\":52.2,\"lon\":5.2}"),
         QByteArrayLiteral("{\"v\":1,\"id\":\"e-4\",\"type\":\"vehicle.position\","
                           "\"ts\":\"2025-11-23T09:01:00+01:00\",\"vehicle\":\"V-1\","
                           "\"lat\":52.4,\"lon\":5.4}")});
    QCOMPARE(summary.duplicates, 1);
    QCOMPARE(summary.applied, 1);
    QCOMPARE(read.trail(QStringLiteral("V-1"), 0, 1763884860000).size(), 4);
}

void TestMigrations::version6KeepsStopsAndAddsWhatAMoveLeaves()
{
    // A version-5 store with a planned stop: after the upgrade the stop reads
    // the same, is not marked as moved, and a return visit without a route
    // can be requested for it.
    if (latestSchemaVersion() < 6)
        QSKIP("needs schema version 6");
    const QString file = path(QStringLiteral("v5.db"));
    {
        RawFile raw(file);
        for (const QString &s : statementsUpTo(5))
            QVERIFY(raw.exec(s));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO hubs (id, name, lat, lon) VALUES ('H-1', 'Utrecht', 52, 5)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO vehicles (id) VALUES ('V-1')")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO routes (id, day, hub_id, vehicle_id, planned_start, plan_ts, plan_event)"
            " VALUES ('R-1', '2026-12-01', 'H-1', 'V-1', 0, 0, 'e-1')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO customers (id, name, lat, lon)"
                                        " VALUES ('C-1', 'Jansen', 52.1, 5.1)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO clients (id, name) VALUES ('K-1', 'Shop')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO products (id, type, description)"
                                        " VALUES ('P-1', 'sofa', 'Sofa')")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO stops (id, route_id, seq, customer_id, client_id, product_id,"
            " window_start, window_end, planned_arrival, service_min)"
            " VALUES ('S-1', 'R-1', 1, 'C-1', 'K-1', 'P-1', 1000, 2000, 1500, 20)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 5")));
    }
    Database db(DatabaseConfig::sqlite(file));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    OperationStore store(db);
    const QVector<Stop> stops = store.stopsOfRoute(QStringLiteral("R-1"));
    QCOMPARE(stops.size(), 1);
    QCOMPARE(stops.first().windowStart, 1000);
    QCOMPARE(stops.first().state, Domain::StopState::Planned);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT moved_reason, moved_note, moved_by, moved_at,"
                                  " local_change_at FROM stops WHERE id = 'S-1'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString());
    QCOMPARE(q.value(1).toString(), QString());
    QCOMPARE(q.value(2).toString(), QString());
    QCOMPARE(q.value(3).toLongLong(), 0);
    QCOMPARE(q.value(4).toLongLong(), 0);
    QVERIFY2(q.exec(QStringLiteral(
                 "INSERT INTO requested_visits (id, day, previous_stop, customer_id, client_id,"
                 " product_id, window_start, window_end, service_min, attempt, created_at)"
                 " VALUES ('S-1-2', '2026-12-02', 'S-1', 'C-1', 'K-1', 'P-1', 3000, 4000, 20, 2,"
                 " 10)")),
             qPrintable(q.lastError().text()));
    // A requested visit names a stop that exists.
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO requested_visits (id, day, previous_stop, customer_id, client_id,"
        " product_id, window_start, window_end, service_min, attempt, created_at)"
        " VALUES ('S-9-2', '2026-12-02', 'S-9', 'C-1', 'K-1', 'P-1', 3000, 4000, 20, 2, 10)")));
}

void TestMigrations::adoptsAVersionZeroFileWithContent()
{
    // A file at version 0 that already holds data (another tool's, or a
    // store from before schema versions): the schema is added and the data
    // kept; a backup of what was there is written first.
    const QString file = path(QStringLiteral("zero.db"));
    {
        RawFile raw(file);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('bel klant terug')")));
    }
    {
        Database db(DatabaseConfig::sqlite(file));
        QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    }
    {
        RawFile raw(file);
        QCOMPARE(raw.value(QStringLiteral("SELECT text FROM notes")).toString(),
                 QStringLiteral("bel klant terug"));
        for (const QString &table : requiredTables)
            QVERIFY2(raw.tables().contains(table), qPrintable(table));
    }
    const QString backup = file + QStringLiteral(".v0.bak");
    QVERIFY(QFileInfo::exists(backup));
    RawFile old(backup);
    QCOMPARE(old.tables(), QStringList{QStringLiteral("notes")});
}

void TestMigrations::secondBackupDoesNotOverwriteTheFirst()
{
    // Database::backup() picks "<path>.vN-2.bak" when "<path>.vN.bak" exists.
    const int latest = latestSchemaVersion();
    if (latest < 2)
        QSKIP("needs a schema with at least two versions to upgrade from version N-1");
    const int previous = latest - 1;
    const QString file = path(QStringLiteral("old.db"));
    const QString first = QStringLiteral("%1.v%2.bak").arg(file).arg(previous);
    {
        QFile existing(first);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("an earlier backup");
    }
    {
        RawFile raw(file);
        for (const QString &s : statementsUpTo(previous))
            QVERIFY(raw.exec(s));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(previous)));
    }
    Database db(DatabaseConfig::sqlite(file));
    QCOMPARE(db.lastBackupPath(), QStringLiteral("%1.v%2-2.bak").arg(file).arg(previous));
    QFile kept(first);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("an earlier backup"));
}

void TestMigrations::failedMigrationLeavesTheFileAsItWas()
{
    // A version-0 file with a table that clashes with the schema: the
    // migration fails as a whole and nothing of it stays behind.
    const QString file = path(QStringLiteral("clash.db"));
    {
        RawFile raw(file);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE stops (something TEXT)")));
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, Database(DatabaseConfig::sqlite(file)));
    RawFile raw(file);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(raw.tables(), QStringList{QStringLiteral("stops")});
}

void TestMigrations::refusesANewerSchema()
{
    const QString file = path(QStringLiteral("future.db"));
    const int future = latestSchemaVersion() + 40;
    {
        RawFile raw(file);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE things_from_the_future (id TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
    }
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    QString message;
    try {
        Database db(DatabaseConfig::sqlite(file));
        QFAIL("a database from a newer version was opened");
    } catch (const StoreError &e) {
        message = e.message();
    }
    // A refused file leaves no connection behind, although the constructor
    // threw after opening it (so ~Database did not run). Checked before the
    // inspection below opens a connection of its own.
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
    QVERIFY2(message.contains(QString::number(future)), qPrintable(message));
    QVERIFY2(message.contains(QString::number(latestSchemaVersion())), qPrintable(message));
    QVERIFY2(message.contains(file), qPrintable(message));
    // Left untouched: no schema added, no backup.
    RawFile raw(file);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), future);
    QCOMPARE(raw.tables(), QStringList{QStringLiteral("things_from_the_future")});
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}), QStringList());
    // Opening a good file still works.
    Database good(DatabaseConfig::sqlite(path(QStringLiteral("good.db"))));
    QCOMPARE(good.schemaVersion(), latestSchemaVersion());
}

void TestMigrations::refusesAFileThatIsNotADatabase()
{
    const QString file = path(QStringLiteral("notes.txt"));
    {
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(4096, 'x'));
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, Database(DatabaseConfig::sqlite(file)));
    QVERIFY_THROWS_EXCEPTION(StoreError, Database(DatabaseConfig::sqlite(QString())));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
