#pragma once

#include "core/entities.h"
#include "notices/incident.h"

#include <QHash>
#include <QVector>

class OperationStore;

namespace Notices {

// One stop an incident affects, with the hub of its route.
struct AffectedStop
{
    Stop stop;
    QString hubId;
    QString day;
};

// Decides which stops and customers an incident affects: stops still to be
// done (not completed, still in the plan) that match the scope and whose
// window overlaps the incident's time range.
class ScopeSelector
{
public:
    // True when the (lon, lat) point lies inside the polygon (even-odd rule).
    static bool contains(const QVector<QPointF> &polygon, const QPointF &point);
    static bool matchesPostcode(const QStringList &prefixes, const QString &postcode);
    static bool inTimeRange(const Incident &incident, const Stop &stop);
    // The scope test for one stop of a route from `hubId`.
    static bool matches(const Incident &incident, const Stop &stop, const QString &hubId);

    // Every affected stop in the store, ordered by route and sequence.
    static QVector<AffectedStop> select(OperationStore &store, const Incident &incident);
};

} // namespace Notices
