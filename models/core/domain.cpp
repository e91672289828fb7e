#include "domain.h"

namespace Domain {

namespace {
template<typename E, size_t N> QString keyOf(E value, const char *const (&keys)[N])
{
    const auto index = size_t(value);
    return index < N ? QString::fromLatin1(keys[index]) : QString();
}

template<typename E, size_t N>
E valueOf(const QString &key, const char *const (&keys)[N], E fallback, bool *ok)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i])) {
            if (ok)
                *ok = true;
            return E(i);
        }
    }
    if (ok)
        *ok = false;
    return fallback;
}

const char *const outcomeKeys[] = {"",        "delivered",     "not_home",  "refused",
                                   "damaged", "wrong_product", "incomplete"};
const char *const stopStateKeys[] = {"planned", "arrived", "done", "failed", "moved"};
const char *const routeStateKeys[] = {"not_started", "driving",  "at_stop",   "on_break",
                                      "breakdown",   "finished", "no_contact"};
const char *const vehicleStatusKeys[] = {"", "breakdown", "repaired", "break_start", "break_end"};
} // namespace

QString outcomeKey(Outcome o)
{
    return keyOf(o, outcomeKeys);
}
Outcome outcomeFromKey(const QString &key, bool *ok)
{
    bool found = false;
    const Outcome o = valueOf(key, outcomeKeys, Outcome::None, &found);
    if (ok)
        *ok = found && o != Outcome::None;
    return o;
}
bool isFailure(Outcome o)
{
    return o != Outcome::None && o != Outcome::Delivered;
}

QString stopStateKey(StopState s)
{
    return keyOf(s, stopStateKeys);
}
StopState stopStateFromKey(const QString &key)
{
    return valueOf(key, stopStateKeys, StopState::Planned, nullptr);
}

QString routeStateKey(RouteState s)
{
    return keyOf(s, routeStateKeys);
}
RouteState routeStateFromKey(const QString &key)
{
    return valueOf(key, routeStateKeys, RouteState::NotStarted, nullptr);
}

QString vehicleStatusKey(VehicleStatus s)
{
    return keyOf(s, vehicleStatusKeys);
}
VehicleStatus vehicleStatusFromKey(const QString &key, bool *ok)
{
    bool found = false;
    const VehicleStatus s = valueOf(key, vehicleStatusKeys, VehicleStatus::None, &found);
    if (ok)
        *ok = found && s != VehicleStatus::None;
    return s;
}

const QStringList &serviceKeys()
{
    static const QStringList keys = {QStringLiteral("deliver"),   QStringLiteral("place_in_room"),
                                     QStringLiteral("install"),   QStringLiteral("assemble"),
                                     QStringLiteral("take_back"), QStringLiteral("id_check")};
    return keys;
}

const QStringList &productTypeHints()
{
    static const QStringList keys = {QStringLiteral("washing_machine"),
                                     QStringLiteral("dryer"),
                                     QStringLiteral("dishwasher"),
                                     QStringLiteral("fridge"),
                                     QStringLiteral("sofa"),
                                     QStringLiteral("mattress"),
                                     QStringLiteral("bed"),
                                     QStringLiteral("e_bike"),
                                     QStringLiteral("wardrobe"),
                                     QStringLiteral("oven"),
                                     QStringLiteral("tv")};
    return keys;
}

} // namespace Domain
