#include "clisupport.h"
#include "commands.h"

#include "alerts/alertsweep.h"
#include "alerts/alerttext.h"
#include "core/timeformat.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

std::optional<int> positiveNumber(const QCommandLineParser &parser,
                                  const QCommandLineOption &option)
{
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

QJsonObject toJson(const Alert &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("kind"), AlertKind::key(a.kind)},
            {QStringLiteral("severity"), AlertSeverity::key(a.severity)},
            {QStringLiteral("raised_at"), TimeFormat::toRfc3339(a.raisedAt)},
            {QStringLiteral("route"), a.routeId},
            {QStringLiteral("stop"), a.stopId},
            {QStringLiteral("vehicle"), a.vehicleId},
            {QStringLiteral("acknowledged_by"), a.acknowledgedBy},
            {QStringLiteral("summary"), AlertText::summary(a)},
            {QStringLiteral("detail"), QJsonObject::fromVariantMap(a.detail)}};
}

} // namespace

int runAlertsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Looks at the operation at one moment, raises the alerts it calls for (once per "
           "cause), clears those whose cause went away, and lists the open ones, most severe "
           "first. Without --at, the moment is the newest event in the database."));
    parser.addOption(Cli::databaseOption());
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("The moment to look at: RFC 3339, or HH:MM on the newest day."),
                                QStringLiteral("TIME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON lines."));
    const QCommandLineOption ack(QStringLiteral("ack"), tr("Acknowledge the alert with this id."),
                                 QStringLiteral("ID"));
    const QCommandLineOption resolve(QStringLiteral("resolve"),
                                     tr("Resolve the alert with this id."), QStringLiteral("ID"));
    const QCommandLineOption by(QStringLiteral("by"),
                                tr("Who acknowledges or resolves (default: the user name)."),
                                QStringLiteral("NAME"));
    const QCommandLineOption note(QStringLiteral("note"), tr("What was done (with --resolve)."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption tolerance(
        QStringLiteral("late-tolerance"),
        tr("Minutes past a window's end before a stop counts as late (default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption noContact(
        QStringLiteral("no-contact-minutes"),
        tr("Minutes of silence before a van counts as out of contact (default 15)."),
        QStringLiteral("N"), QStringLiteral("15"));
    parser.addOptions({at, json, ack, resolve, by, note, tolerance, noContact});
    if (auto code = Cli::parse(parser, args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(
            parser, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    AlertRules rules;
    const auto toleranceMin = positiveNumber(parser, tolerance);
    const auto silenceMin = positiveNumber(parser, noContact);
    if (!toleranceMin || !silenceMin || *silenceMin < 1)
        return Cli::usageError(parser, tr("--late-tolerance and --no-contact-minutes take a "
                                          "whole number of minutes"));
    rules.lateToleranceMin = *toleranceMin;
    rules.noContactMinutes = *silenceMin;
    if (parser.isSet(ack) && parser.isSet(resolve))
        return Cli::usageError(parser, tr("give --ack or --resolve, not both"));

    try {
        Database db(DatabaseConfig::sqlite(Cli::databasePath(parser)));
        AlertStore alerts(db);
        QString who = parser.value(by);
        if (who.isEmpty())
            who = qEnvironmentVariable("USER", tr("dispatcher"));
        OperationStore store(db);
        qint64 now = store.latestEventTs();
        if (parser.isSet(at)) {
            const QStringList days = store.days();
            const auto parsed =
                Cli::parseTime(parser.value(at), days.isEmpty() ? QString() : days.constFirst());
            if (!parsed)
                return Cli::usageError(parser, tr("--at must be RFC 3339 or HH:MM"));
            now = *parsed;
        }
        if (parser.isSet(ack) || parser.isSet(resolve)) {
            bool ok = false;
            const qint64 id = parser.value(parser.isSet(ack) ? ack : resolve).toLongLong(&ok);
            if (!ok)
                return Cli::usageError(parser, tr("an alert id is a number"));
            const Alert before = alerts.alert(id);
            if (before.id == 0) {
                Cli::err() << tr("error: there is no alert %1").arg(id) << '\n';
                return Cli::Failed;
            }
            const qint64 when = now > 0 ? now : QDateTime::currentMSecsSinceEpoch();
            const bool done = parser.isSet(ack)
                                  ? alerts.acknowledge(id, who, when)
                                  : alerts.resolve(id, who, when, parser.value(note));
            const Alert after = alerts.alert(id);
            Cli::out() << QStringLiteral("%1 %2: %3").arg(id).arg(AlertText::kind(after.kind),
                                                            AlertText::state(after))
                       << '\n';
            return done ? Cli::Ok : Cli::Failed;
        }
        if (now <= 0) {
            Cli::err() << tr("The database %1 holds no events yet.").arg(Cli::databasePath(parser))
                       << '\n';
            return Cli::Ok;
        }
        AlertSweep::run(db, now, {}, rules);
        const QVector<Alert> open = alerts.openAlerts();
        if (!parser.isSet(json))
            Cli::out() << tr("%1 open alert(s) at %2").arg(open.size()).arg(TimeFormat::toRfc3339(now))
                       << '\n';
        for (const Alert &a : open) {
            if (parser.isSet(json)) {
                Cli::out() << QJsonDocument(toJson(a)).toJson(QJsonDocument::Compact) << '\n';
                continue;
            }
            Cli::out() << QStringLiteral("%1  %2 %3 %4 %5 %6  %7")
                              .arg(a.id, 5)
                              .arg(AlertSeverity::key(a.severity), -8)
                              .arg(AlertKind::key(a.kind), -16)
                              .arg(TimeFormat::toClock(a.raisedAt), 5)
                              .arg(a.routeId, -14)
                              .arg(a.acknowledgedAt > 0 ? tr("seen") : tr("new"), -5)
                              .arg(AlertText::summary(a))
                       << '\n';
        }
        return Cli::Ok;
    } catch (const StoreError &error) {
        Cli::err() << tr("error: %1").arg(error.message()) << '\n';
        return Cli::Failed;
    }
}
