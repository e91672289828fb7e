#include "replanscenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ReplanScenario;

// voorzet-cli replan, run as a child process on a store made by the test and
// on a simulated day cut off at its breakdown.
class TestReplanCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsTheRescueAsJson();
    void defaultsToTheNewestEvent();
    void badUseIsReported_data();
    void badUseIsReported();
    void rescuesABreakdownOfASimulatedDay();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    Run cli(const QStringList &args);
    // A store with R-3 broken down at 09:30 and two vans to help; its path.
    QString smallDay(QTemporaryDir &dir);
};

TestReplanCommand::Run TestReplanCommand::cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("VOORZET_BIN_DIR") + QStringLiteral("/voorzet-cli"), args);
    Run run;
    if (!p.waitForFinished(120000))
        return run;
    run.code = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QString TestReplanCommand::smallDay(QTemporaryDir &dir)
{
    OperationFixture fixture(FeedLines::dateTimeAt(6, 0));
    load(fixture,
         {RouteAt{QStringLiteral("R-1"),
                  QStringLiteral("V-1"),
                  QTime(8, 0),
                  {{QStringLiteral("E-1"), km(10, 0)}, {QStringLiteral("E-2"), km(20, 0)}}},
          RouteAt{QStringLiteral("R-2"),
                  QStringLiteral("V-2"),
                  QTime(8, 0),
                  {{QStringLiteral("N-1"), km(0, 10)}, {QStringLiteral("N-2"), km(0, 20)}}},
          RouteAt{QStringLiteral("R-3"),
                  QStringLiteral("V-3"),
                  QTime(8, 0),
                  {{QStringLiteral("X"), km(15, 1)},
                   {QStringLiteral("Y"), km(1, 15)},
                   {QStringLiteral("FAR"), km(150, 0), QTime(9, 0), QTime(10, 0)}}}});
    const Place here = km(1, 1);
    fixture.feed(
        {FeedLines::routeStarted(FeedLines::at(8, 0), QStringLiteral("R-3"), QStringLiteral("V-3")),
         FeedLines::position(FeedLines::at(9, 29), QStringLiteral("V-3"), here.lat, here.lon),
         FeedLines::vehicleStatus(FeedLines::at(9, 30), QStringLiteral("V-3"),
                                  QStringLiteral("breakdown"))});
    // Everything into the main file, so that a copy of it is the whole store.
    fixture.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString path = dir.filePath(QStringLiteral("day.sqlite"));
    QFile::copy(fixture.path() + QStringLiteral("/voorzet.sqlite"), path);
    return path;
}

void TestReplanCommand::printsTheRescueAsJson()
{
    QTemporaryDir dir;
    const QString db = smallDay(dir);
    const Run run = cli({QStringLiteral("replan"), QStringLiteral("--db"), db,
                         QStringLiteral("--route"), QStringLiteral("R-3"), QStringLiteral("--at"),
                         QStringLiteral("2026-11-23T09:45:00+01:00")});
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QStringLiteral("route")).toString(), QStringLiteral("R-3"));
    QCOMPARE(o.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-23T09:45:00+01:00"));
    const QJsonArray receiving = o.value(QStringLiteral("receiving_routes")).toArray();
    QCOMPARE(receiving.size(), 2);
    QSet<QString> received;
    for (const QJsonValue &v : receiving) {
        const QJsonObject r = v.toObject();
        const QJsonArray stops = r.value(QStringLiteral("stops")).toArray();
        QCOMPARE(stops.size(), 3);
        for (const QJsonValue &s : stops) {
            const QJsonObject stop = s.toObject();
            QVERIFY(stop.value(QStringLiteral("eta")).isString());
            QVERIFY(stop.value(QStringLiteral("window_kept")).toBool());
            if (stop.value(QStringLiteral("rescued")).toBool())
                received.insert(stop.value(QStringLiteral("stop")).toString());
        }
        QCOMPARE(r.value(QStringLiteral("windows_broken")).toInt(), 0);
        QVERIFY(r.value(QStringLiteral("added_km")).toDouble() > 0);
        QVERIFY(r.value(QStringLiteral("within_working_day")).toBool());
        QCOMPARE(r.value(QStringLiteral("received")).toArray().size(), 1);
    }
    QCOMPARE(received, (QSet<QString>{QStringLiteral("X"), QStringLiteral("Y")}));
    // FAR (150 km out, promised 09:00-10:00) cannot be kept today.
    const QJsonArray reschedule = o.value(QStringLiteral("reschedule")).toArray();
    QCOMPARE(reschedule.size(), 1);
    const QJsonObject far = reschedule.first().toObject();
    QCOMPARE(far.value(QStringLiteral("stop")).toString(), QStringLiteral("FAR"));
    QCOMPARE(far.value(QStringLiteral("day")).toString(), QStringLiteral("2026-11-24"));
    QVERIFY(far.value(QStringLiteral("to_be_planned")).toBool());
    QCOMPARE(far.value(QStringLiteral("window_start")).toString(),
             QStringLiteral("2026-11-24T08:00:00+01:00"));
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("rescued_stops")).toInt(), 3);
    QCOMPARE(totals.value(QStringLiteral("windows_kept")).toInt(), 2);
    QCOMPARE(totals.value(QStringLiteral("rescheduled")).toInt(), 1);
    QCOMPARE(totals.value(QStringLiteral("late_stops")).toInt(), 0);
}

void TestReplanCommand::defaultsToTheNewestEvent()
{
    QTemporaryDir dir;
    const Run run = cli({QStringLiteral("replan"), QStringLiteral("--db"), smallDay(dir),
                         QStringLiteral("--route"), QStringLiteral("R-3")});
    QCOMPARE(run.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-23T09:30:00+01:00"));
}

void TestReplanCommand::badUseIsReported_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown route") << QStringList{"--route", "R-404"} << 1 << "R-404";
    QTest::newRow("no route") << QStringList{} << 2 << "--route";
    QTest::newRow("bad time") << QStringList{"--route", "R-3", "--at", "9 uur"} << 2 << "--at";
    QTest::newRow("bad lateness") << QStringList{"--route", "R-3", "--max-late", "-5"} << 2
                                  << "--max-late";
}

void TestReplanCommand::badUseIsReported()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run run =
        cli(QStringList{QStringLiteral("replan"), QStringLiteral("--db"), smallDay(dir)} + args);
    QCOMPARE(run.code, code);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const QString missing = dir.filePath(QStringLiteral("nothing-here.sqlite"));
    const Run none = cli({QStringLiteral("replan"), QStringLiteral("--db"), missing,
                          QStringLiteral("--route"), QStringLiteral("R-3")});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains(missing), qPrintable(none.err));
    QVERIFY(!QFile::exists(missing)); // not created by asking
}

void TestReplanCommand::rescuesABreakdownOfASimulatedDay()
{
    QTemporaryDir dir;
    const QString feed = dir.filePath(QStringLiteral("day.ndjson"));
    QCOMPARE(cli({QStringLiteral("simulate"), QStringLiteral("--date"),
                  QStringLiteral("2026-11-23"), QStringLiteral("--seed"), QStringLiteral("5"),
                  QStringLiteral("--vans"), QStringLiteral("40"), QStringLiteral("--out"), feed})
                 .code,
             0);
    // The day as the desk knows it at the moment of the breakdown.
    QFile in(feed);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray upTo;
    QString vehicle;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        upTo += line;
        if (line.contains("\"status\":\"breakdown\"")) {
            vehicle =
                QJsonDocument::fromJson(line).object().value(QStringLiteral("vehicle")).toString();
            break;
        }
    }
    QVERIFY(!vehicle.isEmpty());
    const QString cut = dir.filePath(QStringLiteral("cut.ndjson"));
    QFile out(cut);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(upTo);
    out.close();
    const QString db = dir.filePath(QStringLiteral("day.sqlite"));
    QCOMPARE(cli({QStringLiteral("ingest"), QStringLiteral("--db"), db, cut}).code, 0);
    QString routeId;
    {
        Database database(DatabaseConfig::sqlite(db));
        OperationStore store(database);
        for (const Route &r : store.routes(QStringLiteral("2026-11-23")))
            if (r.vehicleId == vehicle)
                routeId = r.id;
    }
    QVERIFY(!routeId.isEmpty());

    const Run run = cli(
        {QStringLiteral("replan"), QStringLiteral("--db"), db, QStringLiteral("--route"), routeId});
    QCOMPARE(run.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    const int rescued = totals.value(QStringLiteral("rescued_stops")).toInt();
    QVERIFY(rescued > 0);
    // Every rescued stop is received by one route or rescheduled, once.
    QStringList placed;
    for (const QJsonValue &r : o.value(QStringLiteral("receiving_routes")).toArray()) {
        QVERIFY(r.toObject().value(QStringLiteral("within_working_day")).toBool());
        for (const QJsonValue &id : r.toObject().value(QStringLiteral("received")).toArray())
            placed.append(id.toString());
    }
    for (const QJsonValue &r : o.value(QStringLiteral("reschedule")).toArray())
        placed.append(r.toObject().value(QStringLiteral("stop")).toString());
    QCOMPARE(placed.size(), rescued);
    QCOMPARE(QSet<QString>(placed.begin(), placed.end()).size(), rescued);
    QCOMPARE(totals.value(QStringLiteral("windows_kept")).toInt() +
                 totals.value(QStringLiteral("late_stops")).toInt() +
                 totals.value(QStringLiteral("rescheduled")).toInt(),
             rescued);
    qInfo("simulated breakdown of %s: %d stops, %d kept, %d late, %d another day, +%.1f km",
          qPrintable(routeId), rescued, totals.value(QStringLiteral("windows_kept")).toInt(),
          totals.value(QStringLiteral("late_stops")).toInt(),
          totals.value(QStringLiteral("rescheduled")).toInt(),
          totals.value(QStringLiteral("added_km")).toDouble());
}

QTEST_GUILESS_MAIN(TestReplanCommand)
#include "tst_replancommand.moc"
