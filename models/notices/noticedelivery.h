#pragma once

#include "notices/gatewayconfig.h"
#include "notices/incident.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class Clock;
class Database;
class QNetworkAccessManager;
class QNetworkReply;

namespace Notices {

class NoticeStore;

// How the outbox retries: exponential backoff from `firstRetryMs`, doubled per
// attempt up to `maxRetryMs`, with jitter (the delay is drawn between half and
// all of it, so desks that failed together do not retry together).
struct DeliveryPolicy
{
    int timeoutMs = 15000;
    qint64 firstRetryMs = 5000;
    qint64 maxRetryMs = 15 * 60 * 1000;
    int maxAttempts = 12; // then the message fails with the last error

    // The delay before the next attempt after `attempts` failed ones;
    // `jitter` in [0, 1) picks where in [half, all] of the delay it falls.
    qint64 retryDelayMs(int attempts, double jitter) const;
};

// The delivery worker: posts each queued message to the gateway, one at a
// time, and records the outcome. A message is marked `sending` in a committed
// transaction before its post and `sent` only after a 2xx, so a crash in
// between leaves it `sending`; start() puts such messages back in the queue
// and they go out again with the same idempotency key.
class NoticeDelivery : public QObject
{
    Q_OBJECT
public:
    NoticeDelivery(Database &db, Clock *clock, const GatewayConfig &gateway,
                   const DeliveryPolicy &policy = {}, QObject *parent = nullptr);
    ~NoticeDelivery() override;

    // Recovers interrupted messages and starts sending what is due.
    void start();
    // Looks for due messages now (after queueing or retrying some).
    void wake();
    void stop();
    bool isBusy() const { return !m_inFlight.isNull(); }

    // With a horizon, idle() is emitted when nothing is in flight and no
    // queued message is due within `ms` (the command line's "nothing left to
    // retry now"); the worker then waits for wake(). Negative: keep waiting.
    void setIdleHorizon(qint64 ms) { m_idleHorizonMs = ms; }

    // The JSON body of a message, and its signature header value.
    static QByteArray body(const OutboxMessage &message, const QString &kindKey);
    static QByteArray signature(const QByteArray &body, const QByteArray &secret);

Q_SIGNALS:
    void messageChanged(qint64 id, Notices::MessageState state);
    void idle();

private:
    void pump();
    void pumpOnce();
    void post(const OutboxMessage &message);
    void finished(QNetworkReply *reply, qint64 id, int attempts);
    void record(QNetworkReply *reply, qint64 id, int attempts);
    void retryOrFail(qint64 id, int attempts, const QString &error);
    QString kindOf(const QString &incidentId);

    Database &m_db;
    Clock *m_clock;
    GatewayConfig m_gateway;
    DeliveryPolicy m_policy;
    NoticeStore *m_store;
    QNetworkAccessManager *m_network;
    QTimer m_timer;
    QPointer<QNetworkReply> m_inFlight;
    QHash<QString, QString> m_kinds;
    qint64 m_idleHorizonMs = -1;
    bool m_running = false;
};

} // namespace Notices
