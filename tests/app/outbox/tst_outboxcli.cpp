#include "gatewaytestserver.h"
#include "noticefixture.h"

#include "notices/incident.h"
#include "notices/noticestore.h"
#include "storage/database.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Notices;

// voorzet-cli incident and outbox, run as child processes against a store
// made by the test and a gateway on a loopback port in this process.
class TestOutboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createListsAffectedStopsAndQueues();
    void rerunQueuesNothingTwice();
    void badArgumentsAreUsageErrors_data();
    void badArgumentsAreUsageErrors();
    void sendDeliversAndExits();
    void sendWithoutGatewayFails();
    void killBetweenSendAndRecordReusesTheKey();
    void exportsFailedMessages();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    QProcessEnvironment environment() const;
    // Runs voorzet-cli and waits for it while this process keeps serving.
    Run cli(const QStringList &args, const QProcessEnvironment &env = {});
    QString cliPath() const;
    QVector<OutboxMessage> messages();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GatewayTestServer> m_server;
    QString m_db;
};

QString TestOutboxCli::cliPath() const
{
    const QString dir = qEnvironmentVariable("VOORZET_BIN_DIR");
    return dir + QStringLiteral("/voorzet-cli");
}

void TestOutboxCli::init()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("store.sqlite"));
    {
        Database db(DatabaseConfig::sqlite(m_db));
        NoticeFixture::fill(db);
    }
    m_server = std::make_unique<GatewayTestServer>();
    QVERIFY(m_server->listen() > 0);
}

void TestOutboxCli::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QProcessEnvironment TestOutboxCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Private settings, and the gateway from the environment (no keychain).
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("VOORZET_GATEWAY_URL"), m_server->url());
    env.insert(QStringLiteral("VOORZET_GATEWAY_SECRET"), QStringLiteral("cli-secret"));
    return env;
}

TestOutboxCli::Run TestOutboxCli::cli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env.isEmpty() ? environment() : env);
    p.start(cliPath(), args);
    Run run;
    if (!p.waitForStarted(10000))
        return run;
    // Not waitForFinished(): the gateway in this process must keep answering.
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

QVector<OutboxMessage> TestOutboxCli::messages()
{
    Database db(DatabaseConfig::sqlite(m_db));
    return NoticeStore(db).messages();
}

void TestOutboxCli::createListsAffectedStopsAndQueues()
{
    const Run r = cli({"incident", "create", "--db", m_db, "--kind", "snow", "--hub", "H-UTR",
                       "--from", "2026-12-01", "--to", "2026-12-01", "--note", "Code oranje"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const char *stop : {"S1", "S2", "S4", "S5"})
        QVERIFY2(r.out.contains(QStringLiteral("  %1 ").arg(QLatin1String(stop))),
                 qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("S8")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Messages queued: 3, already queued before: 0")),
             qPrintable(r.out));
    QCOMPARE(messages().size(), 3);

    const Run pc =
        cli({"incident", "create", "--db", m_db, "--kind", "storm", "--postcodes", "10", "--json"});
    QVERIFY2(pc.code == 0, qPrintable(pc.err));
    QVERIFY2(pc.out.contains(QLatin1String("\"stop\":\"S6\"")), qPrintable(pc.out));
    QVERIFY2(pc.out.contains(QLatin1String("\"stop\":\"S7\"")), qPrintable(pc.out));
    QVERIFY2(pc.out.contains(QLatin1String("\"queued\":2")), qPrintable(pc.out));

    const Run list = cli({"outbox", "--db", m_db});
    QCOMPARE(list.code, 0);
    QCOMPARE(list.out.count(QLatin1String(" queued ")), 4);
    QCOMPARE(list.out.count(QLatin1String(" failed ")), 1); // C6 has no phone or email
}

void TestOutboxCli::rerunQueuesNothingTwice()
{
    const QString id = QStringLiteral("storm-2026-12-01");
    const QStringList args = {"incident", "create", "--db",  m_db,      "--id",
                              id,         "--kind", "storm", "--route", "R1,R2"};
    const Run first = cli(args);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY(first.out.contains(QLatin1String("Messages queued: 3")));
    const Run second = cli({"incident", "create", "--db", m_db, "--id", id});
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains(QLatin1String("Messages queued: 0, already queued before: 3")),
             qPrintable(second.out));
    QCOMPARE(messages().size(), 3);
}

void TestOutboxCli::badArgumentsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList{"incident"};
    QTest::newRow("no kind") << QStringList{"incident", "create", "--route", "R1"};
    QTest::newRow("unknown kind") << QStringList{"incident", "create",  "--kind",
                                                 "hail",     "--route", "R1"};
    QTest::newRow("no scope") << QStringList{"incident", "create", "--kind", "snow"};
    QTest::newRow("bad area") << QStringList{"incident", "create", "--kind",
                                             "snow",     "--area", "5,52;6,52"};
    QTest::newRow("bad time") << QStringList{"incident", "create", "--kind", "snow",
                                             "--route",  "R1",     "--from", "tomorrow"};
    QTest::newRow("bad wait") << QStringList{"outbox", "--send", "--wait", "soon"};
}

void TestOutboxCli::badArgumentsAreUsageErrors()
{
    QFETCH(QStringList, args);
    args << QStringLiteral("--db") << m_db;
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("error:")));
    QCOMPARE(messages().size(), 0);
}

void TestOutboxCli::sendDeliversAndExits()
{
    QCOMPARE(cli({"incident", "create", "--db", m_db, "--kind", "breakdown", "--route", "R1"}).code,
             0);
    const Run send = cli({"outbox", "--db", m_db, "--send"});
    QVERIFY2(send.code == 0, qPrintable(send.err));
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY2(send.err.contains(QLatin1String("Sent 2, failed 0")), qPrintable(send.err));
    for (const OutboxMessage &m : messages())
        QCOMPARE(m.state, MessageState::Sent);
    // Sending again sends nothing.
    QCOMPARE(cli({"outbox", "--db", m_db, "--send"}).code, 0);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestOutboxCli::sendWithoutGatewayFails()
{
    QCOMPARE(cli({"incident", "create", "--db", m_db, "--kind", "ice", "--stop", "S1"}).code, 0);
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("VOORZET_GATEWAY_URL"));
    const Run r = cli({"outbox", "--db", m_db, "--send"}, env);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("VOORZET_GATEWAY_URL")), qPrintable(r.err));
    QCOMPARE(messages().constFirst().state, MessageState::Queued);
}

void TestOutboxCli::killBetweenSendAndRecordReusesTheKey()
{
    QCOMPARE(cli({"incident", "create", "--db", m_db, "--kind", "snow", "--route", "R1,R2"}).code,
             0);
    // The gateway takes the first post and holds it: the worker has sent but
    // not yet recorded.
    m_server->setResponder([](const GatewayTestServer::Request &, int index) {
        GatewayTestServer::Response r;
        r.hold = index == 0;
        return r;
    });
    QProcess worker;
    worker.setProcessEnvironment(environment());
    worker.start(cliPath(), {"outbox", "--db", m_db, "--send"});
    QVERIFY(worker.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([this] { return m_server->requests().size() == 1; }, 30000));
    worker.kill();
    QVERIFY(QTest::qWaitFor([&worker] { return worker.state() == QProcess::NotRunning; }, 10000));
    const QByteArray key = m_server->requests().at(0).headers.value("idempotency-key");
    QVERIFY(!key.isEmpty());
    {
        const auto left = messages();
        int sending = 0;
        for (const OutboxMessage &m : left)
            if (m.state == MessageState::Sending) {
                ++sending;
                QCOMPARE(m.idempotencyKey.toUtf8(), key);
            }
        QCOMPARE(sending, 1);
    }
    // Restarted, the worker sends the interrupted message again with its key.
    const Run again = cli({"outbox", "--db", m_db, "--send"});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(m_server->requests().size(), 4);
    int withKey = 0;
    for (const auto &r : m_server->requests())
        withKey += r.headers.value("idempotency-key") == key ? 1 : 0;
    QCOMPARE(withKey, 2);
    for (const OutboxMessage &m : messages())
        QCOMPARE(m.state, MessageState::Sent);
}

void TestOutboxCli::exportsFailedMessages()
{
    QCOMPARE(cli({"incident", "create", "--db", m_db, "--kind", "other", "--hub", "H-ASD"}).code,
             0);
    m_server->setResponder([](const GatewayTestServer::Request &, int) {
        return GatewayTestServer::Response{422, "number not reachable by sms"};
    });
    const Run send = cli({"outbox", "--db", m_db, "--send"});
    QCOMPARE(send.code, 0);
    QVERIFY2(send.err.contains(QLatin1String("number not reachable by sms")), qPrintable(send.err));
    const QString csv = m_dir->filePath(QStringLiteral("failed.csv"));
    QCOMPARE(cli({"outbox", "--db", m_db, "--export-failed", csv}).code, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QLatin1String("message,incident,stop,customer,")));
    QVERIFY2(text.contains(QLatin1String(",S6,C5,Emma Brown,+31655555555,")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("number not reachable by sms")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String(",S7,C6,Kees Visser,,,")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "tst_outboxcli.moc"
