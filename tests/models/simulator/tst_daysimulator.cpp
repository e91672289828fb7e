// DaySimulator: the same seed gives the same bytes, every line honours the
// feed contract and ingests cleanly, and the day looks like a real one
// (route sizes, windows, crews, punctuality, outcomes, reviews, positions).

#include "core/timeformat.h"
#include "feed/feedingester.h"
#include "feed/feedparser.h"
#include "simulator/daysimulator.h"
#include "storage/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>

namespace {

QVector<FeedLine> day(const char *date, quint64 seed, int vans = 20, int hubs = 3)
{
    SimulationParams p;
    p.date = QDate::fromString(QLatin1String(date), Qt::ISODate);
    p.seed = seed;
    p.vans = vans;
    p.hubs = hubs;
    return DaySimulator::generate(p);
}

QByteArray joined(const QVector<FeedLine> &lines)
{
    QByteArray out;
    for (const FeedLine &l : lines)
        out.append(l.json).append('\n');
    return out;
}

QJsonObject object(const FeedLine &line)
{
    return QJsonDocument::fromJson(line.json).object();
}

qint64 ms(const QJsonValue &v)
{
    return TimeFormat::parseRfc3339(v.toString()).value_or(-1);
}

// What happened at each stop, read back from the lines.
struct StopFacts
{
    QString route;
    qint64 windowStart = 0, windowEnd = 0, arrived = 0, completed = 0;
    QString outcome;
    bool english = false;
};

struct DayFacts
{
    QHash<QString, QList<QJsonObject>> plans; // route -> plans in order
    QHash<QString, StopFacts> stops;
    QList<QJsonObject> reviews;
    QHash<QString, QList<QJsonObject>> positions; // vehicle -> positions in order
    QHash<QString, qint64> started, finished;
    int warnings = 0, breakdowns = 0, repaired = 0;
};

DayFacts facts(const QVector<FeedLine> &lines)
{
    DayFacts f;
    for (const FeedLine &line : lines) {
        const QJsonObject o = object(line);
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("plan.route")) {
            const QString route = o.value(QLatin1String("route")).toString();
            f.plans[route].append(o);
            for (const QJsonValue &v : o.value(QLatin1String("stops")).toArray()) {
                const QJsonObject s = v.toObject();
                StopFacts &facts = f.stops[s.value(QLatin1String("stop")).toString()];
                facts.route = route;
                const QJsonObject w = s.value(QLatin1String("window")).toObject();
                facts.windowStart = ms(w.value(QLatin1String("start")));
                facts.windowEnd = ms(w.value(QLatin1String("end")));
                facts.english = s.value(QLatin1String("customer"))
                                    .toObject()
                                    .value(QLatin1String("language"))
                                    .toString() == QLatin1String("en");
            }
        } else if (type == QLatin1String("stop.arrived")) {
            f.stops[o.value(QLatin1String("stop")).toString()].arrived = line.tsMs;
        } else if (type == QLatin1String("stop.completed")) {
            StopFacts &s = f.stops[o.value(QLatin1String("stop")).toString()];
            s.completed = line.tsMs;
            s.outcome = o.value(QLatin1String("outcome")).toString();
        } else if (type == QLatin1String("review.received")) {
            f.reviews.append(o);
        } else if (type == QLatin1String("vehicle.position")) {
            f.positions[o.value(QLatin1String("vehicle")).toString()].append(o);
        } else if (type == QLatin1String("route.started")) {
            f.started[o.value(QLatin1String("route")).toString()] = line.tsMs;
        } else if (type == QLatin1String("route.finished")) {
            f.finished[o.value(QLatin1String("route")).toString()] = line.tsMs;
        } else if (type == QLatin1String("weather.warning")) {
            ++f.warnings;
        } else if (type == QLatin1String("vehicle.status")) {
            const QString status = o.value(QLatin1String("status")).toString();
            f.breakdowns += status == QLatin1String("breakdown");
            f.repaired += status == QLatin1String("repaired");
        }
    }
    return f;
}

} // namespace

class TestDaySimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameBytes_data();
    void sameSeedSameBytes();
    void otherSeedOrDateOtherBytes();
    void linesAreSortedWithUniqueIds();
    void everyLineParses_data();
    void everyLineParses();
    void ingestsCleanly();
    void timestampsOnTheDayInAmsterdamTime_data();
    void timestampsOnTheDayInAmsterdamTime();
    void plansLookReal();
    void stopEventsFollowThePlan();
    void punctualityAndOutcomesArePlausible();
    void reviewsFitWhatHappened();
    void positionsMovePlausibly();
    void replansKeepWhatHappened();
    void crewsAndPlatesAreStablePerSeed();
    void weatherAndBreakdownsHappenSometimes();
    void fiveHundredVansIsQuick();
};

void TestDaySimulator::sameSeedSameBytes_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("vans");
    QTest::addColumn<int>("hubs");
    QTest::newRow("winter weekday") << "2026-11-26" << quint64(1) << 10 << 3;
    QTest::newRow("summer, big seed")
        << "2026-07-14" << quint64(18446744073709551615ULL) << 25 << 5;
    QTest::newRow("one van, twelve hubs asked") << "2026-02-03" << quint64(42) << 1 << 12;
}

void TestDaySimulator::sameSeedSameBytes()
{
    QFETCH(QString, date);
    QFETCH(quint64, seed);
    QFETCH(int, vans);
    QFETCH(int, hubs);
    const QByteArray a = joined(day(qPrintable(date), seed, vans, hubs));
    const QByteArray b = joined(day(qPrintable(date), seed, vans, hubs));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a.size(), b.size());
    QVERIFY(a == b);
}

void TestDaySimulator::otherSeedOrDateOtherBytes()
{
    const QByteArray base = joined(day("2026-11-26", 1));
    QVERIFY(base != joined(day("2026-11-26", 2)));
    QVERIFY(base != joined(day("2026-11-27", 1)));
    QVERIFY(base != joined(day("2026-11-26", 1, 21)));
}

void TestDaySimulator::linesAreSortedWithUniqueIds()
{
    const QVector<FeedLine> lines = day("2026-11-26", 3, 30);
    QSet<QString> ids;
    QSet<QString> reviewIds;
    qint64 previous = 0;
    for (const FeedLine &line : lines) {
        QVERIFY(line.tsMs >= previous);
        previous = line.tsMs;
        QVERIFY(!line.json.contains('\n'));
        const QJsonObject o = object(line);
        const QString id = o.value(QLatin1String("id")).toString();
        QVERIFY2(id.startsWith(QLatin1String("e-20261126-")), qPrintable(id));
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
        // tsMs is the line's own time stamp.
        QCOMPARE(ms(o.value(QLatin1String("ts"))), line.tsMs);
        if (o.value(QLatin1String("type")).toString() == QLatin1String("review.received")) {
            const QString review = o.value(QLatin1String("review")).toString();
            QVERIFY(!reviewIds.contains(review));
            reviewIds.insert(review);
        }
    }
    QCOMPARE(ids.size(), lines.size());
}

void TestDaySimulator::everyLineParses_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("november") << "2026-11-26" << quint64(7);
    QTest::newRow("summer clock change day") << "2026-03-29" << quint64(8);
    QTest::newRow("winter clock change day") << "2026-10-25" << quint64(9);
    QTest::newRow("january") << "2027-01-12" << quint64(10);
    QTest::newRow("leap day") << "2028-02-29" << quint64(11);
}

void TestDaySimulator::everyLineParses()
{
    QFETCH(QString, date);
    QFETCH(quint64, seed);
    const QVector<FeedLine> lines = day(qPrintable(date), seed, 40);
    QVERIFY(lines.size() > 1000);
    QSet<QString> types;
    for (const FeedLine &line : lines) {
        const FeedParser::Result result = FeedParser::parse(line.json);
        if (const auto *rejection = std::get_if<Feed::Rejection>(&result))
            QFAIL(qPrintable(rejection->text() + QLatin1String(": ") +
                             QString::fromUtf8(line.json.left(300))));
        types.insert(Feed::typeKey(std::get<Feed::Event>(result).type));
        // The fast formatter agrees with the core's own.
        const QString ts = object(line).value(QLatin1String("ts")).toString();
        QCOMPARE(TimeFormat::toRfc3339(line.tsMs), ts);
    }
    for (const char *type : {"plan.route", "route.started", "route.finished", "vehicle.position",
                             "stop.arrived", "stop.completed", "vehicle.status", "review.received"})
        QVERIFY2(types.contains(QLatin1String(type)), type);
}

void TestDaySimulator::ingestsCleanly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QVector<FeedLine> lines = day("2026-11-26", 12, 40);
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("day.sqlite"))));
    FeedIngester ingester(db, nullptr);
    ingester.setSourceName(QStringLiteral("simulator"));
    QList<QByteArray> batch;
    for (const FeedLine &line : lines) {
        batch.append(line.json);
        if (batch.size() == 5000) {
            ingester.ingest(batch);
            batch.clear();
        }
    }
    ingester.ingest(batch);
    const IngestSummary &total = ingester.total();
    QCOMPARE(total.rejected(), 0);
    QCOMPARE(total.lines, qint64(lines.size()));
    QCOMPARE(total.applied + total.released, qint64(lines.size()));
    QCOMPARE(total.duplicates, 0);
    QCOMPARE(total.stale, 0);
    QCOMPARE(ingester.pendingInStore(), 0);

    // Replaying the same day changes nothing: every event is a duplicate.
    QList<QByteArray> all;
    for (const FeedLine &line : lines)
        all.append(line.json);
    const IngestSummary again = ingester.ingest(all);
    QCOMPARE(again.duplicates, qint64(lines.size()));
    QCOMPARE(again.applied, 0);

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM routes")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 40);
}

void TestDaySimulator::timestampsOnTheDayInAmsterdamTime_data()
{
    QTest::addColumn<QString>("date");
    QTest::newRow("winter time") << "2026-11-26";
    QTest::newRow("summer time") << "2026-06-18";
    QTest::newRow("clock goes forward") << "2026-03-29";
    QTest::newRow("clock goes back") << "2026-10-25";
}

void TestDaySimulator::timestampsOnTheDayInAmsterdamTime()
{
    QFETCH(QString, date);
    const QDate d = QDate::fromString(date, Qt::ISODate);
    const QVector<FeedLine> lines = day(qPrintable(date), 5, 15);
    // Daylight saving time starts and ends at night: the working day has one offset.
    const int offsetSecs = TimeFormat::companyZone().offsetFromUtc(
        QDateTime(d, QTime(12, 0), TimeFormat::companyZone()));
    QVERIFY(offsetSecs == 3600 || offsetSecs == 7200);
    const QByteArray offset =
        offsetSecs == 3600 ? QByteArrayLiteral("+01:00") : QByteArrayLiteral("+02:00");
    for (const FeedLine &line : lines) {
        const QDateTime local =
            QDateTime::fromMSecsSinceEpoch(line.tsMs, TimeFormat::companyZone());
        QCOMPARE(local.date(), d);
        QVERIFY(local.time() >= QTime(5, 0));
        const QString ts = object(line).value(QLatin1String("ts")).toString();
        QVERIFY2(ts.startsWith(date) && ts.endsWith(QString::fromLatin1(offset)), qPrintable(ts));
    }
}

void TestDaySimulator::plansLookReal()
{
    const QVector<FeedLine> lines = day("2026-11-26", 21, 60);
    const DayFacts f = facts(lines);
    QCOMPARE(f.plans.size(), 60);
    QSet<QString> stopIds, vehicles;
    int withModel = 0, stopsSeen = 0, returnVisits = 0, noPhone = 0, english = 0;
    for (auto it = f.plans.cbegin(); it != f.plans.cend(); ++it) {
        const QJsonObject plan = it.value().constFirst();
        const QString route = it.key();
        QVERIFY2(route.startsWith(QLatin1String("R-20261126-")), qPrintable(route));
        QCOMPARE(plan.value(QLatin1String("date")).toString(), QStringLiteral("2026-11-26"));
        QCOMPARE(plan.value(QLatin1String("crew")).toArray().size(), 2);
        const QJsonObject vehicle = plan.value(QLatin1String("vehicle")).toObject();
        vehicles.insert(vehicle.value(QLatin1String("id")).toString());
        const QString plate = vehicle.value(QLatin1String("plate")).toString();
        QVERIFY2(plate.size() == 8 && plate.count(QLatin1Char('-')) == 2, qPrintable(plate));
        const qint64 start = ms(plan.value(QLatin1String("start")));
        const QTime startTime =
            QDateTime::fromMSecsSinceEpoch(start, TimeFormat::companyZone()).time();
        QVERIFY(startTime >= QTime(7, 30) && startTime <= QTime(8, 30));
        QVERIFY(plan.value(QLatin1String("geometry")).toArray().size() >= 2);

        const QJsonArray stops = plan.value(QLatin1String("stops")).toArray();
        QVERIFY2(stops.size() >= 8 && stops.size() <= 16, qPrintable(route));
        qint64 previousPlanned = start;
        const QJsonObject hub = plan.value(QLatin1String("hub")).toObject();
        for (int i = 0; i < stops.size(); ++i) {
            const QJsonObject s = stops.at(i).toObject();
            ++stopsSeen;
            const QString id = s.value(QLatin1String("stop")).toString();
            QVERIFY2(!stopIds.contains(id), qPrintable(id));
            stopIds.insert(id);
            QCOMPARE(s.value(QLatin1String("seq")).toInt(), i + 1);
            const QJsonObject w = s.value(QLatin1String("window")).toObject();
            const qint64 ws = ms(w.value(QLatin1String("start")));
            const qint64 we = ms(w.value(QLatin1String("end")));
            const qint64 hours = (we - ws) / 3600000;
            QVERIFY2(hours >= 2 && hours <= 4 && (we - ws) % 3600000 == 0, qPrintable(id));
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(ws, TimeFormat::companyZone()).time().minute(),
                     0);
            const qint64 planned = ms(s.value(QLatin1String("planned_arrival")));
            QVERIFY2(planned >= ws && planned <= we, qPrintable(id));
            QVERIFY(planned > previousPlanned);
            previousPlanned = planned;
            const double minutes = s.value(QLatin1String("service_min")).toDouble();
            QVERIFY(minutes >= 5 && minutes <= 120);
            const QJsonObject c = s.value(QLatin1String("customer")).toObject();
            const QString postcode = c.value(QLatin1String("postcode")).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^[1-9][0-9]{3} [A-Z]{2}$"))
                         .match(postcode)
                         .hasMatch(),
                     qPrintable(postcode));
            // Customers live within about 60 km of their hub (plus the town's own size).
            const double dLat = (c.value(QLatin1String("lat")).toDouble() -
                                 hub.value(QLatin1String("lat")).toDouble()) *
                                111.2;
            const double dLon = (c.value(QLatin1String("lon")).toDouble() -
                                 hub.value(QLatin1String("lon")).toDouble()) *
                                68.5;
            QVERIFY2(std::sqrt(dLat * dLat + dLon * dLon) < 68, qPrintable(id));
            QVERIFY(!c.value(QLatin1String("name")).toString().isEmpty());
            QVERIFY(!c.value(QLatin1String("street")).toString().isEmpty());
            noPhone += c.value(QLatin1String("phone")).toString().isEmpty();
            english += c.value(QLatin1String("language")).toString() == QLatin1String("en");
            const QStringList services =
                s.value(QLatin1String("services")).toVariant().toStringList();
            QVERIFY(services.contains(QStringLiteral("deliver")));
            if (services.contains(QStringLiteral("assemble")) &&
                s.value(QLatin1String("product"))
                        .toObject()
                        .value(QLatin1String("type"))
                        .toString() == QLatin1String("wardrobe"))
                QVERIFY(minutes >= 35);
            withModel +=
                s.value(QLatin1String("product")).toObject().contains(QLatin1String("model"));
            if (s.value(QLatin1String("attempt")).toInt() > 1) {
                ++returnVisits;
                QVERIFY(s.value(QLatin1String("previous_stop"))
                            .toString()
                            .startsWith(QLatin1String("S-2026")));
                QVERIFY(s.value(QLatin1String("previous_stop")).toString() < id);
            }
        }
    }
    QCOMPARE(vehicles.size(), 60);
    QVERIFY(withModel > stopsSeen / 3 && withModel < stopsSeen);
    QVERIFY(returnVisits > 0 && returnVisits < stopsSeen / 10);
    QVERIFY(noPhone > 0 && noPhone < stopsSeen / 4);
    QVERIFY2(english > stopsSeen / 25 && english < stopsSeen / 5,
             qPrintable(QString::number(english)));
}

void TestDaySimulator::stopEventsFollowThePlan()
{
    const QVector<FeedLine> lines = day("2026-11-26", 22, 40);
    const DayFacts f = facts(lines);
    int visited = 0;
    for (auto it = f.stops.cbegin(); it != f.stops.cend(); ++it) {
        const StopFacts &s = it.value();
        QVERIFY2(!s.route.isEmpty(), qPrintable(it.key()));
        if (s.arrived == 0) {
            QCOMPARE(s.completed, 0); // dropped by a re-plan
            continue;
        }
        ++visited;
        QVERIFY(s.completed > s.arrived);
        QVERIFY(s.arrived > f.started.value(s.route));
        QVERIFY(s.completed < f.finished.value(s.route));
        // A crew does not ring long before the window opens.
        QVERIFY(s.arrived >= s.windowStart - 5 * 60 * 1000);
    }
    QVERIFY(visited > 40 * 8 - 10);
    QCOMPARE(f.started.size(), 40);
    QCOMPARE(f.finished.size(), 40);
}

void TestDaySimulator::punctualityAndOutcomesArePlausible()
{
    const DayFacts f = facts(day("2026-11-26", 23, 300));
    QHash<QString, int> outcomes;
    int visited = 0, late = 0, veryLate = 0;
    for (const StopFacts &s : f.stops) {
        if (s.completed == 0)
            continue;
        ++visited;
        ++outcomes[s.outcome];
        late += s.arrived > s.windowEnd;
        veryLate += s.arrived > s.windowEnd + 30 * 60 * 1000;
    }
    QVERIFY(visited > 2000);
    const double delivered = double(outcomes.value(QStringLiteral("delivered"))) / visited;
    const double notHome = double(outcomes.value(QStringLiteral("not_home"))) / visited;
    QVERIFY2(delivered > 0.85 && delivered < 0.96, qPrintable(QString::number(delivered)));
    QVERIFY2(notHome > 0.02 && notHome < 0.07, qPrintable(QString::number(notHome)));
    for (const char *failure : {"damaged", "wrong_product", "refused", "incomplete"})
        QVERIFY2(outcomes.value(QLatin1String(failure)) > 0, failure);
    // Most stops are on time, some are late, few very late.
    QVERIFY2(late > visited / 50 && late < visited / 6, qPrintable(QString::number(late)));
    QVERIFY(veryLate < late);
}

void TestDaySimulator::reviewsFitWhatHappened()
{
    const DayFacts f = facts(day("2026-11-26", 24, 400));
    QHash<QString, QList<int>> scores;
    int completed = 0, english = 0, englishMatches = 0, empty = 0;
    QSet<QString> comments;
    for (const StopFacts &s : f.stops)
        completed += s.completed > 0;
    for (const QJsonObject &r : f.reviews) {
        const StopFacts s = f.stops.value(r.value(QLatin1String("stop")).toString());
        QVERIFY(s.completed > 0);
        const int score = r.value(QLatin1String("score")).toInt();
        QVERIFY(score >= 0 && score <= 10);
        scores[s.outcome].append(score);
        const bool en = r.value(QLatin1String("language")).toString() == QLatin1String("en");
        english += en;
        englishMatches += en == s.english;
        const QString comment = r.value(QLatin1String("comment")).toString();
        empty += comment.isEmpty();
        comments.insert(comment);
    }
    const double share = double(f.reviews.size()) / completed;
    QVERIFY2(share > 0.28 && share < 0.42, qPrintable(QString::number(share)));
    QCOMPARE(englishMatches, f.reviews.size());
    QVERIFY(english > 0);
    QVERIFY(empty > 0 && empty < f.reviews.size() / 5);
    // Varied texts, not a handful of canned ones.
    QVERIFY2(comments.size() > f.reviews.size() / 3, qPrintable(QString::number(comments.size())));

    auto mean = [&](const char *outcome) {
        const QList<int> list = scores.value(QLatin1String(outcome));
        double sum = 0;
        for (int s : list)
            sum += s;
        return list.isEmpty() ? -1.0 : sum / list.size();
    };
    const double delivered = mean("delivered");
    QVERIFY2(delivered >= 8 && delivered <= 9.5, qPrintable(QString::number(delivered)));
    for (const char *failure : {"damaged", "not_home", "wrong_product", "refused"}) {
        const double m = mean(failure);
        QVERIFY2(m >= 0 && m < delivered - 2, failure);
    }
}

void TestDaySimulator::positionsMovePlausibly()
{
    const DayFacts f = facts(day("2026-11-26", 25, 40));
    QCOMPARE(f.positions.size(), 40);
    int movingAll = 0, all = 0;
    for (auto it = f.positions.cbegin(); it != f.positions.cend(); ++it) {
        const QList<QJsonObject> &list = it.value();
        QVERIFY(list.size() > 100);
        qint64 previous = 0;
        int moving = 0;
        for (const QJsonObject &p : list) {
            const qint64 t = ms(p.value(QLatin1String("ts")));
            QVERIFY2(t > previous, qPrintable(it.key())); // strictly increasing per van
            QVERIFY(previous == 0 || t - previous <= 15 * 60 * 1000);
            previous = t;
            const double lat = p.value(QLatin1String("lat")).toDouble();
            const double lon = p.value(QLatin1String("lon")).toDouble();
            QVERIFY(lat > 50.7 && lat < 53.6 && lon > 3.3 && lon < 7.3); // the Netherlands
            const double speed = p.value(QLatin1String("speed_kmh")).toDouble();
            QVERIFY(speed >= 0 && speed < 140);
            moving += speed > 0;
            if (p.contains(QLatin1String("heading_deg"))) {
                const double h = p.value(QLatin1String("heading_deg")).toDouble();
                QVERIFY(h >= 0 && h < 360);
            }
        }
        QVERIFY(moving > 20);
        movingAll += moving;
        all += list.size();
    }
    // Positions come every 30-60 s on the road and every few minutes at a door.
    QVERIFY2(movingAll > all * 2 / 5 && movingAll < all * 9 / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(movingAll).arg(all)));
}

void TestDaySimulator::replansKeepWhatHappened()
{
    // Enough vans that some routes are re-planned.
    const QVector<FeedLine> lines = day("2026-11-26", 26, 200);
    const DayFacts f = facts(lines);
    int replanned = 0;
    for (auto it = f.plans.cbegin(); it != f.plans.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        ++replanned;
        QCOMPARE(it.value().size(), 2);
        const QJsonObject first = it.value().at(0), second = it.value().at(1);
        const qint64 at = ms(second.value(QLatin1String("ts")));
        QHash<QString, int> seqAfter;
        for (const QJsonValue &v : second.value(QLatin1String("stops")).toArray())
            seqAfter.insert(v.toObject().value(QLatin1String("stop")).toString(),
                            v.toObject().value(QLatin1String("seq")).toInt());
        QVERIFY(seqAfter.size() <= first.value(QLatin1String("stops")).toArray().size());
        for (const QJsonValue &v : first.value(QLatin1String("stops")).toArray()) {
            const QString id = v.toObject().value(QLatin1String("stop")).toString();
            const StopFacts s = f.stops.value(id);
            if (s.arrived > 0 && s.arrived <= at) {
                // What already happened stays, in its place.
                QCOMPARE(seqAfter.value(id), v.toObject().value(QLatin1String("seq")).toInt());
            }
            if (!seqAfter.contains(id))
                QCOMPARE(s.arrived, 0); // a dropped stop is never visited
        }
    }
    QVERIFY2(replanned >= 5, qPrintable(QString::number(replanned)));
}

void TestDaySimulator::crewsAndPlatesAreStablePerSeed()
{
    auto crewOf = [](const QVector<FeedLine> &lines) {
        QHash<QString, QString> byVehicle;
        for (const FeedLine &line : lines) {
            const QJsonObject o = object(line);
            if (o.value(QLatin1String("type")).toString() != QLatin1String("plan.route"))
                continue;
            const QJsonObject v = o.value(QLatin1String("vehicle")).toObject();
            QStringList crew;
            for (const QJsonValue &m : o.value(QLatin1String("crew")).toArray())
                crew << m.toObject().value(QLatin1String("id")).toString() + QLatin1Char('=') +
                            m.toObject().value(QLatin1String("name")).toString();
            byVehicle.insert(v.value(QLatin1String("id")).toString(),
                             v.value(QLatin1String("plate")).toString() + QLatin1Char(' ') +
                                 crew.join(QLatin1Char(',')));
        }
        return byVehicle;
    };
    const auto monday = crewOf(day("2026-11-23", 31, 12));
    const auto tuesday = crewOf(day("2026-11-24", 31, 12));
    QCOMPARE(monday.size(), 12);
    QCOMPARE(monday, tuesday);
    QVERIFY(monday != crewOf(day("2026-11-23", 32, 12)));
    // Names are unique within the company.
    QSet<QString> names;
    for (const QString &entry : monday) {
        for (const QString &member : entry.section(QLatin1Char(' '), 1).split(QLatin1Char(','))) {
            const QString name = member.section(QLatin1Char('='), 1);
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
        }
    }
}

void TestDaySimulator::weatherAndBreakdownsHappenSometimes()
{
    int warningDays = 0, breakdowns = 0, repaired = 0;
    for (int d = 1; d <= 20; ++d) {
        const DayFacts f = facts(day(
            qPrintable(QStringLiteral("2027-01-%1").arg(d, 2, 10, QLatin1Char('0'))), 40 + d, 30));
        warningDays += f.warnings > 0;
        breakdowns += f.breakdowns;
        repaired += f.repaired;
    }
    // A winter month: warnings on some days, not on all.
    QVERIFY2(warningDays >= 3 && warningDays <= 16, qPrintable(QString::number(warningDays)));
    // About one van in thirty breaks down: 20 days of 30 vans.
    QVERIFY2(breakdowns >= 5 && breakdowns <= 45, qPrintable(QString::number(breakdowns)));
    QCOMPARE(repaired, breakdowns);
}

void TestDaySimulator::fiveHundredVansIsQuick()
{
    QElapsedTimer timer;
    timer.start();
    const QVector<FeedLine> lines = day("2026-11-26", 99, 500, 6);
    const qint64 elapsed = timer.elapsed();
    qInfo("500 vans: %lld lines in %lld ms", qint64(lines.size()), elapsed);
    QVERIFY(lines.size() > 100000);
    QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
    QSet<QString> routes;
    for (const FeedLine &line : lines) {
        if (line.json.contains("\"type\":\"route.started\""))
            routes.insert(object(line).value(QLatin1String("route")).toString());
    }
    QCOMPARE(routes.size(), 500);
}

QTEST_GUILESS_MAIN(TestDaySimulator)
#include "tst_daysimulator.moc"
