#include "planning/solomonreader.h"

#include <QTest>

using namespace Planning;

namespace {

QByteArray instance(const QByteArray &fleet, const QByteArray &rows)
{
    return "T1\n\nVEHICLE\nNUMBER     CAPACITY\n" + fleet +
           "\n\nCUSTOMER\nCUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   "
           "TIME\n\n" +
           rows;
}

const QByteArray kDepot = "0 40 50 0 0 1236 0\n";

} // namespace

class TestSolomonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheFileNextToTheTest()
    {
        const Problem p = SolomonReader::readFile(QStringLiteral(PLANNING_TEST_DATA "/tiny5.txt"));
        QCOMPARE(p.name(), QStringLiteral("TINY5"));
        QCOMPARE(p.customerCount(), 5);
        QCOMPARE(int(p.fleet().size()), 3);
        QCOMPARE(p.vehicle(2).capacity, 50.0);
        QCOMPARE(p.vehicle(0).shiftEnd, 200.0);
        QCOMPARE(p.site(2).ready, 30.0);
        QCOMPARE(p.site(2).due, 60.0);
        QCOMPARE(p.site(3).service, 10.0);
        QCOMPARE(p.travel(0, 1), 10.0);
        QCOMPARE(p.travel(5, 0), 5.0); // 3-4-5 triangle, not rounded
    }

    void parsesGoodInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("customers");
        QTest::addColumn<int>("vehicles");
        QTest::addColumn<double>("capacity");
        QTest::addColumn<double>("lastDue");
        QTest::newRow("plain") << instance("25 200", kDepot + "1 45 68 10 912 967 90\n") << 1 << 25
                               << 200.0 << 967.0;
        QTest::newRow("crlf and tabs")
            << instance("25\t200", kDepot + "1\t45\t68\t10\t912\t967\t90\r\n").replace("\n", "\r\n")
            << 1 << 25 << 200.0 << 967.0;
        QTest::newRow("decimals") << instance("2 10.5", kDepot + "7 1.5 2.25 3.5 0 10.75 0.5\n")
                                  << 1 << 2 << 10.5 << 10.75;
        QTest::newRow("depot only") << instance("1 1", kDepot) << 0 << 1 << 1.0 << 1236.0;
        QTest::newRow("lower case headers")
            << QByteArray("x\nvehicle\nnumber capacity\n3 9\ncustomer\ncust no.\n0 0 0 0 0 9 0\n1 "
                          "1 1 1 0 5 0\n")
            << 1 << 3 << 9.0 << 5.0;
        QTest::newRow("blank lines between rows")
            << instance("4 100",
                        kDepot + "\n1 45 68 10 912 967 90\n\n  \n2 45 70 30 825 870 90\n\n")
            << 2 << 4 << 100.0 << 870.0;
    }

    void parsesGoodInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, customers);
        QFETCH(int, vehicles);
        QFETCH(double, capacity);
        QFETCH(double, lastDue);
        const Problem p = SolomonReader::parse(text);
        QCOMPARE(p.customerCount(), customers);
        QCOMPARE(int(p.fleet().size()), vehicles);
        QCOMPARE(p.fleet().front().capacity, capacity);
        QCOMPARE(p.site(p.siteCount() - 1).due, lastDue);
    }

    void rejectsBadInputNamingLineAndField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        // The customer rows start on line 10 of instance().
        QTest::newRow("empty") << QByteArray("") << 1 << QStringLiteral("name");
        QTest::newRow("no name") << QByteArray("VEHICLE\nNUMBER CAPACITY\n1 1\n") << 1
                                 << QStringLiteral("name");
        QTest::newRow("missing VEHICLE")
            << QByteArray("T\nNUMBER CAPACITY\n") << 2 << QStringLiteral("VEHICLE");
        QTest::newRow("ends after VEHICLE")
            << QByteArray("T\nVEHICLE\n") << 2 << QStringLiteral("NUMBER CAPACITY");
        QTest::newRow("vehicle count not a number")
            << instance("many 200", kDepot) << 5 << QStringLiteral("NUMBER");
        QTest::newRow("vehicle count fraction")
            << instance("2.5 200", kDepot) << 5 << QStringLiteral("NUMBER");
        QTest::newRow("zero vehicles")
            << instance("0 200", kDepot) << 5 << QStringLiteral("NUMBER");
        QTest::newRow("capacity missing")
            << instance("25", kDepot) << 5 << QStringLiteral("NUMBER CAPACITY");
        QTest::newRow("negative capacity")
            << instance("25 -1", kDepot) << 5 << QStringLiteral("CAPACITY");
        QTest::newRow("no CUSTOMER") << QByteArray("T\nVEHICLE\nNUMBER CAPACITY\n1 1\nCUST NO.\n")
                                     << 5 << QStringLiteral("CUSTOMER");
        QTest::newRow("no rows") << instance("25 200", "") << 9 << QStringLiteral("CUST NO.");
        QTest::newRow("short row") << instance("25 200", kDepot + "1 45 68 10 912 967\n") << 11
                                   << QStringLiteral("SERVICE TIME");
        QTest::newRow("long row") << instance("25 200", kDepot + "1 45 68 10 912 967 90 5\n") << 11
                                  << QStringLiteral("SERVICE TIME");
        QTest::newRow("x not a number") << instance("25 200", kDepot + "1 4x5 68 10 912 967 90\n")
                                        << 11 << QStringLiteral("XCOORD.");
        QTest::newRow("demand negative") << instance("25 200", kDepot + "1 45 68 -10 912 967 90\n")
                                         << 11 << QStringLiteral("DEMAND");
        QTest::newRow("due before ready") << instance("25 200", kDepot + "1 45 68 10 912 900 90\n")
                                          << 11 << QStringLiteral("DUE DATE");
        QTest::newRow("ready not finite") << instance("25 200", kDepot + "1 45 68 10 inf 967 90\n")
                                          << 11 << QStringLiteral("READY TIME");
        QTest::newRow("service negative") << instance("25 200", kDepot + "1 45 68 10 912 967 -1\n")
                                          << 11 << QStringLiteral("SERVICE TIME");
        QTest::newRow("duplicate number")
            << instance("25 200", kDepot + "1 45 68 10 912 967 90\n1 1 1 1 1 2 0\n") << 12
            << QStringLiteral("CUST NO.");
        QTest::newRow("depot with demand")
            << instance("25 200", "0 40 50 5 0 1236 0\n") << 10 << QStringLiteral("DEMAND");
        QTest::newRow("demand out of range")
            << instance("25 200", kDepot + "1 45 68 1e308 912 967 90\n") << 11
            << QStringLiteral("DEMAND");
        QTest::newRow("number fraction") << instance("25 200", kDepot + "1.5 45 68 10 912 967 90\n")
                                         << 11 << QStringLiteral("CUST NO.");
    }

    void rejectsBadInputNamingLineAndField()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, field);
        try {
            SolomonReader::parse(text);
            QFAIL("parsed input that should have been refused");
        } catch (const SolomonFormatError &e) {
            QCOMPARE(e.field(), field);
            QCOMPARE(e.line(), line);
            QVERIFY(!e.message().isEmpty());
            QVERIFY2(e.describe().contains(QString::number(line)), qPrintable(e.describe()));
        }
    }

    void missingFileIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(SolomonFormatError, SolomonReader::readFile(QStringLiteral(
                                                         PLANNING_TEST_DATA "/no-such-file.txt")));
    }
};

QTEST_GUILESS_MAIN(TestSolomonReader)
#include "tst_solomonreader.moc"
