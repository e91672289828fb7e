#include "etalearner.h"

#include <algorithm>
#include <cmath>

namespace {

// A route's recent legs say more about its next one than its first did.
constexpr double RouteDecay = 0.85;
constexpr double PriorKmPerMinute = 0.4; // 24 km/h as the crow flies, town and country
constexpr double StartDelayPriorRoutes = 3;
constexpr double RepairPriorCount = 2;
// Visits remembered for the length of work still to come: the most recent.
constexpr int MaxVisits = 3000;
// Fewer visits than this say too little; fewer that lasted as long as the
// current one say too little about how much longer it takes.
constexpr int MinVisits = 30;
constexpr int MinLonger = 8;
// Visits that end early (nobody home, refused): a share and their minutes
// assumed until the day shows its own, worth this many visits.
constexpr double EarlyEndPriorShare = 0.05;
constexpr double EarlyEndPriorVisits = 20;
constexpr double EarlyEndPriorMin = 10;
// Crews compared once this many have finished visits, again every so many visits.
constexpr int MinCrewsForSpread = 5;
constexpr int CrewSpreadEvery = 25;
// Crews that do not differ: a crew's own pace counts as much as this many visits.
constexpr double MaxCrewPriorVisits = 200;
constexpr double TypicalVisitMin = 25;

quint64 areaHourKey(quint32 area, int hour)
{
    return (quint64(area) << 8) | quint64(hour & 0xff);
}

} // namespace

EtaLearner::EtaLearner(const EtaSettings &settings)
    : m_settings(settings)
{}

void EtaLearner::clear()
{
    *this = EtaLearner(m_settings);
}

double EtaLearner::shrunk(const Sum &s, double prior, double strength)
{
    return (s.actual + strength * prior) / (s.expected + strength);
}

double EtaLearner::dayRatio() const
{
    return shrunk(m_day, 1.0, m_settings.dayTravelPriorMin);
}

double EtaLearner::baseRatio(quint32 area, int hour) const
{
    const double day = dayRatio();
    const double k = m_settings.areaTravelPriorMin;
    const double hourAll = shrunk(m_hour[size_t(qBound(0, hour, 23))], day, k);
    const auto a = m_area.constFind(area);
    const double areaAll = a == m_area.cend() ? day : shrunk(*a, day, k);
    // An area seen at other hours, moved by how this hour differs from the day.
    const double prior = areaAll * hourAll / day;
    const auto ah = m_areaHour.constFind(areaHourKey(area, hour));
    return ah == m_areaHour.cend() ? prior : shrunk(*ah, prior, k);
}

double EtaLearner::travelRatio(const QString &routeId, quint32 area, int hour) const
{
    const double base = baseRatio(area, hour);
    const auto r = m_routeTravel.constFind(routeId);
    if (r == m_routeTravel.cend())
        return base;
    return shrunk(*r, base, m_settings.routeTravelPriorMin);
}

double EtaLearner::kmPerMinute(const QString &routeId) const
{
    const double k = m_settings.dayTravelPriorMin;
    const double day = shrunk(m_distanceDay, PriorKmPerMinute, k);
    const auto r = m_routeDistance.constFind(routeId);
    return r == m_routeDistance.cend() ? day : shrunk(*r, day, m_settings.routeTravelPriorMin);
}

double EtaLearner::minutesForDistance(const QString &routeId, double straightKm) const
{
    return straightKm / std::max(0.05, kmPerMinute(routeId));
}

void EtaLearner::observeLeg(const QString &routeId, quint32 area, int hour, double plannedMin,
                            double straightKm, double actualMin)
{
    if (actualMin <= 0)
        return;
    ++m_legs;
    if (straightKm > 0.05) {
        m_distanceDay.actual += straightKm;
        m_distanceDay.expected += actualMin;
        Sum &r = m_routeDistance[routeId];
        r.actual = r.actual * RouteDecay + straightKm;
        r.expected = r.expected * RouteDecay + actualMin;
    }
    if (plannedMin <= 0.5)
        return;
    // A leg far off its plan held something else (a detour for fuel, a
    // phone call in the van); it would drag every estimate with it.
    const double ratio = actualMin / plannedMin;
    if (ratio > 4.0 || ratio < 0.25)
        return;
    Sum &r = m_routeTravel[routeId];
    r.actual = r.actual * RouteDecay + actualMin;
    r.expected = r.expected * RouteDecay + plannedMin;
    m_day.actual += actualMin;
    m_day.expected += plannedMin;
    Sum &h = m_hour[size_t(qBound(0, hour, 23))];
    h.actual += actualMin;
    h.expected += plannedMin;
    Sum &a = m_area[area];
    a.actual += actualMin;
    a.expected += plannedMin;
    Sum &ah = m_areaHour[areaHourKey(area, hour)];
    ah.actual += actualMin;
    ah.expected += plannedMin;
}

double EtaLearner::kindRatio(const QString &kind) const
{
    const double day = shrunk(m_serviceDay, 1.0, m_settings.dayServicePriorMin);
    const auto k = m_kind.constFind(kind);
    return k == m_kind.cend() ? day : shrunk(*k, day, m_settings.kindServicePriorMin);
}

double EtaLearner::serviceMinutes(const QString &routeId, const QString &kind,
                                  double plannedMin) const
{
    const double planned = std::max(1.0, plannedMin);
    return planned * kindRatio(kind) * crewFactor(routeId);
}

void EtaLearner::observeService(const QString &routeId, const QString &kind, double plannedMin,
                                double actualMin)
{
    if (actualMin < 0)
        return;
    const double planned = std::max(1.0, plannedMin);
    if (actualMin > planned * 8 + 60)
        return; // the crew stood there for something else
    ++m_services;
    const double expectedByKind = planned * kindRatio(kind);
    m_serviceDay.actual += actualMin;
    m_serviceDay.expected += planned;
    Sum &k = m_kind[kind];
    k.actual += actualMin;
    k.expected += planned;
    CrewPace &c = m_crew[routeId];
    const double ratio = std::min(actualMin / std::max(0.5, expectedByKind), 5.0);
    ++c.n;
    c.sum += ratio;
    c.sumSq += ratio * ratio;
}

void EtaLearner::updateCrewSpread() const
{
    if (m_services - m_crewSpreadAt < CrewSpreadEvery && m_crewSpreadAt > 0)
        return;
    m_crewSpreadAt = std::max(1, m_services);
    // One-way random effects by the method of moments: the spread of single
    // visits around their crew's mean, and what the crews' means spread on
    // top of that.
    int crews = 0, visits = 0;
    double within = 0, total = 0, sumSqN = 0;
    for (const CrewPace &c : m_crew) {
        if (c.n < 1)
            continue;
        ++crews;
        visits += c.n;
        total += c.sum;
        sumSqN += double(c.n) * c.n;
        within += c.sumSq - c.sum * c.sum / c.n;
    }
    if (crews < MinCrewsForSpread || visits - crews < 2 * MinCrewsForSpread) {
        m_crewPriorVisits = -1;
        return;
    }
    const double withinVar = std::max(1e-6, within / double(visits - crews));
    const double mean = total / visits;
    double between = 0;
    for (const CrewPace &c : m_crew) {
        if (c.n > 0)
            between += c.n * std::pow(c.sum / c.n - mean, 2);
    }
    const double crewVar = (between - (crews - 1) * withinVar) / (visits - sumSqN / visits);
    m_crewPriorVisits =
        crewVar > 0 ? std::min(MaxCrewPriorVisits, withinVar / crewVar) : MaxCrewPriorVisits;
}

double EtaLearner::crewFactor(const QString &routeId) const
{
    const auto c = m_crew.constFind(routeId);
    if (c == m_crew.cend() || c->n == 0)
        return 1.0;
    updateCrewSpread();
    // Until crews can be compared: a prior worth the setting's minutes, in
    // visits of a typical length.
    const double prior = m_crewPriorVisits >= 0 ? m_crewPriorVisits
                                                : m_settings.crewServicePriorMin / TypicalVisitMin;
    return (c->sum + prior) / (c->n + prior);
}

void EtaLearner::observeOutcome(bool endedEarly, double actualMin)
{
    ++m_outcomes;
    if (endedEarly && actualMin >= 0) {
        m_endedEarly.actual += actualMin;
        m_endedEarly.expected += 1;
    }
}

double EtaLearner::visitMinutes(const QString &routeId, const QString &kind,
                                double plannedMin) const
{
    const double done = serviceMinutes(routeId, kind, plannedMin);
    const double share = (m_endedEarly.expected + EarlyEndPriorVisits * EarlyEndPriorShare) /
                         (m_outcomes + EarlyEndPriorVisits);
    const double early = (m_endedEarly.actual + 3 * EarlyEndPriorMin) / (m_endedEarly.expected + 3);
    return (1 - share) * done + share * std::min(done, early);
}

void EtaLearner::observeVisit(double expectedMin, double actualMin)
{
    if (expectedMin <= 0 || actualMin < 0)
        return;
    const float ratio = float(std::min(actualMin / expectedMin, 10.0));
    if (m_visitOrder.size() == MaxVisits) {
        const float oldest = m_visitOrder.at(m_visitNext);
        m_visitSorted.erase(std::lower_bound(m_visitSorted.begin(), m_visitSorted.end(), oldest));
        m_visitOrder[m_visitNext] = ratio;
        m_visitNext = (m_visitNext + 1) % MaxVisits;
    } else {
        m_visitOrder.append(ratio);
    }
    m_visitSorted.insert(std::upper_bound(m_visitSorted.begin(), m_visitSorted.end(), ratio),
                         ratio);
}

double EtaLearner::remainingServiceMinutes(double expectedMin, double elapsedMin) const
{
    const double expected = std::max(1.0, expectedMin);
    // Until the day has shown how visits run: what is left of the expected
    // time, and past it, the work is nearly done rather than done.
    const double byPlan = std::max(expected - elapsedMin, std::max(1.0, 0.15 * expected));
    if (m_visitSorted.size() < MinVisits)
        return byPlan;
    const double q = elapsedMin / expected;
    const auto longer = std::upper_bound(m_visitSorted.cbegin(), m_visitSorted.cend(), float(q));
    const auto count = m_visitSorted.cend() - longer;
    if (count < MinLonger)
        return std::max(1.0, 0.15 * expected);
    const double median = *(longer + count / 2);
    return std::max(0.5, (median - q) * expected);
}

void EtaLearner::observeStartDelay(double minutes)
{
    m_startDelay.actual += qBound(-60.0, minutes, 120.0);
    m_startDelay.expected += 1;
}

double EtaLearner::startDelayMin() const
{
    return m_startDelay.actual / (m_startDelay.expected + StartDelayPriorRoutes);
}

void EtaLearner::observeRepair(double expectedMin, double actualMin)
{
    const double expected = expectedMin > 0 ? expectedMin : m_settings.defaultRepairMin;
    m_repair.actual += actualMin;
    m_repair.expected += expected;
}

double EtaLearner::repairMinutes(double expectedMin) const
{
    const double expected = expectedMin > 0 ? expectedMin : m_settings.defaultRepairMin;
    const double ratio = (m_repair.actual + RepairPriorCount * m_settings.defaultRepairMin) /
                         (m_repair.expected + RepairPriorCount * m_settings.defaultRepairMin);
    return expected * ratio;
}

void EtaLearner::observeBreak(double actualMin)
{
    if (actualMin <= 0 || actualMin > 180)
        return;
    m_break.actual += actualMin;
    m_break.expected += 1;
}

double EtaLearner::breakMinutes(double priorMin) const
{
    const double prior = priorMin > 0 ? priorMin : m_settings.defaultBreakMin;
    return (m_break.actual + 2 * prior) / (m_break.expected + 2);
}

QString EtaLearner::serviceKind(const QStringList &services)
{
    QStringList sorted = services;
    sorted.sort();
    sorted.removeDuplicates();
    return sorted.join(QLatin1Char('+'));
}

quint32 EtaLearner::areaOf(double lat, double lon)
{
    // About 15 km each way in the Netherlands; anywhere else it is still a grid.
    const int row = int(std::floor((lat + 90.0) / 0.135));
    const int col = int(std::floor((lon + 180.0) / 0.22));
    return (quint32(row & 0xffff) << 16) | quint32(col & 0xffff);
}
