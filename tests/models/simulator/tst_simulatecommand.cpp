// voorzet-cli simulate as a user runs it: the same seed gives the same bytes,
// --out writes what stdout shows, bad arguments exit with 2, and --serve
// plays the day over a WebSocket to a client that connects in the middle.

#include "simulator/daysimulator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

namespace {

QString cli()
{
    return qEnvironmentVariable("VOORZET_BIN_DIR") + QStringLiteral("/voorzet-cli");
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(cli(), QStringList{QStringLiteral("simulate")} + args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestSimulateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedSameOutput();
    void outFileEqualsStandardOutput();
    void badArgumentsExitWithTwo_data();
    void badArgumentsExitWithTwo();
    void helpExitsWithZero();
    void servesTheDayLive();
};

void TestSimulateCommand::initTestCase()
{
    QVERIFY2(QFileInfo::exists(cli()), qPrintable(cli()));
}

void TestSimulateCommand::sameSeedSameOutput()
{
    const QStringList args = {QStringLiteral("--date"), QStringLiteral("2026-11-26"),
                              QStringLiteral("--seed"), QStringLiteral("17"),
                              QStringLiteral("--vans"), QStringLiteral("12")};
    const Run a = run(args);
    const Run b = run(args);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.exitCode, 0);
    QVERIFY(a.out.count('\n') > 1000);
    QVERIFY(a.out == b.out);
    QVERIFY(a.out.endsWith('\n'));
    const Run other =
        run({QStringLiteral("--date"), QStringLiteral("2026-11-26"), QStringLiteral("--seed"),
             QStringLiteral("18"), QStringLiteral("--vans"), QStringLiteral("12")});
    QCOMPARE(other.exitCode, 0);
    QVERIFY(a.out != other.out);

    // The command writes what the library generates, nothing more.
    SimulationParams params;
    params.date = QDate(2026, 11, 26);
    params.seed = 17;
    params.vans = 12;
    QByteArray expected;
    for (const FeedLine &line : DaySimulator::generate(params))
        expected.append(line.json).append('\n');
    QVERIFY(a.out == expected);
}

void TestSimulateCommand::outFileEqualsStandardOutput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("day.jsonl"));
    const QStringList args = {QStringLiteral("--date"), QStringLiteral("2026-03-02"),
                              QStringLiteral("--seed"), QStringLiteral("3"),
                              QStringLiteral("--vans"), QStringLiteral("4"),
                              QStringLiteral("--hubs"), QStringLiteral("2")};
    const Run toFile = run(args + QStringList{QStringLiteral("--out"), path});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QVERIFY(toFile.err.contains("day.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Run toStdout = run(args);
    QCOMPARE(toStdout.exitCode, 0);
    QVERIFY(file.readAll() == toStdout.out);
}

void TestSimulateCommand::badArgumentsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no such day") << QStringList{"--date", "2026-02-30"} << "--date";
    QTest::newRow("day first") << QStringList{"--date", "26-11-2026"} << "--date";
    QTest::newRow("no vans") << QStringList{"--vans", "0"} << "--vans";
    QTest::newRow("too many vans") << QStringList{"--vans", "2001"} << "--vans";
    QTest::newRow("vans not a number") << QStringList{"--vans", "lots"} << "--vans";
    QTest::newRow("too many hubs") << QStringList{"--hubs", "13"} << "--hubs";
    QTest::newRow("negative seed") << QStringList{"--seed", "-1"} << "--seed";
    QTest::newRow("http instead of ws")
        << QStringList{"--serve", "http://127.0.0.1:8765"} << "--serve";
    QTest::newRow("no port") << QStringList{"--serve", "ws://127.0.0.1"} << "--serve";
    QTest::newRow("port too high") << QStringList{"--serve", "ws://127.0.0.1:70000"} << "--serve";
    QTest::newRow("host name") << QStringList{"--serve", "ws://example.invalid:8765"} << "--serve";
    QTest::newRow("zero speed") << QStringList{"--serve", "ws://127.0.0.1:0", "--speed", "0"}
                                << "--speed";
    QTest::newRow("speed without serve") << QStringList{"--speed", "10"} << "--serve";
    QTest::newRow("bad start") << QStringList{"--serve", "ws://127.0.0.1:0", "--start", "25:99"}
                               << "--start";
    QTest::newRow("out and serve")
        << QStringList{"--serve", "ws://127.0.0.1:0", "--out", "x"} << "--out";
    QTest::newRow("unknown option") << QStringList{"--colour", "blue"} << "colour";
    QTest::newRow("stray argument") << QStringList{"today"} << "today";
}

void TestSimulateCommand::badArgumentsExitWithTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
}

void TestSimulateCommand::helpExitsWithZero()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *option :
         {"--date", "--seed", "--vans", "--hubs", "--out", "--serve", "--speed", "--start"})
        QVERIFY2(r.out.contains(option), option);
}

void TestSimulateCommand::servesTheDayLive()
{
    SimulationParams params;
    params.date = QDate(2026, 11, 26);
    params.seed = 9;
    params.vans = 5;
    QList<QByteArray> expected;
    for (const FeedLine &line : DaySimulator::generate(params))
        expected.append(line.json);

    // From 21:00 to the end of the day at 3000x: a few seconds of real time.
    QProcess server;
    server.start(
        cli(), {QStringLiteral("simulate"), QStringLiteral("--date"), QStringLiteral("2026-11-26"),
                QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--vans"),
                QStringLiteral("5"), QStringLiteral("--serve"), QStringLiteral("ws://127.0.0.1:0"),
                QStringLiteral("--speed"), QStringLiteral("3000"), QStringLiteral("--start"),
                QStringLiteral("21:00"), QStringLiteral("--exit-at-end")});
    QVERIFY(server.waitForStarted());
    QByteArray banner;
    QTRY_VERIFY_WITH_TIMEOUT((banner += server.readAllStandardOutput()).contains('\n'), 20000);
    const QRegularExpressionMatch port =
        QRegularExpression(QStringLiteral("ws://127\\.0\\.0\\.1:(\\d+)"))
            .match(QString::fromUtf8(banner));
    QVERIFY2(port.hasMatch(), banner.constData());
    QVERIFY(banner.contains("21:00"));

    QWebSocket client;
    QList<QByteArray> got;
    connect(&client, &QWebSocket::textMessageReceived, this,
            [&got](const QString &message) { got += message.toUtf8().split('\n'); });
    client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port.captured(1))));
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::ConnectedState, 10000);
    // Everything up to 21:00 at once, then the evening live, without gaps or repeats.
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), expected.size(), 30000);
    QCOMPARE(got, expected);
    QVERIFY(server.waitForFinished(30000));
    const QByteArray err = server.readAllStandardError();
    QVERIFY2(server.exitStatus() == QProcess::NormalExit, err.constData());
    QCOMPARE(server.exitCode(), 0);
}

QTEST_MAIN(TestSimulateCommand)
#include "tst_simulatecommand.moc"
