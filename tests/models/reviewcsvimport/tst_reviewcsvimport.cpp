#include "reviewfixture.h"

#include "core/changenotifier.h"
#include "reviews/csvreader.h"
#include "reviews/reviewcsvimporter.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// A row of expectations: the line a rejection is reported on and its field.
using Rejections = QList<QPair<int, QString>>;
Q_DECLARE_METATYPE(Rejections)

class TestReviewCsvImport : public QObject
{
    Q_OBJECT

private:
    static QString header()
    {
        return QStringLiteral("review id,stop id,score,comment,date,language\n");
    }

    static qint64 now() { return ReviewFixture::at(2026, 11, 25, 9); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("imported");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<Rejections>("rejections"); // (line, field)
        auto file = [](const char *body) { return (header() + QString::fromUtf8(body)).toUtf8(); };
        QTest::newRow("good row") << file("RV-1,S-1,9,Prima,2026-11-23\n") << 1 << 0
                                  << Rejections{};
        QTest::newRow("no end of line at the end")
            << file("RV-1,S-1,9,Prima,2026-11-23") << 1 << 0 << Rejections{};
        QTest::newRow("CR LF") << QByteArray("review id,stop id,score,comment,date\r\n"
                                             "RV-1,S-1,9,Prima,2026-11-23\r\n"
                                             "RV-2,S-1,x,Prima,2026-11-23\r\n")
                               << 1 << 0 << Rejections{{3, "score"}};
        QTest::newRow("language optional in the header")
            << QByteArray("review id,stop id,score,comment,date\nRV-1,S-1,9,Prima,2026-11-23\n")
            << 1 << 0 << Rejections{};
        QTest::newRow("columns in another order, Dutch names")
            << QByteArray("Datum;Cijfer;Opmerking;Stop;Review ID\n2026-11-23;9;Top;S-1;RV-1\n") << 1
            << 0 << Rejections{};
        QTest::newRow("quoted comma")
            << file("RV-1,S-1,3,\"Laat, en boos\",2026-11-23,nl\n") << 1 << 0 << Rejections{};
        QTest::newRow("quoted newline shifts the line numbers")
            << file("RV-1,S-1,3,\"Laat\nen\nboos\",2026-11-23,nl\nRV-2,S-1,12,x,2026-11-23,nl\n")
            << 1 << 0 << Rejections{{5, "score"}};
        QTest::newRow("missing id") << file("RV-1,S-1,9,a,2026-11-23,nl\n,S-1,9,b,2026-11-23,nl\n")
                                    << 1 << 0 << Rejections{{3, "review id"}};
        QTest::newRow("missing stop")
            << file("RV-1,,9,a,2026-11-23,nl\n") << 0 << 0 << Rejections{{2, "stop id"}};
        QTest::newRow("score 11") << file("RV-1,S-1,11,a,2026-11-23,nl\n") << 0 << 0
                                  << Rejections{{2, "score"}};
        QTest::newRow("score -1") << file("RV-1,S-1,-1,a,2026-11-23,nl\n") << 0 << 0
                                  << Rejections{{2, "score"}};
        QTest::newRow("score 7.5")
            << file("RV-1,S-1,7.5,a,2026-11-23,nl\n") << 0 << 0 << Rejections{{2, "score"}};
        QTest::newRow("score missing")
            << file("RV-1,S-1,,a,2026-11-23,nl\n") << 0 << 0 << Rejections{{2, "score"}};
        QTest::newRow("scores 0 and 10") << file("RV-1,S-1,0,a,2026-11-23,nl\n"
                                                 "RV-2,S-1,10,b,2026-11-23,nl\n")
                                         << 2 << 0 << Rejections{};
        QTest::newRow("bad date") << file("RV-1,S-1,8,a,2026-02-30,nl\n") << 0 << 0
                                  << Rejections{{2, "date"}};
        QTest::newRow("date words")
            << file("RV-1,S-1,8,a,gisteren,nl\n") << 0 << 0 << Rejections{{2, "date"}};
        QTest::newRow("date missing")
            << file("RV-1,S-1,8,a,,nl\n") << 0 << 0 << Rejections{{2, "date"}};
        QTest::newRow("date forms") << file("RV-1,S-1,8,a,2026-11-23T18:02:11+01:00,nl\n"
                                            "RV-2,S-1,8,a,2026-11-23 18:02,nl\n"
                                            "RV-3,S-1,8,a,23-11-2026,nl\n"
                                            "RV-4,S-1,8,a,23-11-2026 18:02:11,nl\n"
                                            "RV-5,S-1,8,a,2026-11-23T18:02,nl\n")
                                    << 5 << 0 << Rejections{};
        QTest::newRow("bad language") << file("RV-1,S-1,8,a,2026-11-23,Nederlands\n") << 0 << 0
                                      << Rejections{{2, "language"}};
        QTest::newRow("too few fields") << file("RV-1,S-1,8\nRV-2,S-1,8,a,2026-11-23,nl\n") << 1
                                        << 0 << Rejections{{2, QString()}};
        QTest::newRow("too many fields")
            << file("RV-1,S-1,8,a,b,2026-11-23,nl\n") << 0 << 0 << Rejections{{2, QString()}};
        QTest::newRow("text after a closing quote")
            << file("RV-1,S-1,8,\"a\"b,2026-11-23,nl\n") << 0 << 0 << Rejections{{2, QString()}};
        QTest::newRow("quote never closed")
            << file("RV-1,S-1,8,a,2026-11-23,nl\nRV-2,S-1,8,\"open,2026-11-23,nl\nRV-3\n") << 1 << 0
            << Rejections{{3, QString()}};
        QTest::newRow("not UTF-8") << (header().toUtf8() + "RV-1,S-1,8,caf\xe9,2026-11-23,nl\n")
                                   << 0 << 0 << Rejections{{2, QString()}};
        QTest::newRow("same id twice in the file")
            << file("RV-1,S-1,8,a,2026-11-23,nl\nRV-1,S-1,8,a,2026-11-23,nl\n") << 1 << 1
            << Rejections{};
        QTest::newRow("blank lines are not rows")
            << file("\nRV-1,S-1,8,a,2026-11-23,nl\n\n\nRV-2,S-1,x,a,2026-11-23,nl\n") << 1 << 0
            << Rejections{{6, "score"}};
        QTest::newRow("byte order mark and semicolons")
            << QByteArray("\xEF\xBB\xBFreview id;stop id;score;comment;date\n"
                          "RV-1;S-1;6;Bezorgd, maar te laat;2026-11-23\n")
            << 1 << 0 << Rejections{};
    }

    void rows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, imported);
        QFETCH(int, duplicates);
        QFETCH(Rejections, rejections);
        ReviewFixture f;
        ReviewCsvImporter importer(f.store());
        const ReviewImportResult r = importer.importData(csv, QStringLiteral("test.csv"), now());
        QVERIFY2(r.fileError.isEmpty(), qPrintable(r.fileError));
        QCOMPARE(r.imported, imported);
        QCOMPARE(r.duplicates, duplicates);
        Rejections got;
        for (const ReviewImportRejection &rej : r.rejected) {
            got.append({int(rej.line), rej.field});
            QVERIFY(!rej.reason.isEmpty());
        }
        QCOMPARE(got, rejections);
        // nothing silently dropped
        QCOMPARE(r.imported + r.duplicates + int(r.rejected.size()), r.rows);
        QCOMPARE(f.store().count(), qint64(imported));
        QCOMPARE(f.store().rejectedRowCount(), qint64(rejections.size()));
    }

    void fileWithEverything()
    {
        ReviewFixture f;
        ChangeNotifier notifier;
        QSignalSpy added(&notifier, &ChangeNotifier::reviewsAdded);
        ReviewCsvImporter importer(f.store(), &notifier);
        const QString path = QFINDTESTDATA("survey-export.csv");
        QVERIFY(!path.isEmpty());
        const ReviewImportResult r = importer.importFile(path, now());
        QVERIFY2(r.fileError.isEmpty(), qPrintable(r.fileError));
        QCOMPARE(r.rows, 8);
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(r.unknownStops, 1);
        QCOMPARE(r.blankLines, 1);
        QCOMPARE(r.casesOpened, 1); // RV-101 (score 2); the 5 without an id was refused
        Rejections got;
        for (const ReviewImportRejection &rej : r.rejected)
            got.append({int(rej.line), rej.field});
        QCOMPARE(got, (Rejections{{5, "score"}, {7, "review id"}, {9, "score"}, {10, "date"}}));
        QCOMPARE(r.rejected.at(1).raw, QStringLiteral(";S-1;5;geen id;2026-11-23;nl"));

        const std::optional<ReviewRow> multi = f.store().review(QStringLiteral("RV-101"));
        QVERIFY(multi);
        QCOMPARE(multi->comment, QStringLiteral("Bank beschadigd.\nNiemand belde terug, "
                                                "\"excuses\" kwamen pas later."));
        QCOMPARE(multi->source, QStringLiteral("csv"));
        QCOMPARE(f.store().review(QStringLiteral("RV-100"))->comment,
                 QStringLiteral("Netjes; snel en vriendelijk"));
        QCOMPARE(f.store().review(QStringLiteral("RV-100"))->receivedAt,
                 ReviewFixture::at(2026, 11, 23, 18, 2));
        QCOMPARE(f.store().review(QStringLiteral("RV-103"))->receivedAt,
                 ReviewFixture::at(2026, 11, 24, 9, 15));
        QVERIFY(f.store().caseForReview(QStringLiteral("RV-101")));
        QVERIFY(!f.store().caseForReview(QStringLiteral("RV-100")));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toStringList().size(), 3);
        // imported comments are searchable
        QCOMPARE(f.store().search(QStringLiteral("excuses"), 5).size(), 1);
    }

    void reimportAddsNothing()
    {
        ReviewFixture f;
        ChangeNotifier notifier;
        ReviewCsvImporter importer(f.store(), &notifier);
        const QString path = QFINDTESTDATA("survey-export.csv");
        importer.importFile(path, now());
        QSignalSpy added(&notifier, &ChangeNotifier::reviewsAdded);
        const ReviewImportResult again = importer.importFile(path, now() + 1000);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 4);
        QCOMPARE(again.rejected.size(), 4);                // still reported ...
        QCOMPARE(f.store().rejectedRowCount(), qint64(4)); // ... but kept once
        QCOMPARE(again.casesOpened, 0);
        QCOMPARE(f.store().count(), qint64(3));
        QCOMPARE(f.store().unresolvedCases().size(), 1);
        QCOMPARE(added.size(), 0);
    }

    void fileErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("no score column") << QByteArray("review id,stop id,comment,date\nRV-1,S-1,a,"
                                                       "2026-11-23\n");
        QTest::newRow("no header, data first") << QByteArray("RV-1,S-1,9,a,2026-11-23\n");
        QTest::newRow("a column twice") << QByteArray(
            "review id,stop id,score,score,comment,date\nRV-1,S-1,9,9,a,2026-11-23\n");
    }

    void fileErrors()
    {
        QFETCH(QByteArray, csv);
        ReviewFixture f;
        ReviewCsvImporter importer(f.store());
        const ReviewImportResult r = importer.importData(csv, QStringLiteral("bad.csv"), now());
        QVERIFY(!r.fileError.isEmpty());
        QCOMPARE(r.imported, 0);
        QCOMPARE(f.store().count(), qint64(0));
    }

    void missingFile()
    {
        ReviewFixture f;
        ReviewCsvImporter importer(f.store());
        const ReviewImportResult r =
            importer.importFile(f.path() + QStringLiteral("/nope.csv"), now());
        QVERIFY(r.fileError.contains(QStringLiteral("nope.csv")));
    }

    void separatorFromTheHeader()
    {
        QCOMPARE(CsvReader("a;b;c\n1;2;3\n").separator(), ';');
        QCOMPARE(CsvReader("a,b;c,d\n").separator(), ',');
        QCOMPARE(CsvReader("\"a;x\",b\n").separator(), ',');
        const CsvReader r("a,b\n\"1\"\"2\",\"\"\n");
        QCOMPARE(r.records().size(), 1);
        QCOMPARE(r.records().at(0).fields, (QStringList{"1\"2", ""}));
    }
};

QTEST_GUILESS_MAIN(TestReviewCsvImport)
#include "tst_reviewcsvimport.moc"
