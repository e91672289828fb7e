#include "clisupport.h"
#include "commands.h"

#include "core/clock.h"
#include "core/timeformat.h"
#include "reviews/clientfeedback.h"
#include "reviews/reviewcsvimporter.h"
#include "reviews/reviewstore.h"
#include "storage/database.h"

#if __has_include("reviewthemescommand.h")
#include "reviewthemescommand.h"
#define VOORZET_HAVE_REVIEW_THEMES 1
#endif

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <memory>

// voorzet-cli reviews import|search|cases|feedback|themes ...
// Exit codes: 0 done; 1 failed, and for import also when any row was
// refused (the good rows are imported all the same, so a script notices the
// refusals); 2 bad arguments.

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}


// The moment the command acts at: --now when given (tests, replays), else
// the system clock through the core's Clock.
std::optional<qint64> nowFrom(const QCommandLineParser &parser, const QCommandLineOption &now)
{
    if (parser.isSet(now))
        return Cli::parseTime(parser.value(now));
    std::unique_ptr<Clock> clock(Clock::realTime());
    return clock->nowMs();
}

QCommandLineOption nowOption()
{
    return QCommandLineOption(QStringLiteral("now"),
                              tr("The moment to act at (RFC 3339); default: now."),
                              QStringLiteral("TIME"));
}

QStringList subArgs(const QStringList &args, const QString &name)
{
    QStringList sub = args.mid(1);
    sub[0] = args.at(0) + QLatin1Char(' ') + name;
    return sub;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports reviews from a CSV file of the survey tool (columns review id, stop id, "
           "score, comment, date and optionally language, named in a header row; ';' or ',' "
           "between fields). Prints how many were imported and how many were already there, and "
           "every refused row with its line and reason. Exits with 1 when any row was refused; "
           "the good rows are imported all the same."));
    parser.addOption(Cli::databaseOption());
    const QCommandLineOption now = nowOption();
    parser.addOption(now);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file."));
    if (auto code = Cli::parse(parser, args))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(parser, tr("give one CSV file"));
    const std::optional<qint64> at = nowFrom(parser, now);
    if (!at)
        return Cli::usageError(parser, tr("--now must be RFC 3339"));
    try {
        Database db(DatabaseConfig::sqlite(Cli::databasePath(parser)));
        ReviewStore store(db);
        ReviewCsvImporter importer(store);
        const ReviewImportResult r =
            importer.importFile(parser.positionalArguments().constFirst(), *at);
        if (!r.fileError.isEmpty()) {
            Cli::err() << tr("error: %1").arg(r.fileError) << '\n';
            return Cli::Failed;
        }
        Cli::out() << tr("imported: %1").arg(r.imported) << '\n'
                   << tr("duplicates: %1").arg(r.duplicates) << '\n'
                   << tr("rejected: %1").arg(r.rejected.size()) << '\n';
        if (r.unknownStops > 0)
            Cli::out() << tr("imported for a stop not in the store (yet): %1").arg(r.unknownStops)
                       << '\n';
        if (r.blankLines > 0)
            Cli::out() << tr("blank lines skipped: %1").arg(r.blankLines) << '\n';
        Cli::out() << tr("follow-up cases opened: %1").arg(r.casesOpened) << '\n';
        for (const ReviewImportRejection &rej : r.rejected)
            Cli::out() << tr("line %1: %2").arg(rej.line).arg(rej.reason) << '\n';
        return r.rejected.isEmpty() ? Cli::Ok : Cli::Failed;
    } catch (const StoreError &e) {
        Cli::err() << tr("error: %1").arg(e.message()) << '\n';
        return Cli::Failed;
    }
}

QString marked(const ReviewRow &row)
{
    QString out = row.comment;
    for (auto it = row.highlights.crbegin(); it != row.highlights.crend(); ++it) {
        out.insert(it->first + it->second, QLatin1Char(']'));
        out.insert(it->first, QLatin1Char('['));
    }
    return out.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

int runSearch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the newest reviews whose comment has all the words of QUERY (accents do not "
           "matter; the last word also matches longer words), with the matches in [brackets]."));
    parser.addOption(Cli::databaseOption());
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N matches (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object per match."));
    parser.addOptions({limit, json});
    parser.addPositionalArgument(QStringLiteral("QUERY"), tr("Words to look for."));
    if (auto code = Cli::parse(parser, args))
        return *code;
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return Cli::usageError(parser, tr("give the words to look for"));
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1)
        return Cli::usageError(parser, tr("--limit takes a positive whole number"));
    try {
        Database db(DatabaseConfig::sqlite(Cli::databasePath(parser)));
        ReviewStore store(db);
        const QVector<ReviewRow> rows = store.search(text, n);
        for (const ReviewRow &row : rows) {
            if (parser.isSet(json)) {
                QJsonArray ranges;
                for (const Reviews::TextRange &r : row.highlights)
                    ranges.append(QJsonArray{r.first, r.second});
                const QJsonObject o{
                    {QStringLiteral("id"), row.id},
                    {QStringLiteral("stop"), row.stopId},
                    {QStringLiteral("score"), row.score},
                    {QStringLiteral("received_at"), TimeFormat::toRfc3339(row.receivedAt)},
                    {QStringLiteral("comment"), row.comment},
                    {QStringLiteral("highlights"), ranges}};
                Cli::out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            } else {
                Cli::out() << row.id << '\t' << TimeFormat::toDay(row.receivedAt) << '\t' << row.score << '\t'
                           << marked(row) << '\n';
            }
        }
        if (!parser.isSet(json))
            Cli::out() << QCoreApplication::translate("Cli", "%n match(es)", nullptr,
                                                      int(rows.size()))
                       << '\n';
        return Cli::Ok;
    } catch (const StoreError &e) {
        Cli::err() << tr("error: %1").arg(e.message()) << '\n';
        return Cli::Failed;
    }
}

int runCases(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the follow-up cases not yet resolved, most urgent first; overdue ones are "
           "marked. Opens the cases missing for detractor reviews first."));
    parser.addOption(Cli::databaseOption());
    const QCommandLineOption now = nowOption();
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   tr("Owner of cases opened now (the team lead)."),
                                   QStringLiteral("NAME"));
    parser.addOptions({now, owner});
    if (auto code = Cli::parse(parser, args))
        return *code;
    const std::optional<qint64> at = nowFrom(parser, now);
    if (!at)
        return Cli::usageError(parser, tr("--now must be RFC 3339"));
    try {
        Database db(DatabaseConfig::sqlite(Cli::databasePath(parser)));
        ReviewStore store(db);
        ReviewCaseRules rules;
        rules.owner = parser.value(owner);
        store.setCaseRules(rules);
        const int opened = store.openMissingCases(*at);
        const QDate today = QDateTime::fromMSecsSinceEpoch(*at, TimeFormat::companyZone()).date();
        const QVector<ReviewCase> cases = store.unresolvedCases();
        for (const ReviewCase &c : cases)
            Cli::out() << c.id << '\t' << c.reviewId << '\t' << Reviews::caseStateKey(c.state)
                       << '\t' << c.dueDate.toString(Qt::ISODate) << '\t'
                       << (c.isOverdue(today) ? tr("OVERDUE") : QString()) << '\t' << c.owner
                       << '\n';
        Cli::out() << tr("unresolved: %1, opened now: %2").arg(cases.size()).arg(opened) << '\n';
        return Cli::Ok;
    } catch (const StoreError &e) {
        Cli::err() << tr("error: %1").arg(e.message()) << '\n';
        return Cli::Failed;
    }
}

int runFeedback(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the reviews marked as caused by a client as CSV (or HTML for printing). "
           "Without --client, lists the clients with such reviews."));
    parser.addOption(Cli::databaseOption());
    const QCommandLineOption client(QStringLiteral("client"), tr("The client id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption html(QStringLiteral("html"), tr("Write HTML instead of CSV."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOptions({client, html, output});
    if (auto code = Cli::parse(parser, args))
        return *code;
    try {
        Database db(DatabaseConfig::sqlite(Cli::databasePath(parser)));
        ReviewStore store(db);
        if (!parser.isSet(client)) {
            for (const ReviewStore::ClientCount &c : store.clientFeedbackCounts())
                Cli::out() << c.clientId << '\t' << c.clientName << '\t' << c.count << '\n';
            return Cli::Ok;
        }
        const QVector<ReviewRow> rows = store.clientFeedback(parser.value(client));
        QString name = parser.value(client);
        if (!rows.isEmpty() && !rows.constFirst().clientName.isEmpty())
            name = rows.constFirst().clientName;
        std::unique_ptr<Clock> clock(Clock::realTime());
        const QByteArray bytes =
            parser.isSet(html) ? ClientFeedback::toHtml(name, rows, 0, 0, clock->nowMs()).toUtf8()
                               : ClientFeedback::toCsv(rows);
        if (parser.isSet(output)) {
            QFile file(parser.value(output));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                Cli::err() << tr("error: cannot write %1: %2")
                                  .arg(parser.value(output), file.errorString())
                           << '\n';
                return Cli::Failed;
            }
        } else {
            Cli::out() << QString::fromUtf8(bytes);
        }
        return Cli::Ok;
    } catch (const StoreError &e) {
        Cli::err() << tr("error: %1").arg(e.message()) << '\n';
        return Cli::Failed;
    }
}

} // namespace

int runReviewsCommand(const QStringList &args)
{
    const QString usage = tr("Usage: %1 <import|search|cases|feedback|themes> [options]\n"
                             "  import FILE.csv   import reviews from the survey tool\n"
                             "  search QUERY      full-text search over comments\n"
                             "  cases             follow-up cases not yet resolved\n"
                             "  feedback          reviews caused by a client, as CSV or HTML\n"
                             "  themes TEXT|-     themes and tone of a text, as JSON\n"
                             "Run '%1 <subcommand> --help' for its options.")
                              .arg(args.value(0));
    const QString sub = args.value(1);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        Cli::out() << usage << '\n';
        return Cli::Ok;
    }
    if (sub == QLatin1String("import"))
        return runImport(subArgs(args, sub));
    if (sub == QLatin1String("search"))
        return runSearch(subArgs(args, sub));
    if (sub == QLatin1String("cases"))
        return runCases(subArgs(args, sub));
    if (sub == QLatin1String("feedback"))
        return runFeedback(subArgs(args, sub));
#ifdef VOORZET_HAVE_REVIEW_THEMES
    if (sub == QLatin1String("themes"))
        return runReviewThemesCommand(subArgs(args, sub));
#endif
    Cli::err() << (sub.isEmpty() ? tr("error: give a subcommand")
                                 : tr("error: unknown subcommand '%1'").arg(sub))
               << "\n\n"
               << usage << '\n';
    return Cli::UsageError;
}
