#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>
#include <type_traits>

// Binds values in order to a statement from Database::prepared():
// bind(query, a, b, c) binds its first, second and third "?". (prepared()
// names the placeholders ":p0", ":p1", ...; binding by name spares Qt the
// work it does for every positional value.)
// Text is never bound as SQL NULL: an optional field the feed left out is an
// empty string (a null QString would bind as NULL and break NOT NULL columns).
namespace SqlBind {

// The name of the placeholder at `index` (0-based): ":p0", ":p1", ...
inline const QString &placeholder(int index)
{
    static const QVector<QString> names = [] {
        QVector<QString> out;
        for (int i = 0; i < 1024; ++i)
            out.append(QStringLiteral(":p%1").arg(i));
        return out;
    }();
    if (index < names.size())
        return names.at(index);
    thread_local QString other;
    other = QStringLiteral(":p%1").arg(index);
    return other;
}

inline void bindFrom(QSqlQuery &, int) {}

template<typename T, typename... Rest>
void bindFrom(QSqlQuery &query, int index, const T &value, const Rest &...rest)
{
    if constexpr (std::is_same_v<T, QString>)
        query.bindValue(placeholder(index), value.isNull() ? QString(QLatin1String("")) : value);
    else
        query.bindValue(placeholder(index), QVariant::fromValue(value));
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
