#include "clisupport.h"

#include "core/timeformat.h"
#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <cstdio>

namespace Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args))
        return usageError(parser, parser.errorText());
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return Ok;
    }
    return std::nullopt;
}

int usageError(const QCommandLineParser &, const QString &message)
{
    err() << QCoreApplication::translate("Cli", "error: %1").arg(message) << '\n'
          << QCoreApplication::translate("Cli", "Run with --help to see the usage.") << '\n';
    err().flush();
    return UsageError;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("Cli", "The SQLite database file (default: %1).")
            .arg(DatabaseLocation::defaultPath()),
        QStringLiteral("PATH"));
}

QString databasePath(const QCommandLineParser &parser)
{
    const QString given = parser.value(QStringLiteral("db"));
    return given.isEmpty() ? DatabaseLocation::defaultPath() : given;
}

std::optional<qint64> parseTime(const QString &text, const QString &referenceDay)
{
    if (auto full = TimeFormat::parseRfc3339(text))
        return full;
    const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
    const QDate day = QDate::fromString(referenceDay, Qt::ISODate);
    if (!time.isValid() || !day.isValid())
        return std::nullopt;
    return QDateTime(day, time, TimeFormat::companyZone()).toMSecsSinceEpoch();
}

} // namespace Cli
