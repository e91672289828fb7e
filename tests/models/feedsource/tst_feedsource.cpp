// Where feed lines come from: FileFeedSource (read once in chunks, followed as
// the file grows, restarted when it is truncated) and WebSocketFeedSource
// (several lines per message, reconnecting when the server goes away).

#include "feed/feedparser.h"
#include "feed/filefeedsource.h"
#include "feed/linesplitter.h"
#include "feed/websocketfeedsource.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <memory>

Q_DECLARE_METATYPE(FeedSource::State)

namespace {

// Collects what a source delivers, line by line with its number.
class Collector : public QObject
{
public:
    explicit Collector(FeedSource *source)
    {
        connect(source, &FeedSource::linesReady, this,
                [this](const QList<QByteArray> &batch, qint64 firstLineNo) {
                    for (qsizetype i = 0; i < batch.size(); ++i) {
                        lines.append(batch.at(i));
                        numbers.append(firstLineNo > 0 ? firstLineNo + i : 0);
                    }
                    ++batches;
                });
        connect(source, &FeedSource::stateChanged, this,
                [this](FeedSource::State state, const QString &) { states.append(state); });
    }
    QList<QByteArray> lines;
    QList<qint64> numbers;
    QList<FeedSource::State> states;
    int batches = 0;
};

bool append(const QString &path, const QByteArray &data, bool truncate = false)
{
    QFile file(path);
    if (!file.open(truncate ? QIODevice::WriteOnly | QIODevice::Truncate
                            : QIODevice::WriteOnly | QIODevice::Append))
        return false;
    return file.write(data) == data.size();
}

QList<QByteArray> numberedLines(int count, int width)
{
    QList<QByteArray> out;
    for (int i = 1; i <= count; ++i) {
        QByteArray l = "{\"n\":" + QByteArray::number(i) + ",\"pad\":\"";
        l.append(QByteArray(width, char('a' + i % 26)));
        l.append("\"}");
        out.append(l);
    }
    return out;
}

} // namespace

class TestFeedSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void splitterKeepsPartialLines();
    void splitterDropsOverlongLines_data();
    void splitterDropsOverlongLines();
    void splitterKeepsLinesOfExactlyTheLimit();
    void splitterSkipsALeadingByteOrderMark();
    void fileWithAnOverlongLine();
    void createPicksTheSource();
    void readsAFileInChunks();
    void lastLineWithoutNewline();
    void missingFileFails();
    void followPicksUpAppendedLines();
    void followRestartsAfterTruncation();
    void followRestartsWhenReplaced();
    void webSocketDeliversLinesOfEachMessage();
    void webSocketReconnects();
    void webSocketWaitsWhenNobodyListens();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFeedSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFeedSource::cleanup()
{
    m_dir.reset();
}

void TestFeedSource::splitterKeepsPartialLines()
{
    LineSplitter splitter;
    QCOMPARE(splitter.feed("ab"), QList<QByteArray>());
    QCOMPARE(splitter.feed("c\r\nde\n\nf"),
             QList<QByteArray>({QByteArray("abc"), QByteArray("de"), QByteArray()}));
    QCOMPARE(splitter.linesSeen(), 3);
    QCOMPARE(splitter.feed("g\n"), QList<QByteArray>{QByteArray("fg")});
    QCOMPARE(splitter.feed("tail"), QList<QByteArray>());
    QCOMPARE(splitter.takeRest(), QByteArray("tail"));
    QCOMPARE(splitter.linesSeen(), 5);
    QCOMPARE(splitter.takeRest(), QByteArray());
    QCOMPARE(splitter.linesSeen(), 5);
}

void TestFeedSource::splitterDropsOverlongLines_data()
{
    QTest::addColumn<int>("chunkBytes");
    QTest::newRow("in small chunks") << 64 * 1024;
    QTest::newRow("in one piece") << 0;
}

void TestFeedSource::splitterDropsOverlongLines()
{
    // A 3 MiB line between two good ones: it is never held whole, comes out
    // as a line the parser rejects as too long, and keeps its line number.
    QFETCH(int, chunkBytes);
    const qsizetype limit = FeedParser::MaxLineBytes;
    QByteArray stream = "{\"first\":1}\r\n{\"huge\":\"";
    stream.append(QByteArray(3 * limit, 'x'));
    stream.append("\"}\r\n{\"third\":3}\n");

    LineSplitter splitter;
    QList<QByteArray> lines;
    qsizetype mostBuffered = 0;
    const qsizetype step = chunkBytes > 0 ? chunkBytes : stream.size();
    for (qsizetype at = 0; at < stream.size(); at += step) {
        lines += splitter.feed(stream.mid(at, step));
        mostBuffered = qMax(mostBuffered, splitter.bufferedBytes());
    }
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QByteArray("{\"first\":1}"));
    QCOMPARE(lines.at(2), QByteArray("{\"third\":3}"));
    QVERIFY2(mostBuffered <= limit + 1, qPrintable(QString::number(mostBuffered)));
    QVERIFY(lines.at(1).size() > limit);
    QVERIFY(lines.at(1).size() <= limit + 1);
    const FeedParser::Result result = FeedParser::parse(lines.at(1));
    QVERIFY(std::holds_alternative<Feed::Rejection>(result));
    QVERIFY(std::get<Feed::Rejection>(result).reason.contains(QStringLiteral("1 MiB")));
    QCOMPARE(splitter.linesSeen(), 3);
    QCOMPARE(splitter.bufferedBytes(), 0);

    // An unfinished over-long line at the end is cut the same way.
    splitter.feed(QByteArray(2 * limit, 'y'));
    QVERIFY(splitter.bufferedBytes() <= limit + 1);
    QCOMPARE(splitter.takeRest().size(), limit + 1);
    QCOMPARE(splitter.linesSeen(), 4);
}

void TestFeedSource::splitterKeepsLinesOfExactlyTheLimit()
{
    // Exactly 1 MiB before "\r\n" is allowed, also when it arrives in pieces.
    const qsizetype limit = FeedParser::MaxLineBytes;
    const QByteArray exact(limit, 'z');
    for (qsizetype step : {qsizetype(1000), limit, limit + 1, limit + 2}) {
        LineSplitter splitter;
        const QByteArray stream = exact + "\r\nnext\n";
        QList<QByteArray> lines;
        for (qsizetype at = 0; at < stream.size(); at += step)
            lines += splitter.feed(stream.mid(at, step));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).size(), limit);
        QCOMPARE(lines.at(1), QByteArray("next"));
    }
}

void TestFeedSource::splitterSkipsALeadingByteOrderMark()
{
    // Only at the start of the stream, also when it arrives in pieces.
    const QByteArray bom("\xEF\xBB\xBF");
    LineSplitter splitter;
    QCOMPARE(splitter.feed(bom.left(1)), QList<QByteArray>());
    QCOMPARE(splitter.feed(bom.mid(1) + "{\"n\":1}\r\n" + bom + "{\"n\":2}\n"),
             QList<QByteArray>({"{\"n\":1}", bom + "{\"n\":2}"}));

    LineSplitter whole;
    QCOMPARE(whole.feed(bom + "one\ntwo\n"), QList<QByteArray>({"one", "two"}));
    LineSplitter onlyRest;
    onlyRest.feed(bom + "tail");
    QCOMPARE(onlyRest.takeRest(), QByteArray("tail"));
    LineSplitter none;
    QCOMPARE(none.feed("\xEF\xBB-not-a-mark\n"), QList<QByteArray>{"\xEF\xBB-not-a-mark"});

    // A file with a byte-order mark: its first line parses.
    const QString path = m_dir->filePath(QStringLiteral("bom.jsonl"));
    QVERIFY(append(path, bom + "first\nsecond\n", true));
    FileFeedSource source(path, false);
    Collector got(&source);
    source.start();
    QTRY_COMPARE(source.state(), FeedSource::State::Finished);
    QCOMPARE(got.lines, QList<QByteArray>({"first", "second"}));
}

void TestFeedSource::fileWithAnOverlongLine()
{
    const qsizetype limit = FeedParser::MaxLineBytes;
    const QString path = m_dir->filePath(QStringLiteral("overlong.jsonl"));
    QVERIFY(append(path, "one\n" + QByteArray(limit * 5 / 2, 'q') + "\nthree\n", true));
    FileFeedSource source(path, false);
    Collector got(&source);
    source.start();
    QTRY_COMPARE(source.state(), FeedSource::State::Finished);
    QCOMPARE(got.lines.size(), 3);
    QCOMPARE(got.lines.at(0), QByteArray("one"));
    QCOMPARE(got.lines.at(1).size(), limit + 1);
    QCOMPARE(got.lines.at(2), QByteArray("three"));
    QCOMPARE(got.numbers, QList<qint64>({1, 2, 3}));
}

void TestFeedSource::createPicksTheSource()
{
    std::unique_ptr<FeedSource> ws(
        FeedSource::create(QStringLiteral("ws://127.0.0.1:9/feed"), false));
    QVERIFY(qobject_cast<WebSocketFeedSource *>(ws.get()));
    QVERIFY(ws->description().contains(QStringLiteral("127.0.0.1")));
    std::unique_ptr<FeedSource> file(
        FeedSource::create(m_dir->filePath(QStringLiteral("day.jsonl")), true));
    QVERIFY(qobject_cast<FileFeedSource *>(file.get()));
    QCOMPARE(file->description(), QStringLiteral("day.jsonl"));
    QCOMPARE(file->state(), FeedSource::State::Idle);
}

void TestFeedSource::readsAFileInChunks()
{
    // About 2.4 MiB: more than two reads of 1 MiB, so lines straddle reads.
    const QList<QByteArray> expected = numberedLines(3000, 800);
    const QString path = m_dir->filePath(QStringLiteral("day.jsonl"));
    QVERIFY(append(path, expected.join('\n') + '\n', true));

    FileFeedSource source(path, false);
    Collector got(&source);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), FeedSource::State::Finished, 10000);
    QCOMPARE(got.lines.size(), expected.size());
    QCOMPARE(got.lines, expected);
    for (qsizetype i = 0; i < got.numbers.size(); ++i)
        QCOMPARE(got.numbers.at(i), i + 1);
    QVERIFY(got.batches >= 3); // delivered as it was read, not all at the end
    QCOMPARE(got.states.first(), FeedSource::State::Live);
    QCOMPARE(got.states.last(), FeedSource::State::Finished);
}

void TestFeedSource::lastLineWithoutNewline()
{
    const QString path = m_dir->filePath(QStringLiteral("short.jsonl"));
    QVERIFY(append(path, "one\r\ntwo\n\nfour", true));
    FileFeedSource source(path, false);
    Collector got(&source);
    source.start();
    QTRY_COMPARE(source.state(), FeedSource::State::Finished);
    QCOMPARE(got.lines, QList<QByteArray>({"one", "two", "", "four"}));
    QCOMPARE(got.numbers, QList<qint64>({1, 2, 3, 4}));
}

void TestFeedSource::missingFileFails()
{
    const QString path = m_dir->filePath(QStringLiteral("nowhere.jsonl"));
    FileFeedSource source(path, true);
    QSignalSpy state(&source, &FeedSource::stateChanged);
    source.start();
    QCOMPARE(source.state(), FeedSource::State::Failed);
    QVERIFY(source.stateDetail().contains(path));
    QCOMPARE(state.count(), 1);
}

void TestFeedSource::followPicksUpAppendedLines()
{
    const QString path = m_dir->filePath(QStringLiteral("live.jsonl"));
    QVERIFY(append(path, "a1\na2\na3\n", true));
    FileFeedSource source(path, true);
    Collector got(&source);
    source.start();
    QTRY_COMPARE(got.lines.size(), 3);
    QTRY_COMPARE(source.state(), FeedSource::State::Waiting);

    QVERIFY(append(path, "a4\na5\n"));
    QTRY_COMPARE(got.lines.size(), 5);
    QCOMPARE(got.lines.mid(3), QList<QByteArray>({"a4", "a5"}));
    QCOMPARE(got.numbers, QList<qint64>({1, 2, 3, 4, 5}));

    // Half a line is held back until its newline is written.
    QVERIFY(append(path, "{\"half\":"));
    QTest::qWait(600);
    QCOMPARE(got.lines.size(), 5);
    QVERIFY(append(path, "1}\na7\n"));
    QTRY_COMPARE(got.lines.size(), 7);
    QCOMPARE(got.lines.at(5), QByteArray("{\"half\":1}"));
    QCOMPARE(got.numbers.at(6), 7);

    source.stop();
    QCOMPARE(source.state(), FeedSource::State::Finished);
    QVERIFY(append(path, "after-stop\n"));
    QTest::qWait(400);
    QCOMPARE(got.lines.size(), 7);
}

void TestFeedSource::followRestartsAfterTruncation()
{
    const QString path = m_dir->filePath(QStringLiteral("rotated.jsonl"));
    QVERIFY(append(path, "old-1\nold-2\nold-3\nold-", true));
    FileFeedSource source(path, true);
    Collector got(&source);
    source.start();
    QTRY_COMPARE(got.lines.size(), 3);
    QTRY_COMPARE(source.state(), FeedSource::State::Waiting);

    // The file is truncated and written anew (shorter than before).
    QVERIFY(append(path, "new-1\nnew-2\n", true));
    QTRY_COMPARE(got.lines.size(), 5);
    // The unfinished "old-" of the old file must not stick to the new first line.
    QCOMPARE(got.lines.mid(3), QList<QByteArray>({"new-1", "new-2"}));
    // The new file's lines are numbered from 1 again.
    QCOMPARE(got.numbers.mid(3), QList<qint64>({1, 2}));
    // And it is followed as it grows.
    QVERIFY(append(path, "new-3\n"));
    QTRY_COMPARE(got.lines.size(), 6);
    QCOMPARE(got.lines.at(5), QByteArray("new-3"));
    QCOMPARE(got.numbers.at(5), 3);
}

void TestFeedSource::followRestartsWhenReplaced()
{
    // A log rotation: the followed file is replaced by another one, already
    // longer than what was read of the old one.
    const QString path = m_dir->filePath(QStringLiteral("replaced.jsonl"));
    QVERIFY(append(path, "old-1\nold-2\nold-", true));
    FileFeedSource source(path, true);
    Collector got(&source);
    source.start();
    QTRY_COMPARE(got.lines.size(), 2);
    QTRY_COMPARE(source.state(), FeedSource::State::Waiting);

    const QString next = m_dir->filePath(QStringLiteral("replaced.jsonl.tmp"));
    QVERIFY(append(next, "new-1-is-a-longer-line\nnew-2-is-a-longer-line\n", true));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(next, path));
    QTRY_COMPARE(got.lines.size(), 4);
    QCOMPARE(got.lines.mid(2),
             QList<QByteArray>({"new-1-is-a-longer-line", "new-2-is-a-longer-line"}));
    QCOMPARE(got.numbers.mid(2), QList<qint64>({1, 2}));
}

void TestFeedSource::webSocketDeliversLinesOfEachMessage()
{
    QWebSocketServer server(QStringLiteral("feed"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QWebSocket *> clients;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *client = server.nextPendingConnection();
        clients.append(client);
        client->sendTextMessage(QStringLiteral("{\"n\":1}\n{\"n\":2}\r\n{\"n\":3}"));
        client->sendTextMessage(
            QStringLiteral("{\"n\":4,\"city\":\"'s-Hertogenbosch\",\"name\":\"Zoë\"}"));
    });

    WebSocketFeedSource source(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
    Collector got(&source);
    source.start();
    QCOMPARE(source.state(), FeedSource::State::Connecting);
    QTRY_COMPARE(source.state(), FeedSource::State::Live);
    QTRY_COMPARE(got.batches, 2);
    QCOMPARE(got.lines.mid(0, 3), QList<QByteArray>({"{\"n\":1}", "{\"n\":2}", "{\"n\":3}"}));
    QCOMPARE(got.lines.at(3),
             QStringLiteral("{\"n\":4,\"city\":\"'s-Hertogenbosch\",\"name\":\"Zoë\"}").toUtf8());
    QCOMPARE(got.numbers, QList<qint64>({0, 0, 0, 0})); // WebSocket lines have no numbers

    source.stop();
    QCOMPARE(source.state(), FeedSource::State::Finished);
    qDeleteAll(clients);
}

void TestFeedSource::webSocketReconnects()
{
    QWebSocketServer server(QStringLiteral("feed"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    QList<QWebSocket *> clients;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *client = server.nextPendingConnection();
        clients.append(client);
        ++connections;
        client->sendTextMessage(QStringLiteral("{\"connection\":%1}").arg(connections));
    });

    WebSocketFeedSource source(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
    Collector got(&source);
    source.start();
    QTRY_COMPARE(got.lines.size(), 1);
    QCOMPARE(source.state(), FeedSource::State::Live);

    // The server drops the connection: the source waits, then connects again.
    clients.last()->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("restart"));
    QTRY_COMPARE(source.state(), FeedSource::State::Waiting);
    QVERIFY(!source.stateDetail().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(connections, 2, 5000);
    QTRY_COMPARE(source.state(), FeedSource::State::Live);
    QTRY_COMPARE(got.lines.size(), 2);
    QCOMPARE(got.lines.last(), QByteArray("{\"connection\":2}"));

    // Stopped: it stays away.
    source.stop();
    QTest::qWait(1500);
    QCOMPARE(connections, 2);
    QCOMPARE(source.state(), FeedSource::State::Finished);
    qDeleteAll(clients);
}

void TestFeedSource::webSocketWaitsWhenNobodyListens()
{
    // A port that was just free: connecting is refused, the source waits and retries.
    quint16 port = 0;
    {
        QWebSocketServer probe(QStringLiteral("probe"), QWebSocketServer::NonSecureMode);
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    WebSocketFeedSource source(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
    Collector got(&source);
    source.start();
    QTRY_COMPARE(source.state(), FeedSource::State::Waiting);
    QVERIFY(source.stateDetail().contains(QStringLiteral("1 s")));

    // A server appears on that port: the retry finds it.
    QWebSocketServer server(QStringLiteral("feed"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, port));
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), FeedSource::State::Live, 5000);
    source.stop();
    QVERIFY(got.lines.isEmpty());
}

QTEST_GUILESS_MAIN(TestFeedSource)
#include "tst_feedsource.moc"
