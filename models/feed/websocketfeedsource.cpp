#include "websocketfeedsource.h"

#include <QCoreApplication>

namespace {
constexpr int MaxRetryMs = 30000;
}

WebSocketFeedSource::WebSocketFeedSource(const QUrl &url, QObject *parent)
    : FeedSource(parent)
    , m_url(url)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &WebSocketFeedSource::connectNow);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_retryMs = 1000;
        setState(State::Live);
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_stopped)
            scheduleReconnect(m_socket.closeReason().isEmpty()
                                  ? QCoreApplication::translate("FeedSource", "connection closed")
                                  : m_socket.closeReason());
    });
    connect(&m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (!m_stopped && m_socket.state() == QAbstractSocket::UnconnectedState)
                    scheduleReconnect(m_socket.errorString());
            });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        QList<QByteArray> lines = message.toUtf8().split('\n');
        for (QByteArray &line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
        }
        Q_EMIT linesReady(lines, 0);
    });
}

QString WebSocketFeedSource::description() const
{
    return m_url.toDisplayString();
}

void WebSocketFeedSource::start()
{
    m_stopped = false;
    connectNow();
}

void WebSocketFeedSource::stop()
{
    m_stopped = true;
    m_retry.stop();
    m_socket.close();
    setState(State::Finished);
}

void WebSocketFeedSource::connectNow()
{
    setState(State::Connecting);
    m_socket.open(m_url);
}

void WebSocketFeedSource::scheduleReconnect(const QString &why)
{
    if (m_retry.isActive())
        return;
    setState(State::Waiting, QCoreApplication::translate("FeedSource", "%1; trying again in %2 s")
                                 .arg(why)
                                 .arg(m_retryMs / 1000));
    m_retry.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, MaxRetryMs);
}
