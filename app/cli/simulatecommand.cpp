#include "clisupport.h"
#include "commands.h"

#include "core/clock.h"
#include "core/timeformat.h"
#include "simulator/daysimulator.h"
#include "simulator/feedplayer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>
#include <cstdio>
#include <memory>

namespace {

constexpr int MaxVans = 2000;
constexpr int MaxHubs = 12;
constexpr int LinesPerMessage = 2000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

bool writeDay(QFile &file, const QVector<FeedLine> &lines)
{
    QByteArray buffer;
    buffer.reserve(1 << 20);
    for (const FeedLine &line : lines) {
        buffer.append(line.json).append('\n');
        if (buffer.size() >= (1 << 20)) {
            if (file.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size() && file.flush();
}

// Serves the day over a WebSocket as it unfolds: a client that connects
// first gets everything up to the clock's current moment, then each line as
// it falls due, several lines per text message.
class DayServer : public QObject
{
public:
    DayServer(FeedPlayer *player, QObject *parent = nullptr)
        : QObject(parent)
        , m_player(player)
        , m_server(QStringLiteral("voorzet-cli simulate"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, &DayServer::accept);
        connect(m_player, &FeedPlayer::linesDue, this, &DayServer::broadcast);
    }

    ~DayServer() override
    {
        // The server deletes its sockets after our members are gone: they must
        // not call back into this object on their way out.
        for (const QPointer<QWebSocket> &socket : std::as_const(m_clients)) {
            if (socket)
                socket->disconnect(this);
        }
    }

    bool listen(const QHostAddress &address, quint16 port)
    {
        return m_server.listen(address, port);
    }
    QString errorString() const { return m_server.errorString(); }
    quint16 port() const { return m_server.serverPort(); }

private:
    static void send(QWebSocket *socket, const QList<QByteArray> &lines, qsizetype from,
                     qsizetype to)
    {
        for (qsizetype i = from; i < to; i += LinesPerMessage) {
            QByteArray message;
            for (qsizetype k = i; k < qMin(to, i + LinesPerMessage); ++k) {
                if (k > i)
                    message.append('\n');
                message.append(lines.at(k));
            }
            socket->sendTextMessage(QString::fromUtf8(message));
        }
    }

    void accept()
    {
        while (QWebSocket *socket = m_server.nextPendingConnection()) {
            // The socket stays a child of the server, which tracks it until it is gone.
            m_clients.append(socket);
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_clients.removeAll(socket);
                socket->deleteLater();
            });
            // Everything that happened before the client came.
            QList<QByteArray> past;
            past.reserve(m_player->position());
            for (qsizetype i = 0; i < m_player->position(); ++i)
                past.append(m_player->lines().at(i).json);
            send(socket, past, 0, past.size());
            Cli::err() << tr("Client connected from %1 (%2 past events sent)")
                              .arg(socket->peerAddress().toString())
                              .arg(past.size())
                       << Qt::endl;
        }
    }

    void broadcast(const QList<QByteArray> &lines)
    {
        for (const QPointer<QWebSocket> &socket : std::as_const(m_clients)) {
            if (socket)
                send(socket, lines, 0, lines.size());
        }
    }

    FeedPlayer *m_player;
    QWebSocketServer m_server;
    QList<QPointer<QWebSocket>> m_clients;
};

int serve(const QCommandLineParser &parser, const SimulationParams &params,
          const QVector<FeedLine> &lines, const QUrl &url, double speed,
          std::optional<qint64> startMs, bool exitAtEnd)
{
    if (!startMs) {
        // Fifteen minutes before the first van leaves the hub.
        for (const FeedLine &line : lines) {
            if (line.json.contains("\"type\":\"route.started\"")) {
                startMs = line.tsMs - 15 * 60 * 1000;
                break;
            }
        }
        if (!startMs)
            startMs = lines.isEmpty() ? 0 : lines.constFirst().tsMs;
    }
    QHostAddress address;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return Cli::usageError(parser, tr("--serve needs an IP address or localhost as host, not "
                                          "\"%1\"")
                                           .arg(host));

    Clock *clock = Clock::simulated(QDateTime::fromMSecsSinceEpoch(*startMs, Qt::UTC), speed, qApp);
    auto *player = new FeedPlayer(lines, clock, qApp);
    auto *server = new DayServer(player, qApp);
    if (!server->listen(address, quint16(url.port()))) {
        Cli::err() << tr("error: cannot listen on %1:%2: %3")
                          .arg(host)
                          .arg(url.port())
                          .arg(server->errorString())
                   << Qt::endl;
        return Cli::Failed;
    }
    QObject::connect(player, &FeedPlayer::finished, qApp, [exitAtEnd] {
        if (exitAtEnd) {
            Cli::out() << tr("The simulated day is over.") << Qt::endl;
            // Give the last messages a moment to leave the sockets.
            QTimer::singleShot(500, qApp, [] { QCoreApplication::exit(0); });
        } else {
            Cli::out() << tr("The simulated day is over; still serving it to new clients "
                             "(Ctrl+C to stop).")
                       << Qt::endl;
        }
    });
    Cli::out() << tr("Serving the simulated day %1 (%2 vans, %3 events) on ws://%4:%5 at %6x "
                     "speed, starting at %7")
                      .arg(params.date.toString(Qt::ISODate))
                      .arg(params.vans)
                      .arg(lines.size())
                      .arg(address.toString())
                      .arg(server->port())
                      .arg(speed)
                      .arg(TimeFormat::toClock(*startMs))
               << Qt::endl;
    player->start();
    return QCoreApplication::exec();
}

} // namespace

int runSimulateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a realistic delivery day in the feed format (FEED.md): plans, positions, "
           "arrivals, results, breakdowns, re-plans, reviews and weather warnings. The same "
           "seed gives the same bytes. With --serve, plays the day live over a WebSocket."));
    const QCommandLineOption date(QStringLiteral("date"), tr("The delivery day (default today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("The random seed (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption vans(QStringLiteral("vans"),
                                  tr("Routes, one van each (1 to %1, default 60).").arg(MaxVans),
                                  QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption hubs(QStringLiteral("hubs"),
                                  tr("Hubs the vans load at (1 to %1, default 3).").arg(MaxHubs),
                                  QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Write to FILE instead of standard output."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption serveOption(
        QStringLiteral("serve"),
        tr("Serve the day live on a WebSocket, e.g. ws://127.0.0.1:8765 (port 0 picks a free "
           "one)."),
        QStringLiteral("URL"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("With --serve: times real time (default 30)."),
                                   QStringLiteral("X"), QStringLiteral("30"));
    const QCommandLineOption start(
        QStringLiteral("start"),
        tr("With --serve: the simulated time to start at (default 15 minutes before the first "
           "departure)."),
        QStringLiteral("HH:MM"));
    const QCommandLineOption exitAtEnd(QStringLiteral("exit-at-end"),
                                       tr("With --serve: stop when the day has been played."));
    for (const QCommandLineOption &o :
         {date, seed, vans, hubs, out, serveOption, speed, start, exitAtEnd})
        parser.addOption(o);
    if (auto code = Cli::parse(parser, args))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(
            parser,
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    SimulationParams params;
    if (parser.isSet(date)) {
        const QString text = parser.value(date);
        if (!TimeFormat::parseDate(text))
            return Cli::usageError(
                parser, tr("--date takes a real date as YYYY-MM-DD, not \"%1\"").arg(text));
        params.date = QDate::fromString(text, Qt::ISODate);
    } else {
        params.date = QDateTime::currentDateTime().toTimeZone(TimeFormat::companyZone()).date();
    }
    bool ok = false;
    params.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return Cli::usageError(parser, tr("--seed takes a whole number from 0 to 2^64-1"));
    params.vans = parser.value(vans).toInt(&ok);
    if (!ok || params.vans < 1 || params.vans > MaxVans)
        return Cli::usageError(parser, tr("--vans takes a whole number from 1 to %1").arg(MaxVans));
    params.hubs = parser.value(hubs).toInt(&ok);
    if (!ok || params.hubs < 1 || params.hubs > MaxHubs)
        return Cli::usageError(parser, tr("--hubs takes a whole number from 1 to %1").arg(MaxHubs));

    const bool serving = parser.isSet(serveOption);
    if (serving && parser.isSet(out))
        return Cli::usageError(parser, tr("give either --out or --serve, not both"));
    if (!serving && (parser.isSet(speed) || parser.isSet(start) || parser.isSet(exitAtEnd)))
        return Cli::usageError(parser, tr("--speed, --start and --exit-at-end go with --serve"));
    QUrl url;
    double speedValue = 0;
    std::optional<qint64> startMs;
    if (serving) {
        url = QUrl(parser.value(serveOption), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("ws") || url.host().isEmpty())
            return Cli::usageError(parser,
                                   tr("--serve takes ws://HOST:PORT, e.g. ws://127.0.0.1:8765"));
        if (url.port() < 0 || url.port() > 65535)
            return Cli::usageError(
                parser, tr("--serve needs a port from 0 to 65535, e.g. ws://127.0.0.1:8765"));
        speedValue = parser.value(speed).toDouble(&ok);
        if (!ok || speedValue <= 0 || speedValue > 100000)
            return Cli::usageError(parser, tr("--speed takes a number above 0 (1 is real time)"));
        if (parser.isSet(start)) {
            startMs = Cli::parseTime(parser.value(start), params.date.toString(Qt::ISODate));
            if (!startMs)
                return Cli::usageError(parser,
                                       tr("--start takes HH:MM or an RFC 3339 time, not \"%1\"")
                                           .arg(parser.value(start)));
        }
    }

    QElapsedTimer timer;
    timer.start();
    const QVector<FeedLine> lines = DaySimulator::generate(params);
    const qint64 generationMs = timer.elapsed();
    if (serving)
        return serve(parser, params, lines, url, speedValue, startMs, parser.isSet(exitAtEnd));

    QFile file;
    const QString path = parser.value(out);
    const bool opened = path.isEmpty() ? file.open(stdout, QIODevice::WriteOnly)
                                       : (file.setFileName(path),
                                          file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened) {
        Cli::err() << tr("error: cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return Cli::Failed;
    }
    if (!writeDay(file, lines)) {
        Cli::err() << tr("error: writing %1 failed: %2")
                          .arg(path.isEmpty() ? tr("standard output") : path, file.errorString())
                   << '\n';
        return Cli::Failed;
    }
    if (!path.isEmpty())
        Cli::err() << tr("Wrote %1 events of %2 routes on %3 to %4 (generated in %5 ms)")
                          .arg(lines.size())
                          .arg(params.vans)
                          .arg(params.date.toString(Qt::ISODate), path)
                          .arg(generationMs)
                   << '\n';
    return Cli::Ok;
}
