#include "replanscenario.h"

#include "replan/dayplan.h"
#include "replan/movepreview.h"

#include <QTest>

using namespace Replan;
using namespace ReplanScenario;

Q_DECLARE_METATYPE(ReplanScenario::StopAt)

// What the dispatcher sees before committing a move: per touched route the
// old and the new order, ETAs, windows kept and broken, added kilometres.
class TestMovePreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<OperationFixture>(FeedLines::dateTimeAt(6, 0));
        load(*m_fixture, twoVansEastAndNorth());
    }
    void cleanup() { m_fixture.reset(); }

    void movingAStopShowsBothRoutes()
    {
        const qint64 now = FeedLines::msAt(7, 0);
        const ChangeSet change = moveStopsChange(m_fixture->store(), {QStringLiteral("S-2")},
                                                 QStringLiteral("R-2"), now);
        QCOMPARE(change.kind, ChangeSet::Kind::MoveToday);
        QCOMPARE(change.orders.size(), 2);
        const MovePreview preview = MovePreview::compute(m_fixture->store(), change, now);
        QCOMPARE(preview.routes.size(), 2);
        const RoutePreview *r1 = preview.route(QStringLiteral("R-1"));
        const RoutePreview *r2 = preview.route(QStringLiteral("R-2"));
        QVERIFY(r1 && r2);
        QCOMPARE(r1->oldStopIds, (QStringList{QStringLiteral("S-1"), QStringLiteral("S-2")}));
        QCOMPARE(r1->newStopIds, QStringList{QStringLiteral("S-1")});
        QCOMPARE(r2->newStopIds.size(), 3);
        QVERIFY(r2->newStopIds.contains(QStringLiteral("S-2")));
        QCOMPARE(r2->receivedStopIds, QStringList{QStringLiteral("S-2")});
        QCOMPARE(r2->newArrivals.size(), 3);
        QCOMPARE(r2->newKept.size(), 3);
        // R-1 drives 20 km less out and back; R-2 goes east as well: more km.
        QVERIFY(r1->addedKm < -10);
        QVERIFY(r2->addedKm > 10);
        QVERIFY(std::abs(preview.addedKm - (r1->addedKm + r2->addedKm)) < 1e-9);
        QVERIFY(std::abs(r2->addedDrivingMin - r2->addedKm * 60 / kRoadSpeedKmh) < 1e-6);
        // S-2 first on R-2 keeps its window: 20 km east is 31 minutes from 08:00.
        QCOMPARE(r2->newStopIds.first(), QStringLiteral("S-2"));
        QCOMPARE(r2->newKept, (QVector<bool>{true, true, true}));
        QCOMPARE(preview.windowsBrokenAfter, 0);
        QCOMPARE(preview.windowsKeptBefore, 4);
        QCOMPARE(preview.windowsKeptAfter, 4);
        // The change carries the same arrivals as the preview shows.
        for (const RouteOrder &o : change.orders)
            QCOMPARE(o.plannedArrivals, preview.route(o.routeId)->newArrivals);
    }

    void aHandMadeOrderShowsTheWindowsItBreaks()
    {
        ChangeSet change;
        change.orders.append({QStringLiteral("R-2"),
                              {QStringLiteral("T-1"), QStringLiteral("T-2"), QStringLiteral("S-2")},
                              {}});
        const MovePreview preview =
            MovePreview::compute(m_fixture->store(), change, FeedLines::msAt(7, 0));
        const RoutePreview *r2 = preview.route(QStringLiteral("R-2"));
        QVERIFY(r2);
        QCOMPARE(r2->newKept, (QVector<bool>{true, true, false}));
        QCOMPARE(r2->brokenAfter(), 1);
        QCOMPARE(r2->keptBefore(), 2);
        QVERIFY(r2->newArrivals.last() > FeedLines::msAt(9, 30));
        QCOMPARE(preview.route(QStringLiteral("R-1"))->newStopIds,
                 QStringList{QStringLiteral("S-1")});
        QCOMPARE(preview.windowsBrokenAfter, 1);
    }

    void aRescheduledStopLeavesItsRoute()
    {
        ChangeSet change;
        change.kind = ChangeSet::Kind::Reschedule;
        change.reschedules.append({QStringLiteral("S-1"),
                                   QStringLiteral("2026-11-24"),
                                   {},
                                   0,
                                   FeedLines::msAt(10, 0, 0, QStringLiteral("2026-11-24")),
                                   FeedLines::msAt(12, 0, 0, QStringLiteral("2026-11-24")),
                                   0});
        const MovePreview preview =
            MovePreview::compute(m_fixture->store(), change, FeedLines::msAt(7, 0));
        QCOMPARE(preview.rescheduledStopIds, QStringList{QStringLiteral("S-1")});
        QCOMPARE(preview.routes.size(), 1);
        QCOMPARE(preview.routes.first().newStopIds, QStringList{QStringLiteral("S-2")});
        QVERIFY(preview.routes.first().addedKm < 0);
    }

    void unknownStopsAreReported()
    {
        ChangeSet change;
        change.orders.append(
            {QStringLiteral("R-2"), {QStringLiteral("T-1"), QStringLiteral("X-9")}, {}});
        const MovePreview preview =
            MovePreview::compute(m_fixture->store(), change, FeedLines::msAt(7, 0));
        QCOMPARE(preview.unknownStopIds, QStringList{QStringLiteral("X-9")});
        QCOMPARE(preview.route(QStringLiteral("R-2"))->newStopIds,
                 QStringList{QStringLiteral("T-1")});
    }

    // Where a stop moved onto R-B (from R-A, where it is alone) lands, and
    // which windows R-B keeps then. R-B leaves the hub at 08:00 with B-1 and
    // B-2; its crew must be back by 18:00. A kilometre of straight line is
    // 1.56 minutes of road.
    void aMovedStopGoesWhereItFitsOrIsLeastLate_data()
    {
        QTest::addColumn<QList<StopAt>>("targetStops");
        QTest::addColumn<StopAt>("moved");
        QTest::addColumn<QStringList>("expectedOrder");
        QTest::addColumn<QVector<bool>>("expectedKept");
        QTest::addColumn<bool>("expectedWithinDay");

        const QString m = QStringLiteral("M");
        const QString b1 = QStringLiteral("B-1");
        const QString b2 = QStringLiteral("B-2");

        // M on the way between B-1 and B-2, kept there at 08:43.
        QTest::newRow("fits on the way")
            << QList<StopAt>{{b1, km(0, 10)}, {b2, km(0, 20)}}
            << StopAt{m, km(0, 15), QTime(8, 0), QTime(9, 0)} << QStringList{b1, m, b2}
            << QVector<bool>{true, true, true} << true;

        // M (60 km north, promised 08:00-08:30) is late everywhere. First it
        // would be least late but the long detour keeps the crew out past
        // 18:00; after B-1 it is 4 h late (12:34) and breaks B-2's window too;
        // at the end it is 7 h late (15:34) and every other window holds:
        // the other customers' promises come before the moved stop's lateness.
        QTest::newRow("fits nowhere, the others' windows first")
            << QList<StopAt>{{b1, km(0, 20), QTime(8, 0), QTime(9, 0), 180},
                             {b2, km(0, 40), QTime(11, 0), QTime(12, 30), 180}}
            << StopAt{m, km(0, 60), QTime(8, 0), QTime(8, 30)} << QStringList{b1, b2, m}
            << QVector<bool>{true, true, false} << true;

        // M (40 km east, promised 08:00-08:30) is late everywhere. B-1 and
        // B-2 lie north and north-east; on the way back from B-2 M costs no
        // detour, anywhere else the crew is back after 18:00.
        QTest::newRow("fits nowhere, least late at the end")
            << QList<StopAt>{{b1, km(0, 40), QTime(8, 0), QTime(18, 0), 150},
                             {b2, km(40, 40), QTime(8, 0), QTime(18, 0), 150}}
            << StopAt{m, km(40, 0), QTime(8, 0), QTime(8, 30)} << QStringList{b1, b2, m}
            << QVector<bool>{true, true, false} << true;

        // B-1 and B-2 (no time at the door) lie on the straight road to M,
        // which is 47 minutes from the hub and promised 08:00-08:30: M is as
        // late first as after B-1, but after B-1 the van drives 50 km less.
        QTest::newRow("as late anywhere: the least driving")
            << QList<StopAt>{{b1, km(0, 5), QTime(8, 0), QTime(18, 0), 0},
                             {b2, km(0, 40), QTime(8, 0), QTime(18, 0), 0}}
            << StopAt{m, km(0, 30), QTime(8, 0), QTime(8, 30)} << QStringList{b1, m, b2}
            << QVector<bool>{true, false, true} << true;

        // Both on the way: after B-1 or after B-2, M is as late and the van
        // drives as far, but B-2 (promised until 09:00) keeps its window
        // only if it comes before M.
        QTest::newRow("as late and as far: the fewest other windows broken")
            << QList<StopAt>{{b1, km(0, 5), QTime(8, 0), QTime(18, 0), 0},
                             {b2, km(0, 10), QTime(8, 0), QTime(9, 0), 0}}
            << StopAt{m, km(0, 30), QTime(8, 0), QTime(8, 30)} << QStringList{b1, b2, m}
            << QVector<bool>{true, true, false} << true;

        // The same with longer jobs: every place runs past the working day,
        // so M goes first, 32 minutes late, not last, 9 hours late.
        QTest::newRow("the day is full: least late first")
            << QList<StopAt>{{b1, km(0, 40), QTime(8, 0), QTime(18, 0), 200},
                             {b2, km(40, 40), QTime(8, 0), QTime(18, 0), 200}}
            << StopAt{m, km(40, 0), QTime(8, 0), QTime(8, 30)} << QStringList{m, b1, b2}
            << QVector<bool>{false, true, true} << false;
    }

    void aMovedStopGoesWhereItFitsOrIsLeastLate()
    {
        QFETCH(QList<StopAt>, targetStops);
        QFETCH(StopAt, moved);
        QFETCH(QStringList, expectedOrder);
        QFETCH(QVector<bool>, expectedKept);
        QFETCH(bool, expectedWithinDay);
        RouteAt source;
        source.id = QStringLiteral("R-A");
        source.vehicle = QStringLiteral("V-A");
        source.stops = {moved};
        RouteAt target;
        target.id = QStringLiteral("R-B");
        target.vehicle = QStringLiteral("V-B");
        target.stops = targetStops;
        load(*m_fixture, {source, target});
        const qint64 now = FeedLines::msAt(7, 0);
        const ChangeSet change = moveStopsChange(m_fixture->store(), {moved.id}, target.id, now);
        const MovePreview preview = MovePreview::compute(m_fixture->store(), change, now);
        const RoutePreview *after = preview.route(target.id);
        QVERIFY(after);
        QCOMPARE(after->newStopIds, expectedOrder);
        QCOMPARE(after->newKept, expectedKept);
        QCOMPARE(after->withinWorkingDay, expectedWithinDay);
        QCOMPARE(after->receivedStopIds, QStringList{moved.id});
        // The moved stop's broken window is counted where the dispatcher reads it.
        QCOMPARE(preview.windowsBrokenAfter, int(expectedKept.count(false)));
        const RoutePreview *left = preview.route(source.id);
        QVERIFY(left);
        QVERIFY(left->newStopIds.isEmpty());
    }

private:
    std::unique_ptr<OperationFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestMovePreview)
#include "tst_movepreview.moc"
