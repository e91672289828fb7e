#pragma once

#include "etasettings.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <array>

// What the day has taught so far about travel and work at the door, learnt
// only from what already happened. Travel is a ratio actual/planned per leg:
// a route's own ratio relative to its area and hour, the area and hour's
// ratio, the day's, all pulled towards the plan while evidence is thin.
// Service at the door is a ratio per kind of service and per crew.
class EtaLearner
{
public:
    explicit EtaLearner(const EtaSettings &settings = {});

    void clear();

    // A drive from one place to the next stop. `plannedMin` <= 0 when the
    // plan gives no travel time for it; `straightKm` is the distance as the
    // crow flies; `hour` the local hour the leg started (0..23).
    void observeLeg(const QString &routeId, quint32 area, int hour, double plannedMin,
                    double straightKm, double actualMin);
    // Minutes from arrival to completion at a stop of the given kind.
    void observeService(const QString &routeId, const QString &kind, double plannedMin,
                        double actualMin);
    // A departure from the hub, minutes after the planned start (may be < 0).
    void observeStartDelay(double minutes);
    // A breakdown that ended: how long it was expected to take (<= 0 unknown) and took.
    void observeRepair(double expectedMin, double actualMin);
    void observeBreak(double actualMin);

    // Expected minutes of a planned leg, for the route at that area and hour.
    double travelRatio(const QString &routeId, quint32 area, int hour) const;
    // Expected minutes for a leg the plan gives no time for.
    double minutesForDistance(const QString &routeId, double straightKm) const;
    // Straight-line kilometres a van covers per minute of driving.
    double kmPerMinute(const QString &routeId) const;
    double serviceMinutes(const QString &routeId, const QString &kind, double plannedMin) const;
    // The minutes a visit ahead is expected to take: as serviceMinutes when
    // it goes as planned, and the day's share of visits that end early
    // (nobody home, refused) at what those took.
    double visitMinutes(const QString &routeId, const QString &kind, double plannedMin) const;
    void observeOutcome(bool endedEarly, double actualMin);
    // A finished visit of any outcome: its minutes against those expected
    // for it (serviceMinutes) when it began.
    void observeVisit(double expectedMin, double actualMin);
    // Minutes of work still to come at a stop where the crew has been
    // `elapsedMin` of an expected `expectedMin`: the middle of what the
    // day's visits that lasted at least as long took beyond that.
    double remainingServiceMinutes(double expectedMin, double elapsedMin) const;
    double startDelayMin() const;
    double repairMinutes(double expectedMin) const;
    // A break's minutes, from those seen today and `priorMin` (the plan's room for it).
    double breakMinutes(double priorMin) const;

    int legsSeen() const { return m_legs; }
    int servicesSeen() const { return m_services; }

    // The kind of a stop's work: its services sorted, joined by '+'.
    static QString serviceKind(const QStringList &services);
    // The area of a place: a cell of about 15 by 15 km.
    static quint32 areaOf(double lat, double lon);

private:
    struct Sum
    {
        double actual = 0;
        double expected = 0; // planned (or what the wider level expected)
    };
    static double shrunk(const Sum &s, double prior, double strength);
    double dayRatio() const;
    double baseRatio(quint32 area, int hour) const;
    double kindRatio(const QString &kind) const;

    EtaSettings m_settings;
    Sum m_day;
    std::array<Sum, 24> m_hour{};
    QHash<quint32, Sum> m_area;
    QHash<quint64, Sum> m_areaHour;
    QHash<QString, Sum> m_routeTravel; // actual against planned, older legs fading
    Sum m_distanceDay;                 // km (actual) against minutes (expected)
    QHash<QString, Sum> m_routeDistance;
    Sum m_serviceDay;
    QHash<QString, Sum> m_kind;
    // How each crew's visits compare with what was expected of them: the
    // ratios' count, sum and sum of squares. How far a crew's own pace is
    // trusted depends on how much crews are seen to differ beyond the
    // spread of single visits (a random-effects estimate, redone now and then).
    struct CrewPace
    {
        int n = 0;
        double sum = 0;
        double sumSq = 0;
    };
    double crewFactor(const QString &routeId) const;
    void updateCrewSpread() const;
    QHash<QString, CrewPace> m_crew;
    mutable double m_crewPriorVisits = -1; // < 0: not enough seen, use the setting
    mutable int m_crewSpreadAt = 0;        // visits seen when it was last worked out
    // Visits' actual/expected, in order seen and sorted (at most MaxVisits).
    QVector<float> m_visitOrder;
    QVector<float> m_visitSorted;
    int m_visitNext = 0;
    Sum m_endedEarly; // minutes (actual) over visits that ended early (expected)
    int m_outcomes = 0;
    Sum m_startDelay; // minutes (actual) over routes (expected)
    Sum m_repair;
    Sum m_break;
    int m_legs = 0;
    int m_services = 0;
};
