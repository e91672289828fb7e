// FeedParser's shortcut for the most common line (a plain vehicle.position
// event) against the full JSON reader: wherever the shortcut reads a line it
// gives exactly the full reader's event, and every other line, valid or not,
// is left to the full reader, so parse() gives the same result or the same
// rejection as before.

#include "feed/feedparser.h"
#include "feedinvariants.h"
#include "simulator/daysimulator.h"

#include <QTest>

namespace {

const QByteArray Example =
    R"({"v":1,"id":"e-000001","type":"vehicle.position","ts":"2026-11-23T09:14:05+01:00",)"
    R"("vehicle":"V-17","lat":52.0907,"lon":5.1214,"speed_kmh":43,"heading_deg":270})";

// The same result, field by field (doubles bit for bit), as text for a failure.
QString describe(const FeedParser::Result &r)
{
    if (const auto *rejection = std::get_if<Feed::Rejection>(&r))
        return QStringLiteral("rejected: [%1] [%2] id=%3 type=%4")
            .arg(rejection->field, rejection->reason, rejection->eventId, rejection->type);
    const Feed::Event &e = std::get<Feed::Event>(r);
    QString text = QStringLiteral("event %1 %2 %3").arg(Feed::typeKey(e.type), e.id).arg(e.ts);
    if (const auto *p = std::get_if<Feed::Position>(&e.payload)) {
        text += QStringLiteral(" %1").arg(p->vehicle);
        for (double v : {p->lat, p->lon, p->speedKmh, p->headingDeg, p->accuracyM})
            text += QLatin1Char(' ') + QString::number(v, 'g', 17) +
                    (std::signbit(v) ? QStringLiteral("(-)") : QString());
    }
    return text;
}

} // namespace

class TestFeedParserQuick : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPlainPositions_data();
    void readsPlainPositions();
    void leavesTheRestToTheFullReader_data();
    void leavesTheRestToTheFullReader();
    void everyMutationAgrees();
    void simulatedDayAgrees();
};

void TestFeedParserQuick::readsPlainPositions_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("feed contract example") << Example;
    QTest::newRow("all optional fields")
        << QByteArray(R"({"v":1,"id":"e-2","type":"vehicle.position","ts":"2026-11-23T09:14:05Z",)"
                      R"("vehicle":"V-1","lat":52.12345,"lon":4.5,"speed_kmh":0,)"
                      R"("heading_deg":359,"accuracy_m":8})");
    QTest::newRow("no optional fields")
        << QByteArray(R"({"v":1,"id":"e-3","type":"vehicle.position",)"
                      R"("ts":"2026-11-23T09:14:05.250+01:00","vehicle":"V-1","lat":0,"lon":0})");
    QTest::newRow("fields in another order")
        << QByteArray(R"({"lon":5.1,"vehicle":"V-1","lat":52,"ts":"2026-11-23T09:14:05+01:00",)"
                      R"("type":"vehicle.position","id":"e-4","v":1})");
    QTest::newRow("white space between tokens")
        << QByteArray("{ \"v\" : 1 ,\t\"id\": \"e-5\", \"type\": \"vehicle.position\", "
                      "\"ts\": \"2026-11-23T09:14:05+01:00\", \"vehicle\": \"V-1\", "
                      "\"lat\": 52.1, \"lon\": 5.1 }  ");
    QTest::newRow("limits") << QByteArray(
        R"({"v":1,"id":"e-6","type":"vehicle.position","ts":"2026-11-23T09:14:05Z",)"
        R"("vehicle":"V-1","lat":-90,"lon":180,"speed_kmh":400,"heading_deg":360,)"
        R"("accuracy_m":1000000})");
    QTest::newRow("negative zeros")
        << QByteArray(R"({"v":1,"id":"e-7","type":"vehicle.position","ts":"2026-11-23T09:14:05Z",)"
                      R"("vehicle":"V-1","lat":-0,"lon":-0.0,"speed_kmh":0.0})");
    QTest::newRow("version written 1.0")
        << QByteArray(R"({"v":1.0,"id":"e-8","type":"vehicle.position",)"
                      R"("ts":"2026-11-23T09:14:05Z","vehicle":"V-1","lat":1,"lon":2})");
    QTest::newRow("many decimals")
        << QByteArray(R"({"v":1,"id":"e-9","type":"vehicle.position","ts":"2026-11-23T09:14:05Z",)"
                      R"("vehicle":"V-1","lat":52.09070000000000001,"lon":0.30000000000000004})");
    QTest::newRow("longest id and vehicle")
        << QByteArray(R"({"v":1,"id":")" + QByteArray(128, 'i') +
                      R"(","type":"vehicle.position","ts":"2026-11-23T09:14:05Z","vehicle":")" +
                      QByteArray(128, 'v') + R"(","lat":1,"lon":2})");
}

void TestFeedParserQuick::readsPlainPositions()
{
    QFETCH(QByteArray, line);
    const std::optional<Feed::Event> quick = FeedParser::parseQuick(line);
    QVERIFY2(quick.has_value(), "the shortcut left a plain position line to the full reader");
    const QString differ = FeedInvariants::quickDisagreement(line);
    QVERIFY2(differ.isEmpty(), qPrintable(differ));
    QCOMPARE(describe(FeedParser::parse(line)), describe(FeedParser::parseFully(line)));
    QVERIFY(std::holds_alternative<Feed::Event>(FeedParser::parse(line)));
}

void TestFeedParserQuick::leavesTheRestToTheFullReader_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    auto position = [](const QByteArray &fields) {
        return QByteArray(R"({"v":1,"id":"e-1","type":"vehicle.position",)"
                          R"("ts":"2026-11-23T09:14:05+01:00",)") +
               fields + '}';
    };
    // Valid, but not plain enough for the shortcut.
    QTest::newRow("escaped vehicle") << position(R"("vehicle":"V-\u0031","lat":1,"lon":2)") << true;
    QTest::newRow("escaped quote") << position(R"("vehicle":"V-\"1","lat":1,"lon":2)") << true;
    QTest::newRow("non-ASCII vehicle")
        << position("\"vehicle\":\"V-\xc3\xa9\",\"lat\":1,\"lon\":2") << true;
    QTest::newRow("null optional")
        << position(R"("vehicle":"V-1","lat":1,"lon":2,"speed_kmh":null)") << true;
    QTest::newRow("exponent") << position(R"("vehicle":"V-1","lat":5.2e1,"lon":2)") << true;
    QTest::newRow("unknown field")
        << position(R"("vehicle":"V-1","lat":1,"lon":2,"driver":"x")") << true;
    QTest::newRow("nested field") << position(
                                         R"("vehicle":"V-1","lat":1,"lon":2,"extra":{"a":[1,2]})")
                                  << true;
    QTest::newRow("repeated field")
        << position(R"("vehicle":"V-1","lat":1,"lat":3,"lon":2)") << true;
    QTest::newRow("byte-order mark") << "\xef\xbb\xbf" + Example << true;
    QTest::newRow("leading space") << " " + Example << true;
    QTest::newRow("sixteen-digit integer")
        << position(R"("vehicle":"V-1","lat":1,"lon":2,"accuracy_m":1000000000000000)") << false;
    QTest::newRow("other type")
        << QByteArray(R"({"v":1,"id":"e-1","type":"stop.arrived","ts":"2026-11-23T09:14:05Z",)"
                      R"("stop":"S-1","route":"R-1","vehicle":"V-1"})")
        << true;
    // Not valid: the full reader's rejection stands.
    QTest::newRow("lat out of range") << position(R"("vehicle":"V-1","lat":90.5,"lon":2)") << false;
    QTest::newRow("lon out of range")
        << position(R"("vehicle":"V-1","lat":9,"lon":-180.01)") << false;
    QTest::newRow("negative speed")
        << position(R"("vehicle":"V-1","lat":1,"lon":2,"speed_kmh":-1)") << false;
    QTest::newRow("heading past 360")
        << position(R"("vehicle":"V-1","lat":1,"lon":2,"heading_deg":360.5)") << false;
    QTest::newRow("lat as string") << position(R"("vehicle":"V-1","lat":"52","lon":2)") << false;
    QTest::newRow("vehicle as number") << position(R"("vehicle":17,"lat":1,"lon":2)") << false;
    QTest::newRow("missing lat") << position(R"("vehicle":"V-1","lon":2)") << false;
    QTest::newRow("missing vehicle") << position(R"("lat":1,"lon":2)") << false;
    QTest::newRow("empty vehicle") << position(R"("vehicle":"","lat":1,"lon":2)") << false;
    QTest::newRow("vehicle too long")
        << position(R"("vehicle":")" + QByteArray(129, 'v') + R"(","lat":1,"lon":2)") << false;
    QTest::newRow("id too long")
        << QByteArray(R"({"v":1,"id":")" + QByteArray(129, 'i') +
                      R"(","type":"vehicle.position","ts":"2026-11-23T09:14:05Z","vehicle":"V",)"
                      R"("lat":1,"lon":2})")
        << false;
    QTest::newRow("version 2")
        << QByteArray(R"({"v":2,"id":"e-1","type":"vehicle.position","ts":"2026-11-23T09:14:05Z",)"
                      R"("vehicle":"V-1","lat":1,"lon":2})")
        << false;
    QTest::newRow("time without offset")
        << QByteArray(R"({"v":1,"id":"e-1","type":"vehicle.position","ts":"2026-11-23T09:14:05",)"
                      R"("vehicle":"V-1","lat":1,"lon":2})")
        << false;
    QTest::newRow("raw tab in vehicle")
        << position("\"vehicle\":\"V\t1\",\"lat\":1,\"lon\":2") << false;
    QTest::newRow("leading zero") << position(R"("vehicle":"V-1","lat":01,"lon":2)") << false;
    // Qt's reader takes "1." for 1: the full reader's verdict stands either way.
    QTest::newRow("bare point") << position(R"("vehicle":"V-1","lat":1.,"lon":2)") << true;
    QTest::newRow("bare minus") << position(R"("vehicle":"V-1","lat":-,"lon":2)") << false;
    QTest::newRow("trailing comma") << position(R"("vehicle":"V-1","lat":1,"lon":2,)") << false;
    QTest::newRow("trailing garbage") << Example + "x" << false;
    QTest::newRow("two objects") << Example + Example << false;
    QTest::newRow("truncated") << Example.left(Example.size() - 1) << false;
    QTest::newRow("empty object") << QByteArray("{}") << false;
}

void TestFeedParserQuick::leavesTheRestToTheFullReader()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QVERIFY(!FeedParser::parseQuick(line).has_value());
    const FeedParser::Result result = FeedParser::parse(line);
    QCOMPARE(describe(result), describe(FeedParser::parseFully(line)));
    QCOMPARE(std::holds_alternative<Feed::Event>(result), valid);
}

// Every line one edit away from a plain position line (a byte left out,
// replaced or the line cut short): the shortcut and the full reader agree.
void TestFeedParserQuick::everyMutationAgrees()
{
    const QByteArray base =
        R"({"v":1,"id":"e-1","type":"vehicle.position","ts":"2026-11-23T09:14:05+01:00",)"
        R"("vehicle":"V-1","lat":-52.5,"lon":0.25,"speed_kmh":12,"accuracy_m":7.5})";
    const QByteArray replacements("\"\\,:{}[]0159-+.eE xn\t\x01\x7f\xc3");
    QList<QByteArray> lines;
    for (qsizetype i = 0; i < base.size(); ++i) {
        lines.append(base.left(i));
        lines.append(base.left(i) + base.mid(i + 1));
        for (char c : replacements) {
            QByteArray changed = base;
            changed[i] = c;
            lines.append(changed);
            lines.append(base.left(i) + c + base.mid(i));
        }
    }
    int quick = 0, events = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        const QString differ = FeedInvariants::quickDisagreement(line);
        QVERIFY2(differ.isEmpty(),
                 qPrintable(differ + QStringLiteral("\nline: ") + QString::fromLatin1(line)));
        const FeedParser::Result result = FeedParser::parse(line);
        QCOMPARE(describe(result), describe(FeedParser::parseFully(line)));
        quick += FeedParser::parseQuick(line).has_value();
        events += std::holds_alternative<Feed::Event>(result);
    }
    // Both kinds occur: many edits keep the line valid, many break it.
    QVERIFY2(quick > 100, qPrintable(QString::number(quick)));
    QVERIFY(events >= quick);
    QVERIFY(lines.size() - events > 1000);
}

void TestFeedParserQuick::simulatedDayAgrees()
{
    SimulationParams params;
    params.date = QDate(2026, 11, 23);
    params.seed = 7;
    params.vans = 4;
    params.hubs = 1;
    int positions = 0, quick = 0;
    for (const FeedLine &l : DaySimulator::generate(params)) {
        const QString differ = FeedInvariants::quickDisagreement(l.json);
        QVERIFY2(differ.isEmpty(), qPrintable(differ));
        const bool isPosition = l.json.contains("\"type\":\"vehicle.position\"");
        positions += isPosition;
        if (FeedParser::parseQuick(l.json)) {
            QVERIFY(isPosition);
            ++quick;
        } else {
            QCOMPARE(describe(FeedParser::parse(l.json)), describe(FeedParser::parseFully(l.json)));
        }
    }
    // Every position the simulator writes is plain: the shortcut reads them all.
    QVERIFY(positions > 100);
    QCOMPARE(quick, positions);
}

QTEST_GUILESS_MAIN(TestFeedParserQuick)
#include "tst_feedparserquick.moc"
