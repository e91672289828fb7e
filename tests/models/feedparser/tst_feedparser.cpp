// FeedParser against the feed contract (FEED.md, version 1): every event type
// parses with its values, every kind of bad line is rejected naming the field.

#include "feed/feedparser.h"
#include "feedbuilder.h"

#include <QTest>

using namespace FeedBuilder;
using Feed::EventType;

Q_DECLARE_METATYPE(Feed::EventType)

namespace {

const QString R = QStringLiteral("R-20261123-17");

QJsonObject goodPlan()
{
    return plan(QStringLiteral("e-plan"), at(6, 0), R,
                {{QStringLiteral("S-1"), 1, at(9, 30)}, {QStringLiteral("S-2"), 2, at(10, 15)}});
}

Feed::Event parsed(const QByteArray &line)
{
    const FeedParser::Result result = FeedParser::parse(line);
    if (const auto *rejection = std::get_if<Feed::Rejection>(&result))
        qWarning("unexpected rejection: %s", qPrintable(rejection->text()));
    const auto *event = std::get_if<Feed::Event>(&result);
    return event ? *event : Feed::Event{};
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsGoodLines_data();
    void acceptsGoodLines();
    void rejectsBadLines_data();
    void rejectsBadLines();

    void planValues();
    void positionValues();
    void stopValues();
    void statusValues();
    void reviewValues();
    void warningValues();
    void rejectionKeepsIdAndType();
    void controlCharacterAnywhereInAString();
    void blankLines_data();
    void blankLines();
    void lineAtTheSizeLimit();
};

void TestFeedParser::acceptsGoodLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<EventType>("type");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("ts");

    const qint64 nine = msAt(9, 14, 5);
    const QString t = at(9, 14, 5);
    QTest::newRow("plan.route") << line(goodPlan()) << EventType::PlanRoute << "e-plan"
                                << msAt(6, 0);
    QTest::newRow("route.started")
        << line(routeMark(QStringLiteral("route.started"), QStringLiteral("e-1"), t, R))
        << EventType::RouteStarted << "e-1" << nine;
    QTest::newRow("route.finished")
        << line(routeMark(QStringLiteral("route.finished"), QStringLiteral("e-2"), t, R))
        << EventType::RouteFinished << "e-2" << nine;
    QTest::newRow("vehicle.position")
        << line(position(QStringLiteral("e-3"), t, QStringLiteral("V-17"), 52.09, 5.12))
        << EventType::VehiclePosition << "e-3" << nine;
    QTest::newRow("stop.arrived") << line(arrived(QStringLiteral("e-4"), t, QStringLiteral("S-1"),
                                                  R))
                                  << EventType::StopArrived << "e-4" << nine;
    QTest::newRow("stop.completed")
        << line(completed(QStringLiteral("e-5"), t, QStringLiteral("S-1"), R))
        << EventType::StopCompleted << "e-5" << nine;
    QTest::newRow("vehicle.status") << line(status(QStringLiteral("e-6"), t, QStringLiteral("V-17"),
                                                   QStringLiteral("breakdown")))
                                    << EventType::VehicleStatusChange << "e-6" << nine;
    QTest::newRow("review.received")
        << line(review(QStringLiteral("e-7"), t, QStringLiteral("RV-1"), QStringLiteral("S-1"), 9))
        << EventType::ReviewReceived << "e-7" << nine;
    QTest::newRow("weather.warning")
        << line(warning(QStringLiteral("e-8"), t, QStringLiteral("W-1")))
        << EventType::WeatherWarningIssued << "e-8" << nine;

    // The example lines of FEED.md, verbatim.
    QTest::newRow("contract example position")
        << QByteArray(
               R"({"v":1,"id":"e-000001","type":"vehicle.position","ts":"2026-11-23T09:14:05+01:00","vehicle":"V-17","lat":52.0907,"lon":5.1214,"speed_kmh":43,"heading_deg":270})")
        << EventType::VehiclePosition << "e-000001" << nine;
    QTest::newRow("contract example completed")
        << QByteArray(
               R"({"v":1,"id":"e-000002","type":"stop.completed","ts":"2026-11-23T09:31:40+01:00","stop":"S-20261123-0412","route":"R-20261123-17","vehicle":"V-17","outcome":"delivered","services_done":["deliver","install","take_back"]})")
        << EventType::StopCompleted << "e-000002" << msAt(9, 31, 40);

    const QJsonObject pos = position(QStringLiteral("e-9"), t, QStringLiteral("V-17"), 52, 5);
    QTest::newRow("unknown fields ignored")
        << line(with(with(pos, QStringLiteral("x_extra"), QJsonObject{{QStringLiteral("a"), 1}}),
                     QStringLiteral("battery"), 88))
        << EventType::VehiclePosition << "e-9" << nine;
    QTest::newRow("id of 128 chars") << line(with(pos, QStringLiteral("id"), QString(128, u'x')))
                                     << EventType::VehiclePosition << QString(128, u'x') << nine;
    QTest::newRow("id of one char") << line(with(pos, QStringLiteral("id"), QStringLiteral("x")))
                                    << EventType::VehiclePosition << "x" << nine;
    QTest::newRow("ts in UTC with Z")
        << line(with(pos, QStringLiteral("ts"), QStringLiteral("2026-11-23T08:14:05Z")))
        << EventType::VehiclePosition << "e-9" << nine;
    QTest::newRow("ts with fraction and negative offset")
        << line(with(pos, QStringLiteral("ts"), QStringLiteral("2026-11-23T03:14:05.250-05:00")))
        << EventType::VehiclePosition << "e-9" << nine + 250;
    QTest::newRow("v written as 1.0") << QByteArray(line(pos)).replace("\"v\":1", "\"v\":1.0")
                                      << EventType::VehiclePosition << "e-9" << nine;
    QTest::newRow("optional fields absent")
        << line(without(without(pos, QStringLiteral("speed_kmh")), QStringLiteral("heading_deg")))
        << EventType::VehiclePosition << "e-9" << nine;
    QTest::newRow("optional field null")
        << line(with(pos, QStringLiteral("speed_kmh"), QJsonValue::Null))
        << EventType::VehiclePosition << "e-9" << nine;
    QTest::newRow("line with CR LF") << line(pos) + "\r\n"
                                     << EventType::VehiclePosition << "e-9" << nine;
    QTest::newRow("plan without geometry") << line(without(goodPlan(), QStringLiteral("geometry")))
                                           << EventType::PlanRoute << "e-plan" << msAt(6, 0);
    QTest::newRow("plan with no stops")
        << line(with(goodPlan(), QStringLiteral("stops"), QJsonArray())) << EventType::PlanRoute
        << "e-plan" << msAt(6, 0);
    QTest::newRow("plan house number as a number")
        << line(with(goodPlan(), QStringLiteral("stops[0].customer.house_number"), 12))
        << EventType::PlanRoute << "e-plan" << msAt(6, 0);
    QTest::newRow("first visit with an empty previous_stop")
        << line(with(goodPlan(), QStringLiteral("stops[0].previous_stop"),
                     QString(QLatin1String(""))))
        << EventType::PlanRoute << "e-plan" << msAt(6, 0);
    QTest::newRow("stop without product model and services")
        << line(with(without(goodPlan(), QStringLiteral("stops[0].product.model")),
                     QStringLiteral("stops[0].services"), QJsonArray()))
        << EventType::PlanRoute << "e-plan" << msAt(6, 0);
    QTest::newRow("return visit")
        << line(with(with(goodPlan(), QStringLiteral("stops[1].attempt"), 2),
                     QStringLiteral("stops[1].previous_stop"), QStringLiteral("S-20261120-0001")))
        << EventType::PlanRoute << "e-plan" << msAt(6, 0);
    QTest::newRow("window of zero length")
        << line(with(goodPlan(), QStringLiteral("stops[0].window.end"), at(9, 0)))
        << EventType::PlanRoute << "e-plan" << msAt(6, 0);
    QTest::newRow("review score 0 and empty comment")
        << line(with(with(review(QStringLiteral("e-7"), t, QStringLiteral("RV-1"),
                                 QStringLiteral("S-1"), 9),
                          QStringLiteral("score"), 0),
                     QStringLiteral("comment"), QString()))
        << EventType::ReviewReceived << "e-7" << nine;
    QTest::newRow("review score 10")
        << line(review(QStringLiteral("e-7"), t, QStringLiteral("RV-1"), QStringLiteral("S-1"), 10))
        << EventType::ReviewReceived << "e-7" << nine;
    QTest::newRow("warning by postcodes")
        << line(with(warning(QStringLiteral("e-8"), t, QStringLiteral("W-1")),
                     QStringLiteral("area"),
                     QJsonObject{{QStringLiteral("postcodes"),
                                  QJsonArray{QStringLiteral("35"), QStringLiteral("3611")}}}))
        << EventType::WeatherWarningIssued << "e-8" << nine;
    QTest::newRow("latitude at the pole")
        << line(with(with(pos, QStringLiteral("lat"), 90), QStringLiteral("lon"), -180))
        << EventType::VehiclePosition << "e-9" << nine;
}

void TestFeedParser::acceptsGoodLines()
{
    QFETCH(QByteArray, line);
    QFETCH(EventType, type);
    QFETCH(QString, id);
    QFETCH(qint64, ts);

    QVERIFY(!FeedParser::isBlank(line));
    const FeedParser::Result result = FeedParser::parse(line);
    const auto *rejection = std::get_if<Feed::Rejection>(&result);
    QVERIFY2(!rejection, rejection ? qPrintable(rejection->text()) : "");
    const auto &event = std::get<Feed::Event>(result);
    QCOMPARE(event.type, type);
    QCOMPARE(event.id, id);
    QCOMPARE(event.ts, ts);
    QCOMPARE(Feed::typeKey(event.type), QJsonDocument::fromJson(QByteArray(line).trimmed())
                                            .object()
                                            .value(QLatin1String("type"))
                                            .toString());
}

void TestFeedParser::rejectsBadLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("field"); // the path the rejection must name; empty: the line

    const QString t = at(9, 14, 5);
    const QJsonObject pos = position(QStringLiteral("e-1"), t, QStringLiteral("V-17"), 52.09, 5.12);
    const QJsonObject done = completed(QStringLiteral("e-2"), t, QStringLiteral("S-1"), R);
    const QJsonObject rev =
        review(QStringLiteral("e-3"), t, QStringLiteral("RV-1"), QStringLiteral("S-1"), 8);
    const QJsonObject warn = warning(QStringLiteral("e-4"), t, QStringLiteral("W-1"));
    const QJsonObject stat =
        status(QStringLiteral("e-5"), t, QStringLiteral("V-17"), QStringLiteral("breakdown"));
    const QJsonObject pl = goodPlan();

    // Envelope
    QTest::newRow("v missing") << line(without(pos, QStringLiteral("v"))) << "v";
    QTest::newRow("v is 2") << line(with(pos, QStringLiteral("v"), 2)) << "v";
    QTest::newRow("v is 0") << line(with(pos, QStringLiteral("v"), 0)) << "v";
    QTest::newRow("v is a string")
        << line(with(pos, QStringLiteral("v"), QStringLiteral("1"))) << "v";
    QTest::newRow("id missing") << line(without(pos, QStringLiteral("id"))) << "id";
    QTest::newRow("id empty") << line(with(pos, QStringLiteral("id"), QString())) << "id";
    QTest::newRow("id of 129 chars")
        << line(with(pos, QStringLiteral("id"), QString(129, u'x'))) << "id";
    QTest::newRow("id is a number") << line(with(pos, QStringLiteral("id"), 17)) << "id";
    QTest::newRow("id is null") << line(with(pos, QStringLiteral("id"), QJsonValue::Null)) << "id";
    QTest::newRow("type missing") << line(without(pos, QStringLiteral("type"))) << "type";
    QTest::newRow("type unknown") << line(with(pos, QStringLiteral("type"),
                                               QStringLiteral("vehicle.teleported")))
                                  << "type";
    QTest::newRow("type empty") << line(with(pos, QStringLiteral("type"), QString())) << "type";
    QTest::newRow("ts missing") << line(without(pos, QStringLiteral("ts"))) << "ts";
    QTest::newRow("ts without offset")
        << line(with(pos, QStringLiteral("ts"), QStringLiteral("2026-11-23T09:14:05"))) << "ts";
    QTest::newRow("ts date only") << line(with(pos, QStringLiteral("ts"),
                                               QStringLiteral("2026-11-23")))
                                  << "ts";
    QTest::newRow("ts not a real day")
        << line(with(pos, QStringLiteral("ts"), QStringLiteral("2026-02-30T09:14:05+01:00")))
        << "ts";
    QTest::newRow("ts hour 24") << line(with(pos, QStringLiteral("ts"),
                                             QStringLiteral("2026-11-23T24:00:00+01:00")))
                                << "ts";
    QTest::newRow("ts offset without colon")
        << line(with(pos, QStringLiteral("ts"), QStringLiteral("2026-11-23T09:14:05+0100")))
        << "ts";
    QTest::newRow("ts trailing text")
        << line(with(pos, QStringLiteral("ts"), QStringLiteral("2026-11-23T09:14:05+01:00x")))
        << "ts";
    QTest::newRow("ts as epoch number")
        << line(with(pos, QStringLiteral("ts"), 1795421645)) << "ts";

    // vehicle.position
    QTest::newRow("lat above 90") << line(with(pos, QStringLiteral("lat"), 90.5)) << "lat";
    QTest::newRow("lat below -90") << line(with(pos, QStringLiteral("lat"), -91)) << "lat";
    QTest::newRow("lon above 180") << line(with(pos, QStringLiteral("lon"), 180.01)) << "lon";
    QTest::newRow("lat as a string")
        << line(with(pos, QStringLiteral("lat"), QStringLiteral("52"))) << "lat";
    QTest::newRow("lon missing") << line(without(pos, QStringLiteral("lon"))) << "lon";
    QTest::newRow("vehicle missing") << line(without(pos, QStringLiteral("vehicle"))) << "vehicle";
    QTest::newRow("vehicle is an object")
        << line(with(pos, QStringLiteral("vehicle"), QJsonObject{{QStringLiteral("id"), 1}}))
        << "vehicle";
    QTest::newRow("negative speed")
        << line(with(pos, QStringLiteral("speed_kmh"), -5)) << "speed_kmh";
    QTest::newRow("heading 400") << line(with(pos, QStringLiteral("heading_deg"), 400))
                                 << "heading_deg";

    // stop.completed and the route marks
    QTest::newRow("outcome unknown")
        << line(with(done, QStringLiteral("outcome"), QStringLiteral("stolen"))) << "outcome";
    QTest::newRow("outcome missing") << line(without(done, QStringLiteral("outcome"))) << "outcome";
    QTest::newRow("services_done unknown service")
        << line(with(done, QStringLiteral("services_done"),
                     QJsonArray{QStringLiteral("deliver"), QStringLiteral("polish")}))
        << "services_done[1]";
    QTest::newRow("services_done not an array")
        << line(with(done, QStringLiteral("services_done"), QStringLiteral("deliver")))
        << "services_done";
    QTest::newRow("completed without route")
        << line(without(done, QStringLiteral("route"))) << "route";
    QTest::newRow("completed stop empty")
        << line(with(done, QStringLiteral("stop"), QString())) << "stop";
    QTest::newRow("arrived without vehicle")
        << line(without(arrived(QStringLiteral("e-6"), t, QStringLiteral("S-1"), R),
                        QStringLiteral("vehicle")))
        << "vehicle";
    QTest::newRow("route.started without route")
        << line(without(routeMark(QStringLiteral("route.started"), QStringLiteral("e-7"), t, R),
                        QStringLiteral("route")))
        << "route";

    // vehicle.status
    QTest::newRow("status unknown")
        << line(with(stat, QStringLiteral("status"), QStringLiteral("no_contact"))) << "status";
    QTest::newRow("expected_minutes negative")
        << line(with(stat, QStringLiteral("expected_minutes"), -1)) << "expected_minutes";

    // review.received
    QTest::newRow("score 11") << line(with(rev, QStringLiteral("score"), 11)) << "score";
    QTest::newRow("score -1") << line(with(rev, QStringLiteral("score"), -1)) << "score";
    QTest::newRow("score 7.5") << line(with(rev, QStringLiteral("score"), 7.5)) << "score";
    QTest::newRow("score as a string")
        << line(with(rev, QStringLiteral("score"), QStringLiteral("9"))) << "score";
    QTest::newRow("comment missing") << line(without(rev, QStringLiteral("comment"))) << "comment";
    QTest::newRow("comment is a number")
        << line(with(rev, QStringLiteral("comment"), 3)) << "comment";
    QTest::newRow("review id missing") << line(without(rev, QStringLiteral("review"))) << "review";

    // weather.warning
    QTest::newRow("kind unknown") << line(
                                         with(warn, QStringLiteral("kind"), QStringLiteral("hail")))
                                  << "kind";
    QTest::newRow("severity green")
        << line(with(warn, QStringLiteral("severity"), QStringLiteral("green"))) << "severity";
    QTest::newRow("warning ends before it starts")
        << line(with(warn, QStringLiteral("to"), at(5, 0))) << "to";
    QTest::newRow("area missing") << line(without(warn, QStringLiteral("area"))) << "area";
    QTest::newRow("area neither bbox nor postcodes")
        << line(with(warn, QStringLiteral("area"), QJsonObject{{QStringLiteral("city"), 1}}))
        << "area";
    QTest::newRow("area is a string")
        << line(with(warn, QStringLiteral("area"), QStringLiteral("Utrecht"))) << "area";
    QTest::newRow("bbox of three numbers")
        << line(with(warn, QStringLiteral("area.bbox"), QJsonArray{4.5, 51.8, 5.5})) << "area.bbox";
    QTest::newRow("bbox min above max")
        << line(with(warn, QStringLiteral("area.bbox"), QJsonArray{5.5, 51.8, 4.5, 52.3}))
        << "area.bbox";
    QTest::newRow("bbox latitude out of range")
        << line(with(warn, QStringLiteral("area.bbox"), QJsonArray{4.5, 51.8, 5.5, 95}))
        << "area.bbox";
    QTest::newRow("bbox with a string") << line(with(warn, QStringLiteral("area.bbox"),
                                                     QJsonArray{4.5, QStringLiteral("x"), 5.5, 52}))
                                        << "area.bbox[1]";
    QTest::newRow("postcodes with letters")
        << line(with(warn, QStringLiteral("area"),
                     QJsonObject{{QStringLiteral("postcodes"),
                                  QJsonArray{QStringLiteral("35"), QStringLiteral("35AB")}}}))
        << "area.postcodes[1]";
    QTest::newRow("postcodes of five digits")
        << line(with(
               warn, QStringLiteral("area"),
               QJsonObject{{QStringLiteral("postcodes"), QJsonArray{QStringLiteral("35111")}}}))
        << "area.postcodes[0]";
    QTest::newRow("postcodes empty")
        << line(with(warn, QStringLiteral("area"),
                     QJsonObject{{QStringLiteral("postcodes"), QJsonArray()}}))
        << "area.postcodes";

    // plan.route
    QTest::newRow("plan date not a date")
        << line(with(pl, QStringLiteral("date"), QStringLiteral("2026-13-01"))) << "date";
    QTest::newRow("plan hub latitude out of range")
        << line(with(pl, QStringLiteral("hub.lat"), 123)) << "hub.lat";
    QTest::newRow("plan vehicle is a string")
        << line(with(pl, QStringLiteral("vehicle"), QStringLiteral("V-17"))) << "vehicle";
    QTest::newRow("plan crew member without name")
        << line(without(pl, QStringLiteral("crew[1].name"))) << "crew[1].name";
    QTest::newRow("plan start without offset")
        << line(with(pl, QStringLiteral("start"), QStringLiteral("2026-11-23T08:00:00")))
        << "start";
    QTest::newRow("plan stops missing") << line(without(pl, QStringLiteral("stops"))) << "stops";
    QTest::newRow("plan stop not an object")
        << line(with(pl, QStringLiteral("stops[1]"), 7)) << "stops[1]";
    QTest::newRow("window end before start")
        << line(with(pl, QStringLiteral("stops[1].window.end"), at(8, 59)))
        << "stops[1].window.end";
    QTest::newRow("window start missing")
        << line(without(pl, QStringLiteral("stops[0].window.start"))) << "stops[0].window.start";
    QTest::newRow("seq 0") << line(with(pl, QStringLiteral("stops[0].seq"), 0)) << "stops[0].seq";
    QTest::newRow("seq 1.5") << line(with(pl, QStringLiteral("stops[0].seq"), 1.5))
                             << "stops[0].seq";
    QTest::newRow("seq twice") << line(with(pl, QStringLiteral("stops[1].seq"), 1))
                               << "stops[1].seq";
    QTest::newRow("stop id twice")
        << line(with(pl, QStringLiteral("stops[1].stop"), QStringLiteral("S-1")))
        << "stops[1].stop";
    QTest::newRow("stop id empty")
        << line(with(pl, QStringLiteral("stops[0].stop"), QString())) << "stops[0].stop";
    QTest::newRow("unknown service")
        << line(with(pl, QStringLiteral("stops[0].services[2]"), QStringLiteral("polish")))
        << "stops[0].services[2]";
    QTest::newRow("customer language de")
        << line(with(pl, QStringLiteral("stops[1].customer.language"), QStringLiteral("de")))
        << "stops[1].customer.language";
    QTest::newRow("customer latitude out of range")
        << line(with(pl, QStringLiteral("stops[0].customer.lat"), -90.0001))
        << "stops[0].customer.lat";
    QTest::newRow("customer without name")
        << line(without(pl, QStringLiteral("stops[0].customer.name"))) << "stops[0].customer.name";
    QTest::newRow("client missing")
        << line(without(pl, QStringLiteral("stops[0].client"))) << "stops[0].client";
    QTest::newRow("product type missing")
        << line(without(pl, QStringLiteral("stops[0].product.type"))) << "stops[0].product.type";
    QTest::newRow("service_min negative")
        << line(with(pl, QStringLiteral("stops[0].service_min"), -3)) << "stops[0].service_min";
    QTest::newRow("attempt 0") << line(with(pl, QStringLiteral("stops[0].attempt"), 0))
                               << "stops[0].attempt";
    QTest::newRow("planned_arrival missing")
        << line(without(pl, QStringLiteral("stops[0].planned_arrival")))
        << "stops[0].planned_arrival";
    QTest::newRow("geometry point outside the earth")
        << line(with(pl, QStringLiteral("geometry[1]"), QJsonArray{5.1, 99.0})) << "geometry[1]";
    QTest::newRow("geometry point of one number")
        << line(with(pl, QStringLiteral("geometry[0]"), QJsonArray{5.1})) << "geometry[0]";

    // The line as a whole
    QTest::newRow("not JSON") << QByteArray("hello") << QString();
    QTest::newRow("truncated JSON") << line(pos).left(40) << QString();
    QTest::newRow("trailing garbage") << line(pos) + " }" << QString();
    QTest::newRow("JSON array") << QByteArray("[1,2,3]") << QString();
    QTest::newRow("JSON string") << QByteArray("\"vehicle.position\"") << QString();
    QTest::newRow("JSON number") << QByteArray("42") << QString();
    QTest::newRow("JSON null") << QByteArray("null") << QString();
    QTest::newRow("empty object") << QByteArray("{}") << "v";
    QTest::newRow("invalid UTF-8 in a string")
        << QByteArray(line(pos)).replace("V-17", "V-\xff\xfe") << QString();
    QTest::newRow("overlong UTF-8 encoding")
        << QByteArray(line(pos)).replace("V-17", "V-\xc0\xaf") << QString();
    // RFC 8259: control characters in a string must be escaped. The field
    // that holds the string is named.
    QTest::newRow("raw NUL in a string") << QByteArray(line(pos)).replace("V-17", QByteArray("V-\0"
                                                                                             "7",
                                                                                             4))
                                         << "vehicle";
    QTest::newRow("raw control character in a string")
        << QByteArray(line(pos)).replace("V-17", "V-\x01"
                                                 "7")
        << "vehicle";
    QTest::newRow("raw tab in a string") << QByteArray(line(pos)).replace("V-17", "V-\t"
                                                                                  "7")
                                         << "vehicle";
    QTest::newRow("raw line feed in a string") << QByteArray(line(pos)).replace("V-17", "V-\n"
                                                                                        "7")
                                               << "vehicle";
    QTest::newRow("raw control character in a nested string") << QByteArray(line(goodPlan()))
                                                                     .replace("S-2", "S-\x1f"
                                                                                     "2")
                                                              << "stops[1].stop";
    QTest::newRow("raw control character after an escaped quote")
        << QByteArray(line(with(pos, QStringLiteral("vehicle"), QStringLiteral("V-\"17\""))))
               .replace("17", "1\x02")
        << "vehicle";
    QTest::newRow("raw control character in a field name")
        << QByteArray(line(pos)).replace("\"vehicle\"", "\"veh\x03icle\"") << QString();

    // Longer than 1 MiB: a valid object padded with an unknown field.
    QJsonObject big = pos;
    big.insert(QStringLiteral("padding"), QString(int(FeedParser::MaxLineBytes), u'a'));
    QTest::newRow("line over 1 MiB") << line(big) << QString();
}

void TestFeedParser::rejectsBadLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, field);

    const FeedParser::Result result = FeedParser::parse(line);
    const auto *rejection = std::get_if<Feed::Rejection>(&result);
    QVERIFY2(rejection, "the line was accepted");
    QCOMPARE(rejection->field, field);
    QVERIFY(!rejection->reason.trimmed().isEmpty());
    QVERIFY(rejection->text().contains(rejection->reason));
    if (!field.isEmpty())
        QVERIFY(rejection->text().startsWith(field));
}

void TestFeedParser::planValues()
{
    QJsonObject o = goodPlan();
    o = with(o, QStringLiteral("stops[1].customer.house_number"), 7);
    o = with(o, QStringLiteral("stops[1].customer.language"), QStringLiteral("en"));
    o = with(o, QStringLiteral("stops[1].attempt"), 2);
    o = with(o, QStringLiteral("stops[1].previous_stop"), QStringLiteral("S-OLD"));
    o = without(o, QStringLiteral("stops[1].product.model"));
    const Feed::Event e = parsed(line(o));
    QCOMPARE(e.type, EventType::PlanRoute);
    const auto &p = std::get<Feed::PlanRoute>(e.payload);
    QCOMPARE(p.route.id, R);
    QCOMPARE(p.route.date, QStringLiteral("2026-11-23"));
    QCOMPARE(p.route.hub.id, QStringLiteral("H-UTR"));
    QCOMPARE(p.route.hub.name, QStringLiteral("Utrecht"));
    QCOMPARE(p.route.hub.lat, 52.07);
    QCOMPARE(p.route.hub.lon, 5.08);
    QCOMPARE(p.route.vehicleId, QStringLiteral("V-17"));
    QCOMPARE(p.route.plate, QStringLiteral("VX-123-B"));
    QCOMPARE(p.route.crew.size(), 2);
    QCOMPARE(p.route.crew.at(1).id, QStringLiteral("P-2"));
    QCOMPARE(p.route.crew.at(1).name, QStringLiteral("Daan"));
    QCOMPARE(p.route.plannedStart, msAt(8, 0));
    QCOMPARE(p.route.geometry.size(), 2);
    QCOMPARE(p.route.geometry.at(1), QPointF(5.1214, 52.0907)); // (lon, lat)
    QCOMPARE(p.route.stopCount, 2);
    QCOMPARE(p.stops.size(), 2);

    const Stop &a = p.stops.at(0);
    QCOMPARE(a.id, QStringLiteral("S-1"));
    QCOMPARE(a.routeId, R);
    QCOMPARE(a.seq, 1);
    QCOMPARE(a.customer.id, QStringLiteral("C-1"));
    QCOMPARE(a.customer.name, QStringLiteral("Anna de Vries"));
    QCOMPARE(a.customer.street, QStringLiteral("Oudegracht"));
    QCOMPARE(a.customer.houseNumber, QStringLiteral("12a"));
    QCOMPARE(a.customer.postcode, QStringLiteral("3511 AB"));
    QCOMPARE(a.customer.city, QStringLiteral("Utrecht"));
    QCOMPARE(a.customer.lat, 52.0907);
    QCOMPARE(a.customer.lon, 5.1214);
    QCOMPARE(a.customer.phone, QStringLiteral("+31612345678"));
    QCOMPARE(a.customer.email, QString());
    QCOMPARE(a.customer.language, QStringLiteral("nl"));
    QCOMPARE(a.clientId, QStringLiteral("CL-1"));
    QCOMPARE(a.clientName, QStringLiteral("Witgoed Online"));
    QCOMPARE(a.productType, QStringLiteral("washing_machine"));
    QCOMPARE(a.productDescription, QStringLiteral("Wasmachine 8 kg"));
    QCOMPARE(a.productModel, QStringLiteral("WM-800"));
    QCOMPARE(a.services, QStringList({QStringLiteral("deliver"), QStringLiteral("install"),
                                      QStringLiteral("take_back")}));
    QCOMPARE(a.windowStart, msAt(9, 0));
    QCOMPARE(a.windowEnd, msAt(11, 0));
    QCOMPARE(a.plannedArrival, msAt(9, 30));
    QCOMPARE(a.serviceMin, 20.0);
    QCOMPARE(a.attempt, 1);
    QCOMPARE(a.previousStop, QString());
    QCOMPARE(a.arrivedAt, 0);
    QCOMPARE(a.completedAt, 0);

    const Stop &b = p.stops.at(1);
    QCOMPARE(b.seq, 2);
    QCOMPARE(b.plannedArrival, msAt(10, 15));
    QCOMPARE(b.customer.houseNumber, QStringLiteral("7"));
    QCOMPARE(b.customer.language, QStringLiteral("en"));
    QCOMPARE(b.attempt, 2);
    QCOMPARE(b.previousStop, QStringLiteral("S-OLD"));
    QCOMPARE(b.productModel, QString());
}

void TestFeedParser::positionValues()
{
    QJsonObject o =
        position(QStringLiteral("e-1"), at(9, 14, 5), QStringLiteral("V-17"), 52.0907, 5.1214);
    o.insert(QStringLiteral("accuracy_m"), 12.5);
    Feed::Event e = parsed(line(o));
    const auto &p = std::get<Feed::Position>(e.payload);
    QCOMPARE(p.vehicle, QStringLiteral("V-17"));
    QCOMPARE(p.lat, 52.0907);
    QCOMPARE(p.lon, 5.1214);
    QCOMPARE(p.speedKmh, 43.0);
    QCOMPARE(p.headingDeg, 270.0);
    QCOMPARE(p.accuracyM, 12.5);

    e = parsed(
        line(without(without(o, QStringLiteral("speed_kmh")), QStringLiteral("accuracy_m"))));
    const auto &q = std::get<Feed::Position>(e.payload);
    QCOMPARE(q.speedKmh, -1.0); // absent
    QCOMPARE(q.accuracyM, -1.0);
    QCOMPARE(q.headingDeg, 270.0);
}

void TestFeedParser::stopValues()
{
    Feed::Event e = parsed(line(arrived(QStringLiteral("e-1"), at(9, 20), QStringLiteral("S-1"), R,
                                        QStringLiteral("V-3"))));
    QCOMPARE(e.type, EventType::StopArrived);
    const auto &a = std::get<Feed::StopArrival>(e.payload);
    QCOMPARE(a.stop, QStringLiteral("S-1"));
    QCOMPARE(a.route, R);
    QCOMPARE(a.vehicle, QStringLiteral("V-3"));

    e = parsed(line(completed(QStringLiteral("e-2"), at(9, 40), QStringLiteral("S-1"), R,
                              QStringLiteral("not_home"))));
    const auto &c = std::get<Feed::StopCompletion>(e.payload);
    QCOMPARE(c.stop, QStringLiteral("S-1"));
    QCOMPARE(c.route, R);
    QCOMPARE(c.vehicle, QStringLiteral("V-17"));
    QCOMPARE(c.outcome, Domain::Outcome::NotHome);
    QCOMPARE(c.servicesDone, QStringList({QStringLiteral("deliver"), QStringLiteral("install")}));
    QCOMPARE(c.note, QStringLiteral("Oude machine meegenomen"));

    const QStringList outcomes = {QStringLiteral("delivered"),     QStringLiteral("not_home"),
                                  QStringLiteral("refused"),       QStringLiteral("damaged"),
                                  QStringLiteral("wrong_product"), QStringLiteral("incomplete")};
    for (const QString &key : outcomes) {
        e = parsed(
            line(completed(QStringLiteral("e-3"), at(9, 40), QStringLiteral("S-1"), R, key)));
        QCOMPARE(Domain::outcomeKey(std::get<Feed::StopCompletion>(e.payload).outcome), key);
    }

    e = parsed(line(routeMark(QStringLiteral("route.finished"), QStringLiteral("e-4"), at(17, 0), R,
                              QStringLiteral("V-9"))));
    const auto &m = std::get<Feed::RouteMark>(e.payload);
    QCOMPARE(m.route, R);
    QCOMPARE(m.vehicle, QStringLiteral("V-9"));
}

void TestFeedParser::statusValues()
{
    const QStringList keys = {QStringLiteral("breakdown"), QStringLiteral("repaired"),
                              QStringLiteral("break_start"), QStringLiteral("break_end")};
    for (const QString &key : keys) {
        const Feed::Event e =
            parsed(line(status(QStringLiteral("e-1"), at(11, 0), QStringLiteral("V-17"), key)));
        const auto &s = std::get<Feed::StatusChange>(e.payload);
        QCOMPARE(Domain::vehicleStatusKey(s.status), key);
        QCOMPARE(s.vehicle, QStringLiteral("V-17"));
        QCOMPARE(s.note, QStringLiteral("Lekke band"));
        QCOMPARE(s.expectedMinutes, 45.0);
    }
    const Feed::Event e =
        parsed(line(without(status(QStringLiteral("e-1"), at(11, 0), QStringLiteral("V-17"),
                                   QStringLiteral("break_end")),
                            QStringLiteral("expected_minutes"))));
    QCOMPARE(std::get<Feed::StatusChange>(e.payload).expectedMinutes, -1.0);
}

void TestFeedParser::reviewValues()
{
    const Feed::Event e =
        parsed(line(review(QStringLiteral("e-1"), at(18, 2, 11), QStringLiteral("RV-88123"),
                           QStringLiteral("S-1"), 9)));
    const auto &r = std::get<Review>(e.payload);
    QCOMPARE(r.id, QStringLiteral("RV-88123"));
    QCOMPARE(r.stopId, QStringLiteral("S-1"));
    QCOMPARE(r.score, 9);
    QCOMPARE(r.comment, QStringLiteral("Heel vriendelijk"));
    QCOMPARE(r.language, QStringLiteral("nl"));
    QCOMPARE(r.channel, QStringLiteral("email"));
    QCOMPARE(r.receivedAt, msAt(18, 2, 11));
}

void TestFeedParser::warningValues()
{
    Feed::Event e = parsed(line(warning(QStringLiteral("e-1"), at(5, 0), QStringLiteral("W-1"))));
    const auto &w = std::get<WeatherWarning>(e.payload);
    QCOMPARE(w.id, QStringLiteral("W-1"));
    QCOMPARE(w.kind, QStringLiteral("snow"));
    QCOMPARE(w.severity, QStringLiteral("orange"));
    QCOMPARE(w.from, msAt(6, 0));
    QCOMPARE(w.to, msAt(18, 0));
    QVERIFY(w.hasBox);
    QCOMPARE(w.minLon, 4.5);
    QCOMPARE(w.minLat, 51.8);
    QCOMPARE(w.maxLon, 5.5);
    QCOMPARE(w.maxLat, 52.3);
    QVERIFY(w.postcodePrefixes.isEmpty());

    e = parsed(line(with(warning(QStringLiteral("e-2"), at(5, 0), QStringLiteral("W-2")),
                         QStringLiteral("area"),
                         QJsonObject{{QStringLiteral("postcodes"),
                                      QJsonArray{QStringLiteral("35"), QStringLiteral("3611")}}})));
    const auto &p = std::get<WeatherWarning>(e.payload);
    QVERIFY(!p.hasBox);
    QCOMPARE(p.postcodePrefixes, QStringList({QStringLiteral("35"), QStringLiteral("3611")}));
}

void TestFeedParser::rejectionKeepsIdAndType()
{
    // Once id and type are readable, the rejection carries them for the inspector.
    FeedParser::Result result = FeedParser::parse(line(with(
        review(QStringLiteral("e-77"), at(9, 0), QStringLiteral("RV-1"), QStringLiteral("S-1"), 3),
        QStringLiteral("score"), 12)));
    auto *r = std::get_if<Feed::Rejection>(&result);
    QVERIFY(r);
    QCOMPARE(r->eventId, QStringLiteral("e-77"));
    QCOMPARE(r->type, QStringLiteral("review.received"));
    QCOMPARE(r->field, QStringLiteral("score"));

    result = FeedParser::parse(
        line(with(position(QStringLiteral("e-78"), at(9, 0), QStringLiteral("V-1"), 52, 5),
                  QStringLiteral("type"), QStringLiteral("vehicle.flying"))));
    r = std::get_if<Feed::Rejection>(&result);
    QVERIFY(r);
    QCOMPARE(r->eventId, QStringLiteral("e-78"));
    QCOMPARE(r->type, QStringLiteral("vehicle.flying"));
    QVERIFY(r->reason.contains(QStringLiteral("vehicle.flying")));

    // A raw control character: the reason says what and where, id and type are kept.
    result =
        FeedParser::parse(QByteArray(line(review(QStringLiteral("e-79"), at(9, 0),
                                                 QStringLiteral("RV-2"), QStringLiteral("S-1"), 8)))
                              .replace("Heel vriendelijk", "Heel\x07vriendelijk"));
    r = std::get_if<Feed::Rejection>(&result);
    QVERIFY(r);
    QCOMPARE(r->eventId, QStringLiteral("e-79"));
    QCOMPARE(r->type, QStringLiteral("review.received"));
    QCOMPARE(r->field, QStringLiteral("comment"));
    QVERIFY2(r->reason.contains(QStringLiteral("control character")), qPrintable(r->reason));
    QVERIFY2(r->reason.contains(QStringLiteral("\\u0007")), qPrintable(r->reason));

    // Control characters escaped as JSON asks are fine.
    result = FeedParser::parse(line(with(
        review(QStringLiteral("e-80"), at(9, 0), QStringLiteral("RV-3"), QStringLiteral("S-1"), 8),
        QStringLiteral("comment"), QStringLiteral("Twee\nregels\tmet tab"))));
    QVERIFY(std::holds_alternative<Feed::Event>(result));
    QCOMPARE(std::get<Review>(std::get<Feed::Event>(result).payload).comment,
             QStringLiteral("Twee\nregels\tmet tab"));

    result = FeedParser::parse("[]");
    r = std::get_if<Feed::Rejection>(&result);
    QVERIFY(r);
    QVERIFY(r->eventId.isEmpty());
    QVERIFY(r->type.isEmpty());
}

void TestFeedParser::controlCharacterAnywhereInAString()
{
    // Whatever its place in the line (the scan reads eight bytes at a time),
    // every control character from U+0000 to U+001F in a string is found.
    const QByteArray good =
        line(with(position(QStringLiteral("e-1"), at(9, 0), QStringLiteral("V-1"), 52, 5),
                  QStringLiteral("vehicle"), QStringLiteral("V-abcdefghijklmnopq")));
    QVERIFY(std::holds_alternative<Feed::Event>(FeedParser::parse(good)));
    const qsizetype first = good.indexOf("V-abc") + 2;
    for (qsizetype at = first; at < first + 17; ++at) {
        for (int c = 0; c < 0x20; c += (at == first ? 1 : 7)) {
            QByteArray bad = good;
            bad[at] = char(c);
            const FeedParser::Result result = FeedParser::parse(bad);
            const auto *r = std::get_if<Feed::Rejection>(&result);
            QVERIFY2(r, qPrintable(QStringLiteral("byte %1 at %2").arg(c).arg(at)));
            QCOMPARE(r->field, QStringLiteral("vehicle"));
        }
    }
}

void TestFeedParser::blankLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("blank");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("spaces") << QByteArray("   ") << true;
    QTest::newRow("tabs and CR") << QByteArray("\t \r") << true;
    QTest::newRow("a brace") << QByteArray(" {") << false;
    QTest::newRow("a letter") << QByteArray("x") << false;
}

void TestFeedParser::blankLines()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, blank);
    QCOMPARE(FeedParser::isBlank(line), blank);
}

void TestFeedParser::lineAtTheSizeLimit()
{
    // Exactly 1 MiB is allowed; one byte more is not.
    const QJsonObject pos = position(QStringLiteral("e-1"), at(9, 0), QStringLiteral("V-1"), 52, 5);
    const qsizetype base = line(with(pos, QStringLiteral("padding"), QString())).size();
    QByteArray exact = line(
        with(pos, QStringLiteral("padding"), QString(int(FeedParser::MaxLineBytes - base), u'a')));
    QCOMPARE(exact.size(), FeedParser::MaxLineBytes);
    FeedParser::Result result = FeedParser::parse(exact);
    QVERIFY(std::holds_alternative<Feed::Event>(result));

    exact.insert(exact.size() - 2, 'a');
    result = FeedParser::parse(exact);
    QVERIFY(std::holds_alternative<Feed::Rejection>(result));
    QVERIFY(std::get<Feed::Rejection>(result).reason.contains(QStringLiteral("1 MiB")));
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
