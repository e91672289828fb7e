#pragma once

#include <QSqlQuery>
#include <QVariant>

// Binds positional values in order: bind(query, a, b, c) binds ? 0, 1, 2.
namespace SqlBind {

inline void bindFrom(QSqlQuery &, int) {}

template<typename T, typename... Rest>
void bindFrom(QSqlQuery &query, int index, const T &value, const Rest &...rest)
{
    query.bindValue(index, QVariant::fromValue(value));
    bindFrom(query, index + 1, rest...);
}

template<typename... Values> void bind(QSqlQuery &query, const Values &...values)
{
    bindFrom(query, 0, values...);
}

// A value, or SQL NULL where the feed left it out (negative means absent).
inline QVariant optionalReal(double value)
{
    return value < 0 ? QVariant(QMetaType::fromType<double>()) : QVariant(value);
}

} // namespace SqlBind
