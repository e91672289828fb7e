#include "cli/reviewthemescommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

class TestReviewThemesCommand : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = 0;
        QStringList lines;
    };

    static Run run(QStringList args, const QString &stdinText = {})
    {
        args.prepend(QStringLiteral("voorzet-cli reviews themes"));
        QString input = stdinText, output;
        QTextStream in(&input), out(&output);
        Run r;
        r.code = runReviewThemes(args, in, out);
        out.flush();
        r.lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return r;
    }

    static QJsonObject json(const QString &line)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << line;
        return doc.object();
    }

private Q_SLOTS:
    void oneText()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("nl"),
                           QStringLiteral("Keurig op tijd, maar een kras in de vloer")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.lines.size(), 1);
        const QJsonObject o = json(r.lines.first());
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("themes"), QStringLiteral("tone")}));
        QCOMPARE(o.value(QStringLiteral("themes")).toArray(),
                 QJsonArray({QStringLiteral("punctuality"), QStringLiteral("damage")}));
        QCOMPARE(o.value(QStringLiteral("tone")).toString(), QStringLiteral("mixed"));
    }

    void unquotedWordsAreOneText()
    {
        const Run r = run({QStringLiteral("not"), QStringLiteral("on"), QStringLiteral("time")});
        QCOMPARE(r.code, 0);
        QCOMPARE(json(r.lines.value(0)).value(QStringLiteral("tone")).toString(),
                 QStringLiteral("negative"));
    }

    void standardInput()
    {
        const Run r = run({QStringLiteral("-")},
                          QStringLiteral("Very friendly\r\n\nDe oude bank is niet meegenomen\n"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.lines.size(), 3); // the empty line gets its answer too
        QCOMPARE(json(r.lines.at(0)).value(QStringLiteral("themes")).toArray(),
                 QJsonArray({QStringLiteral("friendliness")}));
        QCOMPARE(json(r.lines.at(1)).value(QStringLiteral("themes")).toArray(),
                 QJsonArray({QStringLiteral("other")}));
        QCOMPARE(json(r.lines.at(2)).value(QStringLiteral("themes")).toArray(),
                 QJsonArray({QStringLiteral("take_back")}));
        QCOMPARE(json(r.lines.at(2)).value(QStringLiteral("tone")).toString(),
                 QStringLiteral("negative"));
    }

    void scoreAndHits()
    {
        const QString text = QStringLiteral("Bank afgeleverd, netjes gebeld");
        const Run r = run({QStringLiteral("--score"), QStringLiteral("3"), QStringLiteral("--hits"), text});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r.lines.value(0));
        QCOMPARE(o.value(QStringLiteral("language")).toString(), QStringLiteral("nl"));
        // "gebeld" is a neutral mention, "netjes" gives way to it: the score decides.
        QCOMPARE(o.value(QStringLiteral("tone")).toString(), QStringLiteral("negative"));
        const QJsonArray hits = o.value(QStringLiteral("hits")).toArray();
        QVERIFY(!hits.isEmpty());
        bool called = false;
        for (const QJsonValue &h : hits) {
            const QJsonObject hit = h.toObject();
            QCOMPARE(text.mid(hit.value(QStringLiteral("start")).toInt(),
                              hit.value(QStringLiteral("length")).toInt()),
                     hit.value(QStringLiteral("text")).toString());
            called |= hit.value(QStringLiteral("theme")).toString() == QLatin1String("communication") &&
                      hit.value(QStringLiteral("text")).toString() == QLatin1String("gebeld");
        }
        QVERIFY(called);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no text") << QStringList{} << 2;
        QTest::newRow("bad language") << QStringList{"--lang", "de", "gut"} << 2;
        QTest::newRow("bad score") << QStringList{"--score", "11", "fine"} << 2;
        QTest::newRow("help") << QStringList{"--help"} << 0;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QCOMPARE(run(args).code, code);
    }
};

QTEST_GUILESS_MAIN(TestReviewThemesCommand)
#include "tst_reviewthemescommand.moc"
