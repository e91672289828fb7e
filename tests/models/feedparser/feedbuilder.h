#pragma once

// Builds feed lines (FEED.md, version 1) for the tests: valid events of every
// type with sensible defaults, and a way to change or remove one field by its
// path ("stops[0].window.end") to make a bad line out of a good one.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace FeedBuilder {

// "2026-11-23THH:MM:SS+01:00": a time on the test day, in winter time.
inline QString at(int hour, int minute, int second = 0)
{
    return QStringLiteral("2026-11-23T%1:%2:%3+01:00")
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'))
        .arg(second, 2, 10, QLatin1Char('0'));
}

// Milliseconds since the epoch of at(hour, minute, second).
inline qint64 msAt(int hour, int minute, int second = 0)
{
    // 2026-11-23T00:00:00Z is day 20780 since the epoch; +01:00 is one hour ahead of UTC.
    return (qint64(20780) * 86400 + (hour - 1) * 3600 + minute * 60 + second) * 1000;
}

inline QJsonObject event(const QString &type, const QString &id, const QString &ts)
{
    return QJsonObject{{QStringLiteral("v"), 1},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("ts"), ts}};
}

struct StopSpec
{
    QString id;
    int seq = 1;
    QString planned; // planned arrival, RFC 3339
    QString customer = QStringLiteral("C-1");
};

inline QJsonObject planStop(const StopSpec &s)
{
    return QJsonObject{
        {QStringLiteral("stop"), s.id},
        {QStringLiteral("seq"), s.seq},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("id"), s.customer},
                     {QStringLiteral("name"), QStringLiteral("Anna de Vries")},
                     {QStringLiteral("street"), QStringLiteral("Oudegracht")},
                     {QStringLiteral("house_number"), QStringLiteral("12a")},
                     {QStringLiteral("postcode"), QStringLiteral("3511 AB")},
                     {QStringLiteral("city"), QStringLiteral("Utrecht")},
                     {QStringLiteral("lat"), 52.0907},
                     {QStringLiteral("lon"), 5.1214},
                     {QStringLiteral("phone"), QStringLiteral("+31612345678")},
                     {QStringLiteral("email"), QString()},
                     {QStringLiteral("language"), QStringLiteral("nl")}}},
        {QStringLiteral("client"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("CL-1")},
                     {QStringLiteral("name"), QStringLiteral("Witgoed Online")}}},
        {QStringLiteral("product"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("washing_machine")},
                     {QStringLiteral("description"), QStringLiteral("Wasmachine 8 kg")},
                     {QStringLiteral("model"), QStringLiteral("WM-800")}}},
        {QStringLiteral("services"),
         QJsonArray{QStringLiteral("deliver"), QStringLiteral("install"),
                    QStringLiteral("take_back")}},
        {QStringLiteral("window"),
         QJsonObject{{QStringLiteral("start"), at(9, 0)}, {QStringLiteral("end"), at(11, 0)}}},
        {QStringLiteral("planned_arrival"), s.planned.isEmpty() ? at(9, 30) : s.planned},
        {QStringLiteral("service_min"), 20},
        {QStringLiteral("attempt"), 1},
    };
}

inline QJsonObject plan(const QString &id, const QString &ts, const QString &route,
                        const QList<StopSpec> &stops,
                        const QString &vehicle = QStringLiteral("V-17"))
{
    QJsonObject o = event(QStringLiteral("plan.route"), id, ts);
    o.insert(QStringLiteral("route"), route);
    o.insert(QStringLiteral("date"), QStringLiteral("2026-11-23"));
    o.insert(QStringLiteral("hub"), QJsonObject{{QStringLiteral("id"), QStringLiteral("H-UTR")},
                                                {QStringLiteral("name"), QStringLiteral("Utrecht")},
                                                {QStringLiteral("lat"), 52.07},
                                                {QStringLiteral("lon"), 5.08}});
    o.insert(QStringLiteral("vehicle"),
             QJsonObject{{QStringLiteral("id"), vehicle},
                         {QStringLiteral("plate"), QStringLiteral("VX-123-B")}});
    o.insert(QStringLiteral("crew"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("P-1")},
                                    {QStringLiteral("name"), QStringLiteral("Sem")}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("P-2")},
                                    {QStringLiteral("name"), QStringLiteral("Daan")}}});
    o.insert(QStringLiteral("start"), at(8, 0));
    QJsonArray list;
    for (const StopSpec &s : stops)
        list.append(planStop(s));
    o.insert(QStringLiteral("stops"), list);
    o.insert(QStringLiteral("geometry"),
             QJsonArray{QJsonArray{5.08, 52.07}, QJsonArray{5.1214, 52.0907}});
    return o;
}

inline QJsonObject routeMark(const QString &type, const QString &id, const QString &ts,
                             const QString &route, const QString &vehicle = QStringLiteral("V-17"))
{
    QJsonObject o = event(type, id, ts);
    o.insert(QStringLiteral("route"), route);
    o.insert(QStringLiteral("vehicle"), vehicle);
    return o;
}

inline QJsonObject position(const QString &id, const QString &ts, const QString &vehicle,
                            double lat, double lon)
{
    QJsonObject o = event(QStringLiteral("vehicle.position"), id, ts);
    o.insert(QStringLiteral("vehicle"), vehicle);
    o.insert(QStringLiteral("lat"), lat);
    o.insert(QStringLiteral("lon"), lon);
    o.insert(QStringLiteral("speed_kmh"), 43);
    o.insert(QStringLiteral("heading_deg"), 270);
    return o;
}

inline QJsonObject arrived(const QString &id, const QString &ts, const QString &stop,
                           const QString &route, const QString &vehicle = QStringLiteral("V-17"))
{
    QJsonObject o = event(QStringLiteral("stop.arrived"), id, ts);
    o.insert(QStringLiteral("stop"), stop);
    o.insert(QStringLiteral("route"), route);
    o.insert(QStringLiteral("vehicle"), vehicle);
    return o;
}

inline QJsonObject completed(const QString &id, const QString &ts, const QString &stop,
                             const QString &route,
                             const QString &outcome = QStringLiteral("delivered"),
                             const QString &vehicle = QStringLiteral("V-17"))
{
    QJsonObject o = event(QStringLiteral("stop.completed"), id, ts);
    o.insert(QStringLiteral("stop"), stop);
    o.insert(QStringLiteral("route"), route);
    o.insert(QStringLiteral("vehicle"), vehicle);
    o.insert(QStringLiteral("outcome"), outcome);
    o.insert(QStringLiteral("services_done"),
             QJsonArray{QStringLiteral("deliver"), QStringLiteral("install")});
    o.insert(QStringLiteral("note"), QStringLiteral("Oude machine meegenomen"));
    return o;
}

inline QJsonObject status(const QString &id, const QString &ts, const QString &vehicle,
                          const QString &status)
{
    QJsonObject o = event(QStringLiteral("vehicle.status"), id, ts);
    o.insert(QStringLiteral("vehicle"), vehicle);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("note"), QStringLiteral("Lekke band"));
    o.insert(QStringLiteral("expected_minutes"), 45);
    return o;
}

inline QJsonObject review(const QString &id, const QString &ts, const QString &reviewId,
                          const QString &stop, int score)
{
    QJsonObject o = event(QStringLiteral("review.received"), id, ts);
    o.insert(QStringLiteral("review"), reviewId);
    o.insert(QStringLiteral("stop"), stop);
    o.insert(QStringLiteral("score"), score);
    o.insert(QStringLiteral("comment"), QStringLiteral("Heel vriendelijk"));
    o.insert(QStringLiteral("language"), QStringLiteral("nl"));
    o.insert(QStringLiteral("channel"), QStringLiteral("email"));
    return o;
}

inline QJsonObject warning(const QString &id, const QString &ts, const QString &warningId)
{
    QJsonObject o = event(QStringLiteral("weather.warning"), id, ts);
    o.insert(QStringLiteral("warning"), warningId);
    o.insert(QStringLiteral("kind"), QStringLiteral("snow"));
    o.insert(QStringLiteral("severity"), QStringLiteral("orange"));
    o.insert(QStringLiteral("from"), at(6, 0));
    o.insert(QStringLiteral("to"), at(18, 0));
    o.insert(QStringLiteral("area"),
             QJsonObject{{QStringLiteral("bbox"), QJsonArray{4.5, 51.8, 5.5, 52.3}}});
    return o;
}

inline QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

namespace detail {

// One step of a path: a key, or an index when `index` >= 0.
struct Step
{
    QString key;
    int index = -1;
};

inline QList<Step> steps(const QString &path)
{
    QList<Step> out;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        const qsizetype bracket = part.indexOf(QLatin1Char('['));
        out.append({bracket < 0 ? part : part.left(bracket), -1});
        qsizetype from = bracket;
        while (from >= 0) {
            const qsizetype close = part.indexOf(QLatin1Char(']'), from);
            out.append({QString(), part.mid(from + 1, close - from - 1).toInt()});
            from = part.indexOf(QLatin1Char('['), close);
        }
    }
    return out;
}

// Sets (or, with `remove`, deletes) the value at steps[at..] below `node`.
inline QJsonValue edit(const QJsonValue &node, const QList<Step> &path, qsizetype at,
                       const QJsonValue &value, bool remove)
{
    const Step &step = path.at(at);
    const bool last = at == path.size() - 1;
    if (step.index >= 0) {
        QJsonArray array = node.toArray();
        if (last) {
            if (remove)
                array.removeAt(step.index);
            else
                array[step.index] = value;
        } else {
            array[step.index] = edit(array.at(step.index), path, at + 1, value, remove);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (last) {
        if (remove)
            object.remove(step.key);
        else
            object.insert(step.key, value);
    } else {
        object.insert(step.key, edit(object.value(step.key), path, at + 1, value, remove));
    }
    return object;
}

} // namespace detail

// A copy of `o` with the value at `path` replaced (or added).
inline QJsonObject with(const QJsonObject &o, const QString &path, const QJsonValue &value)
{
    return detail::edit(o, detail::steps(path), 0, value, false).toObject();
}

// A copy of `o` without the value at `path`.
inline QJsonObject without(const QJsonObject &o, const QString &path)
{
    return detail::edit(o, detail::steps(path), 0, QJsonValue(), true).toObject();
}

// Writes the lines to `path`, each followed by "\n".
inline bool writeFeed(const QString &path, const QList<QByteArray> &lines,
                      QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Truncate)
{
    QFile file(path);
    if (!file.open(mode))
        return false;
    for (const QByteArray &l : lines) {
        file.write(l);
        file.write("\n");
    }
    return true;
}

} // namespace FeedBuilder
