#include "replanscenario.h"

#include "replan/slotfinder.h"

#include <QTest>

using namespace Replan;
using namespace ReplanScenario;

// Slots on the coming working days: routes of the stop's hub with room,
// cheapest first, else the hub's usual windows "to be planned".
class TestSlotFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<OperationFixture>(FeedLines::dateTimeAt(6, 0)); }
    void cleanup() { m_fixture.reset(); }

    void workingDaysSkipTheWeekend_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("days");
        QTest::newRow("Monday") << "2026-11-23" << 2 << QStringList{"2026-11-24", "2026-11-25"};
        QTest::newRow("Friday") << "2026-11-27" << 2 << QStringList{"2026-11-30", "2026-12-01"};
        QTest::newRow("Saturday") << "2026-11-28" << 1 << QStringList{"2026-11-30"};
        QTest::newRow("Sunday") << "2026-11-29" << 1 << QStringList{"2026-11-30"};
        QTest::newRow("not a day") << "23-11-2026" << 3 << QStringList{};
    }

    void workingDaysSkipTheWeekend()
    {
        QFETCH(QString, from);
        QFETCH(int, count);
        QFETCH(QStringList, days);
        QCOMPARE(SlotFinder::nextWorkingDays(from, count), days);
    }

    void sameClockTimeOnAnotherDay()
    {
        const qint64 ten = FeedLines::msAt(10, 15);
        QCOMPARE(SlotFinder::onDay(ten, QStringLiteral("2026-11-25")),
                 FeedLines::msAt(10, 15, 0, QStringLiteral("2026-11-25")));
        QCOMPARE(SlotFinder::atHour(QStringLiteral("2026-11-25"), 8),
                 FeedLines::msAt(8, 0, 0, QStringLiteral("2026-11-25")));
    }

    void routesWithRoomRankedByAddedDriving()
    {
        // Today S-1 (not home); Tuesday two routes of the same hub, one
        // passing the customer's door, one far off; one of another hub.
        const QString tuesday = QStringLiteral("2026-11-24");
        RouteAt today{QStringLiteral("R-1"),
                      QStringLiteral("V-1"),
                      QTime(8, 0),
                      {{QStringLiteral("S-1"), km(10, 1), QTime(10, 0), QTime(12, 0)}}};
        RouteAt passing{QStringLiteral("R-T1"),
                        QStringLiteral("V-1"),
                        QTime(8, 0),
                        {{QStringLiteral("T-1"), km(20, 0)}}};
        passing.date = tuesday;
        RouteAt away{QStringLiteral("R-T2"),
                     QStringLiteral("V-2"),
                     QTime(8, 0),
                     {{QStringLiteral("T-2"), km(-20, 0)}}};
        away.date = tuesday;
        RouteAt full{QStringLiteral("R-T3"),
                     QStringLiteral("V-3"),
                     QTime(8, 0),
                     {{QStringLiteral("T-3"), km(-5, 0), QTime(9, 0), QTime(18, 0), 500}}};
        full.date = tuesday;
        RouteAt otherHub{QStringLiteral("R-T4"),
                         QStringLiteral("V-4"),
                         QTime(8, 0),
                         {{QStringLiteral("T-4"), km(10, 0)}}};
        otherHub.date = tuesday;
        otherHub.hubId = QStringLiteral("H-AMF");
        load(*m_fixture, {today, passing, away, full, otherHub});

        SlotOptions options;
        options.workingDays = 2;
        const QVector<Slot> slots = SlotFinder::find(m_fixture->store(), {QStringLiteral("S-1")},
                                                     FeedLines::msAt(9, 0), options);
        QVector<Slot> tuesdaySlots;
        for (const Slot &s : slots)
            if (s.day == tuesday)
                tuesdaySlots.append(s);
        // The full route (500 minutes at T-3) has no room; the other hub is not offered.
        QCOMPARE(tuesdaySlots.size(), 2);
        QCOMPARE(tuesdaySlots.at(0).routeId, QStringLiteral("R-T1"));
        QCOMPARE(tuesdaySlots.at(1).routeId, QStringLiteral("R-T2"));
        QVERIFY(tuesdaySlots.at(0).addedDrivingMin < tuesdaySlots.at(1).addedDrivingMin);
        QVERIFY(tuesdaySlots.at(0).addedDrivingMin < 5);
        const SlotPlace &place = tuesdaySlots.at(0).places.first();
        QCOMPARE(place.stopId, QStringLiteral("S-1"));
        QCOMPARE(place.seq, 1);
        QCOMPARE(place.windowStart, FeedLines::msAt(10, 0, 0, tuesday));
        QCOMPARE(place.windowEnd, FeedLines::msAt(12, 0, 0, tuesday));
        QVERIFY(place.plannedArrival >= place.windowStart &&
                place.plannedArrival <= place.windowEnd);
        // Wednesday has no routes: the usual two-hour windows, to be planned.
        QVector<Slot> wednesday;
        for (const Slot &s : slots)
            if (s.day == QStringLiteral("2026-11-25"))
                wednesday.append(s);
        QCOMPARE(wednesday.size(), 5);
        QVERIFY(wednesday.first().toBePlanned());
        QCOMPARE(wednesday.first().places.first().windowStart,
                 FeedLines::msAt(8, 0, 0, QStringLiteral("2026-11-25")));
        QCOMPARE(wednesday.last().places.first().windowEnd,
                 FeedLines::msAt(18, 0, 0, QStringLiteral("2026-11-25")));

        const Slot best = SlotFinder::best(m_fixture->store(), QStringLiteral("S-1"),
                                           FeedLines::msAt(9, 0), options);
        QCOMPARE(best.routeId, QStringLiteral("R-T1"));
        const QVector<Reschedule> r = best.reschedules();
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().day, tuesday);
        QCOMPARE(r.first().routeId, QStringLiteral("R-T1"));
        QCOMPARE(r.first().seq, 1);
    }

    void severalStopsGoTogether()
    {
        const QString tuesday = QStringLiteral("2026-11-24");
        RouteAt today{QStringLiteral("R-1"),
                      QStringLiteral("V-1"),
                      QTime(8, 0),
                      {{QStringLiteral("S-1"), km(10, 1)}, {QStringLiteral("S-2"), km(15, 1)}}};
        RouteAt passing{QStringLiteral("R-T1"),
                        QStringLiteral("V-1"),
                        QTime(8, 0),
                        {{QStringLiteral("T-1"), km(20, 0)}}};
        passing.date = tuesday;
        load(*m_fixture, {today, passing});
        SlotOptions options;
        options.workingDays = 1;
        const QVector<Slot> slots =
            SlotFinder::find(m_fixture->store(), {QStringLiteral("S-1"), QStringLiteral("S-2")},
                             FeedLines::msAt(9, 0), options);
        QCOMPARE(slots.size(), 1);
        QCOMPARE(slots.first().routeId, QStringLiteral("R-T1"));
        QCOMPARE(slots.first().places.size(), 2);
        QCOMPARE(slots.first().places.at(0).seq, 1);
        QCOMPARE(slots.first().places.at(1).seq, 2);
    }

    void bestForEachStopOnItsOwn()
    {
        const QString tuesday = QStringLiteral("2026-11-24");
        RouteAt today{QStringLiteral("R-1"),
                      QStringLiteral("V-1"),
                      QTime(8, 0),
                      {{QStringLiteral("S-1"), km(10, 1), QTime(10, 0), QTime(12, 0)},
                       {QStringLiteral("FAR"), km(300, 0), QTime(12, 30), QTime(14, 30)}}};
        RouteAt passing{QStringLiteral("R-T1"),
                        QStringLiteral("V-1"),
                        QTime(8, 0),
                        {{QStringLiteral("T-1"), km(20, 0)}}};
        passing.date = tuesday;
        load(*m_fixture, {today, passing});
        const QHash<QString, Slot> best = SlotFinder::bestEach(
            m_fixture->store(),
            {QStringLiteral("S-1"), QStringLiteral("FAR"), QStringLiteral("NOPE")},
            FeedLines::msAt(9, 0));
        QCOMPARE(best.size(), 2);
        QCOMPARE(best.value(QStringLiteral("S-1")).routeId, QStringLiteral("R-T1"));
        QCOMPARE(best.value(QStringLiteral("S-1")).day, tuesday);
        // 300 km out and back does not fit a working day: Tuesday's usual
        // window that holds its promised start (12:30), to be planned.
        const Slot far = best.value(QStringLiteral("FAR"));
        QVERIFY(far.toBePlanned());
        QCOMPARE(far.day, tuesday);
        QCOMPARE(far.places.first().windowStart, FeedLines::msAt(12, 0, 0, tuesday));
        QCOMPARE(far.places.first().windowEnd, FeedLines::msAt(14, 0, 0, tuesday));
        QCOMPARE(SlotFinder::best(m_fixture->store(), QStringLiteral("S-1"), FeedLines::msAt(9, 0))
                     .routeId,
                 QStringLiteral("R-T1"));
    }

private:
    std::unique_ptr<OperationFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSlotFinder)
#include "tst_slotfinder.moc"
