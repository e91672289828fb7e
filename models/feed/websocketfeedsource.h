#pragma once

#include "feedsource.h"

#include <QTimer>
#include <QUrl>
#include <QWebSocket>

// Receives the feed over a WebSocket (each text message holds one or more
// lines) and reconnects with a growing pause when the connection drops.
class WebSocketFeedSource : public FeedSource
{
    Q_OBJECT
public:
    explicit WebSocketFeedSource(const QUrl &url, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    QString description() const override;

private:
    void connectNow();
    void scheduleReconnect(const QString &why);

    QUrl m_url;
    QWebSocket m_socket;
    QTimer m_retry;
    int m_retryMs = 1000;
    bool m_stopped = true;
};
