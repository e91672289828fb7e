#pragma once

#include <QStringList>
#include <QVector>

// The numbered schema migrations, oldest first. Migration N brings a database
// from version N-1 to N. Statements are portable SQL with the tokens that
// Database::sql() rewrites per engine. Never edit a released migration; add one.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

const QVector<Migration> &schemaMigrations();
int latestSchemaVersion();
