#pragma once

// What must hold for anything FeedParser::parse returns, whatever the input:
// shared by the fuzz target and the regression test over its findings.

#include "feed/feedparser.h"

#include <QString>
#include <QStringList>
#include <cmath>
#include <cstring>

namespace FeedInvariants {

inline bool inRange(double v, double min, double max)
{
    return std::isfinite(v) && v >= min && v <= max;
}

// Empty when `result` keeps the contract (FEED.md); otherwise what is broken.
inline QString violation(const FeedParser::Result &result)
{
    if (const auto *rejection = std::get_if<Feed::Rejection>(&result)) {
        if (rejection->reason.trimmed().isEmpty())
            return QStringLiteral("a rejection without a reason");
        return {};
    }
    const Feed::Event &e = std::get<Feed::Event>(result);
    if (e.id.isEmpty() || e.id.size() > 128)
        return QStringLiteral("an event id of %1 characters").arg(e.id.size());
    if (Feed::typeKey(e.type).isEmpty())
        return QStringLiteral("an event of no known type");
    if (const auto *p = std::get_if<Feed::Position>(&e.payload)) {
        if (!inRange(p->lat, -90, 90) || !inRange(p->lon, -180, 180))
            return QStringLiteral("a position outside the earth");
    } else if (const auto *plan = std::get_if<Feed::PlanRoute>(&e.payload)) {
        if (plan->route.stopCount != plan->stops.size())
            return QStringLiteral("a plan whose stop count is wrong");
        for (const Stop &s : plan->stops) {
            if (s.seq < 1)
                return QStringLiteral("a stop with seq %1").arg(s.seq);
            if (s.windowEnd < s.windowStart)
                return QStringLiteral("a window that ends before it starts");
            if (s.id.isEmpty() || s.routeId != plan->route.id)
                return QStringLiteral("a stop without id or route");
            if (!inRange(s.customer.lat, -90, 90) || !inRange(s.customer.lon, -180, 180))
                return QStringLiteral("a customer outside the earth");
        }
    } else if (const auto *r = std::get_if<Review>(&e.payload)) {
        if (r->score < 0 || r->score > 10)
            return QStringLiteral("a review score of %1").arg(r->score);
    } else if (const auto *w = std::get_if<WeatherWarning>(&e.payload)) {
        if (w->to < w->from)
            return QStringLiteral("a warning that ends before it starts");
        if (w->hasBox == !w->postcodePrefixes.isEmpty())
            return QStringLiteral("a warning area with both or neither of box and postcodes");
    } else if (const auto *c = std::get_if<Feed::StopCompletion>(&e.payload)) {
        if (c->outcome == Domain::Outcome::None)
            return QStringLiteral("a completion without outcome");
    } else if (const auto *s = std::get_if<Feed::StatusChange>(&e.payload)) {
        if (s->status == Domain::VehicleStatus::None)
            return QStringLiteral("a status change without status");
    }
    return {};
}

// The same double, bit for bit (0.0 and -0.0 differ, as they would in the store).
inline bool same(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// Empty when FeedParser's shortcut for common lines gives nothing for `line`
// or gives exactly what the full reader gives; otherwise how they differ.
inline QString quickDisagreement(QByteArrayView line)
{
    const std::optional<Feed::Event> quick = FeedParser::parseQuick(line);
    if (!quick)
        return {};
    const FeedParser::Result full = FeedParser::parseFully(line);
    if (const auto *rejection = std::get_if<Feed::Rejection>(&full))
        return QStringLiteral("the shortcut accepts a line the full reader rejects: %1")
            .arg(rejection->text());
    const Feed::Event &e = std::get<Feed::Event>(full);
    const auto *a = std::get_if<Feed::Position>(&quick->payload);
    const auto *b = std::get_if<Feed::Position>(&e.payload);
    if (!a || !b || quick->type != e.type)
        return QStringLiteral("the shortcut reads a %1 event as %2")
            .arg(Feed::typeKey(e.type), Feed::typeKey(quick->type));
    QStringList differ;
    if (quick->id != e.id)
        differ << QStringLiteral("id %1 / %2").arg(quick->id, e.id);
    if (quick->ts != e.ts)
        differ << QStringLiteral("ts %1 / %2").arg(quick->ts).arg(e.ts);
    if (a->vehicle != b->vehicle)
        differ << QStringLiteral("vehicle %1 / %2").arg(a->vehicle, b->vehicle);
    const std::pair<const char *, std::pair<double, double>> numbers[] = {
        {"lat", {a->lat, b->lat}},
        {"lon", {a->lon, b->lon}},
        {"speed_kmh", {a->speedKmh, b->speedKmh}},
        {"heading_deg", {a->headingDeg, b->headingDeg}},
        {"accuracy_m", {a->accuracyM, b->accuracyM}}};
    for (const auto &[name, values] : numbers) {
        if (!same(values.first, values.second))
            differ << QStringLiteral("%1 %2 / %3")
                          .arg(QLatin1String(name))
                          .arg(values.first, 0, 'g', 17)
                          .arg(values.second, 0, 'g', 17);
    }
    if (differ.isEmpty())
        return {};
    return QStringLiteral("the shortcut and the full reader differ (shortcut / full): %1")
        .arg(differ.join(QLatin1String(", ")));
}

} // namespace FeedInvariants
