#pragma once

#include "notices/incident.h"

#include <QString>
#include <optional>

class OperationStore;

namespace Notices {

// What the desk knows about the stops an incident concerns, so that the
// dispatcher does not send the wrong notice by accident: the kind is only
// suggested when it is true for the customers who would get its message (their
// van broke down, or a weather warning lies over most of them); otherwise the
// dispatcher chooses.
struct IncidentSituation
{
    std::optional<IncidentKind> kind; // none: nothing known fits, the dispatcher chooses
    QString reason;                   // translated, why; "" when nothing is known

    // The incident's scope and time range decide the stops, read at `now`.
    static IncidentSituation read(OperationStore &store, const Incident &incident, qint64 now);
};

// The notice kind for a weather warning's kind (snow, ice, storm); none for
// weather no notice is written for (fog, heat).
std::optional<IncidentKind> kindOfWeather(const QString &weatherKind);

} // namespace Notices
