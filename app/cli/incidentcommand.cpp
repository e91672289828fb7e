#include "clisupport.h"
#include "commands.h"

#include "core/clock.h"
#include "core/timeformat.h"
#include "notices/noticecomposer.h"
#include "notices/noticestore.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <memory>

using namespace Notices;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QStringList listOption(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

// "lon,lat;lon,lat;lon,lat" (three corners or more).
std::optional<QVector<QPointF>> parseArea(const QString &text)
{
    QVector<QPointF> points;
    for (const QString &corner : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList xy = corner.split(QLatin1Char(','));
        bool okX = false, okY = false;
        if (xy.size() != 2)
            return std::nullopt;
        const double lon = xy.at(0).trimmed().toDouble(&okX);
        const double lat = xy.at(1).trimmed().toDouble(&okY);
        if (!okX || !okY || lon < -180 || lon > 180 || lat < -90 || lat > 90)
            return std::nullopt;
        points.append(QPointF(lon, lat));
    }
    if (points.size() < 3)
        return std::nullopt;
    return points;
}

// RFC 3339, HH:MM on `referenceDay`, or a date (its start; for an end, the next day's start).
std::optional<qint64> parseMoment(const QString &text, const QString &referenceDay, bool isEnd)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(isEnd ? date.addDays(1) : date, QTime(0, 0), TimeFormat::companyZone())
            .toMSecsSinceEpoch();
    return Cli::parseTime(text, referenceDay);
}

QString windowText(const Stop &s)
{
    return QStringLiteral("%1 %2-%3")
        .arg(QDateTime::fromMSecsSinceEpoch(s.windowStart, TimeFormat::companyZone())
                 .date()
                 .toString(Qt::ISODate),
             TimeFormat::toClock(s.windowStart), TimeFormat::toClock(s.windowEnd));
}

int createIncident(QCommandLineParser &parser)
{
    // A re-run (--id of a stored incident) may leave the kind out: the stored one is used.
    const bool kindGiven = parser.isSet(QStringLiteral("kind"));
    const auto kind = kindGiven ? kindFromKey(parser.value(QStringLiteral("kind")))
                                : std::optional<IncidentKind>(IncidentKind::Other);
    if (!kind) {
        QStringList keys;
        for (IncidentKind k : allKinds())
            keys.append(kindKey(k));
        return Cli::usageError(parser,
                               tr("--kind must be one of: %1").arg(keys.join(QLatin1String(", "))));
    }
    Incident incident;
    incident.kind = *kind;
    incident.id = parser.value(QStringLiteral("id"));
    incident.note = parser.value(QStringLiteral("note"));
    incident.createdBy = parser.value(QStringLiteral("by"));
    if (incident.createdBy.isEmpty())
        incident.createdBy = qEnvironmentVariable("USER", QStringLiteral("voorzet-cli"));
    IncidentScope &scope = incident.scope;
    scope.stopIds = listOption(parser.value(QStringLiteral("stop")));
    scope.routeIds = listOption(parser.value(QStringLiteral("route")));
    scope.hubIds = listOption(parser.value(QStringLiteral("hub")));
    scope.postcodePrefixes = listOption(parser.value(QStringLiteral("postcodes")));
    if (parser.isSet(QStringLiteral("area"))) {
        const auto area = parseArea(parser.value(QStringLiteral("area")));
        if (!area)
            return Cli::usageError(parser, tr("--area takes three or more corners as "
                                              "lon,lat;lon,lat;lon,lat"));
        scope.area = *area;
    }
    const bool rerun = !incident.id.isEmpty();
    if (scope.isEmpty() && !rerun)
        return Cli::usageError(
            parser, tr("give the incident a scope: --stop, --route, --hub, --postcodes or --area"));
    const bool json = parser.isSet(QStringLiteral("json"));

    try {
        Database db(DatabaseConfig::sqlite(Cli::databasePath(parser)));
        OperationStore store(db);
        NoticeStore notices(db);
        const QStringList days = store.days();
        const QString referenceDay = parser.isSet(QStringLiteral("day"))
                                         ? parser.value(QStringLiteral("day"))
                                         : days.value(0);
        for (const QString &side : {QStringLiteral("from"), QStringLiteral("to")}) {
            if (!parser.isSet(side))
                continue;
            const auto t =
                parseMoment(parser.value(side), referenceDay, side == QLatin1String("to"));
            if (!t)
                return Cli::usageError(
                    parser, tr("--%1 must be RFC 3339, a date (YYYY-MM-DD) or HH:MM").arg(side));
            (side == QLatin1String("from") ? incident.from : incident.to) = *t;
        }
        if (incident.from > 0 && incident.to > 0 && incident.to <= incident.from)
            return Cli::usageError(parser, tr("--to must lie after --from"));
        if (rerun && !notices.incident(incident.id) && (scope.isEmpty() || !kindGiven))
            return Cli::usageError(parser, tr("no incident %1; give a kind and a scope to "
                                              "create it")
                                               .arg(incident.id));

        std::unique_ptr<Clock> clock(Clock::realTime());
        NoticeComposer::Options options;
        options.company = CompanyContact::fromSettings();
        const auto result =
            NoticeComposer::createAndQueue(db, store, incident, options, clock->nowMs());
        const auto stored = notices.incident(result.incidentId);
        QHash<QString, OutboxMessage> byCustomer;
        for (const OutboxMessage &m : notices.messages(result.incidentId))
            byCustomer.insert(m.customerId, m);

        if (json) {
            QJsonArray affected;
            for (const AffectedStop &a : result.affected) {
                const OutboxMessage m = byCustomer.value(a.stop.customer.id);
                affected.append(QJsonObject{
                    {QStringLiteral("stop"), a.stop.id},
                    {QStringLiteral("route"), a.stop.routeId},
                    {QStringLiteral("hub"), a.hubId},
                    {QStringLiteral("customer"), a.stop.customer.id},
                    {QStringLiteral("window_start"), TimeFormat::toRfc3339(a.stop.windowStart)},
                    {QStringLiteral("window_end"), TimeFormat::toRfc3339(a.stop.windowEnd)},
                    {QStringLiteral("message"), m.stopId == a.stop.id ? m.id : 0},
                });
            }
            const QJsonObject line{
                {QStringLiteral("incident"), result.incidentId},
                {QStringLiteral("kind"), kindKey(stored ? stored->kind : incident.kind)},
                {QStringLiteral("affected"), affected},
                {QStringLiteral("queued"), int(result.queued.size())},
                {QStringLiteral("already_queued"), int(result.existing.size())},
            };
            Cli::out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
            return Cli::Ok;
        }

        Cli::out() << tr("Incident %1 (%2): %3")
                          .arg(result.incidentId, kindKey(stored ? stored->kind : incident.kind),
                               stored ? stored->scope.describe() : scope.describe())
                   << '\n'
                   << tr("Affected stops: %1").arg(result.affected.size()) << '\n';
        for (const AffectedStop &a : result.affected)
            Cli::out() << QStringLiteral("  %1 %2 %3 %4 %5 %6")
                              .arg(a.stop.id, -10)
                              .arg(a.stop.routeId, -10)
                              .arg(windowText(a.stop), -22)
                              .arg(a.stop.customer.id, -10)
                              .arg(a.stop.customer.postcode, -8)
                              .arg(a.stop.customer.name)
                       << '\n';
        Cli::out() << tr("Messages queued: %1, already queued before: %2")
                          .arg(result.queued.size())
                          .arg(result.existing.size())
                   << '\n';
        for (const OutboxMessage &m : result.queued)
            Cli::out() << QStringLiteral("  #%1 %2 %3 %4 %5")
                              .arg(m.id)
                              .arg(m.customerId, -10)
                              .arg(m.language, -3)
                              .arg(m.channel.isEmpty() ? QStringLiteral("-") : m.channel, -6)
                              .arg(m.state == MessageState::Failed ? m.lastError
                                                                   : messageStateKey(m.state))
                       << '\n';
        return Cli::Ok;
    } catch (const StoreError &error) {
        Cli::err() << tr("error: %1").arg(error.message()) << '\n';
        return Cli::Failed;
    }
}

} // namespace

int runIncidentCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("incident create: records an overmacht incident and queues a personal message for "
           "every affected customer (one per customer; running it again with --id queues "
           "nothing twice). Send them with 'voorzet-cli outbox --send'.\n"
           "incident list: prints the incidents and their messages' states."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("create or list"));
    parser.addOption(Cli::databaseOption());
    auto add = [&](const QString &name, const QString &help, const QString &value = {}) {
        parser.addOption(QCommandLineOption(name, help, value));
    };
    add(QStringLiteral("kind"),
        tr("breakdown, snow, ice, storm, road_closure, wrong_product or other."),
        QStringLiteral("K"));
    add(QStringLiteral("stop"), tr("Stops, comma-separated."), QStringLiteral("S"));
    add(QStringLiteral("route"), tr("Routes, comma-separated."), QStringLiteral("R"));
    add(QStringLiteral("hub"), tr("Hubs, comma-separated."), QStringLiteral("H"));
    add(QStringLiteral("postcodes"), tr("Postcode prefixes, comma-separated (35,36)."),
        QStringLiteral("LIST"));
    add(QStringLiteral("area"), tr("An area: corners as lon,lat;lon,lat;lon,lat."),
        QStringLiteral("POLYGON"));
    add(QStringLiteral("from"),
        tr("Stops whose window ends after this: RFC 3339, YYYY-MM-DD or HH:MM."),
        QStringLiteral("T"));
    add(QStringLiteral("to"),
        tr("Stops whose window starts before this: RFC 3339, YYYY-MM-DD or HH:MM."),
        QStringLiteral("T"));
    add(QStringLiteral("day"), tr("The day HH:MM times fall on (default: the newest day)."),
        QStringLiteral("DAY"));
    add(QStringLiteral("note"), tr("A note for the desk (not sent to customers)."),
        QStringLiteral("TEXT"));
    add(QStringLiteral("id"), tr("The incident's id: reuse it to run an incident again."),
        QStringLiteral("ID"));
    add(QStringLiteral("by"), tr("Who creates the incident (default: $USER)."),
        QStringLiteral("NAME"));
    add(QStringLiteral("json"), tr("Print one JSON line instead of text."));
    if (auto code = Cli::parse(parser, args))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() > 1)
        return Cli::usageError(parser, tr("unexpected argument '%1'").arg(positional.at(1)));
    if (action == QLatin1String("create")) {
        if (!parser.isSet(QStringLiteral("kind")) && !parser.isSet(QStringLiteral("id")))
            return Cli::usageError(parser, tr("--kind is required"));
        return createIncident(parser);
    }
    if (action == QLatin1String("list")) {
        try {
            Database db(DatabaseConfig::sqlite(Cli::databasePath(parser)));
            NoticeStore notices(db);
            for (const Incident &i : notices.incidents()) {
                const auto counts = notices.stateCounts(i.id);
                Cli::out() << QStringLiteral(
                                  "%1 %2 %3 %4  queued %5 sending %6 sent %7 failed %8  %9")
                                  .arg(i.id, -36)
                                  .arg(kindKey(i.kind), -13)
                                  .arg(incidentStateKey(i.state), -9)
                                  .arg(TimeFormat::toRfc3339(i.createdAt))
                                  .arg(counts.value(MessageState::Queued))
                                  .arg(counts.value(MessageState::Sending))
                                  .arg(counts.value(MessageState::Sent))
                                  .arg(counts.value(MessageState::Failed))
                                  .arg(i.scope.describe())
                           << '\n';
            }
            return Cli::Ok;
        } catch (const StoreError &error) {
            Cli::err() << tr("error: %1").arg(error.message()) << '\n';
            return Cli::Failed;
        }
    }
    return Cli::usageError(parser, action.isEmpty() ? tr("say what to do: create or list")
                                                    : tr("unknown action '%1'").arg(action));
}
