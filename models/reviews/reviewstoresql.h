#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

// Small helpers the review store's source files share.
namespace ReviewStoreSql {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("ReviewStore", text);
}

// An empty text, never NULL: the store's text columns are NOT NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

inline void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

} // namespace ReviewStoreSql
