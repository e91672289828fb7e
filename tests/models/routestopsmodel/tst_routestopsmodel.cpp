// RouteStopsModel, the stops of the selected route, fed through the real
// ingester: planned order, one row per stop result, re-plans that reorder,
// drop and add stops without a reset (persistent indexes keep pointing at
// their stop), stops taken over by another route, and return visits.

#include "core/timeformat.h"
#include "feedlines.h"
#include "itemmodels/routestopsmodel.h"
#include "modelspies.h"
#include "operationfixture.h"
#include "replan/changecommand.h"
#include "replan/visithistory.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QTest>
#include <memory>

using namespace FeedLines;
using Domain::StopState;

namespace {

const QString RA = QStringLiteral("R-A");
const QString RB = QStringLiteral("R-B");
const QString VanA = QStringLiteral("V-A");
const QString VanB = QStringLiteral("V-B");

StopSpec stop(const QString &id, int seq, int hour, int minute, const QString &city)
{
    StopSpec s(id, seq, QTime(hour, minute));
    s.city = city;
    s.customerName = QStringLiteral("Klant ") + id;
    return s;
}

// R-A: four stops from 09:00, an hour apart.
RouteSpec routeA()
{
    RouteSpec r;
    r.id = RA;
    r.vehicleId = VanA;
    r.plate = QStringLiteral("VA-100-A");
    r.stops = {stop(QStringLiteral("S-1"), 1, 9, 0, QStringLiteral("Utrecht")),
               stop(QStringLiteral("S-2"), 2, 10, 0, QStringLiteral("Zeist")),
               stop(QStringLiteral("S-3"), 3, 11, 0, QStringLiteral("Houten")),
               stop(QStringLiteral("S-4"), 4, 12, 0, QStringLiteral("Nieuwegein"))};
    return r;
}

RouteSpec routeB()
{
    RouteSpec r;
    r.id = RB;
    r.vehicleId = VanB;
    r.plate = QStringLiteral("VB-200-B");
    r.hubId = QStringLiteral("H-AMS");
    r.hubName = QStringLiteral("Amsterdam Westpoort");
    r.stops = {stop(QStringLiteral("S-21"), 1, 9, 30, QStringLiteral("Haarlem")),
               stop(QStringLiteral("S-22"), 2, 10, 30, QStringLiteral("Zaandam"))};
    return r;
}

} // namespace

class TestRouteStopsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void setRouteShowsStopsInPlannedOrder();
    void stopResultChangesOneRow_data();
    void stopResultChangesOneRow();
    void eventsOfOtherRoutesChangeNothing();
    void replanReordersDropsAndAddsWithoutReset();
    void replanOfPlannedTimesChangesOnlyThoseRows();
    void replanOfServicesAndProductIsShown();
    void olderPlanChangesNothing();
    void stopTakenOverByAnotherRouteLeaves();
    void returnVisitsAreFlagged();
    void movedStopsAndReturnVisitsTellWhy();
    void pendingStopsDragAsIds();
    void routeChosenBeforeItsPlanArrives();
    void etasShowWithTheirBand_data();
    void etasShowWithTheirBand();
    void newEtasChangeOnlyTheirCells();

private:
    QStringList shownIds() const;
    int row(const QString &stopId) const { return m_model->rowOfStop(stopId); }
    QVariant cell(const QString &stopId, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row(stopId), column).data(role);
    }
    QString differencesFromFreshLoad() const;

    std::unique_ptr<OperationFixture> m_op;
    std::unique_ptr<RouteStopsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRouteStopsModel::init()
{
    m_op = std::make_unique<OperationFixture>(dateTimeAt(7, 0));
    m_model = std::make_unique<RouteStopsModel>(m_op->store(), m_op->notifier());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_op->feed({plan(at(6, 0), routeA()), plan(at(6, 0), routeB())});
}

void TestRouteStopsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_op.reset();
}

QStringList TestRouteStopsModel::shownIds() const
{
    QStringList ids;
    for (int r = 0; r < m_model->rowCount(); ++r)
        ids << m_model->index(r, 0).data(RouteStopsModel::StopIdRole).toString();
    return ids;
}

// After updates the table must show what a table loaded afresh shows, row by row.
QString TestRouteStopsModel::differencesFromFreshLoad() const
{
    RouteStopsModel fresh(m_op->store(), nullptr);
    fresh.setRoute(m_model->routeId());
    QStringList differences;
    if (fresh.rowCount() != m_model->rowCount())
        differences
            << QStringLiteral("%1 rows, afresh %2").arg(m_model->rowCount()).arg(fresh.rowCount());
    for (int r = 0; r < qMin(fresh.rowCount(), m_model->rowCount()); ++r) {
        for (int column = 0; column < RouteStopsModel::ColumnCount; ++column) {
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(RouteStopsModel::StopIdRole),
                  int(RouteStopsModel::StateRole), int(RouteStopsModel::SortRole),
                  int(RouteStopsModel::ReturnVisitRole)}) {
                const QVariant mine = m_model->index(r, column).data(role);
                const QVariant theirs = fresh.index(r, column).data(role);
                if (mine != theirs)
                    differences << QStringLiteral("row %1 column %2 role %3: '%4', afresh '%5'")
                                       .arg(r)
                                       .arg(column)
                                       .arg(role)
                                       .arg(mine.toString(), theirs.toString());
            }
        }
    }
    return differences.join(QLatin1String("; "));
}

void TestRouteStopsModel::setRouteShowsStopsInPlannedOrder()
{
    QCOMPARE(m_model->rowCount(), 0);
    // A plan that lists its stops out of sequence.
    RouteSpec c;
    c.id = QStringLiteral("R-C");
    c.vehicleId = QStringLiteral("V-C");
    c.stops = {stop(QStringLiteral("S-33"), 3, 11, 0, QStringLiteral("Baarn")),
               stop(QStringLiteral("S-31"), 1, 9, 0, QStringLiteral("Amersfoort")),
               stop(QStringLiteral("S-32"), 2, 10, 0, QStringLiteral("Soest"))};
    m_op->feed(plan(at(6, 0), c));

    m_model->setRoute(c.id);
    QCOMPARE(m_model->routeId(), c.id);
    QCOMPARE(shownIds(),
             QStringList({QStringLiteral("S-31"), QStringLiteral("S-32"), QStringLiteral("S-33")}));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QCOMPARE(m_model->index(r, RouteStopsModel::SeqCol).data().toInt(), r + 1);
        QCOMPARE(m_model->index(r, RouteStopsModel::SeqCol).data(RouteStopsModel::SortRole).toInt(),
                 r + 1);
    }
    const QString s = QStringLiteral("S-32");
    QCOMPARE(cell(s, RouteStopsModel::WindowCol).toString(), QStringLiteral("09:00–11:00"));
    QCOMPARE(cell(s, RouteStopsModel::PlannedCol).toString(), QStringLiteral("10:00"));
    QCOMPARE(cell(s, RouteStopsModel::PlannedCol, RouteStopsModel::SortRole).toLongLong(),
             msAt(10, 0));
    QCOMPARE(cell(s, RouteStopsModel::ActualCol).toString(), QString());
    QCOMPARE(cell(s, RouteStopsModel::StateCol).toString(), QStringLiteral("Planned"));
    QCOMPARE(cell(s, RouteStopsModel::StateCol, RouteStopsModel::StateRole).toInt(),
             int(StopState::Planned));
    QCOMPARE(cell(s, RouteStopsModel::CustomerCol).toString(), QStringLiteral("Klant S-32"));
    QCOMPARE(cell(s, RouteStopsModel::TownCol).toString(), QStringLiteral("Soest"));
    QCOMPARE(cell(s, RouteStopsModel::ClientCol).toString(), QStringLiteral("Witgoed Online"));
    QCOMPARE(cell(s, RouteStopsModel::ProductCol).toString(), QStringLiteral("Wasmachine 8 kg"));
    QVERIFY(!cell(s, RouteStopsModel::ServicesCol).toString().isEmpty());
    QCOMPARE(cell(s, RouteStopsModel::AttemptCol).toString(), QStringLiteral("First"));
    QCOMPARE(cell(s, RouteStopsModel::AttemptCol, RouteStopsModel::ReturnVisitRole).toBool(),
             false);
    for (int column = 0; column < RouteStopsModel::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(m_model->stop(1)->id, s);
    QVERIFY(!m_model->stop(3));

    // Another route, then none.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setRoute(RB);
    QCOMPARE(shownIds(), QStringList({QStringLiteral("S-21"), QStringLiteral("S-22")}));
    QCOMPARE(m_model->rowOfStop(QStringLiteral("S-31")), -1);
    m_model->setRoute(RB);
    QCOMPARE(reset.size(), 1);
    m_model->setRoute(QString());
    QCOMPARE(m_model->rowCount(), 0);
}

void TestRouteStopsModel::stopResultChangesOneRow_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<StopState>("state");
    QTest::addColumn<QString>("stateText");
    QTest::newRow("delivered") << "delivered" << StopState::Done << "Done";
    QTest::newRow("not home") << "not_home" << StopState::Failed << "Failed: Not home";
    QTest::newRow("refused") << "refused" << StopState::Failed << "Failed: Refused";
    QTest::newRow("damaged") << "damaged" << StopState::Failed << "Failed: Damaged";
}

void TestRouteStopsModel::stopResultChangesOneRow()
{
    QFETCH(QString, outcome);
    QFETCH(StopState, state);
    QFETCH(QString, stateText);

    m_model->setRoute(RA);
    const QString s = QStringLiteral("S-2");
    const int target = row(s);
    QCOMPARE(target, 1);
    QList<QStringList> before;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList texts;
        for (int column = 0; column < RouteStopsModel::ColumnCount; ++column)
            texts << m_model->index(r, column).data().toString();
        before << texts;
    }

    ModelSpies spies(m_model.get());
    m_op->feed(arrived(at(9, 55), s, RA, VanA));
    QCOMPARE(spies.changedRows(), QSet<int>({target}));
    QCOMPARE(cell(s, RouteStopsModel::StateCol, RouteStopsModel::StateRole).toInt(),
             int(StopState::Arrived));
    QCOMPARE(cell(s, RouteStopsModel::ActualCol).toString(), QStringLiteral("09:55"));

    spies.clear();
    m_op->feed(completed(at(10, 12), s, RA, VanA, outcome));
    QCOMPARE(spies.changedRows(), QSet<int>({target}));
    QVERIFY2(spies.structuralChanges().isEmpty(), qPrintable(spies.structuralChanges()));
    QCOMPARE(cell(s, RouteStopsModel::StateCol, RouteStopsModel::StateRole).toInt(), int(state));
    QCOMPARE(cell(s, RouteStopsModel::StateCol).toString(), stateText);
    QCOMPARE(cell(s, RouteStopsModel::ActualCol).toString(), QStringLiteral("09:55–10:12"));
    QCOMPARE(m_model->stop(target)->completedAt, msAt(10, 12));

    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (r == target)
            continue;
        for (int column = 0; column < RouteStopsModel::ColumnCount; ++column)
            QCOMPARE(m_model->index(r, column).data().toString(), before.at(r).at(column));
    }
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));
}

void TestRouteStopsModel::eventsOfOtherRoutesChangeNothing()
{
    m_model->setRoute(RA);
    ModelSpies spies(m_model.get());
    m_op->feed({arrived(at(9, 30), QStringLiteral("S-21"), RB, VanB),
                completed(at(9, 45), QStringLiteral("S-21"), RB, VanB),
                position(at(9, 46), VanA, 52.1, 5.1),
                vehicleStatus(at(9, 47), VanA, QStringLiteral("breakdown"))});
    QVERIFY(spies.dataChanged.isEmpty());
    QVERIFY2(spies.structuralChanges().isEmpty(), qPrintable(spies.structuralChanges()));
}

void TestRouteStopsModel::replanReordersDropsAndAddsWithoutReset()
{
    m_model->setRoute(RA);
    m_op->feed({arrived(at(9, 5), QStringLiteral("S-1"), RA, VanA),
                completed(at(9, 25), QStringLiteral("S-1"), RA, VanA)});

    QList<QPersistentModelIndex> kept;
    for (const QString &id : {QStringLiteral("S-1"), QStringLiteral("S-2"), QStringLiteral("S-4")})
        kept << QPersistentModelIndex(m_model->index(row(id), RouteStopsModel::CustomerCol));
    const QPersistentModelIndex dropped(m_model->index(row(QStringLiteral("S-3")), 0));

    // The planner puts Nieuwegein before Zeist, leaves Houten out and adds Vianen.
    RouteSpec replan = routeA();
    replan.stops = {stop(QStringLiteral("S-1"), 1, 9, 0, QStringLiteral("Utrecht")),
                    stop(QStringLiteral("S-4"), 2, 10, 0, QStringLiteral("Nieuwegein")),
                    stop(QStringLiteral("S-2"), 3, 11, 0, QStringLiteral("Zeist")),
                    stop(QStringLiteral("S-5"), 4, 12, 0, QStringLiteral("Vianen"))};
    ModelSpies spies(m_model.get());
    m_op->feed(plan(at(9, 30), replan));

    QVERIFY(spies.reset.isEmpty());
    QCOMPARE(shownIds(), QStringList({QStringLiteral("S-1"), QStringLiteral("S-4"),
                                      QStringLiteral("S-2"), QStringLiteral("S-5")}));
    QCOMPARE(spies.rowsRemoved.size(), 1);
    QCOMPARE(spies.rowsInserted.size(), 1);
    QVERIFY(!spies.layoutChanged.isEmpty() || !spies.rowsMoved.isEmpty());

    const QStringList keptIds = {QStringLiteral("S-1"), QStringLiteral("S-2"),
                                 QStringLiteral("S-4")};
    for (int i = 0; i < kept.size(); ++i) {
        QVERIFY(kept.at(i).isValid());
        QCOMPARE(kept.at(i).column(), int(RouteStopsModel::CustomerCol));
        QCOMPARE(kept.at(i).data(RouteStopsModel::StopIdRole).toString(), keptIds.at(i));
        QCOMPARE(kept.at(i).row(), row(keptIds.at(i)));
    }
    QVERIFY(!dropped.isValid());

    QCOMPARE(cell(QStringLiteral("S-4"), RouteStopsModel::SeqCol).toInt(), 2);
    QCOMPARE(cell(QStringLiteral("S-2"), RouteStopsModel::PlannedCol).toString(),
             QStringLiteral("11:00"));
    QCOMPARE(cell(QStringLiteral("S-5"), RouteStopsModel::TownCol).toString(),
             QStringLiteral("Vianen"));
    // What already happened stays.
    QCOMPARE(
        cell(QStringLiteral("S-1"), RouteStopsModel::StateCol, RouteStopsModel::StateRole).toInt(),
        int(StopState::Done));
    QCOMPARE(cell(QStringLiteral("S-1"), RouteStopsModel::ActualCol).toString(),
             QStringLiteral("09:05–09:25"));
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));

    // Results for the moved stops land on the right rows.
    spies.clear();
    m_op->feed(arrived(at(9, 50), QStringLiteral("S-4"), RA, VanA));
    QCOMPARE(spies.changedRows(), QSet<int>({1}));
    QCOMPARE(kept.at(2).data(RouteStopsModel::StateRole).toInt(), int(StopState::Arrived));
}

void TestRouteStopsModel::replanOfPlannedTimesChangesOnlyThoseRows()
{
    m_model->setRoute(RA);
    RouteSpec replan = routeA();
    replan.stops[2].planned = QTime(11, 40);
    replan.stops[3].planned = QTime(12, 40);
    ModelSpies spies(m_model.get());
    m_op->feed(plan(at(9, 0), replan));
    QVERIFY2(spies.structuralChanges().isEmpty(), qPrintable(spies.structuralChanges()));
    QCOMPARE(spies.changedRows(), QSet<int>({2, 3}));
    QCOMPARE(cell(QStringLiteral("S-3"), RouteStopsModel::PlannedCol).toString(),
             QStringLiteral("11:40"));
    QCOMPARE(cell(QStringLiteral("S-4"), RouteStopsModel::WindowCol).toString(),
             QStringLiteral("11:40–13:40"));
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));
}

// A re-plan "replaces the planned part" of a stop: its services and product too.
void TestRouteStopsModel::replanOfServicesAndProductIsShown()
{
    m_model->setRoute(RA);
    RouteSpec replan = routeA();
    replan.stops[1].services = {QStringLiteral("deliver"), QStringLiteral("install"),
                                QStringLiteral("take_back")};
    replan.stops[1].productDescription = QStringLiteral("Wasmachine 9 kg");
    replan.stops[1].city = QStringLiteral("Driebergen");
    const QString before = cell(QStringLiteral("S-2"), RouteStopsModel::ServicesCol).toString();
    ModelSpies spies(m_model.get());
    m_op->feed(plan(at(9, 0), replan));
    QCOMPARE(m_op->store().stopsByIds({QStringLiteral("S-2")}).value(0).services.size(), 3);

    QVERIFY(cell(QStringLiteral("S-2"), RouteStopsModel::ServicesCol).toString() != before);
    QCOMPARE(cell(QStringLiteral("S-2"), RouteStopsModel::ProductCol).toString(),
             QStringLiteral("Wasmachine 9 kg"));
    QCOMPARE(cell(QStringLiteral("S-2"), RouteStopsModel::TownCol).toString(),
             QStringLiteral("Driebergen"));
    QCOMPARE(spies.changedRows(), QSet<int>({1}));
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));
}

void TestRouteStopsModel::olderPlanChangesNothing()
{
    m_model->setRoute(RA);
    RouteSpec older = routeA();
    older.stops.removeAt(1);
    ModelSpies spies(m_model.get());
    const IngestSummary summary = m_op->feed(plan(at(5, 0), older));
    QCOMPARE(summary.stale, 1);
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(spies.dataChanged.isEmpty());
    QVERIFY2(spies.structuralChanges().isEmpty(), qPrintable(spies.structuralChanges()));
}

void TestRouteStopsModel::stopTakenOverByAnotherRouteLeaves()
{
    m_model->setRoute(RA);
    const QPersistentModelIndex s4(m_model->index(row(QStringLiteral("S-4")), 0));
    RouteSpec b = routeB();
    b.stops.append(stop(QStringLiteral("S-3"), 3, 11, 30, QStringLiteral("Houten")));
    ModelSpies spies(m_model.get());
    m_op->feed(plan(at(9, 0), b));

    QVERIFY(spies.reset.isEmpty());
    QCOMPARE(shownIds(),
             QStringList({QStringLiteral("S-1"), QStringLiteral("S-2"), QStringLiteral("S-4")}));
    QCOMPARE(spies.rowsRemoved.size(), 1);
    QCOMPARE(s4.data(RouteStopsModel::StopIdRole).toString(), QStringLiteral("S-4"));
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));

    // Shown from the other side, it joins.
    m_model->setRoute(RB);
    QCOMPARE(shownIds(),
             QStringList({QStringLiteral("S-21"), QStringLiteral("S-22"), QStringLiteral("S-3")}));
}

void TestRouteStopsModel::returnVisitsAreFlagged()
{
    RouteSpec b = routeB();
    StopSpec again = stop(QStringLiteral("S-23"), 3, 11, 30, QStringLiteral("Purmerend"));
    again.attempt = 2;
    again.previousStop = QStringLiteral("S-8");
    StopSpec third = stop(QStringLiteral("S-24"), 4, 12, 30, QStringLiteral("Edam"));
    third.attempt = 3;
    third.previousStop = QStringLiteral("S-9");
    b.stops << again << third;
    m_op->feed(plan(at(6, 30), b));

    m_model->setRoute(RB);
    QCOMPARE(m_model->rowCount(), 4);
    const QList<bool> expected = {false, false, true, true};
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (int column = 0; column < RouteStopsModel::ColumnCount; ++column)
            QCOMPARE(m_model->index(r, column).data(RouteStopsModel::ReturnVisitRole).toBool(),
                     expected.at(r));
    }
    QCOMPARE(cell(QStringLiteral("S-23"), RouteStopsModel::AttemptCol).toString(),
             QStringLiteral("Return visit 2"));
    QCOMPARE(cell(QStringLiteral("S-24"), RouteStopsModel::AttemptCol).toString(),
             QStringLiteral("Return visit 3"));
    QCOMPARE(cell(QStringLiteral("S-24"), RouteStopsModel::AttemptCol, RouteStopsModel::SortRole)
                 .toInt(),
             3);
    QVERIFY(cell(QStringLiteral("S-23"), RouteStopsModel::AttemptCol, Qt::FontRole)
                .value<QFont>()
                .bold());
    QVERIFY(cell(QStringLiteral("S-23"), RouteStopsModel::SeqCol, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("S-8")));
    QVERIFY(!cell(QStringLiteral("S-21"), RouteStopsModel::SeqCol, Qt::ToolTipRole)
                 .toString()
                 .contains(QLatin1String("Return")));
    QCOMPARE(m_model->stop(row(QStringLiteral("S-23")))->previousStop, QStringLiteral("S-8"));
}

// A stop rescheduled by the desk reads "moved" with its reason, on the row
// and in its tooltip, with where its return visit went; the return visit
// tells what went wrong the first time. Both update in place when the change
// is made and undone.
void TestRouteStopsModel::movedStopsAndReturnVisitsTellWhy()
{
    Replan::VisitHistory history(m_op->db());
    m_model->setVisitHistory(&history);
    m_model->setRoute(RA);
    ModelSpies spies(m_model.get());

    Replan::ChangeSet c;
    c.kind = Replan::ChangeSet::Kind::Reschedule;
    c.reason = Replan::Reason::NotHome;
    c.note = QStringLiteral("buren zeggen: op vakantie");
    c.reschedules = {{QStringLiteral("S-2"), testDay(), RB, 0, msAt(15, 0), msAt(17, 0), 0}};
    Replan::ChangeCommand command(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"),
                                  m_op->clock());
    command.redo();
    QVERIFY2(!command.failed(), qPrintable(command.error()));
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(cell(QStringLiteral("S-2"), RouteStopsModel::StateCol).toString(),
             QStringLiteral("Moved: Customer not home"));
    // Its number now belongs to the stop that took its place.
    QCOMPARE(cell(QStringLiteral("S-2"), RouteStopsModel::SeqCol).toString(), QStringLiteral("–"));
    QCOMPARE(cell(QStringLiteral("S-1"), RouteStopsModel::SeqCol).toInt(), 1);
    const QString moved = cell(QStringLiteral("S-2"), 0, RouteStopsModel::MovedTextRole).toString();
    QVERIFY2(moved.contains(QLatin1String("Ria")) && moved.contains(QLatin1String("S-2-R2"))
                 && moved.contains(c.note),
             qPrintable(moved));
    QCOMPARE(cell(QStringLiteral("S-2"), RouteStopsModel::StateCol, Qt::ToolTipRole).toString(),
             moved);
    QVERIFY(cell(QStringLiteral("S-1"), 0, RouteStopsModel::MovedTextRole).toString().isEmpty());

    m_model->setRoute(RB);
    const QString again =
        cell(QStringLiteral("S-2-R2"), 0, RouteStopsModel::ReturnVisitTextRole).toString();
    QVERIFY2(again.contains(QLatin1String("customer not home")) && again.contains(c.note),
             qPrintable(again));
    QCOMPARE(cell(QStringLiteral("S-2-R2"), RouteStopsModel::AttemptCol, Qt::ToolTipRole)
                 .toString(),
             again);
    QVERIFY(!cell(QStringLiteral("S-2-R2"), RouteStopsModel::AttemptCol, Qt::DecorationRole)
                 .isNull());
    QVERIFY(cell(QStringLiteral("S-21"), 0, RouteStopsModel::ReturnVisitTextRole)
                .toString()
                .isEmpty());

    m_model->setRoute(RA);
    spies.clear();
    command.undo();
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(cell(QStringLiteral("S-2"), RouteStopsModel::StateCol).toString(),
             QStringLiteral("Planned"));
    QCOMPARE(cell(QStringLiteral("S-2"), RouteStopsModel::SeqCol).toInt(), 2);
    QVERIFY(cell(QStringLiteral("S-2"), 0, RouteStopsModel::MovedTextRole).toString().isEmpty());
    QVERIFY(spies.changedRows().contains(row(QStringLiteral("S-2"))));
    m_model->setVisitHistory(nullptr);
}

void TestRouteStopsModel::pendingStopsDragAsIds()
{
    m_op->feed({arrived(at(9, 5), QStringLiteral("S-1"), RA, VanA)});
    m_model->setRoute(RA);
    QVERIFY(!(m_model->flags(m_model->index(row(QStringLiteral("S-1")), 0))
              & Qt::ItemIsDragEnabled));
    QVERIFY(m_model->flags(m_model->index(row(QStringLiteral("S-2")), 0)) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(m_model->mimeData(
        {m_model->index(row(QStringLiteral("S-2")), 0), m_model->index(row(QStringLiteral("S-2")), 3),
         m_model->index(row(QStringLiteral("S-4")), 0)}));
    QVERIFY(data);
    QCOMPARE(m_model->mimeTypes(), QStringList{RouteStopsModel::StopIdsMimeType});
    QCOMPARE(data->data(RouteStopsModel::StopIdsMimeType), QByteArray("S-2\nS-4"));
}

// A selection restored at start-up can name a route whose plan is still on its way.
void TestRouteStopsModel::routeChosenBeforeItsPlanArrives()
{
    RouteSpec d;
    d.id = QStringLiteral("R-D");
    d.vehicleId = QStringLiteral("V-D");
    d.stops = {stop(QStringLiteral("S-41"), 1, 9, 0, QStringLiteral("Gouda")),
               stop(QStringLiteral("S-42"), 2, 10, 0, QStringLiteral("Woerden"))};
    m_model->setRoute(d.id);
    QCOMPARE(m_model->rowCount(), 0);
    m_op->feed(plan(at(6, 0), d));
    QCOMPARE(shownIds(), QStringList({QStringLiteral("S-41"), QStringLiteral("S-42")}));
}

void TestRouteStopsModel::etasShowWithTheirBand_data()
{
    QTest::addColumn<QTime>("eta");
    QTest::addColumn<QTime>("low");
    QTest::addColumn<QTime>("high");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("late");
    // S-2's window is 09:00-11:00.
    QTest::newRow("inside the window") << QTime(10, 5) << QTime(9, 55) << QTime(10, 25)
                                       << QStringLiteral("10:05 (09:55–10:25)") << false;
    QTest::newRow("after the window") << QTime(11, 20) << QTime(11, 0) << QTime(11, 50)
                                      << QStringLiteral("11:20 (11:00–11:50)") << true;
}

void TestRouteStopsModel::etasShowWithTheirBand()
{
    QFETCH(QTime, eta);
    QFETCH(QTime, low);
    QFETCH(QTime, high);
    QFETCH(QString, shown);
    QFETCH(bool, late);
    m_model->setRoute(RA);
    const QString s2 = QStringLiteral("S-2");
    QCOMPARE(cell(s2, RouteStopsModel::EtaCol).toString(), QString());
    QCOMPARE(cell(s2, RouteStopsModel::EtaCol, RouteStopsModel::EtaRole).toLongLong(), 0);

    StopEta e;
    e.stopId = s2;
    e.routeId = RA;
    e.eta = msAt(eta.hour(), eta.minute());
    e.low = msAt(low.hour(), low.minute());
    e.high = msAt(high.hour(), high.minute());
    e.estimatedAt = msAt(8, 30);
    m_model->setEtas({{s2, e}});
    QCOMPARE(cell(s2, RouteStopsModel::EtaCol).toString(), shown);
    QCOMPARE(cell(s2, RouteStopsModel::EtaCol, RouteStopsModel::EtaRole).toLongLong(), e.eta);
    QCOMPARE(cell(s2, RouteStopsModel::EtaCol, RouteStopsModel::EtaLowRole).toLongLong(), e.low);
    QCOMPARE(cell(s2, RouteStopsModel::EtaCol, RouteStopsModel::EtaHighRole).toLongLong(), e.high);
    QCOMPARE(cell(s2, RouteStopsModel::EtaCol, RouteStopsModel::SortRole).toLongLong(), e.eta);
    QCOMPARE(cell(s2, RouteStopsModel::EtaCol, RouteStopsModel::EtaLateRole).toBool(), late);
    const QString tip = cell(s2, RouteStopsModel::EtaCol, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(TimeFormat::toClock(e.low)) && tip.contains(TimeFormat::toClock(e.high)),
             qPrintable(tip));
    QCOMPARE(tip.contains(QStringLiteral("After the window")), late);
    QCOMPARE(cell(s2, RouteStopsModel::EtaCol, Qt::ForegroundRole).isValid(), late);
    // Another stop of the route has no estimate.
    QCOMPARE(cell(QStringLiteral("S-3"), RouteStopsModel::EtaCol).toString(), QString());

    // Once the crew is there the estimate is history.
    m_op->feed(arrived(at(9, 58), s2, RA, VanA));
    QCOMPARE(cell(s2, RouteStopsModel::EtaCol).toString(), QString());
}

void TestRouteStopsModel::newEtasChangeOnlyTheirCells()
{
    m_model->setRoute(RA);
    auto make = [](const QString &id, int hour, int minute) {
        StopEta e;
        e.stopId = id;
        e.routeId = RA;
        e.eta = msAt(hour, minute);
        e.low = e.eta - 10 * 60 * 1000;
        e.high = e.eta + 20 * 60 * 1000;
        e.estimatedAt = msAt(8, 0);
        return e;
    };
    EtaSnapshot first{{QStringLiteral("S-1"), make(QStringLiteral("S-1"), 9, 5)},
                      {QStringLiteral("S-2"), make(QStringLiteral("S-2"), 10, 5)},
                      {QStringLiteral("S-21"), make(QStringLiteral("S-21"), 9, 40)}};
    m_model->setEtas(first);
    ModelSpies spies(m_model.get());
    // Only S-2 moves; S-21 is of another route.
    EtaSnapshot second = first;
    second[QStringLiteral("S-2")] = make(QStringLiteral("S-2"), 10, 15);
    second[QStringLiteral("S-21")] = make(QStringLiteral("S-21"), 9, 50);
    m_model->setEtas(second);
    QCOMPARE(spies.structuralChanges(), QString());
    QCOMPARE(spies.changedRows(), QSet<int>{row(QStringLiteral("S-2"))});
    const auto args = spies.dataChanged.constFirst();
    QCOMPARE(args.at(0).value<QModelIndex>().column(), int(RouteStopsModel::EtaCol));
    QCOMPARE(args.at(1).value<QModelIndex>().column(), int(RouteStopsModel::EtaCol));
    // The same estimates again announce nothing.
    spies.clear();
    m_model->setEtas(second);
    QCOMPARE(spies.dataChanged.size(), 0);
    // A stop losing its estimate is announced too.
    second.remove(QStringLiteral("S-1"));
    m_model->setEtas(second);
    QCOMPARE(spies.changedRows(), QSet<int>{row(QStringLiteral("S-1"))});
    QCOMPARE(cell(QStringLiteral("S-1"), RouteStopsModel::EtaCol).toString(), QString());
}

QTEST_MAIN(TestRouteStopsModel)
#include "tst_routestopsmodel.moc"
