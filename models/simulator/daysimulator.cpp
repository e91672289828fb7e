#include "daysimulator.h"

#include "gazetteer.h"
#include "routesimulator.h"
#include "simday.h"
#include "simjson.h"
#include "simpeople.h"
#include "simrandom.h"

#include <QSet>
#include <algorithm>

namespace {

constexpr double ServiceAreaKm = 60;

QByteArray padded(qint64 number, int width)
{
    QByteArray text = QByteArray::number(number);
    if (text.size() < width)
        text.prepend(QByteArray(width - int(text.size()), '0'));
    return text;
}

// Now and then the weather service warns for part of the country; which
// kind depends on the season. Roads in the area get slower while it lasts.
void addWeather(SimRandom &rng, SimDay::Context &ctx, int hubCount, QVector<SimDay::Event> &events)
{
    const DayClock &clock = *ctx.clock;
    const int month = clock.date().month();
    const bool winter = month == 12 || month <= 2;
    const bool summer = month >= 6 && month <= 8;
    const bool shoulder = month == 11 || month == 3;
    if (!rng.chance(winter ? 0.45 : shoulder ? 0.35 : summer ? 0.3 : 0.25))
        return;
    const char *kind;
    if (winter)
        kind =
            rng.pick({"fog", "fog", "fog", "fog", "snow", "snow", "snow", "ice", "ice", "storm"});
    else if (shoulder)
        kind =
            rng.pick({"fog", "fog", "fog", "fog", "fog", "storm", "storm", "storm", "ice", "ice"});
    else if (summer)
        kind = rng.pick({"heat", "heat", "heat", "heat", "storm"});
    else
        kind = rng.pick({"fog", "fog", "storm", "storm", "storm"});
    const QByteArray k(kind);
    const double s = rng.unit();
    QByteArray severity = s < 0.75 ? "yellow" : s < 0.97 ? "orange" : "red";

    qint64 from, to;
    if (k == "fog") {
        from = clock.at(5, 0) + rng.range(0, 60) * 60;
        to = clock.at(10, 0) + rng.range(0, 8) * 15 * 60;
    } else if (k == "snow" || k == "ice") {
        from = clock.at(6, 0) + rng.range(0, 8) * 15 * 60;
        to = from + rng.range(5, 12) * 3600;
    } else if (k == "storm") {
        from = clock.at(10, 0) + rng.range(0, 12) * 15 * 60;
        to = from + rng.range(4, 8) * 3600;
    } else {
        from = clock.at(12, 0);
        to = clock.at(20, 0);
    }
    const qint64 issued = clock.at(5, 0) + rng.range(0, 59) * 60 + rng.range(0, 59);

    const Gazetteer::HubSite &hub = Gazetteer::hubs().at(rng.range(0, hubCount - 1));
    SimDay::WeatherEffect effect;
    effect.from = from;
    effect.to = to;
    effect.center = {hub.lat, hub.lon};
    effect.speedFactor = k == "fog"     ? 0.85
                         : k == "snow"  ? 0.7
                         : k == "ice"   ? 0.75
                         : k == "storm" ? 0.9
                                        : 1.0;
    if (severity != "yellow")
        effect.speedFactor *= 0.9;
    QByteArray area;
    JsonFields a(area);
    if (rng.chance(0.5)) {
        const double dLat = rng.uniform(0.2, 0.35), dLon = rng.uniform(0.35, 0.6);
        a.open("bbox", '[');
        for (const double v : {hub.lon - dLon, hub.lat - dLat, hub.lon + dLon, hub.lat + dLat}) {
            a.element();
            JsonFields::appendNumber(area, v, 3);
        }
        a.close(']');
        effect.radiusKm = qMin(dLat * 111, dLon * 68);
    } else {
        QVector<int> prefixes;
        const QVector<Gazetteer::Town> &towns = Gazetteer::towns();
        for (const int t : Gazetteer::townsNear(effect.center, 35)) {
            for (const int pc : {towns[t].postcodeFirst, towns[t].postcodeLast}) {
                if (!prefixes.contains(pc / 100))
                    prefixes.append(pc / 100);
            }
        }
        std::sort(prefixes.begin(), prefixes.end());
        a.open("postcodes", '[');
        for (const int p : prefixes) {
            a.element();
            JsonFields::appendString(area, padded(p, 2));
        }
        a.close(']');
        effect.radiusKm = 35;
    }
    area = '{' + area + '}';

    const QByteArray id = "KNMI-" + clock.compact() + '-' + padded(rng.range(1, 40), 2);
    auto warning = [&](qint64 at) {
        QByteArray fields;
        JsonFields(fields)
            .str("warning", id)
            .str("kind", k)
            .str("severity", severity)
            .str("from", clock.rfc3339(from))
            .str("to", clock.rfc3339(to))
            .raw("area", area);
        events.append({at, SimDay::EventType::WeatherWarning, fields});
    };
    warning(issued);
    const qint64 update = from + rng.range(60, 120) * 60;
    if (rng.chance(0.3) && update < to && update < SimDay::dayEnd(ctx)) {
        // The warning is raised a level or lasts longer than first thought.
        if (severity == "yellow" && rng.chance(0.5))
            severity = "orange";
        else
            to = qMin(to + rng.range(1, 2) * 3600, SimDay::dayEnd(ctx));
        warning(update);
    }
    effect.to = to;
    ctx.weather.append(effect);
}

struct Crew
{
    QByteArray id;
    QByteArray name;
};

// The company's vans and crews: they depend on the seed only, so the same
// people drive the same vans on every simulated day.
void buildFleet(quint64 seed, int vans, QVector<QByteArray> &plates, QVector<Crew> &crew)
{
    SimRandom plateRng(SimRandom::mix(seed, 0x5e7a7e5ULL));
    QSet<QByteArray> seenPlates;
    for (int i = 0; i < vans; ++i) {
        QByteArray plate;
        do {
            plate = SimPeople::vanPlate(plateRng);
        } while (seenPlates.contains(plate));
        seenPlates.insert(plate);
        plates.append(plate);
    }
    SimRandom crewRng(SimRandom::mix(seed, 0xc4e3ULL));
    QSet<QByteArray> seenNames;
    for (int i = 0; i < 2 * vans; ++i) {
        QByteArray name;
        for (int attempt = 0; attempt < 50; ++attempt) {
            name = SimPeople::dutchName(crewRng, crewRng.chance(0.15)).full();
            if (!seenNames.contains(name))
                break;
        }
        seenNames.insert(name);
        crew.append({"M-" + padded(i + 1, 4), name});
    }
}

} // namespace

QVector<FeedLine> DaySimulator::generate(const SimulationParams &params)
{
    const DayClock clock(params.date);
    const QVector<Gazetteer::HubSite> &hubs = Gazetteer::hubs();
    const int hubCount = qBound(1, params.hubs, int(hubs.size()));
    const int vans = qMax(1, params.vans);
    SimRandom day(SimRandom::mix(params.seed, quint64(params.date.toJulianDay())));

    SimDay::Context ctx;
    ctx.clock = &clock;
    ctx.morningRush = day.uniform(0.6, 0.75);
    ctx.eveningRush = day.uniform(0.6, 0.75);
    ctx.stopsPerDayEstimate = qMax(50, vans * 12);

    QVector<SimDay::Event> events;
    events.reserve(qsizetype(vans) * 560 + 16);
    addWeather(day, ctx, hubCount, events);

    // The towns each hub delivers to, weighted by size and nearness.
    const QVector<Gazetteer::Town> &towns = Gazetteer::towns();
    QVector<QVector<int>> hubTowns(hubCount);
    QVector<QVector<double>> hubWeights(hubCount);
    for (int h = 0; h < hubCount; ++h) {
        const SimGeo::Point at{hubs[h].lat, hubs[h].lon};
        hubTowns[h] = Gazetteer::townsNear(at, ServiceAreaKm);
        for (const int t : std::as_const(hubTowns[h])) {
            const double d = SimGeo::distanceKm(at, {towns[t].lat, towns[t].lon});
            hubWeights[h].append(towns[t].weight * qMax(0.2, 1.2 - d / ServiceAreaKm));
        }
    }

    QVector<QByteArray> plates;
    QVector<Crew> crew;
    buildFleet(params.seed, vans, plates, crew);

    int stopNo = 1;
    for (int i = 0; i < vans; ++i) {
        const int h = int(qint64(i) * hubCount / vans);
        RouteSetup setup;
        setup.hub = &hubs[h];
        setup.towns = hubTowns[h];
        setup.townWeights = hubWeights[h];
        setup.routeId = "R-" + clock.compact() + '-' + padded(i + 1, 3);
        setup.vehicleId = "V-" + padded(i + 1, 3);
        setup.plate = plates[i];
        setup.crew[0] = {crew[2 * i].id, crew[2 * i].name};
        setup.crew[1] = {crew[2 * i + 1].id, crew[2 * i + 1].name};
        setup.firstStopNo = stopNo;
        setup.seed = SimRandom::mix(SimRandom::mix(params.seed, quint64(params.date.toJulianDay())),
                                    quint64(i + 1));
        stopNo += RouteSimulator(ctx, setup).run(events);
    }

    std::stable_sort(
        events.begin(), events.end(),
        [](const SimDay::Event &a, const SimDay::Event &b) { return a.secs < b.secs; });

    QVector<FeedLine> lines;
    lines.reserve(events.size());
    const QByteArray idPrefix = "{\"v\":1,\"id\":\"e-" + clock.compact() + '-';
    qint64 n = 0;
    for (SimDay::Event &e : events) {
        QByteArray json;
        json.reserve(idPrefix.size() + e.fields.size() + 80);
        json.append(idPrefix)
            .append(padded(++n, 6))
            .append("\",\"type\":\"")
            .append(SimDay::typeKey(e.type))
            .append("\",\"ts\":\"")
            .append(clock.rfc3339(e.secs))
            .append('"');
        if (!e.fields.isEmpty())
            json.append(',').append(e.fields);
        json.append('}');
        e.fields = QByteArray(); // free as we go: a 500-van day is large
        lines.append({e.secs * 1000, std::move(json)});
    }
    return lines;
}
