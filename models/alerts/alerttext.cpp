#include "alerttext.h"

#include "core/domain.h"
#include "core/domaintext.h"
#include "core/timeformat.h"

#include <QCoreApplication>

namespace AlertText {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AlertText", text, disambiguation, n);
}

QString clock(const QVariant &ms)
{
    const qint64 t = ms.toLongLong();
    return t > 0 ? TimeFormat::toClock(t) : QStringLiteral("–");
}

QString stopName(const QVariantMap &d)
{
    const QString customer = d.value(QStringLiteral("customer")).toString();
    const QString city = d.value(QStringLiteral("city")).toString();
    const int seq = d.value(QStringLiteral("seq")).toInt();
    if (customer.isEmpty())
        return tr("Stop %1").arg(seq);
    return tr("Stop %1 (%2, %3)").arg(seq).arg(customer, city);
}

} // namespace

QString weatherKind(const QString &key)
{
    if (key == QLatin1String("snow"))
        return tr("Snow");
    if (key == QLatin1String("ice"))
        return tr("Ice");
    if (key == QLatin1String("storm"))
        return tr("Storm");
    if (key == QLatin1String("fog"))
        return tr("Fog");
    if (key == QLatin1String("heat"))
        return tr("Heat");
    return key;
}

QString weatherLevel(const QString &key)
{
    if (key == QLatin1String("red"))
        return tr("code red");
    if (key == QLatin1String("orange"))
        return tr("code orange");
    if (key == QLatin1String("yellow"))
        return tr("code yellow");
    return key;
}

QString kind(AlertKind::Kind kind)
{
    switch (kind) {
    case AlertKind::LateStop:
        return tr("Late for window");
    case AlertKind::Breakdown:
        return tr("Breakdown");
    case AlertKind::NoContact:
        return tr("No contact");
    case AlertKind::LongStop:
        return tr("Long stop");
    case AlertKind::FailedDelivery:
        return tr("Failed delivery");
    case AlertKind::Weather:
        return tr("Weather warning");
    }
    return {};
}

QString severity(AlertSeverity::Severity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return tr("Information");
    case AlertSeverity::Warning:
        return tr("Warning");
    case AlertSeverity::Severe:
        return tr("Severe");
    }
    return {};
}

QString summary(const Alert &a)
{
    const QVariantMap &d = a.detail;
    switch (a.kind) {
    case AlertKind::LateStop:
        return tr("%1 expected at %2, %n min after its window (%3–%4)", nullptr,
                  d.value(QStringLiteral("late_min")).toInt())
            .arg(stopName(d), clock(d.value(QStringLiteral("eta"))),
                 clock(d.value(QStringLiteral("window_start"))),
                 clock(d.value(QStringLiteral("window_end"))));
    case AlertKind::Breakdown: {
        const int repair = d.value(QStringLiteral("repair_min")).toInt();
        const int left = d.value(QStringLiteral("stops_left")).toInt();
        const QString since = clock(d.value(QStringLiteral("since")));
        const QString stops = tr("%n stop(s) left", nullptr, left);
        if (repair > 0)
            return tr("Van %1 broke down at %2, repair expected to take %3 min; %4")
                .arg(d.value(QStringLiteral("plate")).toString(), since)
                .arg(repair)
                .arg(stops);
        return tr("Van %1 broke down at %2; %3")
            .arg(d.value(QStringLiteral("plate")).toString(), since, stops);
    }
    case AlertKind::NoContact:
        return tr("Van %1 silent since %2 (%n min)", nullptr,
                  d.value(QStringLiteral("minutes")).toInt())
            .arg(d.value(QStringLiteral("plate")).toString(),
                 clock(d.value(QStringLiteral("since"))));
    case AlertKind::LongStop:
        return tr("%1 has taken %2 min so far, %3 min planned")
            .arg(stopName(d))
            .arg(d.value(QStringLiteral("spent_min")).toInt())
            .arg(d.value(QStringLiteral("planned_min")).toInt());
    case AlertKind::FailedDelivery: {
        const Domain::Outcome outcome =
            Domain::outcomeFromKey(d.value(QStringLiteral("outcome")).toString());
        QString text = tr("%1: %2 at %3")
                           .arg(stopName(d), DomainText::outcome(outcome),
                                clock(d.value(QStringLiteral("completed_at"))));
        const QString note = d.value(QStringLiteral("note")).toString();
        if (!note.isEmpty())
            text += QStringLiteral(" – ") + note;
        return text;
    }
    case AlertKind::Weather:
        return tr("%1 (%2) %3–%4 covers %n stop(s)", nullptr,
                  d.value(QStringLiteral("stops")).toInt())
            .arg(weatherKind(d.value(QStringLiteral("weather")).toString()),
                 weatherLevel(d.value(QStringLiteral("level")).toString()),
                 clock(d.value(QStringLiteral("from"))), clock(d.value(QStringLiteral("to"))));
    }
    return {};
}

QString state(const Alert &a)
{
    if (a.resolvedAt > 0) {
        if (a.resolution == QLatin1String("cleared"))
            return tr("Cleared at %1").arg(clock(a.resolvedAt));
        return tr("Resolved by %1 at %2").arg(a.resolvedBy, clock(a.resolvedAt));
    }
    if (a.acknowledgedAt > 0)
        return tr("Seen by %1 at %2").arg(a.acknowledgedBy, clock(a.acknowledgedAt));
    return tr("New");
}

QColor severityColor(AlertSeverity::Severity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QColor(0x3a, 0x7b, 0xd5);
    case AlertSeverity::Warning:
        return QColor(0xe0, 0x8e, 0x0b);
    case AlertSeverity::Severe:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

} // namespace AlertText
