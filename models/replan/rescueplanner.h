#pragma once

#include "replan/changeset.h"
#include "replan/dayplan.h"

#include <QHash>
#include <QString>
#include <QStringList>

class OperationStore;

// The breakdown rescue: spreads the stops a broken-down van still had to
// visit over the other vans of its hub and of hubs nearby, judged
// lexicographically: as many promised windows kept as possible (over every
// stop of every van involved, so a received stop never costs another
// customer's window unseen), then as few stops moved to another day, then the
// least total lateness, then the fewest added kilometres. Each crew's working
// day holds. A rescued stop that could only be served far too late is
// proposed for another day, with the best slot found. Built by insertion of
// the most constrained stop first, improved by local search: moving a stop to
// another van or to another day, swapping two between vans, and reordering
// within a van.
namespace Replan {

struct RescueOptions
{
    double nearbyHubKm = 35;  // vans of other hubs this close (straight line) may help
    double maxLateMin = 60;   // served later than this past its window: another day instead
    bool suggestSlots = true; // look up the best slot for each stop moved to another day
};

struct RescueProposal
{
    ChangeSet change;                   // the receiving routes' new orders and the reschedules
    QHash<QString, QString> receiverOf; // rescued stop -> receiving route; empty: another day
    int rescuedStops = 0;
    int keptWindows = 0;            // of the rescued stops, served today within their window
    int lateStops = 0;              // of the rescued stops, served today after their window
    int rescheduled = 0;            // moved to another day
    int windowsBrokenElsewhere = 0; // stops of the receiving vans that lose their window
    double latenessMin = 0;         // rescued stops' minutes past their windows
    double addedKm = 0;
    double addedDrivingMin = 0;
    double seconds = 0; // what the search took
};

class RescuePlanner
{
public:
    // Reads the route, its pending stops and the candidate vans at `now`.
    RescuePlanner(OperationStore &store, const QString &routeId, qint64 now,
                  const RescueOptions &options = {});

    // Empty when the planner can work; otherwise why not (unknown route, ...).
    QString error() const { return m_error; }
    const DayPlan &dayPlan() const { return m_plan; }
    const QStringList &rescuedStopIds() const { return m_rescuedIds; }
    const QStringList &candidateRouteIds() const { return m_candidateIds; }

    // The proposal; `pinned` fixes stops to a route (an empty route: another
    // day), as the dispatcher decided; those stay put while the others are
    // planned around them. Slots are looked up in the store when suggested.
    RescueProposal propose(const QHash<QString, QString> &pinned = {}) const;

private:
    OperationStore &m_store;
    QString m_routeId;
    qint64 m_now = 0;
    RescueOptions m_options;
    QString m_error;
    DayPlan m_plan;
    QStringList m_rescuedIds;
    QStringList m_candidateIds;
};

} // namespace Replan
