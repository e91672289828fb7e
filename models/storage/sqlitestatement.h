#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

class Database;
struct sqlite3;
struct sqlite3_stmt;

// A statement run through SQLite's own interface on the connection that a
// SQLite Database opened through Qt, for the few statements that run for
// nearly every feed event: values are bound as they are, without the QVariant
// that every QSqlQuery value goes through. It joins the connection's open
// transaction like any other statement.
//
// Indexes are 0-based, in the order of the "?"; every value is bound before
// every run().
class SqliteStatement
{
public:
    // The connection under `db`, or nullptr when `db` is not SQLite or its
    // driver does not expose a sqlite3 handle.
    static sqlite3 *handleOf(Database &db);

    // Prepares `statement` on `db`; throws StoreError when it does not compile.
    SqliteStatement(sqlite3 *db, QByteArray statement);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Copied as UTF-8 into the statement's own buffer (SQLite would convert
    // UTF-16 with an allocation per value). A null QString is bound as an
    // empty string, as SqlBind does.
    void bindText(int index, const QString &value);
    // `value` must outlive the statement (a string literal).
    void bindStaticText(int index, const char *value);
    void bindInteger(int index, qint64 value);
    void bindReal(int index, double value);
    // SQL NULL where the feed left the value out (negative means absent).
    void bindOptionalReal(int index, double value);

    // Runs the statement to its end and readies it for new values; returns
    // the rows it changed. Throws StoreError naming the statement on failure.
    int run();
    // Runs a query and returns column `column` of its first row as text, or
    // a null QString when it returns no row; readies it for new values.
    QString firstText(int column = 0);

private:
    [[noreturn]] void fail(int code);
    void check(int code, int index);
    // Checks that every value is bound, then binds the texts.
    void prepareRun();
    // Binds the texts kept in m_utf8, once none of them moves any more.
    void bindTexts();
    void clear();

    struct Text
    {
        int index;
        qsizetype offset;
        qsizetype size;
    };

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QByteArray m_text;
    QByteArray m_utf8;
    std::vector<Text> m_texts;
    int m_parameters = 0;
    int m_bound = 0; // values bound since the last run
};
