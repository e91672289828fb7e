// voorzet-cli eta-replay from the outside: a small simulated day replayed,
// every line parsed as the contract says ({"at", "stop", "eta", "low",
// "high"}, in that order, feed times), moments on the interval, and nothing
// learnt from the future: a feed cut at a moment gives the same lines before it.

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QString cliPath()
{
    return qEnvironmentVariable("VOORZET_BIN_DIR") + QStringLiteral("/voorzet-cli");
}

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(cliPath(), args);
    Run run;
    if (!p.waitForFinished(120000))
        return run;
    run.code = p.exitCode();
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

qint64 parseTime(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

class TestEtaReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void linesFollowTheContract();
    void nothingComesFromTheFuture();
    void badIntervalIsAUsageError_data();
    void badIntervalIsAUsageError();

private:
    QTemporaryDir m_dir;
    QString m_feed;
    QList<QByteArray> m_lines;
};

void TestEtaReplay::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath()));
    QVERIFY(m_dir.isValid());
    m_feed = m_dir.filePath(QStringLiteral("day.jsonl"));
    const Run sim =
        cli({QStringLiteral("simulate"), QStringLiteral("--date"), QStringLiteral("2026-11-23"),
             QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--vans"),
             QStringLiteral("3"), QStringLiteral("--out"), m_feed});
    QCOMPARE(sim.code, 0);
    const Run replay = cli(
        {QStringLiteral("eta-replay"), m_feed, QStringLiteral("--every"), QStringLiteral("10m")});
    QVERIFY2(replay.code == 0, replay.err.constData());
    m_lines = replay.out.split('\n');
    QVERIFY(m_lines.size() > 1);
    QVERIFY(m_lines.constLast().isEmpty()); // every line ends with a newline
    m_lines.removeLast();
}

void TestEtaReplay::linesFollowTheContract()
{
    static const QRegularExpression shape(QStringLiteral(
        R"(^\{"at": "[^"]+", "stop": "[^"]+", "eta": "[^"]+", "low": "[^"]+", "high": "[^"]+"\}$)"));
    static const QRegularExpression feedTime(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$)"));
    QSet<QString> stops;
    qint64 previousAt = 0;
    for (const QByteArray &line : std::as_const(m_lines)) {
        QVERIFY2(shape.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QCOMPARE(o.keys().size(), 5);
        for (const char *key : {"at", "eta", "low", "high"})
            QVERIFY2(feedTime.match(o.value(QLatin1String(key)).toString()).hasMatch(),
                     line.constData());
        const qint64 at = parseTime(o.value(QStringLiteral("at")).toString());
        const qint64 eta = parseTime(o.value(QStringLiteral("eta")).toString());
        const qint64 low = parseTime(o.value(QStringLiteral("low")).toString());
        const qint64 high = parseTime(o.value(QStringLiteral("high")).toString());
        QVERIFY(at > 0 && eta > 0 && low > 0 && high > 0);
        QCOMPARE(at % (10 * 60 * 1000), 0);
        QVERIFY(at >= previousAt);
        previousAt = at;
        QVERIFY2(low <= eta && eta <= high, line.constData());
        QVERIFY2(low >= at, line.constData());
        stops.insert(o.value(QStringLiteral("stop")).toString());
    }
    // Three vans deliver a few dozen stops.
    QVERIFY2(stops.size() >= 10, qPrintable(QString::number(stops.size())));
}

void TestEtaReplay::nothingComesFromTheFuture()
{
    QFile file(m_feed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> feed = file.readAll().split('\n');
    // Cut the day at 11:00 in the company's time.
    const qint64 cut = parseTime(QStringLiteral("2026-11-23T11:00:00+01:00"));
    QByteArray head;
    static const QRegularExpression ts(QStringLiteral(R"re("ts":"([^"]+)")re"));
    for (const QByteArray &line : feed) {
        const QRegularExpressionMatch m = ts.match(QString::fromUtf8(line));
        if (m.hasMatch() && parseTime(m.captured(1)) > cut)
            break;
        head.append(line).append('\n');
    }
    const QString cutFeed = m_dir.filePath(QStringLiteral("head.jsonl"));
    QFile out(cutFeed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(head);
    out.close();
    const Run replay = cli({QStringLiteral("eta-replay"), cutFeed});
    QCOMPARE(replay.code, 0);
    QList<QByteArray> before;
    for (const QByteArray &line : std::as_const(m_lines)) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (parseTime(o.value(QStringLiteral("at")).toString()) < cut)
            before.append(line);
    }
    QList<QByteArray> cutLines = replay.out.split('\n');
    cutLines.removeAll(QByteArray());
    QVERIFY(!before.isEmpty());
    QCOMPARE(cutLines, before);
}

void TestEtaReplay::badIntervalIsAUsageError_data()
{
    QTest::addColumn<QString>("every");
    QTest::newRow("zero") << "0m";
    QTest::newRow("word") << "often";
    QTest::newRow("too long") << "25h";
}

void TestEtaReplay::badIntervalIsAUsageError()
{
    QFETCH(QString, every);
    const Run run = cli({QStringLiteral("eta-replay"), m_feed, QStringLiteral("--every"), every});
    QCOMPARE(run.code, 2);
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestEtaReplay)
#include "tst_etareplay.moc"
