#include "sqlitestatement.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace {

// lupdate files these calls under the class whose members make them, so the
// context must be the same or the Dutch text is never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("SqliteStatement", text);
}

} // namespace

sqlite3 *SqliteStatement::handleOf(Database &db)
{
    if (!db.isSqlite() || !db.connection().isOpen() || !db.connection().driver())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    // The Qt driver hands out its connection as a QVariant of sqlite3*; the
    // plugin and this library link the same system libsqlite3.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, QByteArray statement)
    : m_db(db)
    , m_text(std::move(statement))
{
    const int code = sqlite3_prepare_v3(m_db, m_text.constData(), int(m_text.size()) + 1,
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        throw StoreError(
            tr("Cannot prepare a statement: %1\n%2")
                .arg(QString::fromUtf8(sqlite3_errmsg(m_db)), QString::fromUtf8(m_text)));
    }
    m_parameters = sqlite3_bind_parameter_count(m_statement);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail(int code)
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    clear();
    throw StoreError(
        tr("A statement failed: %1 (%2)\n%3")
            .arg(message, QString::fromUtf8(sqlite3_errstr(code)), QString::fromUtf8(m_text)));
}

void SqliteStatement::check(int code, int index)
{
    if (code == SQLITE_OK)
        return;
    clear();
    throw StoreError(tr("Cannot bind value %1: %2\n%3")
                         .arg(index + 1)
                         .arg(QString::fromUtf8(sqlite3_errstr(code)), QString::fromUtf8(m_text)));
}

void SqliteStatement::bindText(int index, const QString &value)
{
    const qsizetype offset = m_utf8.size();
    const qsizetype size = value.size();
    // Ids and names are mostly ASCII, whose UTF-8 is one byte per character.
    const ushort *chars = value.utf16();
    m_utf8.resize(offset + size);
    char *out = m_utf8.data() + offset;
    qsizetype i = 0;
    for (; i < size && chars[i] < 0x80; ++i)
        out[i] = char(chars[i]);
    if (i < size) {
        m_utf8.truncate(offset);
        m_utf8.append(value.toUtf8());
    }
    m_texts.push_back({index, offset, m_utf8.size() - offset});
    ++m_bound;
}

void SqliteStatement::bindTexts()
{
    for (const Text &t : m_texts)
        check(sqlite3_bind_text(m_statement, t.index + 1, m_utf8.constData() + t.offset,
                                int(t.size), SQLITE_STATIC),
              t.index);
}

void SqliteStatement::clear()
{
    sqlite3_reset(m_statement);
    m_utf8.resize(0);
    m_texts.clear();
    m_bound = 0;
}

void SqliteStatement::bindStaticText(int index, const char *value)
{
    ++m_bound;
    check(sqlite3_bind_text(m_statement, index + 1, value, -1, SQLITE_STATIC), index);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    ++m_bound;
    check(sqlite3_bind_int64(m_statement, index + 1, value), index);
}

void SqliteStatement::bindReal(int index, double value)
{
    ++m_bound;
    check(sqlite3_bind_double(m_statement, index + 1, value), index);
}

void SqliteStatement::bindOptionalReal(int index, double value)
{
    ++m_bound;
    check(value < 0 ? sqlite3_bind_null(m_statement, index + 1)
                    : sqlite3_bind_double(m_statement, index + 1, value),
          index);
}

void SqliteStatement::prepareRun()
{
    // Every value is bound anew for every run (the texts of the run before
    // are gone): a value left out would be a mistake in the caller.
    if (m_bound < m_parameters) {
        clear();
        throw StoreError(tr("A statement was run with %1 of its %2 values bound\n%3")
                             .arg(m_bound)
                             .arg(m_parameters)
                             .arg(QString::fromUtf8(m_text)));
    }
    bindTexts();
}

QString SqliteStatement::firstText(int column)
{
    prepareRun();
    const int code = sqlite3_step(m_statement);
    if (code != SQLITE_ROW && code != SQLITE_DONE)
        fail(code);
    QString text;
    if (code == SQLITE_ROW) {
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        text = QString::fromUtf8(utf8 ? utf8 : "", sqlite3_column_bytes(m_statement, column));
    }
    clear(); // also ends the read, so it holds no snapshot
    return text;
}

int SqliteStatement::run()
{
    prepareRun();
    int code;
    while ((code = sqlite3_step(m_statement)) == SQLITE_ROW) {
    }
    if (code != SQLITE_DONE)
        fail(code);
    const int changed = sqlite3_changes(m_db);
    clear();
    return changed;
}
