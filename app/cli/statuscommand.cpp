#include "clisupport.h"
#include "commands.h"

#include "core/routestatus.h"
#include "core/timeformat.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}


} // namespace

int runStatusCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints every route's state, progress and delay. Without --at, the moment is the "
           "newest event in the database."));
    parser.addOption(Cli::databaseOption());
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("The moment to report on: RFC 3339, or HH:MM on the route day."),
                                QStringLiteral("TIME"));
    const QCommandLineOption day(QStringLiteral("day"), tr("The delivery day (YYYY-MM-DD)."),
                                 QStringLiteral("DAY"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print JSON lines instead of a table."));
    const QCommandLineOption noContact(QStringLiteral("no-contact-minutes"),
                                       tr("Minutes of silence before a van counts as out of "
                                          "contact (default 15)."),
                                       QStringLiteral("N"), QStringLiteral("15"));
    parser.addOptions({at, day, json, noContact});
    if (auto code = Cli::parse(parser, args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(
            parser, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(day) && !TimeFormat::parseDate(parser.value(day)))
        return Cli::usageError(parser, tr("--day must be a date in the form YYYY-MM-DD"));
    RouteStatusRules rules;
    bool ok = false;
    rules.noContactMinutes = parser.value(noContact).toInt(&ok);
    if (!ok || rules.noContactMinutes < 1)
        return Cli::usageError(parser, tr("--no-contact-minutes takes a positive whole number"));

    try {
        Database db(DatabaseConfig::sqlite(Cli::databasePath(parser)));
        OperationStore store(db);
        qint64 now = store.latestEventTs();
        QString reportDay = parser.value(day);
        if (parser.isSet(at)) {
            const QString reference = reportDay.isEmpty() && !store.days().isEmpty()
                                          ? store.days().constFirst()
                                          : reportDay;
            const auto parsed = Cli::parseTime(parser.value(at), reference);
            if (!parsed)
                return Cli::usageError(parser, tr("--at must be RFC 3339 or HH:MM"));
            now = *parsed;
        }
        if (reportDay.isEmpty())
            reportDay = now > 0 ? TimeFormat::toDay(now) : QString();
        const QVector<Route> routes = store.routes(reportDay);
        if (routes.isEmpty()) {
            Cli::err() << tr("No routes for %1 in %2.")
                              .arg(reportDay.isEmpty() ? tr("any day") : reportDay,
                                   Cli::databasePath(parser))
                       << '\n';
            return Cli::Ok;
        }
        QHash<QString, Vehicle> vehicles;
        for (const Vehicle &v : store.vehicles())
            vehicles.insert(v.id, v);

        if (!parser.isSet(json))
            Cli::out() << tr("Routes on %1 at %2").arg(reportDay, TimeFormat::toRfc3339(now))
                       << "\n"
                       << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                              .arg(tr("route"), -14)
                              .arg(tr("van"), -6)
                              .arg(tr("state"), -12)
                              .arg(tr("done"), 7)
                              .arg(tr("delay"), 6)
                              .arg(tr("contact"), 8)
                              .arg(tr("next stop"), -28)
                              .arg(tr("crew"))
                       << '\n';
        for (const Route &r : routes) {
            const QVector<Stop> stops = store.stopsOfRoute(r.id);
            const RouteStatus s =
                RouteStatusDeriver::derive(r, stops, vehicles.value(r.vehicleId), now, rules);
            QStringList crew;
            for (const CrewMember &m : r.crew)
                crew.append(m.name);
            QString next;
            if (s.nextStopIndex >= 0) {
                const Stop &n = stops.at(s.nextStopIndex);
                next = QStringLiteral("%1 %2 %3-%4")
                           .arg(n.id, n.customer.city, TimeFormat::toClock(n.windowStart),
                                TimeFormat::toClock(n.windowEnd));
            }
            if (parser.isSet(json)) {
                const QJsonObject line{
                    {QStringLiteral("route"), r.id},
                    {QStringLiteral("vehicle"), r.vehicleId},
                    {QStringLiteral("hub"), r.hub.id},
                    {QStringLiteral("state"), Domain::routeStateKey(s.state)},
                    {QStringLiteral("done"), r.doneCount},
                    {QStringLiteral("stops"), r.stopCount},
                    {QStringLiteral("failed"), r.failedCount},
                    {QStringLiteral("delay_min"), s.delayMin},
                    {QStringLiteral("next_stop"), s.nextStopId},
                    {QStringLiteral("minutes_since_contact"), s.minutesSinceContact},
                    {QStringLiteral("crew"), QJsonArray::fromStringList(crew)},
                };
                Cli::out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
                continue;
            }
            Cli::out()
                << QStringLiteral("%1 %2 %3 %4 %5 %6  %7  %8")
                       .arg(r.id, -14)
                       .arg(r.vehicleId, -6)
                       .arg(Domain::routeStateKey(s.state), -12)
                       .arg(QStringLiteral("%1/%2").arg(r.doneCount).arg(r.stopCount), 7)
                       .arg(QStringLiteral("%1%2").arg(s.delayMin > 0 ? "+" : "").arg(s.delayMin),
                            6)
                       .arg(s.minutesSinceContact < 0
                                ? QStringLiteral("-")
                                : QStringLiteral("%1m").arg(s.minutesSinceContact),
                            8)
                       .arg(next, -28)
                       .arg(crew.join(QLatin1String(" & ")))
                << '\n';
        }
        return Cli::Ok;
    } catch (const StoreError &error) {
        Cli::err() << tr("error: %1").arg(error.message()) << '\n';
        return Cli::Failed;
    }
}
