#include "routesimulator.h"

#include "simjson.h"
#include "simpeople.h"

#include <algorithm>
#include <cmath>

using SimDay::EventType;
using Outcome = ReviewWriter::Outcome;

namespace {

constexpr int Hub = -1;
constexpr double LunchFromHour = 11.75;
constexpr double TwoPi = 2 * SimGeo::Pi;
// Letters used in Dutch postcodes (F, I, O, Q, U and Y are not).
const char PostcodeLetters[] = "ABCDEGHJKLMNPRSTVWXZ";

QByteArray padded(qint64 number, int width)
{
    QByteArray text = QByteArray::number(number);
    if (text.size() < width)
        text.prepend(QByteArray(width - int(text.size()), '0'));
    return text;
}

// Average speed over a leg: town streets for short hops, motorway for long ones.
double baseSpeedKmh(double roadKm)
{
    return 28 + 55 * roadKm / (roadKm + 12);
}

const char *outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Delivered:
        return "delivered";
    case Outcome::NotHome:
        return "not_home";
    case Outcome::Refused:
        return "refused";
    case Outcome::Damaged:
        return "damaged";
    case Outcome::WrongProduct:
        return "wrong_product";
    case Outcome::Incomplete:
        return "incomplete";
    }
    return "delivered";
}

} // namespace

RouteSimulator::RouteSimulator(const SimDay::Context &context, const RouteSetup &setup)
    : m_ctx(context)
    , m_setup(setup)
    , m_rng(setup.seed)
    , m_hub{setup.hub->lat, setup.hub->lon}
{}

void RouteSimulator::add(qint64 secs, EventType type, const QByteArray &fields)
{
    m_out->append({secs, type, fields});
}

SimGeo::Point RouteSimulator::pointOf(int stop) const
{
    return stop == Hub ? m_hub : m_stops[stop].at;
}

RouteLeg RouteSimulator::leg(int from, int to) const
{
    // The shape depends on the two ends only, so plan and drive agree.
    const quint64 shape =
        SimRandom::mix(SimRandom::mix(m_setup.seed, quint64(from + 2)), quint64(to + 2));
    return RouteLeg(pointOf(from), pointOf(to), shape);
}

double RouteSimulator::rushFactor(qint64 secs) const
{
    const double h = m_ctx.clock->hourOfDay(secs);
    if (h >= 7 && h < 9)
        return m_ctx.morningRush;
    if ((h >= 6.5 && h < 7) || (h >= 9 && h < 9.5))
        return (1 + m_ctx.morningRush) / 2;
    if (h >= 16 && h < 18.5)
        return m_ctx.eveningRush;
    if ((h >= 15.5 && h < 16) || (h >= 18.5 && h < 19))
        return (1 + m_ctx.eveningRush) / 2;
    return 1;
}

double RouteSimulator::weatherFactor(const SimGeo::Point &p, qint64 secs) const
{
    double f = 1;
    for (const SimDay::WeatherEffect &w : m_ctx.weather) {
        if (w.covers(p, secs))
            f *= w.speedFactor;
    }
    return f;
}

qint64 RouteSimulator::plannedDriveSecs(int from, int to, qint64 departure) const
{
    const double km = leg(from, to).roadKm();
    const double speed = baseSpeedKmh(km) * rushFactor(departure);
    return qMax<qint64>(120, qint64(km / speed * 3600));
}

void RouteSimulator::pickStops()
{
    const QVector<Gazetteer::Town> &towns = Gazetteer::towns();
    const int n = m_rng.range(8, 16);
    const int center = m_setup.towns[m_rng.weighted(m_setup.townWeights)];
    const SimGeo::Point centerAt{towns[center].lat, towns[center].lon};
    QVector<int> candidates;
    QVector<double> weights;
    for (const int t : m_setup.towns) {
        const double d = SimGeo::distanceKm(centerAt, {towns[t].lat, towns[t].lon});
        if (d <= 12) {
            candidates.append(t);
            weights.append(towns[t].weight * qMax(0.05, 1 - d / 16));
        }
    }
    const QDate &date = m_ctx.clock->date();
    const QByteArray dayCode = date.toString(QStringLiteral("yyMMdd")).toLatin1();
    for (int i = 0; i < n; ++i) {
        Stop s;
        s.number = m_setup.firstStopNo + i;
        s.id = "S-" + m_ctx.clock->compact() + '-' + padded(s.number, 4);
        const Gazetteer::Town &town = towns[candidates[m_rng.weighted(weights)]];
        const double radius = 0.6 + 0.45 * std::sqrt(town.weight);
        const double angle = m_rng.uniform(0, TwoPi);
        const double r = radius * std::sqrt(m_rng.unit());
        s.at =
            SimGeo::offsetKm({town.lat, town.lon}, r * SimGeo::cos(angle), r * SimGeo::sin(angle));
        s.city = town.name;
        s.postcode = QByteArray::number(m_rng.range(town.postcodeFirst, town.postcodeLast)) + ' ';
        do {
            s.postcode.truncate(5);
            s.postcode += PostcodeLetters[m_rng.range(0, int(sizeof(PostcodeLetters)) - 2)];
            s.postcode += PostcodeLetters[m_rng.range(0, int(sizeof(PostcodeLetters)) - 2)];
        } while (s.postcode.endsWith("SA") || s.postcode.endsWith("SD") ||
                 s.postcode.endsWith("SS"));
        s.street = Gazetteer::streets().at(m_rng.range(0, int(Gazetteer::streets().size()) - 1));
        const double size = m_rng.unit();
        int house = size < 0.55   ? m_rng.range(1, 60)
                    : size < 0.85 ? m_rng.range(1, 150)
                                  : m_rng.range(1, 350);
        s.house = QByteArray::number(house);
        const double addition = m_rng.unit();
        if (addition < 0.08)
            s.house += "ABC"[m_rng.range(0, 2)];
        else if (addition < 0.1)
            s.house += "abc"[m_rng.range(0, 2)];
        else if (addition < 0.16)
            s.house += '-' + QByteArray::number(m_rng.range(1, 4));
        else if (addition < 0.17)
            s.house += " bis";

        s.english = m_rng.chance(town.weight >= 20 ? 0.16 : 0.07);
        const bool female = m_rng.chance(0.5);
        const SimPeople::Name name = s.english ? SimPeople::internationalName(m_rng, female)
                                               : SimPeople::dutchName(m_rng, female);
        s.name = SimPeople::customerDisplayName(m_rng, name);
        if (m_rng.chance(0.9))
            s.phone = SimPeople::mobileNumber(m_rng);
        if (m_rng.chance(0.85))
            s.email = SimPeople::emailFor(m_rng, name);
        s.order = SimCatalogue::randomOrder(m_rng);

        s.customerId = "C-" + dayCode + '-' + padded(s.number, 5);
        if (m_rng.chance(0.04)) {
            // A return visit: the earlier attempt was on a working day shortly before.
            s.attempt = m_rng.chance(0.12) ? 3 : 2;
            QDate earlier = date.addDays(-m_rng.range(1, 6));
            if (earlier.dayOfWeek() == Qt::Sunday)
                earlier = earlier.addDays(-1);
            const int earlierNo = m_rng.range(1, m_ctx.stopsPerDayEstimate);
            s.previousStop = "S-" + earlier.toString(QStringLiteral("yyyyMMdd")).toLatin1() + '-' +
                             padded(earlierNo, 4);
            s.customerId = "C-" + earlier.toString(QStringLiteral("yyMMdd")).toLatin1() + '-' +
                           padded(earlierNo, 5);
        }
        m_stops.append(s);
    }
}

void RouteSimulator::orderStops()
{
    // Nearest neighbour from the hub, then 2-opt on the round trip: what a
    // simple planning system produces, good but not perfect.
    const int n = int(m_stops.size());
    QVector<double> dist((n + 1) * (n + 1));
    auto at = [&](int i, int j) -> double & { return dist[(i + 1) * (n + 1) + (j + 1)]; };
    for (int i = -1; i < n; ++i) {
        for (int j = -1; j < n; ++j)
            at(i, j) = i == j ? 0 : SimGeo::distanceKm(pointOf(i), pointOf(j));
    }
    QVector<int> order;
    QVector<bool> used(n, false);
    int current = Hub;
    for (int k = 0; k < n; ++k) {
        int best = -1;
        for (int j = 0; j < n; ++j) {
            if (!used[j] && (best < 0 || at(current, j) < at(current, best)))
                best = j;
        }
        used[best] = true;
        order.append(best);
        current = best;
    }
    bool improved = true;
    for (int round = 0; improved && round < 50; ++round) {
        improved = false;
        for (int i = 0; i < n - 1; ++i) {
            for (int j = i + 1; j < n; ++j) {
                const int before = i == 0 ? Hub : order[i - 1];
                const int after = j == n - 1 ? Hub : order[j + 1];
                const double delta = at(before, order[j]) + at(order[i], after) -
                                     at(before, order[i]) - at(order[j], after);
                if (delta < -1e-9) {
                    std::reverse(order.begin() + i, order.begin() + j + 1);
                    improved = true;
                }
            }
        }
    }
    m_remaining = order;
}

void RouteSimulator::planTimes(QVector<int> order, int from, qint64 departure)
{
    qint64 t = departure;
    int previous = from;
    bool breakPlanned = false;
    for (const int i : order) {
        Stop &s = m_stops[i];
        t += plannedDriveSecs(previous, i, t);
        if (s.windowStart > 0 && t < s.windowStart)
            t = s.windowStart; // the planner knows the crew will not ring before the window
        s.planned = t - t % 60;
        t += s.order.serviceMin * 60;
        if (!breakPlanned && !m_hadBreak && m_ctx.clock->hourOfDay(t) >= LunchFromHour) {
            t += 30 * 60; // the crew's lunch break is part of the plan
            breakPlanned = true;
        }
        previous = i;
    }
}

void RouteSimulator::setWindow(Stop &s)
{
    const int length = 2 + m_rng.weighted(QVector<double>{0.35, 0.4, 0.25});
    const qint64 local = m_ctx.clock->secondsIntoDay(s.planned);
    const int hour = int(local / 3600);
    // Keep at least half an hour between the planned arrival and the window's end.
    const int minShift = qMin(length - 1, local % 3600 > 1800 ? 1 : 0);
    int start = qMax(7, hour - m_rng.range(minShift, length - 1));
    start = qMin(start, 23 - length);
    s.windowStart = m_ctx.clock->at(start);
    s.windowEnd = m_ctx.clock->at(start + length);
}

QByteArray RouteSimulator::planFields(const QVector<int> &visited,
                                      const QVector<int> &remaining) const
{
    const DayClock &clock = *m_ctx.clock;
    QByteArray out;
    out.reserve(1024 + 900 * (visited.size() + remaining.size()));
    JsonFields f(out);
    f.str("route", m_setup.routeId)
        .str("date", clock.date().toString(Qt::ISODate).toLatin1())
        .open("hub", '{')
        .str("id", m_setup.hub->id)
        .str("name", m_setup.hub->name)
        .num("lat", m_setup.hub->lat, 5)
        .num("lon", m_setup.hub->lon, 5)
        .close('}')
        .open("vehicle", '{')
        .str("id", m_setup.vehicleId)
        .str("plate", m_setup.plate)
        .close('}')
        .open("crew", '[');
    for (const RouteSetup::Member &m : m_setup.crew)
        f.item('{').str("id", m.id).str("name", m.name).close('}');
    f.close(']').str("start", clock.rfc3339(m_plannedStart)).open("stops", '[');
    const QVector<int> all = visited + remaining;
    int seq = 0;
    for (const int i : all) {
        const Stop &s = m_stops[i];
        ++seq;
        f.item('{');
        f.str("stop", s.id).integer("seq", seq);
        f.open("customer", '{')
            .str("id", s.customerId)
            .str("name", s.name)
            .str("street", s.street)
            .str("house_number", s.house)
            .str("postcode", s.postcode)
            .str("city", s.city)
            .num("lat", s.at.lat, 5)
            .num("lon", s.at.lon, 5)
            .str("phone", s.phone)
            .str("email", s.email)
            .str("language", s.english ? "en" : "nl")
            .close('}');
        f.open("client", '{')
            .str("id", s.order.client->id)
            .str("name", s.order.client->name)
            .close('}');
        f.open("product", '{')
            .str("type", s.order.product->type)
            .str("description", s.order.product->description);
        if (s.order.product->model[0] != '\0')
            f.str("model", s.order.product->model);
        f.close('}').open("services", '[');
        for (const char *key : SimCatalogue::serviceKeys(s.order.services)) {
            f.element();
            JsonFields::appendString(out, key);
        }
        f.close(']')
            .open("window", '{')
            .str("start", clock.rfc3339(s.windowStart))
            .str("end", clock.rfc3339(s.windowEnd))
            .close('}')
            .str("planned_arrival", clock.rfc3339(s.planned))
            .integer("service_min", s.order.serviceMin)
            .integer("attempt", s.attempt);
        if (!s.previousStop.isEmpty())
            f.str("previous_stop", s.previousStop);
        f.close('}');
    }
    f.close(']').open("geometry", '[');
    int previous = Hub;
    bool first = true;
    auto appendLeg = [&](int from, int to) {
        const RouteLeg l = leg(from, to);
        for (int k = first ? 0 : 1; k < l.points().size(); ++k) {
            f.item('[');
            JsonFields::appendNumber(out, l.points()[k].lon, 5);
            out.append(',');
            JsonFields::appendNumber(out, l.points()[k].lat, 5);
            f.close(']');
        }
        first = false;
    };
    for (const int i : all) {
        appendLeg(previous, i);
        previous = i;
    }
    appendLeg(previous, Hub);
    f.close(']');
    return out;
}

void RouteSimulator::emitPlan(qint64 secs, const QVector<int> &visited,
                              const QVector<int> &remaining)
{
    add(secs, EventType::PlanRoute, planFields(visited, remaining));
}

void RouteSimulator::position(qint64 secs, const SimGeo::Point &p, double speedKmh,
                              double headingDeg, bool standing)
{
    if (secs <= m_lastPosition)
        return;
    m_lastPosition = secs;
    const double jitterKm = standing ? 0.003 : 0.005;
    const SimGeo::Point noisy =
        SimGeo::offsetKm(p, m_rng.gaussish() * jitterKm, m_rng.gaussish() * jitterKm);
    QByteArray out;
    out.reserve(128);
    JsonFields f(out);
    f.str("vehicle", m_setup.vehicleId).num("lat", noisy.lat, 5).num("lon", noisy.lon, 5);
    f.integer("speed_kmh", qMax<qint64>(0, qint64(speedKmh + 0.5)));
    if (headingDeg >= 0) {
        qint64 h = qint64(headingDeg + m_rng.uniform(-3, 3) + 360.5) % 360;
        f.integer("heading_deg", h);
    }
    f.integer("accuracy_m", standing ? m_rng.range(5, 25) : m_rng.range(4, 12));
    add(secs, EventType::VehiclePosition, out);
}

void RouteSimulator::standAt(const SimGeo::Point &p, qint64 from, qint64 to)
{
    for (qint64 t = from + m_rng.range(60, 180); t < to; t += m_rng.range(120, 300))
        position(t, p, 0, -1, true);
}

void RouteSimulator::status(qint64 secs, const char *key, const QByteArray &note,
                            int expectedMinutes)
{
    QByteArray out;
    JsonFields f(out);
    f.str("vehicle", m_setup.vehicleId).str("status", key);
    if (!note.isEmpty())
        f.str("note", note);
    if (expectedMinutes >= 0)
        f.integer("expected_minutes", expectedMinutes);
    add(secs, EventType::VehicleStatus, out);
}

qint64 RouteSimulator::drive(int from, int to, qint64 departure, bool breakdown)
{
    const RouteLeg l = leg(from, to);
    const double km = l.roadKm();
    const double rush = rushFactor(departure);
    const double speed = baseSpeedKmh(km) * rush * m_vanFactor * m_rng.uniform(0.9, 1.16) *
                         weatherFactor(l.pointAt(0.5), departure);
    const qint64 moving = qMax<qint64>(60, qint64(km / speed * 3600));

    struct Pause
    {
        double at;
        qint64 secs;
        Motion motion;
    };
    QVector<Pause> pauses;
    if (m_rng.chance(rush < 1 ? 0.12 : 0.05))
        pauses.append({m_rng.uniform(0.15, 0.85), m_rng.range(180, 900), Motion::Creep});
    int expected = -1;
    if (breakdown) {
        static const int choices[] = {30, 45, 60, 60, 90, 120};
        expected = m_rng.pick(choices);
        pauses.append({m_rng.uniform(0.2, 0.8), qint64(expected * 60 * m_rng.uniform(0.6, 1.4)),
                       Motion::Stand});
    }
    std::sort(pauses.begin(), pauses.end(),
              [](const Pause &a, const Pause &b) { return a.at < b.at; });

    QVector<Piece> pieces;
    qint64 t = departure;
    double f = 0;
    for (const Pause &p : pauses) {
        const double at = qMax(f, p.at);
        const qint64 d = qint64(double(moving) * (at - f));
        pieces.append({t, t + d, f, at, Motion::Drive});
        t += d;
        const double after = p.motion == Motion::Creep ? qMin(1.0, at + 0.004) : at;
        pieces.append({t, t + p.secs, at, after, p.motion});
        if (p.motion == Motion::Stand) {
            static const char *const breakdownNotes[] = {
                "Lekke band, wachten op bandenservice",
                "Motorstoring, wegenwacht is gebeld",
                "Accu leeg, wachten op starthulp",
                "Koppeling slipt, monteur onderweg",
                "Waarschuwingslampje motor, wagen staat stil langs de weg",
                "Laadklep defect, kan niet lossen"};
            static const char *const repairNotes[] = {
                "Band vervangen, we rijden weer", "Wegenwacht heeft de storing verholpen",
                "Weer gestart, we gaan door", "Gerepareerd, route wordt hervat"};
            position(t, l.pointAt(at), 0, -1, true);
            status(t, "breakdown", m_rng.pick(breakdownNotes), expected);
            status(t + p.secs, "repaired", m_rng.pick(repairNotes));
            if (to != Hub)
                replanAfterBreakdown(t, to, expected, qint64(double(moving) * (1 - at)));
        }
        t += p.secs;
        f = after;
    }
    const qint64 last = qMax<qint64>(30, qint64(double(moving) * (1 - f)));
    pieces.append({t, t + last, f, 1.0, Motion::Drive});
    const qint64 arrival = t + last;

    int piece = 0;
    for (qint64 ts = departure + m_rng.range(20, 45); ts < arrival;) {
        while (piece < pieces.size() - 1 && ts >= pieces[piece].t1)
            ++piece;
        const Piece &p = pieces[piece];
        const double share = p.t1 > p.t0 ? double(ts - p.t0) / double(p.t1 - p.t0) : 1;
        double heading = -1;
        const SimGeo::Point at = l.pointAt(p.f0 + (p.f1 - p.f0) * share, &heading);
        switch (p.motion) {
        case Motion::Drive:
            position(ts, at, speed * m_rng.uniform(0.75, 1.2), heading, false);
            ts += m_rng.range(30, 60);
            break;
        case Motion::Creep:
            position(ts, at, m_rng.uniform(3, 15), heading, false);
            ts += m_rng.range(30, 60);
            break;
        case Motion::Stand:
            position(ts, at, 0, -1, true);
            ts += m_rng.range(120, 300);
            break;
        }
    }
    return arrival;
}

void RouteSimulator::replanAfterBreakdown(qint64 breakdownAt, int target, int expectedMinutes,
                                          qint64 remainingDriveSecs)
{
    if (m_replanned || expectedMinutes < 45 || m_remaining.size() < 2)
        return;
    // The planner moves the stop with the latest window to another day.
    int victim = 0;
    for (int k = 1; k < m_remaining.size(); ++k) {
        if (m_stops[m_remaining[k]].windowEnd >= m_stops[m_remaining[victim]].windowEnd)
            victim = k;
    }
    m_remaining.removeAt(victim);
    Stop &next = m_stops[target];
    const qint64 eta = breakdownAt + expectedMinutes * 60 + remainingDriveSecs;
    next.planned = qMax(eta, next.windowStart);
    next.planned -= next.planned % 60;
    planTimes(m_remaining, target, next.planned + next.order.serviceMin * 60);
    m_replanned = true;
    emitPlan(breakdownAt + m_rng.range(6, 15) * 60, m_visited, QVector<int>{target} + m_remaining);
}

qint64 RouteSimulator::serve(int index, qint64 arrival)
{
    const Stop &s = m_stops[index];
    QByteArray fields;
    JsonFields(fields)
        .str("stop", s.id)
        .str("route", m_setup.routeId)
        .str("vehicle", m_setup.vehicleId);
    add(arrival, EventType::StopArrived, fields);

    using namespace SimCatalogue;
    const double r = m_rng.unit();
    Outcome outcome = Outcome::Delivered;
    if (r < 0.04)
        outcome = Outcome::NotHome;
    else if (r < 0.055)
        outcome = Outcome::Damaged;
    else if (r < 0.065)
        outcome = Outcome::WrongProduct;
    else if (r < 0.075)
        outcome = Outcome::Refused;
    else if (r < 0.09 && (s.order.services & (Install | Assemble | TakeBack | PlaceInRoom)))
        outcome = Outcome::Incomplete;

    const double planned = s.order.serviceMin * 60.0;
    qint64 secs = 0;
    unsigned done = 0;
    QByteArray note;
    switch (outcome) {
    case Outcome::Delivered:
        secs = qint64(planned * m_rng.uniform(0.75, 1.2));
        done = s.order.services;
        if (m_rng.chance(0.03))
            note = "Via de achterdeur geleverd, voordeur te smal";
        break;
    case Outcome::NotHome: {
        static const char *const notes[] = {
            "Niet thuis, 2x aangebeld en gebeld, kaartje achtergelaten",
            "Klant niet thuis, voicemail ingesproken", "Niemand thuis, buren konden niet aannemen",
            "Niet thuis, telefoon neemt niet op"};
        secs = m_rng.range(6, 12) * 60;
        note = m_rng.pick(notes);
        break;
    }
    case Outcome::Damaged: {
        static const char *const notes[] = {
            "Deuk in zijpaneel bij uitpakken, retour hub", "Transportschade: glasplaat gebroken",
            "Kras op de voorkant, klant accepteert niet", "Poot afgebroken bij uitpakken"};
        secs = m_rng.range(10, 20) * 60;
        note = m_rng.pick(notes);
        break;
    }
    case Outcome::WrongProduct: {
        static const char *const notes[] = {"Verkeerde kleur geleverd",
                                            "Ander model dan op de pakbon",
                                            "Verkeerde maat, klant heeft groter besteld"};
        secs = m_rng.range(8, 15) * 60;
        note = m_rng.pick(notes);
        break;
    }
    case Outcome::Refused: {
        static const char *const notes[] = {"Klant weigert: doos zwaar beschadigd",
                                            "Klant weigert: past niet in de nis",
                                            "Klant weigert, heeft bestelling geannuleerd"};
        secs = m_rng.range(5, 12) * 60;
        note = m_rng.pick(notes);
        break;
    }
    case Outcome::Incomplete: {
        secs = qint64(planned * m_rng.uniform(0.6, 1.0));
        done = s.order.services;
        QVector<unsigned> failed;
        for (const unsigned service :
             {unsigned(Install), unsigned(Assemble), unsigned(TakeBack), unsigned(PlaceInRoom)}) {
            if (s.order.services & service)
                failed.append(service);
        }
        const unsigned miss = failed[m_rng.range(0, int(failed.size()) - 1)];
        done &= ~miss;
        note = miss == Install    ? "Aansluiting ontbreekt (afvoer/kraan), niet geïnstalleerd"
               : miss == Assemble ? "Onderdelen ontbreken, montage niet afgerond"
               : miss == TakeBack ? "Oud apparaat stond niet klaar, niet meegenomen"
                                  : "Past niet door het trapgat, in de gang gezet";
        break;
    }
    }
    const qint64 completed = arrival + qMax<qint64>(180, secs) + m_rng.range(0, 59);
    standAt(s.at, arrival, completed);

    fields.clear();
    JsonFields f(fields);
    f.str("stop", s.id).str("route", m_setup.routeId).str("vehicle", m_setup.vehicleId);
    f.str("outcome", outcomeKey(outcome)).open("services_done", '[');
    for (const char *key : serviceKeys(done)) {
        f.element();
        JsonFields::appendString(fields, key);
    }
    f.close(']');
    if (!note.isEmpty())
        f.str("note", note);
    add(completed, EventType::StopCompleted, fields);
    review(s, outcome, arrival, completed, done);
    return completed;
}

void RouteSimulator::review(const Stop &s, Outcome outcome, qint64 arrival, qint64 completed,
                            unsigned done)
{
    const double chance = outcome == Outcome::Delivered    ? 0.33
                          : outcome == Outcome::Incomplete ? 0.45
                                                           : 0.5;
    if (!m_rng.chance(chance))
        return;
    const DayClock &clock = *m_ctx.clock;
    const qint64 end = SimDay::dayEnd(m_ctx);
    qint64 ts;
    if (m_rng.chance(0.5) && completed < clock.at(18))
        ts = clock.at(18, 30) + m_rng.range(0, 4 * 3600); // the evening survey mail
    else
        ts = completed + m_rng.range(3600, 6 * 3600);
    if (ts > end) {
        if (completed + 3600 >= end)
            return;
        ts = completed + 3600 + m_rng.range(0, int(end - completed - 3600));
    }
    ReviewWriter::Visit visit;
    visit.outcome = outcome;
    visit.lateMinutes = int((arrival - s.windowEnd + 59) / 60);
    visit.servicesDone = done;
    visit.productType = s.order.product->type;
    visit.english = s.english;
    visit.attempt = s.attempt;
    visit.badWeather = weatherFactor(s.at, arrival) < 1;
    const ReviewWriter::Review r = ReviewWriter::write(m_rng, visit);
    static const char *const channels[] = {"email", "email", "email", "sms", "sms", "app"};
    QByteArray fields;
    JsonFields(fields)
        .str("review", "RV-" + clock.compact() + '-' + padded(s.number, 4))
        .str("stop", s.id)
        .integer("score", r.score)
        .str("comment", r.comment)
        .str("language", s.english ? "en" : "nl")
        .str("channel", m_rng.pick(channels));
    add(ts, EventType::ReviewReceived, fields);
}

int RouteSimulator::run(QVector<SimDay::Event> &out)
{
    m_out = &out;
    const DayClock &clock = *m_ctx.clock;
    pickStops();
    orderStops();
    const int n = int(m_stops.size());
    m_plannedStart = clock.at(7, 30) + m_rng.range(0, 12) * 300;
    planTimes(m_remaining, Hub, m_plannedStart);
    for (const int i : std::as_const(m_remaining))
        setWindow(m_stops[i]);
    emitPlan(clock.at(5, 30) + m_rng.range(0, 3600), {}, m_remaining);

    m_vanFactor = m_rng.uniform(0.92, 1.06);
    // Legs are numbered from 0 (hub to first stop); a breakdown happens between stops.
    const int breakdownLeg = m_rng.chance(1.0 / 30) ? m_rng.range(1, n - 1) : -1;
    const int replanAtVisit =
        breakdownLeg < 0 && n >= 6 && m_rng.chance(1.0 / 12) ? m_rng.range(2, n - 3) : -1;

    const int lateStart = qBound(-3, int(std::lround(m_rng.gaussish() * 4 + 2)), 15);
    const qint64 departure = m_plannedStart + lateStart * 60 + m_rng.range(0, 59);
    const SimGeo::Point parked =
        SimGeo::offsetKm(m_hub, m_rng.uniform(-0.06, 0.06), m_rng.uniform(-0.06, 0.06));
    standAt(parked, departure - m_rng.range(15, 25) * 60, departure);
    QByteArray mark;
    JsonFields(mark).str("route", m_setup.routeId).str("vehicle", m_setup.vehicleId);
    add(departure, EventType::RouteStarted, mark);

    qint64 t = departure;
    int previous = Hub;
    int legNo = 0;
    while (!m_remaining.isEmpty()) {
        const int next = m_remaining.takeFirst();
        t = drive(previous, next, t, legNo == breakdownLeg);
        Stop &s = m_stops[next];
        qint64 arrival = t;
        const qint64 earliest = s.windowStart - m_rng.range(0, 4) * 60;
        if (arrival < earliest) {
            // Early: the crew waits around the corner until the window opens.
            standAt(s.at, t, earliest);
            arrival = earliest;
        }
        m_visited.append(next);
        if (int(m_visited.size()) == replanAtVisit && !m_replanned && m_remaining.size() >= 2) {
            const qint64 planAt =
                arrival + m_rng.range(60, qMax(120, s.order.serviceMin * 60 - 60));
            int moved = -1;
            if (m_rng.chance(0.5)) {
                m_remaining.removeAt(m_rng.range(0, int(m_remaining.size()) - 1)); // cancelled
            } else {
                moved = m_remaining.takeAt(m_rng.range(0, int(m_remaining.size()) - 2));
                m_remaining.append(moved); // the customer asked to come later
            }
            planTimes(m_remaining, next, arrival + s.order.serviceMin * 60);
            if (moved >= 0)
                setWindow(m_stops[moved]);
            m_replanned = true;
            emitPlan(planAt, m_visited, m_remaining);
        }
        t = serve(next, arrival);
        const double hour = clock.hourOfDay(t);
        if (!m_hadBreak && hour >= LunchFromHour && !(m_remaining.isEmpty() && hour >= 14)) {
            const qint64 start = t + m_rng.range(60, 240);
            const qint64 end = start + m_rng.range(25, 35) * 60 + m_rng.range(0, 59);
            status(start, "break_start", m_rng.chance(0.5) ? "Lunchpauze" : QByteArray());
            standAt(s.at, t, end);
            status(end, "break_end", QByteArray());
            t = end + m_rng.range(30, 120);
            m_hadBreak = true;
        }
        previous = next;
        ++legNo;
    }
    t = drive(previous, Hub, t, false);
    add(t, EventType::RouteFinished, mark);
    position(t + m_rng.range(30, 90), parked, 0, -1, true);
    return n;
}
