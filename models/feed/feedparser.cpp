#include "feedparser.h"

#include "quickpositionreader.h"

#include "core/timeformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <charconv>
#include <cmath>
#include <cstring>

using namespace Feed;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FeedParser", text);
}

// Thrown inside the parser only, to leave a deeply nested check at once.
struct Invalid
{
    QString field;
    QString reason;
};

[[noreturn]] void fail(const QString &field, const QString &reason)
{
    throw Invalid{field, reason};
}

QString join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
}

QString indexed(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Reads typed fields of one JSON object, naming the full path on failure.
class Fields
{
    // Its texts share the parser's context, as the helpers below name it.
    Q_DECLARE_TR_FUNCTIONS(FeedParser)
public:
    Fields(const QJsonObject &object, QString path)
        : m_object(object)
        , m_path(std::move(path))
    {}

    QString path(const char *key) const { return join(m_path, key); }
    bool has(const char *key) const
    {
        const auto it = m_object.constFind(QLatin1String(key));
        return it != m_object.constEnd() && !it->isNull();
    }

    QJsonValue value(const char *key, bool required = true) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (required && (v.isUndefined() || v.isNull()))
            fail(path(key), tr("is missing"));
        return v;
    }

    QString string(const char *key, int minLength = 1, int maxLength = 4096) const
    {
        return string(key, value(key), minLength, maxLength);
    }

    QString string(const char *key, const QJsonValue &v, int minLength, int maxLength) const
    {
        if (!v.isString())
            fail(path(key), tr("must be a string"));
        const QString s = v.toString();
        if (s.size() < minLength)
            fail(path(key), minLength == 1 ? tr("must not be empty")
                                           : tr("must have at least %1 characters").arg(minLength));
        if (s.size() > maxLength)
            fail(path(key), tr("must have at most %1 characters").arg(maxLength));
        return s;
    }

    // One look-up each: a missing key and a null value both mean absent.
    QString optionalString(const char *key, int maxLength = 4096) const
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined() || v.isNull())
            return {};
        return string(key, v, 0, maxLength);
    }

    // A string, or a number written as one (house numbers come both ways).
    QString text(const char *key) const
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isDouble())
            return QString::number(v.toDouble());
        if (!v.isString())
            fail(path(key), tr("must be a string"));
        return v.toString();
    }

    double number(const char *key, double min, double max) const
    {
        return number(key, value(key), min, max);
    }

    double number(const char *key, const QJsonValue &v, double min, double max) const
    {
        if (!v.isDouble())
            fail(path(key), tr("must be a number"));
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max)
            fail(path(key), tr("is out of range (%1 to %2)").arg(min).arg(max));
        return d;
    }

    double optionalNumber(const char *key, double min, double max, double absent = -1) const
    {
        const QJsonValue v = value(key, false);
        if (v.isUndefined() || v.isNull())
            return absent;
        return number(key, v, min, max);
    }

    qint64 integer(const char *key, qint64 min, qint64 max) const
    {
        const QJsonValue v = value(key);
        if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble())
            fail(path(key), tr("must be a whole number"));
        const double d = v.toDouble();
        if (d < double(min) || d > double(max))
            fail(path(key), tr("is out of range (%1 to %2)").arg(min).arg(max));
        return qint64(d);
    }

    qint64 timestamp(const char *key) const
    {
        const QJsonValue v = value(key);
        if (!v.isString())
            fail(path(key), tr("must be an RFC 3339 timestamp string"));
        const auto ms = TimeFormat::parseRfc3339(v.toString());
        if (!ms)
            fail(path(key),
                 tr("is not an RFC 3339 timestamp with offset: \"%1\"").arg(v.toString().left(40)));
        return *ms;
    }

    Fields object(const char *key) const
    {
        const QJsonValue v = value(key);
        if (!v.isObject())
            fail(path(key), tr("must be an object"));
        return Fields(v.toObject(), path(key));
    }

    QJsonArray array(const char *key) const
    {
        const QJsonValue v = value(key);
        if (!v.isArray())
            fail(path(key), tr("must be an array"));
        return v.toArray();
    }

    QStringList strings(const char *key, const QStringList &allowed) const
    {
        const QJsonArray a = array(key);
        QStringList out;
        out.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QJsonValue item = a.at(i);
            if (!item.isString())
                fail(indexed(path(key), i), tr("must be a string"));
            const QString s = item.toString();
            if (!allowed.isEmpty() && !allowed.contains(s))
                fail(indexed(path(key), i),
                     tr("\"%1\" is not one of: %2")
                         .arg(s.left(40), allowed.join(QLatin1String(", "))));
            out.append(s);
        }
        return out;
    }

    QString oneOf(const char *key, const QStringList &allowed) const
    {
        const QString s = string(key);
        if (!allowed.contains(s))
            fail(path(key),
                 tr("\"%1\" is not one of: %2").arg(s.left(40), allowed.join(QLatin1String(", "))));
        return s;
    }

private:
    QJsonObject m_object;
    QString m_path;
};

const QStringList &outcomeKeys()
{
    static const QStringList keys = {QStringLiteral("delivered"),     QStringLiteral("not_home"),
                                     QStringLiteral("refused"),       QStringLiteral("damaged"),
                                     QStringLiteral("wrong_product"), QStringLiteral("incomplete")};
    return keys;
}

Customer readCustomer(const Fields &f)
{
    Customer c;
    c.id = f.string("id", 1, 128);
    c.name = f.string("name");
    c.street = f.text("street");
    c.houseNumber = f.text("house_number");
    c.postcode = f.text("postcode");
    c.city = f.text("city");
    c.lat = f.number("lat", -90, 90);
    c.lon = f.number("lon", -180, 180);
    c.phone = f.optionalString("phone");
    c.email = f.optionalString("email");
    c.language = f.oneOf("language", {QStringLiteral("nl"), QStringLiteral("en")});
    return c;
}

Stop readPlanStop(const Fields &f, const QString &routeId)
{
    Stop s;
    s.id = f.string("stop", 1, 128);
    s.routeId = routeId;
    s.seq = int(f.integer("seq", 1, 100000));
    s.customer = readCustomer(f.object("customer"));
    const Fields client = f.object("client");
    s.clientId = client.string("id", 1, 128);
    s.clientName = client.string("name");
    const Fields product = f.object("product");
    s.productType = product.string("type", 1, 64);
    s.productDescription = product.string("description", 0);
    s.productModel = product.optionalString("model");
    s.services = f.strings("services", Domain::serviceKeys());
    const Fields window = f.object("window");
    s.windowStart = window.timestamp("start");
    s.windowEnd = window.timestamp("end");
    if (s.windowEnd < s.windowStart)
        fail(window.path("end"),
             QCoreApplication::translate("FeedParser", "ends before the window starts"));
    s.plannedArrival = f.timestamp("planned_arrival");
    s.serviceMin = f.number("service_min", 0, 24 * 60);
    s.attempt = int(f.integer("attempt", 1, 100));
    s.previousStop = f.optionalString("previous_stop", 128);
    return s;
}

QVector<QPointF> readGeometry(const QJsonArray &points, const QString &path)
{
    QVector<QPointF> out;
    out.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonArray pair = points.at(i).toArray();
        const QString where = indexed(path, i);
        if (!points.at(i).isArray() || pair.size() < 2 || !pair.at(0).isDouble() ||
            !pair.at(1).isDouble())
            fail(where,
                 QCoreApplication::translate("FeedParser", "must be a [lon, lat] pair of numbers"));
        const double lon = pair.at(0).toDouble(), lat = pair.at(1).toDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
            fail(where,
                 QCoreApplication::translate("FeedParser", "is outside the earth's coordinates"));
        out.append(QPointF(lon, lat));
    }
    return out;
}

PlanRoute readPlan(const Fields &f)
{
    PlanRoute plan;
    Route &r = plan.route;
    r.id = f.string("route", 1, 128);
    r.date = f.string("date");
    if (!TimeFormat::parseDate(r.date))
        fail(f.path("date"),
             QCoreApplication::translate("FeedParser", "is not a date in the form YYYY-MM-DD"));
    const Fields hub = f.object("hub");
    r.hub.id = hub.string("id", 1, 128);
    r.hub.name = hub.string("name");
    r.hub.lat = hub.number("lat", -90, 90);
    r.hub.lon = hub.number("lon", -180, 180);
    const Fields vehicle = f.object("vehicle");
    r.vehicleId = vehicle.string("id", 1, 128);
    r.plate = vehicle.text("plate");
    const QJsonArray crew = f.array("crew");
    for (qsizetype i = 0; i < crew.size(); ++i) {
        if (!crew.at(i).isObject())
            fail(indexed(f.path("crew"), i),
                 QCoreApplication::translate("FeedParser", "must be an object"));
        const Fields member(crew.at(i).toObject(), indexed(f.path("crew"), i));
        r.crew.append({member.string("id", 1, 128), member.string("name")});
    }
    r.plannedStart = f.timestamp("start");
    const QJsonArray stops = f.array("stops");
    QSet<QString> ids;
    QSet<int> seqs;
    plan.stops.reserve(stops.size());
    for (qsizetype i = 0; i < stops.size(); ++i) {
        const QString where = indexed(f.path("stops"), i);
        if (!stops.at(i).isObject())
            fail(where, QCoreApplication::translate("FeedParser", "must be an object"));
        Stop s = readPlanStop(Fields(stops.at(i).toObject(), where), r.id);
        if (ids.contains(s.id))
            fail(where + QLatin1String(".stop"),
                 QCoreApplication::translate("FeedParser", "\"%1\" appears twice in the plan")
                     .arg(s.id));
        if (seqs.contains(s.seq))
            fail(where + QLatin1String(".seq"),
                 QCoreApplication::translate("FeedParser", "%1 appears twice in the plan")
                     .arg(s.seq));
        ids.insert(s.id);
        seqs.insert(s.seq);
        plan.stops.append(std::move(s));
    }
    if (f.has("geometry"))
        r.geometry = readGeometry(f.array("geometry"), f.path("geometry"));
    r.stopCount = int(plan.stops.size());
    return plan;
}

WeatherWarning readWarning(const Fields &f)
{
    WeatherWarning w;
    w.id = f.string("warning", 1, 128);
    w.kind =
        f.oneOf("kind", {QStringLiteral("snow"), QStringLiteral("ice"), QStringLiteral("storm"),
                         QStringLiteral("fog"), QStringLiteral("heat")});
    w.severity = f.oneOf(
        "severity", {QStringLiteral("yellow"), QStringLiteral("orange"), QStringLiteral("red")});
    w.from = f.timestamp("from");
    w.to = f.timestamp("to");
    if (w.to < w.from)
        fail(f.path("to"),
             QCoreApplication::translate("FeedParser", "ends before the warning starts"));
    const Fields area = f.object("area");
    if (area.has("bbox")) {
        const QJsonArray box = area.array("bbox");
        if (box.size() != 4)
            fail(area.path("bbox"),
                 QCoreApplication::translate(
                     "FeedParser", "must hold four numbers: min_lon, min_lat, max_lon, max_lat"));
        double v[4];
        for (int i = 0; i < 4; ++i) {
            if (!box.at(i).isDouble())
                fail(indexed(area.path("bbox"), i),
                     QCoreApplication::translate("FeedParser", "must be a number"));
            v[i] = box.at(i).toDouble();
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] > v[2] || v[1] > v[3])
            fail(area.path("bbox"),
                 QCoreApplication::translate(
                     "FeedParser", "is not a valid box (min_lon, min_lat, max_lon, max_lat)"));
        w.hasBox = true;
        w.minLon = v[0];
        w.minLat = v[1];
        w.maxLon = v[2];
        w.maxLat = v[3];
    } else if (area.has("postcodes")) {
        w.postcodePrefixes = area.strings("postcodes", {});
        if (w.postcodePrefixes.isEmpty())
            fail(area.path("postcodes"),
                 QCoreApplication::translate("FeedParser", "must not be empty"));
        for (qsizetype i = 0; i < w.postcodePrefixes.size(); ++i) {
            const QString &p = w.postcodePrefixes.at(i);
            bool digits = !p.isEmpty() && p.size() <= 4;
            for (QChar c : p)
                digits = digits && c.isDigit();
            if (!digits)
                fail(indexed(area.path("postcodes"), i),
                     QCoreApplication::translate("FeedParser", "must be 1 to 4 digits"));
        }
    } else {
        fail(f.path("area"), QCoreApplication::translate(
                                 "FeedParser", "must have either \"bbox\" or \"postcodes\""));
    }
    return w;
}

// Where a raw control character (U+0000..U+001F, which JSON strings must
// escape) sits inside a string of `line`, or nothing. QJsonDocument accepts
// them, so the line is scanned after it parsed. Outside strings only
// space, tab, CR and LF may appear, and the JSON parser checks that.
struct RawControl
{
    qsizetype offset = -1;
    unsigned char byte = 0;
    QString field; // the path of the value (or of the object whose key holds it)
    bool inKey = false;
};

bool hasControlBytes(QByteArrayView line)
{
    // Eight bytes at a time: a word has a byte below 0x20 when
    // (x - 0x20..20) & ~x & 0x80..80 is not zero.
    constexpr quint64 ones = 0x0101010101010101ULL;
    const char *p = line.data();
    qsizetype n = line.size();
    for (; n >= 8; p += 8, n -= 8) {
        quint64 x;
        std::memcpy(&x, p, 8);
        if ((x - ones * 0x20) & ~x & (ones * 0x80))
            return true;
    }
    for (; n > 0; ++p, --n) {
        if (static_cast<unsigned char>(*p) < 0x20)
            return true;
    }
    return false;
}

// Walks a line that is known to be valid JSON apart from raw control
// characters, keeping the path of containers and keys, and stops at the
// first control character inside a string.
RawControl findRawControl(QByteArrayView line)
{
    struct Level
    {
        bool isObject;
        QString key;     // the current key, for an object
        qsizetype index; // the current index, for an array
        bool expectKey;  // an object's next string is a key
    };
    QList<Level> stack;
    auto pathOf = [&stack](qsizetype depth) {
        QString path;
        for (qsizetype i = 0; i < depth; ++i) {
            const Level &l = stack.at(i);
            if (l.isObject)
                path = path.isEmpty() ? l.key : path + QLatin1Char('.') + l.key;
            else
                path = indexed(path, l.index);
        }
        return path;
    };
    RawControl found;
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = line[i];
        if (c == '{' || c == '[') {
            stack.append({c == '{', QString(), 0, c == '{'});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty()) {
                Level &l = stack.last();
                if (l.isObject)
                    l.expectKey = true;
                else
                    ++l.index;
            }
        } else if (c == '"') {
            const bool isKey = !stack.isEmpty() && stack.last().isObject && stack.last().expectKey;
            const qsizetype begin = i + 1;
            qsizetype j = begin;
            for (; j < n && line[j] != '"'; ++j) {
                const auto b = static_cast<unsigned char>(line[j]);
                if (b == '\\') {
                    ++j; // skip the escaped character
                } else if (b < 0x20) {
                    found.offset = j;
                    found.byte = b;
                    found.inKey = isKey;
                    found.field = pathOf(isKey ? stack.size() - 1 : stack.size());
                    return found;
                }
            }
            if (isKey) {
                stack.last().key =
                    QString::fromUtf8(line.sliced(begin, qMin(j, n) - begin).toByteArray());
                stack.last().expectKey = false;
            }
            i = j;
        }
    }
    return found;
}

Event readEvent(const QJsonObject &object, Rejection &context)
{
    const Fields f(object, QString());
    const QJsonValue v = f.value("v");
    if (!v.isDouble() || v.toDouble() != 1.0)
        fail(QStringLiteral("v"),
             QCoreApplication::translate("FeedParser", "must be 1 (this is feed version 1)"));
    Event e;
    e.id = f.string("id", 1, 128);
    context.eventId = e.id;
    const QString type = f.string("type", 1, 64);
    context.type = type;
    e.ts = f.timestamp("ts");

    if (type == QLatin1String("vehicle.position")) {
        e.type = EventType::VehiclePosition;
        Position p;
        p.vehicle = f.string("vehicle", 1, 128);
        p.lat = f.number("lat", -90, 90);
        p.lon = f.number("lon", -180, 180);
        p.speedKmh = f.optionalNumber("speed_kmh", 0, 400);
        p.headingDeg = f.optionalNumber("heading_deg", 0, 360);
        p.accuracyM = f.optionalNumber("accuracy_m", 0, 1e6);
        e.payload = std::move(p);
    } else if (type == QLatin1String("plan.route")) {
        e.type = EventType::PlanRoute;
        e.payload = readPlan(f);
    } else if (type == QLatin1String("route.started") || type == QLatin1String("route.finished")) {
        e.type = type == QLatin1String("route.started") ? EventType::RouteStarted
                                                        : EventType::RouteFinished;
        e.payload = RouteMark{f.string("route", 1, 128), f.string("vehicle", 1, 128)};
    } else if (type == QLatin1String("stop.arrived")) {
        e.type = EventType::StopArrived;
        e.payload = StopArrival{f.string("stop", 1, 128), f.string("route", 1, 128),
                                f.string("vehicle", 1, 128)};
    } else if (type == QLatin1String("stop.completed")) {
        e.type = EventType::StopCompleted;
        StopCompletion c;
        c.stop = f.string("stop", 1, 128);
        c.route = f.string("route", 1, 128);
        c.vehicle = f.string("vehicle", 1, 128);
        c.outcome = Domain::outcomeFromKey(f.oneOf("outcome", outcomeKeys()));
        c.servicesDone = f.strings("services_done", Domain::serviceKeys());
        c.note = f.optionalString("note");
        e.payload = std::move(c);
    } else if (type == QLatin1String("vehicle.status")) {
        e.type = EventType::VehicleStatusChange;
        StatusChange s;
        s.vehicle = f.string("vehicle", 1, 128);
        s.status = Domain::vehicleStatusFromKey(
            f.oneOf("status", {QStringLiteral("breakdown"), QStringLiteral("repaired"),
                               QStringLiteral("break_start"), QStringLiteral("break_end")}));
        s.note = f.optionalString("note");
        s.expectedMinutes = f.optionalNumber("expected_minutes", 0, 7 * 24 * 60);
        e.payload = std::move(s);
    } else if (type == QLatin1String("review.received")) {
        e.type = EventType::ReviewReceived;
        Review r;
        r.id = f.string("review", 1, 128);
        r.stopId = f.string("stop", 1, 128);
        r.score = int(f.integer("score", 0, 10));
        const QJsonValue comment = f.value("comment");
        if (!comment.isString())
            fail(QStringLiteral("comment"),
                 QCoreApplication::translate("FeedParser", "must be a string"));
        r.comment = comment.toString();
        r.language = f.optionalString("language", 16);
        r.channel = f.optionalString("channel", 64);
        r.receivedAt = e.ts;
        e.payload = std::move(r);
    } else if (type == QLatin1String("weather.warning")) {
        e.type = EventType::WeatherWarningIssued;
        e.payload = readWarning(f);
    } else {
        fail(QStringLiteral("type"),
             QCoreApplication::translate("FeedParser", "\"%1\" is not a known event type")
                 .arg(type.left(64)));
    }
    return e;
}

} // namespace

namespace Feed {

QString typeKey(EventType type)
{
    switch (type) {
    case EventType::PlanRoute:
        return QStringLiteral("plan.route");
    case EventType::RouteStarted:
        return QStringLiteral("route.started");
    case EventType::RouteFinished:
        return QStringLiteral("route.finished");
    case EventType::VehiclePosition:
        return QStringLiteral("vehicle.position");
    case EventType::StopArrived:
        return QStringLiteral("stop.arrived");
    case EventType::StopCompleted:
        return QStringLiteral("stop.completed");
    case EventType::VehicleStatusChange:
        return QStringLiteral("vehicle.status");
    case EventType::ReviewReceived:
        return QStringLiteral("review.received");
    case EventType::WeatherWarningIssued:
        return QStringLiteral("weather.warning");
    }
    return {};
}

QString Rejection::text() const
{
    return field.isEmpty() ? reason : field + QLatin1Char(' ') + reason;
}

} // namespace Feed

namespace FeedParser {

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

std::optional<Event> parseQuick(QByteArrayView line)
{
    if (line.size() > MaxLineBytes)
        return std::nullopt;
    return readQuickPosition(line);
}

Result parse(QByteArrayView line)
{
    if (std::optional<Event> event = parseQuick(line))
        return std::move(*event);
    return parseFully(line);
}

Result parseFully(QByteArrayView line)
{
    Rejection rejection;
    if (line.size() > MaxLineBytes) {
        rejection.reason = tr("the line is longer than 1 MiB");
        return rejection;
    }
    QJsonParseError error;
    // Read in place: the line is not copied.
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        rejection.reason = tr("the line is not valid JSON at byte %1: %2")
                               .arg(error.offset)
                               .arg(error.errorString());
        return rejection;
    }
    if (!doc.isObject()) {
        rejection.reason = tr("the line is not a JSON object");
        return rejection;
    }
    if (hasControlBytes(line)) {
        const RawControl control = findRawControl(line);
        if (control.offset >= 0) {
            // Keep what can be read of the event, for the rejection record.
            const QJsonObject object = doc.object();
            auto readable = [&object](const char *key, qsizetype maxLength) {
                const QString text = object.value(QLatin1String(key)).toString();
                for (QChar ch : text) {
                    if (ch.unicode() < 0x20)
                        return QString();
                }
                return text.left(maxLength);
            };
            rejection.eventId = readable("id", 128);
            rejection.type = readable("type", 64);
            rejection.field = control.field;
            const QString code =
                QStringLiteral("\\u%1").arg(int(control.byte), 4, 16, QLatin1Char('0'));
            rejection.reason =
                (control.inKey ? tr("has a field name with an unescaped control character \"%1\" "
                                    "at byte %2; JSON strings must escape it")
                               : tr("contains an unescaped control character \"%1\" at byte %2; "
                                    "JSON strings must escape it"))
                    .arg(code)
                    .arg(control.offset);
            return rejection;
        }
    }
    try {
        return readEvent(doc.object(), rejection);
    } catch (const Invalid &invalid) {
        rejection.field = invalid.field;
        rejection.reason = invalid.reason;
        return rejection;
    }
}

} // namespace FeedParser
