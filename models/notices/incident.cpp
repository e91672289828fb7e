#include "incident.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Notices {

namespace {

struct KindName
{
    IncidentKind kind;
    const char *key;
    const char *text;
};

const KindName kindNames[] = {
    {IncidentKind::Breakdown, "breakdown", QT_TRANSLATE_NOOP("Notices", "Van breakdown")},
    {IncidentKind::Snow, "snow", QT_TRANSLATE_NOOP("Notices", "Snow")},
    {IncidentKind::Ice, "ice", QT_TRANSLATE_NOOP("Notices", "Ice")},
    {IncidentKind::Storm, "storm", QT_TRANSLATE_NOOP("Notices", "Storm")},
    {IncidentKind::RoadClosure, "road_closure", QT_TRANSLATE_NOOP("Notices", "Road closure")},
    {IncidentKind::WrongProduct, "wrong_product",
     QT_TRANSLATE_NOOP("Notices", "Wrong product from the client")},
    {IncidentKind::Other, "other", QT_TRANSLATE_NOOP("Notices", "Other")},
};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (!v.toString().isEmpty())
            out.append(v.toString());
    return out;
}

} // namespace

QString kindKey(IncidentKind kind)
{
    for (const KindName &k : kindNames)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return QStringLiteral("other");
}

std::optional<IncidentKind> kindFromKey(const QString &key)
{
    for (const KindName &k : kindNames)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

const QVector<IncidentKind> &allKinds()
{
    static const QVector<IncidentKind> kinds = [] {
        QVector<IncidentKind> out;
        for (const KindName &k : kindNames)
            out.append(k.kind);
        return out;
    }();
    return kinds;
}

QString kindText(IncidentKind kind)
{
    for (const KindName &k : kindNames)
        if (k.kind == kind)
            return QCoreApplication::translate("Notices", k.text);
    return {};
}

QString incidentStateKey(IncidentState state)
{
    switch (state) {
    case IncidentState::Proposed:
        return QStringLiteral("proposed");
    case IncidentState::Confirmed:
        return QStringLiteral("confirmed");
    case IncidentState::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

IncidentState incidentStateFromKey(const QString &key)
{
    if (key == QLatin1String("proposed"))
        return IncidentState::Proposed;
    if (key == QLatin1String("dismissed"))
        return IncidentState::Dismissed;
    return IncidentState::Confirmed;
}

QString messageStateKey(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return QStringLiteral("queued");
    case MessageState::Sending:
        return QStringLiteral("sending");
    case MessageState::Sent:
        return QStringLiteral("sent");
    case MessageState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

MessageState messageStateFromKey(const QString &key)
{
    if (key == QLatin1String("sending"))
        return MessageState::Sending;
    if (key == QLatin1String("sent"))
        return MessageState::Sent;
    if (key == QLatin1String("failed"))
        return MessageState::Failed;
    return MessageState::Queued;
}

QString messageStateText(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return QCoreApplication::translate("Notices", "Queued");
    case MessageState::Sending:
        return QCoreApplication::translate("Notices", "Sending");
    case MessageState::Sent:
        return QCoreApplication::translate("Notices", "Sent");
    case MessageState::Failed:
        return QCoreApplication::translate("Notices", "Failed");
    }
    return {};
}

bool IncidentScope::isEmpty() const
{
    return stopIds.isEmpty() && routeIds.isEmpty() && hubIds.isEmpty() &&
           postcodePrefixes.isEmpty() && area.size() < 3;
}

QString IncidentScope::toJson() const
{
    QJsonObject o;
    if (!stopIds.isEmpty())
        o.insert(QStringLiteral("stops"), toArray(stopIds));
    if (!routeIds.isEmpty())
        o.insert(QStringLiteral("routes"), toArray(routeIds));
    if (!hubIds.isEmpty())
        o.insert(QStringLiteral("hubs"), toArray(hubIds));
    if (!postcodePrefixes.isEmpty())
        o.insert(QStringLiteral("postcodes"), toArray(postcodePrefixes));
    if (!area.isEmpty()) {
        QJsonArray points;
        for (const QPointF &p : area)
            points.append(QJsonArray{p.x(), p.y()});
        o.insert(QStringLiteral("area"), points);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

IncidentScope IncidentScope::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    IncidentScope scope;
    scope.stopIds = toList(o.value(QLatin1String("stops")));
    scope.routeIds = toList(o.value(QLatin1String("routes")));
    scope.hubIds = toList(o.value(QLatin1String("hubs")));
    scope.postcodePrefixes = toList(o.value(QLatin1String("postcodes")));
    for (const QJsonValue &v : o.value(QLatin1String("area")).toArray()) {
        const QJsonArray p = v.toArray();
        if (p.size() == 2)
            scope.area.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
    }
    return scope;
}

QString IncidentScope::describe() const
{
    QStringList parts;
    // The context lupdate gives calls made in this member (see gatewayconfig.cpp).
    auto tr = [](const char *text) {
        return QCoreApplication::translate("Notices::IncidentScope", text);
    };
    if (!stopIds.isEmpty())
        parts.append(tr("stops %1").arg(stopIds.join(QLatin1String(", "))));
    if (!routeIds.isEmpty())
        parts.append(tr("routes %1").arg(routeIds.join(QLatin1String(", "))));
    if (!hubIds.isEmpty())
        parts.append(tr("hubs %1").arg(hubIds.join(QLatin1String(", "))));
    if (!postcodePrefixes.isEmpty())
        parts.append(tr("postcodes %1").arg(postcodePrefixes.join(QLatin1String(", "))));
    if (area.size() >= 3)
        parts.append(QCoreApplication::translate("Notices", "an area of %n corners", nullptr,
                                                 int(area.size())));
    return parts.join(QLatin1String("; "));
}

QString idempotencyKey(const QString &incidentId, const QString &customerId)
{
    // Hashed so the key says nothing about the customer; prefixed with a
    // version so a later change of derivation cannot collide with this one.
    const QByteArray material =
        "voorzet-notice\n" + incidentId.toUtf8() + '\n' + customerId.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
    return QStringLiteral("vz1-") + QString::fromLatin1(digest.toHex().left(40));
}

} // namespace Notices
