#include "incidentproposer.h"

#include "alerts/alerttext.h"
#include "core/timeformat.h"
#include "notices/noticestore.h"
#include "notices/scopeselector.h"
#include "storage/operationstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace Notices {

namespace {

IncidentKind kindOfWarning(const QString &kind)
{
    if (kind == QLatin1String("snow"))
        return IncidentKind::Snow;
    if (kind == QLatin1String("ice"))
        return IncidentKind::Ice;
    if (kind == QLatin1String("storm"))
        return IncidentKind::Storm;
    return IncidentKind::Other;
}

qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), TimeFormat::companyZone()).toMSecsSinceEpoch();
}

} // namespace

QVector<Incident> IncidentProposer::propose(OperationStore &store, NoticeStore &notices, qint64 now,
                                            const Rules &rules)
{
    QVector<Incident> proposed;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, TimeFormat::companyZone()).date();
    auto offer = [&](Incident incident) {
        if (notices.incidentWithCause(incident.causeKey))
            return;
        if (ScopeSelector::select(store, incident).isEmpty())
            return; // nobody to tell
        incident.state = IncidentState::Proposed;
        incident.createdBy = QStringLiteral("voorzet");
        incident.createdAt = now;
        incident.id = notices.addIncident(incident);
        proposed.append(incident);
    };

    const QString todayKey = today.toString(Qt::ISODate);
    const QVector<Route> routes = store.routes(todayKey);
    for (const Vehicle &v : store.vehicles()) {
        if (v.status != Domain::VehicleStatus::Breakdown ||
            v.expectedRepairMin <= rules.repairThresholdMin)
            continue;
        Incident i;
        i.kind = IncidentKind::Breakdown;
        for (const Route &r : routes)
            if (r.vehicleId == v.id)
                i.scope.routeIds.append(r.id);
        if (i.scope.routeIds.isEmpty())
            continue;
        i.from = now;
        i.note = QCoreApplication::translate("Notices",
                                             "Van %1 broke down; repair expected to take %2 min.")
                     .arg(v.plate.isEmpty() ? v.id : v.plate)
                     .arg(qRound(v.expectedRepairMin));
        i.causeKey = QStringLiteral("breakdown:%1:%2").arg(v.id).arg(v.statusTs);
        offer(i);
    }

    const qint64 horizonStart = startOfDay(today);
    const qint64 horizonEnd = startOfDay(today.addDays(2));
    for (const WeatherWarning &w : store.weatherWarnings()) {
        if (w.to <= horizonStart || w.from >= horizonEnd || w.to <= now)
            continue;
        Incident i;
        i.kind = kindOfWarning(w.kind);
        if (w.hasBox)
            i.scope.area = {{w.minLon, w.minLat},
                            {w.maxLon, w.minLat},
                            {w.maxLon, w.maxLat},
                            {w.minLon, w.maxLat}};
        i.scope.postcodePrefixes = w.postcodePrefixes;
        if (i.scope.isEmpty())
            continue;
        i.from = qMax(w.from, horizonStart);
        i.to = qMin(w.to, horizonEnd);
        i.note =
            QCoreApplication::translate("Notices", "Weather warning %1 (%2).")
                .arg(AlertText::weatherKind(w.kind).toLower(), AlertText::weatherLevel(w.severity));
        i.causeKey = QStringLiteral("weather:%1").arg(w.id);
        offer(i);
    }
    return proposed;
}

} // namespace Notices
