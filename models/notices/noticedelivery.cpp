#include "noticedelivery.h"

#include "core/clock.h"
#include "notices/noticestore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace Notices {

namespace {

constexpr int StoreRetryMs = 5000;

// What the gateway said, short enough for a table cell and a CSV line.
QString reasonFrom(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(2000)).simplified();
    if (text.size() > 500)
        text = text.left(500) + QStringLiteral("…");
    return text;
}

} // namespace

qint64 DeliveryPolicy::retryDelayMs(int attempts, double jitter) const
{
    qint64 delay = qMax<qint64>(1, firstRetryMs);
    for (int i = 1; i < attempts && delay < maxRetryMs; ++i)
        delay *= 2;
    delay = qMin(delay, qMax<qint64>(1, maxRetryMs));
    const double j = qBound(0.0, jitter, 1.0);
    return delay / 2 + qint64(double(delay - delay / 2) * j);
}

NoticeDelivery::NoticeDelivery(Database &db, Clock *clock, const GatewayConfig &gateway,
                               const DeliveryPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_gateway(gateway)
    , m_policy(policy)
    , m_store(new NoticeStore(db))
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NoticeDelivery::pump);
}

NoticeDelivery::~NoticeDelivery()
{
    stop();
    delete m_store;
}

void NoticeDelivery::start()
{
    m_running = true;
    const int recovered = m_store->recoverInterrupted(m_clock->nowMs());
    Q_UNUSED(recovered)
    wake();
}

void NoticeDelivery::wake()
{
    if (m_running)
        m_timer.start(0);
}

void NoticeDelivery::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight) {
        // The message stays `sending`: the next start() sends it again with its key.
        m_inFlight->disconnect(this);
        m_inFlight->abort();
        m_inFlight->deleteLater();
    }
}

QByteArray NoticeDelivery::body(const OutboxMessage &m, const QString &kindKey)
{
    const QJsonObject customer{
        {QStringLiteral("id"), m.customerId},     {QStringLiteral("name"), m.recipientName},
        {QStringLiteral("phone"), m.phone},       {QStringLiteral("email"), m.email},
        {QStringLiteral("language"), m.language},
    };
    const QJsonObject o{
        {QStringLiteral("idempotency_key"), m.idempotencyKey},
        {QStringLiteral("incident"), m.incidentId},
        {QStringLiteral("kind"), kindKey},
        {QStringLiteral("stop"), m.stopId},
        {QStringLiteral("customer"), customer},
        {QStringLiteral("channel"), m.channel},
        {QStringLiteral("text"), m.text},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray NoticeDelivery::signature(const QByteArray &body, const QByteArray &secret)
{
    return "sha256=" +
           QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

QString NoticeDelivery::kindOf(const QString &incidentId)
{
    auto it = m_kinds.constFind(incidentId);
    if (it != m_kinds.constEnd())
        return *it;
    const auto incident = m_store->incident(incidentId);
    const QString kind = incident ? kindKey(incident->kind) : QStringLiteral("other");
    m_kinds.insert(incidentId, kind);
    return kind;
}

void NoticeDelivery::pump()
{
    if (!m_running || m_inFlight)
        return;
    // In the app this runs from the event loop: a store error (another desk
    // or the feed holding the database too long) must not end the program;
    // the outbox is looked at again a little later.
    try {
        pumpOnce();
    } catch (const StoreError &error) {
        qWarning("Notice delivery: %s; trying again in %d s", qPrintable(error.message()),
                 StoreRetryMs / 1000);
        m_timer.start(StoreRetryMs);
    }
}

void NoticeDelivery::pumpOnce()
{
    const qint64 now = m_clock->nowMs();
    const QVector<OutboxMessage> due = m_store->dueMessages(now, 1);
    if (!due.isEmpty()) {
        const OutboxMessage &m = due.constFirst();
        if (!m_store->claimForSending(m.id, now)) {
            wake(); // another desk took it
            return;
        }
        Q_EMIT messageChanged(m.id, MessageState::Sending);
        OutboxMessage sending = m;
        sending.attempts += 1;
        post(sending);
        return;
    }
    const std::optional<qint64> next = m_store->nextAttemptAt();
    if (!next || (m_idleHorizonMs >= 0 && *next - now > m_idleHorizonMs)) {
        Q_EMIT idle();
        return;
    }
    m_timer.start(int(qBound<qint64>(0, *next - now, 24LL * 3600 * 1000)));
}

void NoticeDelivery::post(const OutboxMessage &m)
{
    const QByteArray payload = body(m, kindOf(m.incidentId));
    QNetworkRequest request(m_gateway.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Voorzet/") +
                          QCoreApplication::applicationVersion().toUtf8());
    request.setRawHeader(QByteArrayLiteral("X-Voorzet-Signature"),
                         signature(payload, m_gateway.secret));
    request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), m.idempotencyKey.toUtf8());
    request.setTransferTimeout(m_policy.timeoutMs);
    // A signed message is never forwarded to another address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Certificate errors are never ignored: the default TLS configuration
    // verifies the gateway's chain and name, and no sslErrors handler exists.
    QNetworkReply *reply = m_network->post(request, payload);
    m_inFlight = reply;
    const qint64 id = m.id;
    const int attempts = m.attempts;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, id, attempts] { finished(reply, id, attempts); });
}

void NoticeDelivery::finished(QNetworkReply *reply, qint64 id, int attempts)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    try {
        record(reply, id, attempts);
    } catch (const StoreError &error) {
        // The message stays `sending`; the next start() posts it again with
        // its key, and the gateway drops the repeat.
        qWarning("Notice delivery: the outcome of message %lld could not be recorded: %s", id,
                 qPrintable(error.message()));
    }
    wake();
}

void NoticeDelivery::record(QNetworkReply *reply, qint64 id, int attempts)
{
    const qint64 now = m_clock->nowMs();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->isOpen() ? reply->readAll() : QByteArray();
    if (status >= 200 && status < 300) {
        m_store->markSent(id, now, QStringLiteral("HTTP %1").arg(status));
        Q_EMIT messageChanged(id, MessageState::Sent);
    } else if (status >= 500 || status == 408 || status == 429) {
        // The gateway is in trouble or asks to slow down: try again later.
        retryOrFail(id, attempts,
                    tr("The gateway answered HTTP %1: %2").arg(status).arg(reasonFrom(answer)));
    } else if (status > 0) {
        const QString reason = reasonFrom(answer);
        m_store->markFailed(id, now, tr("The gateway refused the message (HTTP %1).").arg(status),
                            reason.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : reason);
        Q_EMIT messageChanged(id, MessageState::Failed);
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        retryOrFail(id, attempts,
                    tr("The gateway did not answer within %1 s.").arg(m_policy.timeoutMs / 1000.0));
    } else {
        retryOrFail(id, attempts, tr("Cannot reach the gateway: %1").arg(reply->errorString()));
    }
}

void NoticeDelivery::retryOrFail(qint64 id, int attempts, const QString &error)
{
    const qint64 now = m_clock->nowMs();
    if (attempts >= m_policy.maxAttempts) {
        const QString gaveUp = QCoreApplication::translate(
                                   "Notices", "Gave up after %n attempts: %1", nullptr, attempts)
                                   .arg(error);
        m_store->markFailed(id, now, gaveUp, QString());
        Q_EMIT messageChanged(id, MessageState::Failed);
        return;
    }
    const qint64 delay =
        m_policy.retryDelayMs(attempts, QRandomGenerator::global()->generateDouble());
    m_store->markRetry(id, now, now + delay, error);
    Q_EMIT messageChanged(id, MessageState::Queued);
}

} // namespace Notices
