// Replays the fuzzer's seed corpus and every input it ever found
// (crashes/) through FeedParser::parse: each must return, with an event or a
// rejection that keeps the feed contract.

#include "feedinvariants.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

QString fuzzDir()
{
    QString root = qEnvironmentVariable("VOORZET_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(VOORZET_SOURCE_DIR_FALLBACK);
    return root + QStringLiteral("/tests/fuzz/feedparser");
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWithoutCrashing_data();
    void parsesWithoutCrashing();
    void corpusHasBothKinds();
};

void TestFuzzRegressions::parsesWithoutCrashing_data()
{
    QTest::addColumn<QString>("path");
    int found = 0;
    for (const QString &folder : {QStringLiteral("corpus"), QStringLiteral("crashes")}) {
        const QDir dir(fuzzDir() + QLatin1Char('/') + folder);
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name)) {
            if (file.fileName() == QLatin1String("README.md"))
                continue;
            QTest::newRow(qPrintable(folder + QLatin1Char('/') + file.fileName()))
                << file.absoluteFilePath();
            ++found;
        }
    }
    if (found == 0)
        QTest::newRow("no corpus") << QString();
}

void TestFuzzRegressions::parsesWithoutCrashing()
{
    QFETCH(QString, path);
    QVERIFY2(!path.isEmpty(), qPrintable(QStringLiteral("no inputs under %1").arg(fuzzDir())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    // The fuzzer hands over the whole file as one input; do the same.
    const FeedParser::Result result = FeedParser::parse(bytes);
    const QString broken = FeedInvariants::violation(result);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    QVERIFY(std::holds_alternative<Feed::Event>(result) ||
            std::holds_alternative<Feed::Rejection>(result));
    const QString differ = FeedInvariants::quickDisagreement(bytes);
    QVERIFY2(differ.isEmpty(), qPrintable(differ));

    // Seeds say in their name what they are.
    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(QLatin1String("valid-"))) {
        const auto *rejection = std::get_if<Feed::Rejection>(&result);
        QVERIFY2(!rejection, rejection ? qPrintable(rejection->text()) : "");
    } else if (name.startsWith(QLatin1String("bad-"))) {
        QVERIFY(std::holds_alternative<Feed::Rejection>(result));
    }
}

void TestFuzzRegressions::corpusHasBothKinds()
{
    const QDir dir(fuzzDir() + QStringLiteral("/corpus"));
    QVERIFY(dir.entryList({QStringLiteral("valid-*")}, QDir::Files).size() >= 9);
    QVERIFY(dir.entryList({QStringLiteral("bad-*")}, QDir::Files).size() >= 5);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
