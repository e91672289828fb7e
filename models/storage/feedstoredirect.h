#pragma once

// What FeedStore's two source files share: the statements it runs through
// SQLite's own interface, and how a statement of many rows is written.

#include "feedstore.h"
#include "sqlitestatement.h"

#include <QByteArray>
#include <memory>

// The statements that run for nearly every event, through SQLite's own
// interface (see SqliteStatement); prepared when first used.
struct FeedStore::Direct
{
    explicit Direct(sqlite3 *db)
        : handle(db)
    {}

    SqliteStatement &get(std::unique_ptr<SqliteStatement> &slot, const char *statement)
    {
        if (!slot)
            slot = std::make_unique<SqliteStatement>(handle, statement);
        return *slot;
    }

    sqlite3 *handle;
    std::unique_ptr<SqliteStatement> appliedRows, savepoint, release, undo;
    std::unique_ptr<SqliteStatement> pointRows, onePoint;
    std::unique_ptr<SqliteStatement> move, contact, moveAndContact;
    std::unique_ptr<SqliteStatement> stopRoute, arrive, complete, customer, newStop;
};

// "head row, row, ... row tail" with `rows` rows.
inline QByteArray manyRowsStatement(const char *head, const char *row, int rows,
                                    const char *tail = "")
{
    QByteArray statement = head;
    for (int i = 0; i < rows; ++i)
        statement += (i == 0 ? "" : ", ") + QByteArray(row);
    return statement + tail;
}
