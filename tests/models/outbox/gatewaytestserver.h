#pragma once

// A small HTTP/1.1 server on a loopback port that plays the customer-messaging
// gateway in tests: it records every request (method, path, headers, body) and
// answers each with what the test asks for: a status and body, after a delay,
// or not at all (it holds the request open, like a gateway that hangs).

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

class GatewayTestServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    struct Response
    {
        int status = 200;
        QByteArray body = "ok";
        int delayMs = 0;
        bool hold = false; // never answer
    };

    using Responder = std::function<Response(const Request &, int index)>;

    explicit GatewayTestServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &GatewayTestServer::accept);
    }

    // Listens on `port` (0: any free one). Returns the port, or 0.
    quint16 listen(quint16 port = 0)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return 0;
        m_port = m_server.serverPort();
        return m_port;
    }
    // Stops listening and drops every open connection (the gateway is down).
    void close()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &s : std::as_const(m_sockets))
            if (s)
                s->abort();
        m_sockets.clear();
    }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/notices").arg(m_port); }

    void setResponder(Responder responder) { m_responder = std::move(responder); }
    void respondAlways(int status, const QByteArray &body = "ok")
    {
        m_responder = [status, body](const Request &, int) { return Response{status, body}; };
    }

    const QList<Request> &requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_sockets.append(socket);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // the rest of the body is still on its way
        request.body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        const int index = int(m_requests.size());
        m_requests.append(request);
        const Response response = m_responder ? m_responder(request, index) : Response{};
        Q_EMIT requestReceived(index);
        if (response.hold)
            return;
        QPointer<QTcpSocket> guarded(socket);
        auto answer = [guarded, response] {
            if (!guarded)
                return;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Test\r\n" +
                             "Content-Type: text/plain; charset=utf-8\r\n" +
                             "Content-Length: " + QByteArray::number(response.body.size()) +
                             "\r\nConnection: close\r\n\r\n" + response.body;
            guarded->write(out);
            guarded->disconnectFromHost();
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, this, answer);
        else
            answer();
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    Responder m_responder;
    QList<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
