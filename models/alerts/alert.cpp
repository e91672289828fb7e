#include "alert.h"

namespace AlertKind {

namespace {
const char *const keys[] = {"late_stop", "breakdown", "no_contact",
                            "long_stop", "failed_delivery", "weather"};
}

QString key(Kind kind)
{
    return QString::fromLatin1(keys[int(kind)]);
}

Kind fromKey(const QString &k, bool *ok)
{
    for (Kind kind : all()) {
        if (k == QLatin1String(keys[int(kind)])) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return LateStop;
}

const QVector<Kind> &all()
{
    static const QVector<Kind> kinds = {LateStop, Breakdown, NoContact,
                                        LongStop, FailedDelivery, Weather};
    return kinds;
}

} // namespace AlertKind

namespace AlertSeverity {

QString key(Severity severity)
{
    switch (severity) {
    case Info:
        return QStringLiteral("info");
    case Warning:
        return QStringLiteral("warning");
    case Severe:
        return QStringLiteral("severe");
    }
    return QStringLiteral("warning");
}

Severity fromKey(const QString &k)
{
    if (k == QLatin1String("severe"))
        return Severe;
    if (k == QLatin1String("info"))
        return Info;
    return Warning;
}

} // namespace AlertSeverity
