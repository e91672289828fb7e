#pragma once

// A small real HTTP server on 127.0.0.1 for the tile tests: it serves
// generated 256-pixel PNG tiles whose colour encodes z/x/y, and can be told
// to fail with a status code or to answer late. It records every request.

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

class TileServer : public QObject
{
public:
    struct Request
    {
        QByteArray path;
        QByteArray userAgent;
    };

    TileServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QObject::destroyed, this,
                        [this, socket] { m_buffers.remove(socket); });
            }
        });
    }

    ~TileServer() override
    {
        m_server.close();
        const auto sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            disconnect(socket, nullptr, this, nullptr);
            delete socket;
        }
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString urlTemplate() const
    {
        return QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png")
            .arg(m_server.serverPort());
    }

    // Every tile answers with this status (200: a PNG).
    void setStatus(int status) { m_status = status; }
    // Answers are held back this long.
    void setDelayMs(int ms) { m_delayMs = ms; }

    const QList<Request> &requests() const { return m_requests; }
    int maxConcurrent() const { return m_maxConcurrent; }
    int open() const { return m_open; }

    // The colour a tile is painted in.
    static QColor colorOf(int z, int x, int y)
    {
        return QColor((x * 37 + z * 11) % 256, (y * 53 + z * 7) % 256, (x + y + z * 19) % 256);
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const int end = int(buffer.indexOf("\r\n\r\n"));
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        Request request;
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.path = first.value(1);
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("user-agent:"))
                request.userAgent = line.mid(11).trimmed();
        }
        m_requests.append(request);
        ++m_open;
        m_maxConcurrent = qMax(m_maxConcurrent, m_open);
        const int status = m_status;
        QTimer::singleShot(m_delayMs, socket,
                           [this, socket, request, status] { respond(socket, request, status); });
    }

    void respond(QTcpSocket *socket, const Request &request, int status)
    {
        --m_open;
        static const QRegularExpression tile(QStringLiteral("^/tiles/(\\d+)/(\\d+)/(\\d+)\\.png$"));
        const auto match = tile.match(QString::fromLatin1(request.path));
        QByteArray body;
        QByteArray type = "text/plain";
        if (status == 200 && match.hasMatch()) {
            QImage image(256, 256, QImage::Format_RGB32);
            image.fill(colorOf(match.captured(1).toInt(), match.captured(2).toInt(),
                               match.captured(3).toInt()));
            QBuffer out(&body);
            out.open(QIODevice::WriteOnly);
            image.save(&out, "PNG");
            type = "image/png";
        } else {
            if (status == 200)
                status = 404;
            body = "no such tile";
        }
        const QByteArray reason = status == 200   ? "OK"
                                  : status == 404 ? "Not Found"
                                                  : "Server Error";
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        response += "Content-Type: " + type + "\r\n";
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (status == 200)
            response += "Cache-Control: public, max-age=86400\r\n"
                        "Last-Modified: Mon, 23 Nov 2026 08:00:00 GMT\r\n";
        response += "Connection: close\r\n\r\n";
        socket->write(response + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    int m_status = 200;
    int m_delayMs = 0;
    int m_open = 0;
    int m_maxConcurrent = 0;
};
