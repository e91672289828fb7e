#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <optional>

// What every voorzet-cli command shares: its output streams, argument parsing
// with --help, and the exit codes (0 done, 1 failed, 2 bad arguments).
namespace Cli {

constexpr int Ok = 0;
constexpr int Failed = 1;
constexpr int UsageError = 2;

QTextStream &out();
QTextStream &err();

// Parses `args` (args[0] is "voorzet-cli <command>"). Adds --help. Returns an
// exit code when the command must stop now: 0 after printing help, 2 after
// printing what was wrong and the usage. Returns nullopt to go on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args);

// Prints `message` and a pointer to --help on stderr; returns UsageError.
int usageError(const QCommandLineParser &parser, const QString &message);

// The database path from --db, or the default in the user's data folder.
QString databasePath(const QCommandLineParser &parser);
QCommandLineOption databaseOption();

// Reads a time given on the command line: RFC 3339, or "HH:MM" on the day of
// `referenceDay` (YYYY-MM-DD, may be empty), in the company's zone.
std::optional<qint64> parseTime(const QString &text, const QString &referenceDay = {});

} // namespace Cli
