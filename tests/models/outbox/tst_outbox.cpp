#include "gatewaytestserver.h"
#include "noticefixture.h"

#include "core/clock.h"
#include "notices/gatewayconfig.h"
#include "notices/noticecomposer.h"
#include "notices/noticedelivery.h"
#include "notices/noticestore.h"
#include "storage/database.h"
#include "storage/operationstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Notices;
using NoticeFixture::msAt;

namespace {
const QByteArray secret = "s3cret-for-tests";
}

// The delivery worker against a real HTTP server on a loopback port.
class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deliversSignedJson();
    void serverDownThenBackDeliversOnce();
    void serverErrorIsRetried();
    void refusalFailsWithTheGatewaysReason();
    void slowServerTimesOutAndIsRetried();
    void interruptedSendGoesOutAgainWithTheSameKey();
    void givesUpAfterMaxAttempts();
    void idleWhenNothingIsDueNow();
    void rerunDoesNotSendAgain();
    void storeErrorDoesNotStopTheWorker();
    void gatewayUrlMustBeHttpsOrLoopback_data();
    void gatewayUrlMustBeHttpsOrLoopback();
    void environmentWinsAndKeychainDoesNotHang();

private:
    // Queues route R1's two customers (C1 nl sms, C2 en email). Returns the incident id.
    QString queueRouteOne();
    std::unique_ptr<NoticeDelivery> worker(const DeliveryPolicy &policy);
    bool waitUntilSettled(int timeoutMs = 15000);
    GatewayConfig gateway() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<GatewayTestServer> m_server;
    std::unique_ptr<NoticeStore> m_notices;
};

void TestOutbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(
        DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("outbox.sqlite"))));
    NoticeFixture::fill(*m_db);
    m_clock.reset(Clock::realTime());
    m_server = std::make_unique<GatewayTestServer>();
    QVERIFY(m_server->listen() > 0);
    m_notices = std::make_unique<NoticeStore>(*m_db);
}

void TestOutbox::cleanup()
{
    m_notices.reset();
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

GatewayConfig TestOutbox::gateway() const
{
    GatewayConfig g;
    g.url = QUrl(m_server->url());
    g.secret = secret;
    return g;
}

QString TestOutbox::queueRouteOne()
{
    OperationStore store(*m_db);
    Incident i;
    i.kind = IncidentKind::Breakdown;
    i.scope.routeIds = {QStringLiteral("R1")};
    NoticeComposer::Options o;
    o.company = {QStringLiteral("Twee Man"), QStringLiteral("030 123 45 67"), QString()};
    return NoticeComposer::createAndQueue(*m_db, store, i, o, m_clock->nowMs()).incidentId;
}

std::unique_ptr<NoticeDelivery> TestOutbox::worker(const DeliveryPolicy &policy)
{
    return std::make_unique<NoticeDelivery>(*m_db, m_clock.get(), gateway(), policy);
}

// Waits until no message is queued or sending.
bool TestOutbox::waitUntilSettled(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            const auto counts = m_notices->stateCounts();
            return counts.value(MessageState::Queued) == 0 &&
                   counts.value(MessageState::Sending) == 0;
        },
        timeoutMs);
}

void TestOutbox::deliversSignedJson()
{
    const QString incidentId = queueRouteOne();
    auto w = worker({});
    QSignalSpy changed(w.get(), &NoticeDelivery::messageChanged);
    w->start();
    QVERIFY(waitUntilSettled());
    QCOMPARE(m_server->requests().size(), 2);
    QSet<QString> customers;
    for (const GatewayTestServer::Request &r : m_server->requests()) {
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/notices"));
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        // The signature is the HMAC-SHA256 of the raw body with the shared secret.
        const QByteArray expected =
            "sha256=" +
            QMessageAuthenticationCode::hash(r.body, secret, QCryptographicHash::Sha256).toHex();
        QCOMPARE(r.headers.value("x-voorzet-signature"), expected);
        QVERIFY(r.headers.value("x-voorzet-signature") !=
                "sha256=" +
                    QMessageAuthenticationCode::hash(r.body, "wrong", QCryptographicHash::Sha256)
                        .toHex());
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QJsonObject customer = body.value(QStringLiteral("customer")).toObject();
        const QString customerId = customer.value(QStringLiteral("id")).toString();
        customers.insert(customerId);
        QCOMPARE(body.value(QStringLiteral("idempotency_key")).toString(),
                 idempotencyKey(incidentId, customerId));
        QCOMPARE(r.headers.value("idempotency-key"),
                 body.value(QStringLiteral("idempotency_key")).toString().toUtf8());
        QCOMPARE(body.value(QStringLiteral("incident")).toString(), incidentId);
        QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("breakdown"));
        for (const char *field : {"name", "phone", "email", "language"})
            QVERIFY2(customer.contains(QLatin1String(field)), field);
        if (customerId == QLatin1String("C2")) {
            QCOMPARE(body.value(QStringLiteral("stop")).toString(), QStringLiteral("S2"));
            QCOMPARE(body.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
            QCOMPARE(customer.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
            QCOMPARE(customer.value(QStringLiteral("email")).toString(),
                     QStringLiteral("john@example.com"));
            QVERIFY(body.value(QStringLiteral("text"))
                        .toString()
                        .startsWith(QLatin1String("Dear John Smith")));
        } else {
            QCOMPARE(body.value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
            QVERIFY(body.value(QStringLiteral("text"))
                        .toString()
                        .contains(QLatin1String("dinsdag 1 december, tussen 09:00 en 11:00")));
        }
    }
    QCOMPARE(customers, (QSet<QString>{QStringLiteral("C1"), QStringLiteral("C2")}));
    for (const OutboxMessage &m : m_notices->messages(incidentId)) {
        QCOMPARE(m.state, MessageState::Sent);
        QCOMPARE(m.attempts, 1);
        QVERIFY(m.sentAt > 0);
    }
    int sentSignals = 0;
    for (const QList<QVariant> &args : changed)
        if (args.at(1).value<MessageState>() == MessageState::Sent)
            ++sentSignals;
    QCOMPARE(sentSignals, 2);
}

void TestOutbox::serverDownThenBackDeliversOnce()
{
    queueRouteOne();
    const quint16 port = m_server->port();
    m_server->close(); // the gateway is down
    DeliveryPolicy policy;
    policy.firstRetryMs = 100;
    policy.maxRetryMs = 400;
    auto w = worker(policy);
    w->start();
    // Both messages fail to connect and wait for a retry.
    QVERIFY(QTest::qWaitFor(
        [this] {
            for (const OutboxMessage &m : m_notices->messages())
                if (m.attempts < 2)
                    return false;
            return true;
        },
        10000));
    QCOMPARE(m_server->requests().size(), 0);
    for (const OutboxMessage &m : m_notices->messages()) {
        QVERIFY(m.state != MessageState::Sent);
        QVERIFY2(!m.lastError.isEmpty(), "a connection error is recorded");
    }
    QCOMPARE(m_server->listen(port), port); // back
    QVERIFY(waitUntilSettled());
    QCOMPARE(m_server->requests().size(), 2); // each delivered once
    QSet<QByteArray> keys;
    for (const auto &r : m_server->requests())
        keys.insert(r.headers.value("idempotency-key"));
    QCOMPARE(keys.size(), 2);
    for (const OutboxMessage &m : m_notices->messages())
        QCOMPARE(m.state, MessageState::Sent);
}

void TestOutbox::serverErrorIsRetried()
{
    queueRouteOne();
    m_server->setResponder([](const GatewayTestServer::Request &, int index) {
        return index < 2 ? GatewayTestServer::Response{503, "maintenance"}
                         : GatewayTestServer::Response{202, "accepted"};
    });
    DeliveryPolicy policy;
    policy.firstRetryMs = 50;
    auto w = worker(policy);
    w->start();
    QVERIFY(waitUntilSettled());
    QCOMPARE(m_server->requests().size(), 4);
    // The retries carry the keys of the first attempts.
    const auto &r = m_server->requests();
    QCOMPARE((QSet<QByteArray>{r.at(0).headers.value("idempotency-key"),
                               r.at(1).headers.value("idempotency-key")}),
             (QSet<QByteArray>{r.at(2).headers.value("idempotency-key"),
                               r.at(3).headers.value("idempotency-key")}));
    for (const OutboxMessage &m : m_notices->messages()) {
        QCOMPARE(m.state, MessageState::Sent);
        QCOMPARE(m.attempts, 2);
    }
    QStringList events;
    for (const NoticeLogEntry &e : m_notices->logOfStop(QStringLiteral("S1")))
        events.append(e.event);
    QCOMPARE(events, (QStringList{"queued", "sending", "retry", "sending", "sent"}));
}

void TestOutbox::refusalFailsWithTheGatewaysReason()
{
    queueRouteOne();
    m_server->setResponder([](const GatewayTestServer::Request &r, int) {
        if (r.body.contains("\"C2\""))
            return GatewayTestServer::Response{422, "email address bounced before"};
        return GatewayTestServer::Response{200, "ok"};
    });
    auto w = worker({});
    w->start();
    QVERIFY(waitUntilSettled());
    QCOMPARE(m_server->requests().size(), 2); // no retry of the refused one
    const auto failed = m_notices->messagesInState(MessageState::Failed);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().customerId, QStringLiteral("C2"));
    QCOMPARE(failed.constFirst().gatewayReason, QStringLiteral("email address bounced before"));
    QVERIFY(failed.constFirst().lastError.contains(QLatin1String("422")));
    QCOMPARE(m_notices->messagesInState(MessageState::Sent).size(), 1);
    // The dispatcher retries it by hand; it goes out with the same key.
    QCOMPARE(m_notices->retryFailed(failed.constFirst().id, m_clock->nowMs()), 1);
    m_server->respondAlways(200);
    w->wake();
    QVERIFY(waitUntilSettled());
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->requests().at(2).headers.value("idempotency-key"),
             failed.constFirst().idempotencyKey.toUtf8());
}

void TestOutbox::slowServerTimesOutAndIsRetried()
{
    Incident i;
    i.kind = IncidentKind::Ice;
    i.scope.stopIds = {QStringLiteral("S4")};
    OperationStore store(*m_db);
    NoticeComposer::createAndQueue(*m_db, store, i, {}, m_clock->nowMs());
    m_server->setResponder([](const GatewayTestServer::Request &, int index) {
        GatewayTestServer::Response r;
        r.delayMs = index == 0 ? 3000 : 0; // the first answer comes far too late
        return r;
    });
    DeliveryPolicy policy;
    policy.timeoutMs = 300;
    policy.firstRetryMs = 50;
    auto w = worker(policy);
    QElapsedTimer timer;
    timer.start();
    w->start();
    QVERIFY(waitUntilSettled());
    QVERIFY2(timer.elapsed() < 2500, "the worker waited for the slow answer");
    QCOMPARE(m_server->requests().size(), 2);
    const auto m = m_notices->messages().constFirst();
    QCOMPARE(m.state, MessageState::Sent);
    QCOMPARE(m.attempts, 2);
    QCOMPARE(m_server->requests().at(0).headers.value("idempotency-key"),
             m_server->requests().at(1).headers.value("idempotency-key"));
}

void TestOutbox::interruptedSendGoesOutAgainWithTheSameKey()
{
    queueRouteOne();
    m_server->setResponder([](const GatewayTestServer::Request &, int index) {
        GatewayTestServer::Response r;
        r.hold = index == 0; // the first request never gets an answer
        return r;
    });
    {
        auto first = worker({});
        first->start();
        QVERIFY(QTest::qWaitFor([this] { return m_server->requests().size() == 1; }, 10000));
        // The worker stops (the desk closes, the process dies) between posting and recording.
    }
    const auto sending = m_notices->messagesInState(MessageState::Sending);
    QCOMPARE(sending.size(), 1);
    const QByteArray key = m_server->requests().at(0).headers.value("idempotency-key");
    QCOMPARE(sending.constFirst().idempotencyKey.toUtf8(), key);
    auto second = worker({});
    second->start();
    QVERIFY(waitUntilSettled());
    QCOMPARE(m_server->requests().size(), 3);
    int withKey = 0;
    for (const auto &r : m_server->requests())
        withKey += r.headers.value("idempotency-key") == key ? 1 : 0;
    QCOMPARE(withKey, 2); // the interrupted post and its repeat, nothing else
    const auto again = m_notices->message(sending.constFirst().id);
    QCOMPARE(again->state, MessageState::Sent);
    QCOMPARE(again->attempts, 2);
}

void TestOutbox::givesUpAfterMaxAttempts()
{
    queueRouteOne();
    m_server->respondAlways(500, "boom");
    DeliveryPolicy policy;
    policy.firstRetryMs = 20;
    policy.maxRetryMs = 40;
    policy.maxAttempts = 3;
    auto w = worker(policy);
    w->start();
    QVERIFY(waitUntilSettled());
    QCOMPARE(m_server->requests().size(), 6);
    for (const OutboxMessage &m : m_notices->messages()) {
        QCOMPARE(m.state, MessageState::Failed);
        QCOMPARE(m.attempts, 3);
        QVERIFY(m.lastError.contains(QLatin1String("boom")));
    }
}

void TestOutbox::idleWhenNothingIsDueNow()
{
    queueRouteOne();
    m_server->respondAlways(503, "later");
    DeliveryPolicy policy;
    policy.firstRetryMs = 60000;
    auto w = worker(policy);
    w->setIdleHorizon(0);
    QSignalSpy idle(w.get(), &NoticeDelivery::idle);
    w->start();
    QVERIFY(idle.wait(10000));
    QCOMPARE(m_server->requests().size(), 2);
    for (const OutboxMessage &m : m_notices->messages()) {
        QCOMPARE(m.state, MessageState::Queued);
        QVERIFY(m.nextAttemptAt >= m_clock->nowMs() + 25000);
    }
}

void TestOutbox::rerunDoesNotSendAgain()
{
    const QString id = queueRouteOne();
    auto w = worker({});
    w->start();
    QVERIFY(waitUntilSettled());
    QCOMPARE(m_server->requests().size(), 2);
    OperationStore store(*m_db);
    Incident again;
    again.id = id;
    const auto rerun = NoticeComposer::createAndQueue(*m_db, store, again, {}, m_clock->nowMs());
    QCOMPARE(rerun.queued.size(), 0);
    w->wake();
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestOutbox::storeErrorDoesNotStopTheWorker()
{
    auto w = worker({});
    w->start();
    // The outbox is out of reach for a moment: the worker, running from the
    // event loop, must not throw out of it, and looks again a little later.
    NoticeFixture::exec(*m_db, QStringLiteral("ALTER TABLE notice_outbox RENAME TO outbox_away"),
                        {});
    w->wake();
    QTest::qWait(100);
    NoticeFixture::exec(*m_db, QStringLiteral("ALTER TABLE outbox_away RENAME TO notice_outbox"),
                        {});
    queueRouteOne(); // no wake(): the worker's own retry finds them
    QVERIFY(waitUntilSettled(20000));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_notices->stateCounts().value(MessageState::Sent), 2);
}

void TestOutbox::gatewayUrlMustBeHttpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << "https://gateway.example.nl/hook" << true;
    QTest::newRow("http on loopback") << "http://127.0.0.1:8080/hook" << true;
    QTest::newRow("http on localhost") << "http://localhost/hook" << true;
    QTest::newRow("http elsewhere") << "http://gateway.example.nl/hook" << false;
    QTest::newRow("ftp") << "ftp://gateway.example.nl/" << false;
    QTest::newRow("no host") << "https:///hook" << false;
}

void TestOutbox::gatewayUrlMustBeHttpsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QCOMPARE(GatewayConfig::checkUrl(QUrl(url)).isEmpty(), accepted);
}

void TestOutbox::environmentWinsAndKeychainDoesNotHang()
{
    qputenv("VOORZET_GATEWAY_URL", m_server->url().toUtf8());
    qputenv("VOORZET_GATEWAY_SECRET", "from-env");
    QString why;
    GatewayConfig g = GatewayConfig::load(&why);
    QCOMPARE(g.url, QUrl(m_server->url()));
    QCOMPARE(g.secret, QByteArray("from-env"));
    QCOMPARE(g.secretSource, QStringLiteral("environment"));
    // Without the secret in the environment the keychain is asked; without a
    // running keychain service that must fail within the time given, not hang.
    qunsetenv("VOORZET_GATEWAY_SECRET");
    QElapsedTimer timer;
    timer.start();
    g = GatewayConfig::load(&why, 1500);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    if (g.secret.isEmpty())
        QVERIFY(!why.isEmpty());
    qputenv("VOORZET_GATEWAY_URL", "http://gateway.example.nl/hook");
    g = GatewayConfig::load(&why);
    QVERIFY(g.url.isEmpty());
    QVERIFY(!why.isEmpty());
    qunsetenv("VOORZET_GATEWAY_URL");
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
