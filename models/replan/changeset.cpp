#include "changeset.h"

#include "core/timeformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSet>

namespace Replan {

namespace {

struct ReasonName
{
    Reason reason;
    const char *key;
    const char *text;
};

const ReasonName kReasons[] = {
    {Reason::NotHome, "not_home", QT_TRANSLATE_NOOP("Replan", "Customer not home")},
    {Reason::WrongProduct, "wrong_product",
     QT_TRANSLATE_NOOP("Replan", "Client delivered the wrong product")},
    {Reason::Breakdown, "breakdown", QT_TRANSLATE_NOOP("Replan", "Van breakdown")},
    {Reason::Weather, "weather", QT_TRANSLATE_NOOP("Replan", "Weather")},
    {Reason::CustomerRequest, "customer_request",
     QT_TRANSLATE_NOOP("Replan", "Customer's request")},
    {Reason::Other, "other", QT_TRANSLATE_NOOP("Replan", "Other")},
};

} // namespace

QString reasonKey(Reason reason)
{
    for (const ReasonName &r : kReasons) {
        if (r.reason == reason)
            return QLatin1String(r.key);
    }
    return QStringLiteral("other");
}

Reason reasonFromKey(const QString &key, bool *ok)
{
    for (const ReasonName &r : kReasons) {
        if (key == QLatin1String(r.key)) {
            if (ok)
                *ok = true;
            return r.reason;
        }
    }
    if (ok)
        *ok = false;
    return Reason::Other;
}

QString reasonText(Reason reason)
{
    for (const ReasonName &r : kReasons) {
        if (r.reason == reason)
            return QCoreApplication::translate("Replan", r.text);
    }
    return QString();
}

QVector<Reason> allReasons()
{
    QVector<Reason> reasons;
    for (const ReasonName &r : kReasons)
        reasons.append(r.reason);
    return reasons;
}

bool RouteOrder::operator==(const RouteOrder &other) const
{
    return routeId == other.routeId && stopIds == other.stopIds
        && plannedArrivals == other.plannedArrivals;
}

bool Reschedule::operator==(const Reschedule &other) const
{
    return stopId == other.stopId && day == other.day && routeId == other.routeId
        && seq == other.seq && windowStart == other.windowStart && windowEnd == other.windowEnd
        && plannedArrival == other.plannedArrival;
}

bool ChangeSet::operator==(const ChangeSet &other) const
{
    return kind == other.kind && reason == other.reason && note == other.note
        && sourceRouteId == other.sourceRouteId && orders == other.orders
        && reschedules == other.reschedules;
}

QStringList ChangeSet::stopIds() const
{
    QStringList ids;
    QSet<QString> seen;
    const auto add = [&](const QString &id) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    for (const Reschedule &r : reschedules)
        add(r.stopId);
    for (const RouteOrder &o : orders) {
        for (const QString &id : o.stopIds)
            add(id);
    }
    return ids;
}

QString ChangeSet::summary() const
{
    switch (kind) {
    case Kind::Rescue:
        return QCoreApplication::translate("Replan", "Rescue the stops of route %1")
            .arg(sourceRouteId);
    case Kind::Reschedule:
        if (reschedules.size() == 1) {
            const Reschedule &r = reschedules.first();
            const QDate day = QDate::fromString(r.day, Qt::ISODate);
            const QString dayText =
                day.isValid() ? QLocale().toString(day, QStringLiteral("ddd d MMM")) : r.day;
            return QCoreApplication::translate("Replan", "Reschedule stop %1 to %2 %3–%4")
                .arg(r.stopId, dayText, TimeFormat::toClock(r.windowStart),
                     TimeFormat::toClock(r.windowEnd));
        }
        return QCoreApplication::translate("Replan", "Reschedule %n stops", nullptr,
                                           int(reschedules.size()));
    case Kind::MoveToday:
        break;
    }
    QStringList routes;
    for (const RouteOrder &o : orders)
        routes.append(o.routeId);
    return QCoreApplication::translate("Replan", "Move stops between routes %1")
        .arg(routes.join(QStringLiteral(", ")));
}

} // namespace Replan
