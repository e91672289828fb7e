#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <type_traits>

// Binds positional values in order: bind(query, a, b, c) binds ? 0, 1, 2.
// Text is never bound as SQL NULL: an optional field the feed left out is an
// empty string (a null QString would bind as NULL and break NOT NULL columns).
namespace SqlBind {

inline void bindFrom(QSqlQuery &, int) {}

template<typename T, typename... Rest>
void bindFrom(QSqlQuery &query, int index, const T &value, const Rest &...rest)
{
    if constexpr (std::is_same_v<T, QString>)
        query.bindValue(index, value.isNull() ? QString(QLatin1String("")) : value);
    else
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
