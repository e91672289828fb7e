// Replays the fuzzing corpus and every input the fuzzer once broke the
// reader with (crashes/) through the reader, solver and check.

#include "solomoninvariants.h"

#include <QDir>
#include <QTest>

class TestSolomonFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replays_data()
    {
        QTest::addColumn<QString>("path");
        const QString root = QStringLiteral(SOLOMON_FUZZ_DIR);
        int count = 0;
        const QStringList folders{QStringLiteral("corpus"), QStringLiteral("crashes")};
        for (const QString &sub : folders) {
            const QDir dir(root + QLatin1Char('/') + sub);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(sub + QLatin1Char('/') + name)) << dir.filePath(name);
                ++count;
            }
        }
        QVERIFY2(count > 0, "no corpus found");
    }

    void replays()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString broken = SolomonInvariants::violation(file.readAll());
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }
};

QTEST_GUILESS_MAIN(TestSolomonFuzzRegressions)
#include "tst_solomonfuzzregressions.moc"
