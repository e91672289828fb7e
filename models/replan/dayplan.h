#pragma once

#include "core/entities.h"
#include "planning/vrptwproblem.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

class OperationStore;

// One day's routes as the re-planning engine sees them at a moment: every van
// starts where it is now (its latest position, the stop it is at, or its hub
// before it left) when it can leave, and must be back at its hub by the end
// of its crew's working day; the stops still to be visited are the customers,
// with their promised windows and minutes at the door. Times are minutes from
// `now`; driving times are the road estimate of the planning engine.
namespace Replan {

// A crew's working day, from the route's planned start until back at the hub.
constexpr qint64 kWorkingDayMs = qint64(10) * 3600 * 1000;
// The road estimate: straight line times this detour, driven at this speed.
constexpr double kRoadDetourFactor = 1.3;
constexpr double kRoadSpeedKmh = 50;

// How a van would do with a given list of stops: when service starts at each,
// windows broken and by how much, driving, and when it is back.
struct RouteTimes
{
    std::vector<double> start; // service start per visit, minutes from now
    double travel = 0;         // driving minutes, start place to hub
    double back = 0;           // at the hub
    int broken = 0;            // stops served after their window's end
    double lateness = 0;       // minutes past the windows' ends, summed
    bool withinDay = true;     // back by the end of the working day
};

// Whether `a` is the better day for the customers: fewer windows broken,
// then fewer minutes late, then less driving. Overrunning the working day is
// worse than anything else.
bool better(const RouteTimes &a, const RouteTimes &b);

class DayPlan
{
public:
    struct Van
    {
        Route route;
        int vehicle = -1;         // index into the Problem's fleet
        std::vector<int> pending; // sites, in the route's current order
        bool canReceive = true;   // on the road or still to start, not broken down, not finished
    };

    DayPlan() = default;
    // Reads the routes (all of one day) and their stops still to be visited
    // at `now`. `extraStops` (from other routes or days, windows already on
    // this day) become customers too, on no van. Unknown route ids are skipped.
    static DayPlan build(OperationStore &store, const QStringList &routeIds, qint64 now,
                         const QVector<Stop> &extraStops = {});

    const Planning::Problem &problem() const { return m_problem; }
    qint64 now() const { return m_now; }
    qint64 toMs(double minutes) const { return m_now + qint64(minutes * 60000.0 + 0.5); }
    double toMinutes(qint64 ms) const { return double(ms - m_now) / 60000.0; }
    static double kmOf(double drivingMinutes) { return drivingMinutes * kRoadSpeedKmh / 60.0; }

    const QVector<Van> &vans() const { return m_vans; }
    int vanOfRoute(const QString &routeId) const { return m_vanOfRoute.value(routeId, -1); }
    int siteOf(const QString &stopId) const { return m_siteOf.value(stopId, -1); }
    const Stop &stopAt(int site) const { return m_stops[size_t(site)]; }
    QString stopIdAt(int site) const { return m_stops[size_t(site)].id; }
    QStringList stopIds(const std::vector<int> &sites) const;
    std::vector<int> sitesOf(const QStringList &stopIds) const; // unknown ids are left out

    // The van's day with these visits; times in epoch ms by arrivalsMs().
    RouteTimes walk(int van, const std::vector<int> &visits) const;
    QVector<qint64> arrivalsMs(const RouteTimes &times) const;
    // The cheapest place (by better()) for `site` among `visits` of `van`:
    // the index it would take in visits, or -1 when every place overruns the
    // working day; `times` is the van's day with it.
    int bestPlace(int van, const std::vector<int> &visits, int site, RouteTimes *times) const;

    // A window is kept when service starts by its end (allowing for rounding).
    static bool kept(double start, const Planning::Site &site);

private:
    Planning::Problem m_problem;
    qint64 m_now = 0;
    QVector<Van> m_vans;
    QHash<QString, int> m_vanOfRoute;
    QHash<QString, int> m_siteOf;
    std::vector<Stop> m_stops; // by site; empty for the depot and the vans' places
};

} // namespace Replan
