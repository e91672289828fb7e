#include "clisupport.h"
#include "commands.h"

#include "core/timeformat.h"
#include "replan/movepreview.h"
#include "replan/rescueplanner.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

// voorzet-cli replan: the breakdown rescue proposal for a route, as JSON.
// Nothing is changed in the store. The shape is documented in the README.

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(TimeFormat::toRfc3339(ms)) : QJsonValue();
}

double rounded(double value)
{
    return std::round(value * 10) / 10;
}

QJsonObject receivingRoute(const Replan::RoutePreview &r, const QStringList &rescued)
{
    QJsonArray stops;
    for (int i = 0; i < r.newStopIds.size(); ++i) {
        const QString &id = r.newStopIds.at(i);
        stops.append(
            QJsonObject{{QStringLiteral("stop"), id},
                        {QStringLiteral("eta"), timeOrNull(r.newArrivals.value(i))},
                        {QStringLiteral("window_start"), timeOrNull(r.newWindowStarts.value(i))},
                        {QStringLiteral("window_end"), timeOrNull(r.newWindowEnds.value(i))},
                        {QStringLiteral("window_kept"), r.newKept.value(i)},
                        {QStringLiteral("rescued"), rescued.contains(id)}});
    }
    QJsonArray received;
    for (const QString &id : r.receivedStopIds)
        received.append(id);
    return {{QStringLiteral("route"), r.routeId},
            {QStringLiteral("vehicle"), r.vehicleLabel},
            {QStringLiteral("received"), received},
            {QStringLiteral("stops"), stops},
            {QStringLiteral("windows_kept"), r.keptAfter()},
            {QStringLiteral("windows_broken"), r.brokenAfter()},
            {QStringLiteral("windows_broken_before"), r.brokenBefore()},
            {QStringLiteral("added_km"), rounded(r.addedKm)},
            {QStringLiteral("added_driving_min"), rounded(r.addedDrivingMin)},
            {QStringLiteral("back_at_hub"), timeOrNull(r.newBack)},
            {QStringLiteral("within_working_day"), r.withinWorkingDay}};
}

QJsonObject reschedule(const Replan::Reschedule &r)
{
    return {{QStringLiteral("stop"), r.stopId},
            {QStringLiteral("day"), r.day},
            {QStringLiteral("route"), r.routeId.isEmpty() ? QJsonValue() : QJsonValue(r.routeId)},
            {QStringLiteral("seq"), r.seq},
            {QStringLiteral("window_start"), timeOrNull(r.windowStart)},
            {QStringLiteral("window_end"), timeOrNull(r.windowEnd)},
            {QStringLiteral("planned_arrival"), timeOrNull(r.plannedArrival)},
            {QStringLiteral("to_be_planned"), r.routeId.isEmpty()}};
}

} // namespace

int runReplanCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Proposes how the stops a broken-down van still has to visit are spread over the other "
           "vans of its hub and nearby hubs: windows kept first, then fewest stops moved to "
           "another day, then the least lateness, then the fewest added kilometres, within each "
           "crew's working day. Prints the proposal as JSON; changes nothing."));
    parser.addOption(Cli::databaseOption());
    const QCommandLineOption route(QStringLiteral("route"), tr("The route of the broken-down van."),
                                   QStringLiteral("R"));
    const QCommandLineOption at(
        QStringLiteral("at"),
        tr("The moment of the proposal: RFC 3339 (default: the newest event in the database)."),
        QStringLiteral("TIME"));
    const QCommandLineOption maxLate(
        QStringLiteral("max-late"),
        tr("Minutes past its window a rescued stop may still be served today (default 60)."),
        QStringLiteral("MIN"), QStringLiteral("60"));
    const QCommandLineOption nearby(
        QStringLiteral("nearby-km"),
        tr("Vans of other hubs this close (straight line, km) may help (default 35)."),
        QStringLiteral("KM"), QStringLiteral("35"));
    parser.addOptions({route, at, maxLate, nearby});
    if (auto code = Cli::parse(parser, args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(
            parser, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (parser.value(route).isEmpty())
        return Cli::usageError(parser, tr("--route is required"));
    Replan::RescueOptions options;
    bool lateOk = false, nearOk = false;
    options.maxLateMin = parser.value(maxLate).toDouble(&lateOk);
    options.nearbyHubKm = parser.value(nearby).toDouble(&nearOk);
    if (!lateOk || !nearOk || options.maxLateMin < 0 || options.nearbyHubKm < 0)
        return Cli::usageError(parser, tr("--max-late and --nearby-km take a number, 0 or more"));
    const QString path = Cli::databasePath(parser);
    if (!QFileInfo::exists(path)) {
        Cli::err() << tr("error: there is no database at %1").arg(path) << '\n';
        return Cli::Failed;
    }
    try {
        Database db(DatabaseConfig::sqlite(path));
        OperationStore store(db);
        qint64 now = store.latestEventTs();
        if (parser.isSet(at)) {
            const auto parsed = TimeFormat::parseRfc3339(parser.value(at));
            if (!parsed)
                return Cli::usageError(parser, tr("--at must be an RFC 3339 time"));
            now = *parsed;
        }
        if (now <= 0) {
            Cli::err() << tr("error: the database %1 holds no events yet; give --at").arg(path)
                       << '\n';
            return Cli::Failed;
        }
        const Replan::RescuePlanner planner(store, parser.value(route), now, options);
        if (!planner.error().isEmpty()) {
            Cli::err() << tr("error: %1").arg(planner.error()) << '\n';
            return Cli::Failed;
        }
        const Replan::RescueProposal proposal = planner.propose();
        const Replan::MovePreview preview =
            Replan::MovePreview::compute(store, proposal.change, now);
        QJsonArray receiving;
        for (const Replan::RoutePreview &r : preview.routes)
            if (r.routeId != parser.value(route) &&
                (!r.receivedStopIds.isEmpty() || r.newStopIds != r.oldStopIds))
                receiving.append(receivingRoute(r, planner.rescuedStopIds()));
        QJsonArray reschedules;
        for (const Replan::Reschedule &r : proposal.change.reschedules)
            reschedules.append(reschedule(r));
        QJsonArray candidates;
        for (const QString &id : planner.candidateRouteIds())
            candidates.append(id);
        const QJsonObject totals{
            {QStringLiteral("rescued_stops"), proposal.rescuedStops},
            {QStringLiteral("windows_kept"), proposal.keptWindows},
            {QStringLiteral("late_stops"), proposal.lateStops},
            {QStringLiteral("late_minutes"), rounded(proposal.latenessMin)},
            {QStringLiteral("rescheduled"), proposal.rescheduled},
            {QStringLiteral("windows_broken_elsewhere"), proposal.windowsBrokenElsewhere},
            {QStringLiteral("added_km"), rounded(proposal.addedKm)},
            {QStringLiteral("added_driving_min"), rounded(proposal.addedDrivingMin)},
            {QStringLiteral("search_seconds"), std::round(proposal.seconds * 1000) / 1000}};
        const QJsonObject out{{QStringLiteral("route"), parser.value(route)},
                              {QStringLiteral("at"), TimeFormat::toRfc3339(now)},
                              {QStringLiteral("candidate_routes"), candidates},
                              {QStringLiteral("receiving_routes"), receiving},
                              {QStringLiteral("reschedule"), reschedules},
                              {QStringLiteral("totals"), totals}};
        Cli::out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return Cli::Ok;
    } catch (const StoreError &error) {
        Cli::err() << tr("error: %1").arg(error.message()) << '\n';
        return Cli::Failed;
    }
}
