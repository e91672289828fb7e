#include "replanscenario.h"

#include "replan/dayplan.h"
#include "replan/movepreview.h"

#include <QTest>

using namespace Replan;
using namespace ReplanScenario;

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

private:
    std::unique_ptr<OperationFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestMovePreview)
#include "tst_movepreview.moc"
