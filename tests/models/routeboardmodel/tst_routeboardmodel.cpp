// RouteBoardModel, the crews board, fed through the real ingester into a
// SQLite file: rows per route of the shown day, one row updated per event,
// state derivation (breakdown, no contact, breaks, finished), delay, progress
// and next stop, and the roles the filter and the views rely on.

#include "core/domaintext.h"
#include "feedlines.h"
#include "itemmodels/routeboardmodel.h"
#include "modelspies.h"
#include "operationfixture.h"
#include "replan/changecommand.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <memory>

using namespace FeedLines;
using Domain::RouteState;

Q_DECLARE_METATYPE(Domain::RouteState)

namespace {

const QString Tomorrow = QStringLiteral("2026-11-24");

struct Crew
{
    QString route;
    QString vehicle;
    QString plate;
    QString hubId;
    QString hubName;
    QStringList names;
    QStringList cities;
};

const QList<Crew> &crews()
{
    static const QList<Crew> list = {
        {QStringLiteral("R-01"),
         QStringLiteral("V-01"),
         QStringLiteral("VX-101-A"),
         QStringLiteral("H-UTR"),
         QStringLiteral("Utrecht Lage Weide"),
         {QStringLiteral("Sem Jansen"), QStringLiteral("Daan Bakker")},
         {QStringLiteral("Utrecht"), QStringLiteral("Zeist"), QStringLiteral("Houten")}},
        {QStringLiteral("R-02"),
         QStringLiteral("V-02"),
         QStringLiteral("VZ-202-B"),
         QStringLiteral("H-AMS"),
         QStringLiteral("Amsterdam Westpoort"),
         {QStringLiteral("Fatima El Amrani"), QStringLiteral("Joost Visser")},
         {QStringLiteral("Haarlem"), QStringLiteral("Zaandam"), QStringLiteral("Purmerend")}},
        {QStringLiteral("R-03"),
         QStringLiteral("V-03"),
         QStringLiteral("VT-303-C"),
         QStringLiteral("H-UTR"),
         QStringLiteral("Utrecht Lage Weide"),
         {QStringLiteral("Lotte de Boer"), QStringLiteral("Mehmet Yilmaz")},
         {QStringLiteral("Amersfoort"), QStringLiteral("Soest"), QStringLiteral("Baarn")}},
    };
    return list;
}

QString stopId(const QString &route, int n)
{
    return route + QLatin1Char('-') + QString::number(n);
}

// Three stops at 09:00, 10:00 and 11:00, windows an hour either side.
RouteSpec spec(const Crew &c, const QString &day = testDay())
{
    RouteSpec r;
    r.id = c.route;
    r.date = day;
    r.hubId = c.hubId;
    r.hubName = c.hubName;
    r.vehicleId = c.vehicle;
    r.plate = c.plate;
    r.crew = c.names;
    for (int i = 0; i < c.cities.size(); ++i) {
        StopSpec s(stopId(c.route, i + 1), i + 1, QTime(9 + i, 0));
        s.city = c.cities.at(i);
        r.stops.append(s);
    }
    return r;
}

QTime clockTime(const QString &text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

// Road events for one crew from short codes: "start 08:00", "finish 12:00",
// "pos 09:10", "arrive 1 09:10", "complete 1 09:30 [outcome]",
// "status breakdown 09:40".
QList<QByteArray> roadEvents(const Crew &c, const QStringList &codes)
{
    QList<QByteArray> lines;
    for (const QString &code : codes) {
        const QStringList w = code.split(QLatin1Char(' '));
        const QString &kind = w.at(0);
        if (kind == QLatin1String("start"))
            lines << routeStarted(at(clockTime(w.at(1))), c.route, c.vehicle);
        else if (kind == QLatin1String("finish"))
            lines << routeFinished(at(clockTime(w.at(1))), c.route, c.vehicle);
        else if (kind == QLatin1String("pos"))
            lines << position(at(clockTime(w.at(1))), c.vehicle, 52.09, 5.12);
        else if (kind == QLatin1String("arrive"))
            lines << arrived(at(clockTime(w.at(2))), stopId(c.route, w.at(1).toInt()), c.route,
                             c.vehicle);
        else if (kind == QLatin1String("complete"))
            lines << completed(at(clockTime(w.at(2))), stopId(c.route, w.at(1).toInt()), c.route,
                               c.vehicle, w.value(3, QStringLiteral("delivered")));
        else if (kind == QLatin1String("status"))
            lines << vehicleStatus(at(clockTime(w.at(2))), c.vehicle, w.at(1));
        else
            qFatal("unknown road event code %s", qPrintable(code));
    }
    return lines;
}

} // namespace

class TestRouteBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rowsForEachRouteOfTheShownDay();
    void routesAddedToTheShownDayAreInserted();
    void setDaySwitchesDays();
    void positionChangesExactlyOneRow();
    void stopResultsUpdateTheirRowOnly();
    void stopEventsCountAsContact();
    void breakdownShowsBreakdown();
    void silenceShowsNoContact_data();
    void silenceShowsNoContact();
    void stateDerivation_data();
    void stateDerivation();
    void rolesGiveSensibleValues();
    void replanOntoAnotherVanFollowsThatVan();
    void returnVisitsAreCountedPerRoute();
    void replanOntoAnotherDayLeavesTheBoard();
    // The time-derived columns follow a schedule instead of re-deriving all rows.
    void contactAgesAtTheNextWholeMinute();
    void scheduledRefreshMatchesAFreshLoad_data();
    void scheduledRefreshMatchesAFreshLoad();
    void routesWithoutNewsAreNotReDerived();
    void timeChangesOfAdjacentRowsComeAsOneRange();
    void positionThatChangesNothingShownIsSilent();
    void clockGoingBackReDerivesEveryRow();

private:
    void planDay(const QString &day = testDay());
    void setNow(int hour, int minute) { m_op->clock()->setTime(dateTimeAt(hour, minute)); }
    int row(const QString &route) const { return m_model->rowOfRoute(route); }
    QVariant cell(const QString &route, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row(route), column).data(role);
    }
    RouteState state(const QString &route) const
    {
        return RouteState(
            cell(route, RouteBoardModel::RouteCol, RouteBoardModel::StateRole).toInt());
    }
    QStringList rowTexts(int row) const;
    // With `refreshFirst` false, what the board shows as its schedule left it.
    QString differencesFromFreshLoad(bool refreshFirst = true);

    std::unique_ptr<OperationFixture> m_op;
    RouteStatusRules m_rules; // what a fresh load compares with
    std::unique_ptr<RouteBoardModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRouteBoardModel::init()
{
    m_rules = RouteStatusRules();
    m_op = std::make_unique<OperationFixture>(dateTimeAt(7, 0));
    m_model = std::make_unique<RouteBoardModel>(m_op->store(), m_op->clock(), m_op->notifier());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRouteBoardModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_op.reset();
}

void TestRouteBoardModel::planDay(const QString &day)
{
    QList<QByteArray> plans;
    for (const Crew &c : crews())
        plans << plan(at(6, 0, 0, day), spec(c, day));
    m_op->feed(plans);
}

QStringList TestRouteBoardModel::rowTexts(int row) const
{
    QStringList texts;
    for (int column = 0; column < RouteBoardModel::ColumnCount; ++column)
        texts << m_model->index(row, column).data().toString();
    texts << m_model->index(row, 0).data(RouteBoardModel::StateRole).toString();
    texts << m_model->index(row, 0).data(RouteBoardModel::DelayRole).toString();
    return texts;
}

// What the board shows after updates (and a refresh of the time-derived
// columns) must be what a board loaded afresh from the store shows.
QString TestRouteBoardModel::differencesFromFreshLoad(bool refreshFirst)
{
    if (refreshFirst)
        m_model->refreshTimes();
    RouteBoardModel fresh(m_op->store(), m_op->clock(), nullptr);
    fresh.setRules(m_rules);
    fresh.setDay(m_model->day());
    QStringList differences;
    if (fresh.rowCount() != m_model->rowCount())
        differences
            << QStringLiteral("%1 rows, afresh %2").arg(m_model->rowCount()).arg(fresh.rowCount());
    for (int freshRow = 0; freshRow < fresh.rowCount(); ++freshRow) {
        const QString route =
            fresh.index(freshRow, 0).data(RouteBoardModel::RouteIdRole).toString();
        const int shown = m_model->rowOfRoute(route);
        if (shown < 0) {
            differences << route + QStringLiteral(" missing");
            continue;
        }
        for (int column = 0; column < RouteBoardModel::ColumnCount; ++column) {
            for (int role : {int(Qt::DisplayRole), int(RouteBoardModel::StateRole),
                             int(RouteBoardModel::DelayRole), int(RouteBoardModel::SortRole)}) {
                const QVariant mine = m_model->index(shown, column).data(role);
                const QVariant theirs = fresh.index(freshRow, column).data(role);
                if (mine != theirs)
                    differences << QStringLiteral("%1 column %2 role %3: '%4', afresh '%5'")
                                       .arg(route)
                                       .arg(column)
                                       .arg(role)
                                       .arg(mine.toString(), theirs.toString());
            }
        }
    }
    for (int shown = 0; shown < m_model->rowCount(); ++shown) {
        const QString route =
            m_model->index(shown, 0).data(RouteBoardModel::RouteIdRole).toString();
        if (fresh.rowOfRoute(route) < 0)
            differences << route + QStringLiteral(" shown but not of the day");
    }
    return differences.join(QLatin1String("; "));
}

void TestRouteBoardModel::rowsForEachRouteOfTheShownDay()
{
    m_model->setDay(testDay());
    QCOMPARE(m_model->rowCount(), 0);
    ModelSpies spies(m_model.get());

    planDay();
    RouteSpec tomorrow = spec(crews().at(0), Tomorrow);
    tomorrow.id = QStringLiteral("R-11");
    for (StopSpec &s : tomorrow.stops)
        s.id.replace(QLatin1String("R-01"), QLatin1String("R-11"));
    m_op->feed(plan(at(6, 0, 0, Tomorrow), tomorrow));

    QCOMPARE(m_model->rowCount(), crews().size());
    QVERIFY(spies.reset.isEmpty());
    QVERIFY(!spies.rowsInserted.isEmpty());
    QSet<QString> shown;
    for (int r = 0; r < m_model->rowCount(); ++r)
        shown.insert(m_model->index(r, 0).data(RouteBoardModel::RouteIdRole).toString());
    QCOMPARE(shown, QSet<QString>(
                        {QStringLiteral("R-01"), QStringLiteral("R-02"), QStringLiteral("R-03")}));

    const Crew &c = crews().at(1);
    QCOMPARE(cell(c.route, RouteBoardModel::RouteCol).toString(), c.route);
    QCOMPARE(cell(c.route, RouteBoardModel::CrewCol).toString(),
             QStringLiteral("Fatima El Amrani & Joost Visser"));
    QCOMPARE(cell(c.route, RouteBoardModel::VanCol).toString(), c.plate);
    QCOMPARE(cell(c.route, RouteBoardModel::HubCol).toString(), c.hubName);
    QCOMPARE(state(c.route), RouteState::NotStarted);
    QCOMPARE(cell(c.route, RouteBoardModel::StateCol).toString(), QStringLiteral("Not started"));
    QCOMPARE(cell(c.route, RouteBoardModel::ProgressCol).toString(), QStringLiteral("0 / 3"));
    QCOMPARE(cell(c.route, RouteBoardModel::DelayCol).toString(), QString());
    QVERIFY2(
        cell(c.route, RouteBoardModel::NextStopCol).toString().contains(QLatin1String("Haarlem")),
        qPrintable(cell(c.route, RouteBoardModel::NextStopCol).toString()));
    QCOMPARE(cell(c.route, RouteBoardModel::ContactCol).toString(), QStringLiteral("–"));
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));
}

void TestRouteBoardModel::routesAddedToTheShownDayAreInserted()
{
    m_model->setDay(testDay());
    m_op->feed(plan(at(6, 0), spec(crews().at(0))));
    QCOMPARE(m_model->rowCount(), 1);
    const QPersistentModelIndex first = m_model->index(0, RouteBoardModel::StateCol);

    ModelSpies spies(m_model.get());
    m_op->feed({plan(at(6, 5), spec(crews().at(1))), plan(at(6, 5), spec(crews().at(2)))});
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(spies.reset.isEmpty());
    QVERIFY(spies.layoutChanged.isEmpty());
    int inserted = 0;
    for (const QList<QVariant> &args : spies.rowsInserted)
        inserted += args.at(2).toInt() - args.at(1).toInt() + 1;
    QCOMPARE(inserted, 2);
    QVERIFY(first.isValid());
    QCOMPARE(first.data(RouteBoardModel::RouteIdRole).toString(), QStringLiteral("R-01"));

    // A plan for another day adds nothing to the shown one.
    spies.clear();
    RouteSpec other = spec(crews().at(0), Tomorrow);
    other.id = QStringLiteral("R-11");
    for (StopSpec &s : other.stops)
        s.id.replace(QLatin1String("R-01"), QLatin1String("R-11"));
    m_op->feed(plan(at(6, 0, 0, Tomorrow), other));
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(spies.rowsInserted.isEmpty());
    QVERIFY(spies.reset.isEmpty());
}

void TestRouteBoardModel::setDaySwitchesDays()
{
    planDay();
    RouteSpec tomorrow = spec(crews().at(2), Tomorrow);
    tomorrow.id = QStringLiteral("R-21");
    for (StopSpec &s : tomorrow.stops)
        s.id.replace(QLatin1String("R-03"), QLatin1String("R-21"));
    m_op->feed(plan(at(18, 0), tomorrow));

    QCOMPARE(m_model->rowCount(), 0); // no day shown yet
    m_model->setDay(testDay());
    QCOMPARE(m_model->day(), testDay());
    QCOMPARE(m_model->rowCount(), 3);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setDay(testDay());
    QVERIFY(reset.isEmpty());

    m_model->setDay(Tomorrow);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, 0).data(RouteBoardModel::RouteIdRole).toString(),
             QStringLiteral("R-21"));
    QCOMPARE(m_model->rowOfRoute(QStringLiteral("R-01")), -1);
    QVERIFY(m_model->route(0));
    QCOMPARE(m_model->route(0)->date, Tomorrow);

    // Events of the other day's routes do not reach tomorrow's board.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_op->feed(
        roadEvents(crews().at(0), {QStringLiteral("start 08:00"), QStringLiteral("pos 08:01")}));
    QVERIFY(changed.isEmpty());

    m_model->setDay(QStringLiteral("2026-11-20"));
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setDay(testDay());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(state(QStringLiteral("R-01")), RouteState::Driving);
}

void TestRouteBoardModel::positionChangesExactlyOneRow()
{
    m_model->setDay(testDay());
    planDay();
    setNow(8, 30);
    for (const Crew &c : crews())
        m_op->feed(roadEvents(c, {QStringLiteral("start 08:00"), QStringLiteral("pos 08:10")}));

    const Crew &c = crews().at(1);
    const int target = row(c.route);
    QVERIFY(target >= 0);
    QList<QStringList> before;
    for (int r = 0; r < m_model->rowCount(); ++r)
        before << rowTexts(r);

    ModelSpies spies(m_model.get());
    m_op->feed(roadEvents(c, {QStringLiteral("pos 08:29")}));

    QVERIFY(!spies.dataChanged.isEmpty());
    for (const QList<QVariant> &args : spies.dataChanged) {
        QCOMPARE(args.at(0).value<QModelIndex>().row(), target);
        QCOMPARE(args.at(1).value<QModelIndex>().row(), target);
    }
    QVERIFY2(spies.structuralChanges().isEmpty(), qPrintable(spies.structuralChanges()));
    QCOMPARE(cell(c.route, RouteBoardModel::ContactCol).toString(), QStringLiteral("1 min"));
    QCOMPARE(m_model->status(target)->minutesSinceContact, 1);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (r != target)
            QCOMPARE(rowTexts(r), before.at(r));
    }
    QVERIFY(rowTexts(target) != before.at(target));
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));
}

void TestRouteBoardModel::stopResultsUpdateTheirRowOnly()
{
    m_model->setDay(testDay());
    planDay();
    for (const Crew &c : crews())
        m_op->feed(roadEvents(c, {QStringLiteral("start 08:00"), QStringLiteral("pos 08:40")}));
    const Crew &c = crews().at(0);
    const int target = row(c.route);
    QList<QStringList> before;
    for (int r = 0; r < m_model->rowCount(); ++r)
        before << rowTexts(r);
    ModelSpies spies(m_model.get());

    // Arrives 12 minutes after the planned 09:00; the van reports its position with it.
    setNow(9, 15);
    m_op->feed(roadEvents(c, {QStringLiteral("pos 09:12"), QStringLiteral("arrive 1 09:12")}));
    QCOMPARE(spies.changedRows(), QSet<int>({target}));
    QVERIFY2(spies.structuralChanges().isEmpty(), qPrintable(spies.structuralChanges()));
    QCOMPARE(state(c.route), RouteState::AtStop);
    QCOMPARE(cell(c.route, RouteBoardModel::StateCol).toString(), QStringLiteral("At a stop"));
    QCOMPARE(cell(c.route, RouteBoardModel::DelayCol, RouteBoardModel::DelayRole).toInt(), 12);
    QCOMPARE(cell(c.route, RouteBoardModel::DelayCol).toString(), QStringLiteral("+12 min"));
    QCOMPARE(cell(c.route, RouteBoardModel::ProgressCol).toString(), QStringLiteral("0 / 3"));
    QCOMPARE(m_model->status(target)->nextStopId, stopId(c.route, 1));
    QCOMPARE(cell(c.route, RouteBoardModel::NextStopCol).toString(),
             QStringLiteral("1 · Utrecht (08:00–10:00)"));

    // Delivered at 09:30: on the road to Zeist, still 12 minutes behind.
    spies.clear();
    setNow(9, 31);
    m_op->feed(roadEvents(c, {QStringLiteral("pos 09:30"), QStringLiteral("complete 1 09:30")}));
    QCOMPARE(spies.changedRows(), QSet<int>({target}));
    QVERIFY2(spies.structuralChanges().isEmpty(), qPrintable(spies.structuralChanges()));
    QCOMPARE(state(c.route), RouteState::Driving);
    QCOMPARE(cell(c.route, RouteBoardModel::ProgressCol).toString(), QStringLiteral("1 / 3"));
    QCOMPARE(cell(c.route, RouteBoardModel::DelayCol, RouteBoardModel::DelayRole).toInt(), 12);
    QCOMPARE(m_model->status(target)->nextStopId, stopId(c.route, 2));
    QCOMPARE(cell(c.route, RouteBoardModel::NextStopCol).toString(),
             QStringLiteral("2 · Zeist (09:00–11:00)"));

    // A failed delivery also counts as done, and the next stop moves on.
    spies.clear();
    setNow(10, 21);
    m_op->feed(roadEvents(c, {QStringLiteral("pos 10:20"), QStringLiteral("arrive 2 10:05"),
                              QStringLiteral("complete 2 10:20 not_home")}));
    QCOMPARE(spies.changedRows(), QSet<int>({target}));
    QCOMPARE(cell(c.route, RouteBoardModel::ProgressCol).toString(), QStringLiteral("2 / 3"));
    QCOMPARE(cell(c.route, RouteBoardModel::DelayCol, RouteBoardModel::DelayRole).toInt(), 5);
    QCOMPARE(m_model->status(target)->nextStopId, stopId(c.route, 3));

    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (r != target)
            QCOMPARE(rowTexts(r), before.at(r));
    }
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));
}

// A stop.arrived or stop.completed is word from the van as much as a
// position: the board must count it as contact.
void TestRouteBoardModel::stopEventsCountAsContact()
{
    m_model->setDay(testDay());
    planDay();
    const Crew &c = crews().at(0);
    m_op->feed(roadEvents(c, {QStringLiteral("start 08:00"), QStringLiteral("pos 08:05")}));
    setNow(9, 15);
    m_op->feed(roadEvents(c, {QStringLiteral("arrive 1 09:10")}));

    QCOMPARE(m_op->store().vehicles({c.vehicle}).value(0).lastContactTs, msAt(9, 10));
    QCOMPARE(cell(c.route, RouteBoardModel::ContactCol).toString(), QStringLiteral("5 min"));
    QCOMPARE(state(c.route), RouteState::AtStop);
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));
}

void TestRouteBoardModel::breakdownShowsBreakdown()
{
    m_model->setDay(testDay());
    planDay();
    setNow(9, 40);
    for (const Crew &c : crews())
        m_op->feed(roadEvents(c, {QStringLiteral("start 08:00"), QStringLiteral("pos 09:35")}));
    const Crew &c = crews().at(2);
    const int target = row(c.route);
    QCOMPARE(state(c.route), RouteState::Driving);

    ModelSpies spies(m_model.get());
    QSignalSpy summary(m_model.get(), &RouteBoardModel::summaryChanged);
    m_op->feed(roadEvents(c, {QStringLiteral("status breakdown 09:38")}));
    QCOMPARE(spies.changedRows(), QSet<int>({target}));
    QVERIFY2(spies.structuralChanges().isEmpty(), qPrintable(spies.structuralChanges()));
    QCOMPARE(state(c.route), RouteState::Breakdown);
    QCOMPARE(cell(c.route, RouteBoardModel::StateCol).toString(), QStringLiteral("Breakdown"));
    QCOMPARE(cell(c.route, RouteBoardModel::StateCol, RouteBoardModel::SortRole).toInt(),
             int(RouteState::Breakdown));
    QVERIFY(!summary.isEmpty());
    for (const Crew &other : crews()) {
        if (other.route != c.route)
            QCOMPARE(state(other.route), RouteState::Driving);
    }

    // Long silence does not hide a breakdown.
    m_op->advanceMinutes(60);
    m_model->refreshTimes();
    QCOMPARE(state(c.route), RouteState::Breakdown);

    m_op->feed(
        roadEvents(c, {QStringLiteral("status repaired 10:39"), QStringLiteral("pos 10:39")}));
    QCOMPARE(state(c.route), RouteState::Driving);
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));
}

void TestRouteBoardModel::silenceShowsNoContact_data()
{
    QTest::addColumn<int>("silentMinutes");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<RouteState>("expected");
    QTest::newRow("short silence") << 5 << 15 << RouteState::Driving;
    QTest::newRow("just under the threshold") << 14 << 15 << RouteState::Driving;
    QTest::newRow("at the threshold") << 15 << 15 << RouteState::NoContact;
    QTest::newRow("long silence") << 90 << 15 << RouteState::NoContact;
    QTest::newRow("under a raised threshold") << 25 << 30 << RouteState::Driving;
    QTest::newRow("over a lowered threshold") << 6 << 5 << RouteState::NoContact;
}

void TestRouteBoardModel::silenceShowsNoContact()
{
    QFETCH(int, silentMinutes);
    QFETCH(int, threshold);
    QFETCH(RouteState, expected);

    RouteStatusRules rules;
    rules.noContactMinutes = threshold;
    m_model->setRules(rules);
    m_model->setDay(testDay());
    planDay();
    const Crew &c = crews().at(1);
    setNow(8, 20);
    m_op->feed(roadEvents(c, {QStringLiteral("start 08:00"), QStringLiteral("pos 08:20")}));
    QCOMPARE(state(c.route), RouteState::Driving);

    ModelSpies spies(m_model.get());
    QSignalSpy summary(m_model.get(), &RouteBoardModel::summaryChanged);
    m_op->advanceMinutes(silentMinutes);
    m_model->refreshTimes();

    QCOMPARE(state(c.route), expected);
    QCOMPARE(cell(c.route, RouteBoardModel::ContactCol).toString(),
             QStringLiteral("%1 min").arg(silentMinutes));
    QCOMPARE(cell(c.route, RouteBoardModel::ContactCol, RouteBoardModel::SortRole).toInt(),
             silentMinutes);
    // Only the route that was heard from has a contact time to age.
    QCOMPARE(spies.changedRows(), QSet<int>({row(c.route)}));
    QVERIFY2(spies.structuralChanges().isEmpty(), qPrintable(spies.structuralChanges()));
    QCOMPARE(summary.isEmpty(), expected == RouteState::Driving);
    if (expected == RouteState::NoContact) {
        QCOMPARE(cell(c.route, RouteBoardModel::StateCol).toString(), QStringLiteral("No contact"));
        // Word from the van ends it.
        const QTime now = m_op->clock()->now().toOffsetFromUtc(3600).time();
        m_op->feed(position(at(now), c.vehicle, 52.3, 4.9));
        QCOMPARE(state(c.route), RouteState::Driving);
    }
    for (const Crew &other : crews()) {
        if (other.route != c.route)
            QCOMPARE(state(other.route), RouteState::NotStarted);
    }
}

void TestRouteBoardModel::stateDerivation_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("now");
    QTest::addColumn<RouteState>("state");
    QTest::addColumn<int>("delay");
    QTest::addColumn<QString>("progress");

    const QString start = QStringLiteral("start 08:00");
    QTest::newRow("only planned") << QStringList() << "09:30" << RouteState::NotStarted << 0
                                  << "0 / 3";
    QTest::newRow("van moving before the start")
        << QStringList{QStringLiteral("pos 07:50")} << "07:55" << RouteState::NotStarted << 0
        << "0 / 3";
    QTest::newRow("driving to the first stop") << QStringList{start, QStringLiteral("pos 08:50")}
                                               << "08:55" << RouteState::Driving << 0 << "0 / 3";
    QTest::newRow("overdue on the way to the first stop")
        << QStringList{start, QStringLiteral("pos 09:20")} << "09:20" << RouteState::Driving << 20
        << "0 / 3";
    QTest::newRow("at a stop, late")
        << QStringList{start, QStringLiteral("arrive 1 09:12"), QStringLiteral("pos 09:12")}
        << "09:15" << RouteState::AtStop << 12 << "0 / 3";
    QTest::newRow("early, driving on")
        << QStringList{start, QStringLiteral("arrive 1 08:50"), QStringLiteral("complete 1 09:05"),
                       QStringLiteral("pos 09:05")}
        << "09:10" << RouteState::Driving << -10 << "1 / 3";
    QTest::newRow("late for the second stop")
        << QStringList{start, QStringLiteral("arrive 1 09:00"), QStringLiteral("complete 1 09:20"),
                       QStringLiteral("pos 10:25")}
        << "10:30" << RouteState::Driving << 30 << "1 / 3";
    QTest::newRow("on a break") << QStringList{start, QStringLiteral("pos 08:40"),
                                               QStringLiteral("status break_start 08:40")}
                                << "08:45" << RouteState::OnBreak << 0 << "0 / 3";
    QTest::newRow("break over") << QStringList{start, QStringLiteral("status break_start 08:40"),
                                               QStringLiteral("status break_end 08:55"),
                                               QStringLiteral("pos 08:55")}
                                << "08:56" << RouteState::Driving << 0 << "0 / 3";
    QTest::newRow("breakdown") << QStringList{start, QStringLiteral("pos 08:30"),
                                              QStringLiteral("status breakdown 08:30")}
                               << "08:35" << RouteState::Breakdown << 0 << "0 / 3";
    QTest::newRow("breakdown beats silence")
        << QStringList{start, QStringLiteral("status breakdown 08:30")} << "11:00"
        << RouteState::Breakdown << 120 << "0 / 3";
    QTest::newRow("repaired") << QStringList{start, QStringLiteral("status breakdown 08:30"),
                                             QStringLiteral("status repaired 09:30"),
                                             QStringLiteral("pos 09:30")}
                              << "09:31" << RouteState::Driving << 31 << "0 / 3";
    QTest::newRow("breakdown reported late after the repair")
        << QStringList{start, QStringLiteral("status repaired 09:30"),
                       QStringLiteral("status breakdown 08:30"), QStringLiteral("pos 09:30")}
        << "09:31" << RouteState::Driving << 31 << "0 / 3";
    QTest::newRow("silent") << QStringList{start, QStringLiteral("pos 08:30")} << "09:00"
                            << RouteState::NoContact << 0 << "0 / 3";
    QTest::newRow("finished") << QStringList{start,
                                             QStringLiteral("arrive 1 09:00"),
                                             QStringLiteral("complete 1 09:15"),
                                             QStringLiteral("arrive 2 10:00"),
                                             QStringLiteral("complete 2 10:15"),
                                             QStringLiteral("arrive 3 11:05"),
                                             QStringLiteral("complete 3 11:20 refused"),
                                             QStringLiteral("finish 12:00")}
                              << "15:00" << RouteState::Finished << 5 << "3 / 3";
}

void TestRouteBoardModel::stateDerivation()
{
    QFETCH(QStringList, events);
    QFETCH(QString, now);
    QFETCH(RouteState, state);
    QFETCH(int, delay);
    QFETCH(QString, progress);

    m_model->setDay(testDay());
    planDay();
    const Crew &c = crews().at(0);
    m_op->clock()->setTime(dateTimeAt(clockTime(now).hour(), clockTime(now).minute()));
    // One batch per event, as they trickle in live.
    for (const QByteArray &line : roadEvents(c, events))
        m_op->feed(line);
    m_model->refreshTimes();

    QCOMPARE(this->state(c.route), state);
    QCOMPARE(cell(c.route, RouteBoardModel::StateCol).toString(), DomainText::routeState(state));
    QCOMPARE(cell(c.route, RouteBoardModel::DelayCol, RouteBoardModel::DelayRole).toInt(), delay);
    QCOMPARE(cell(c.route, RouteBoardModel::ProgressCol).toString(), progress);
    const QString delayText = cell(c.route, RouteBoardModel::DelayCol).toString();
    if (state == RouteState::NotStarted)
        QCOMPARE(delayText, QString());
    else if (delay == 0)
        QCOMPARE(delayText, QStringLiteral("on time"));
    else
        QCOMPARE(delayText, QStringLiteral("%1%2 min").arg(delay > 0 ? "+" : "").arg(delay));
    if (state == RouteState::Finished)
        QCOMPARE(cell(c.route, RouteBoardModel::NextStopCol).toString(), QString());
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));
}

void TestRouteBoardModel::rolesGiveSensibleValues()
{
    m_model->setDay(testDay());
    planDay();
    setNow(9, 30);
    const Crew &late = crews().at(0);
    m_op->feed(roadEvents(late, {QStringLiteral("start 08:00"), QStringLiteral("arrive 1 09:25"),
                                 QStringLiteral("pos 09:25")}));
    const int r = row(late.route);
    const QModelIndex first = m_model->index(r, 0);
    QCOMPARE(first.data(RouteBoardModel::RouteIdRole).toString(), late.route);
    QCOMPARE(first.data(RouteBoardModel::VehicleIdRole).toString(), late.vehicle);
    QCOMPARE(first.data(RouteBoardModel::HubIdRole).toString(), late.hubId);
    QCOMPARE(first.data(RouteBoardModel::StateRole).toInt(), int(RouteState::AtStop));
    QCOMPARE(first.data(RouteBoardModel::DelayRole).toInt(), 25);
    // The id roles are the same in every column.
    for (int column = 0; column < RouteBoardModel::ColumnCount; ++column) {
        const QModelIndex i = m_model->index(r, column);
        QCOMPARE(i.data(RouteBoardModel::RouteIdRole).toString(), late.route);
        QCOMPARE(i.data(RouteBoardModel::DelayRole).toInt(), 25);
        QVERIFY(i.data(RouteBoardModel::SortRole).isValid());
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    // Numeric columns sort by numbers.
    const QVariant delaySort =
        m_model->index(r, RouteBoardModel::DelayCol).data(RouteBoardModel::SortRole);
    QCOMPARE(delaySort.typeId(), QMetaType::Int);
    QCOMPARE(delaySort.toInt(), 25);
    const QVariant progressSort =
        m_model->index(r, RouteBoardModel::ProgressCol).data(RouteBoardModel::SortRole);
    QCOMPARE(progressSort.typeId(), QMetaType::Double);
    QCOMPARE(progressSort.toDouble(), 0.0);
    QCOMPARE(m_model->index(r, RouteBoardModel::ContactCol).data(RouteBoardModel::SortRole).toInt(),
             5);
    QCOMPARE(m_model->index(r, RouteBoardModel::NextStopCol)
                 .data(RouteBoardModel::SortRole)
                 .toLongLong(),
             msAt(8, 0));
    QCOMPARE(m_model->index(r, RouteBoardModel::CrewCol).data(RouteBoardModel::SortRole).toString(),
             QStringLiteral("Sem Jansen & Daan Bakker"));
    // A route never heard from sorts before one heard from a minute ago.
    const int silent = row(crews().at(1).route);
    QCOMPARE(
        m_model->index(silent, RouteBoardModel::ContactCol).data(RouteBoardModel::SortRole).toInt(),
        -1);
    QCOMPARE(
        m_model->index(silent, RouteBoardModel::StateCol).data(RouteBoardModel::StateRole).toInt(),
        int(RouteState::NotStarted));
    QVERIFY(m_model->index(r, RouteBoardModel::StateCol)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(late.plate));
    QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
    QCOMPARE(m_model->route(r)->id, late.route);
    QCOMPARE(m_model->stops(r)->size(), 3);
    QVERIFY(!m_model->route(m_model->rowCount()));
    QCOMPARE(m_model->rowOfRoute(QStringLiteral("R-404")), -1);
}

// After a breakdown the planning system moves the route onto a spare van.
// The board must follow the new van: its state, its positions, its contact.
void TestRouteBoardModel::replanOntoAnotherVanFollowsThatVan()
{
    m_model->setDay(testDay());
    planDay();
    const Crew &c = crews().at(0);
    setNow(9, 0);
    m_op->feed(roadEvents(c, {QStringLiteral("start 08:00"), QStringLiteral("pos 08:40"),
                              QStringLiteral("status breakdown 08:45")}));
    QCOMPARE(state(c.route), RouteState::Breakdown);

    RouteSpec moved = spec(c);
    moved.vehicleId = QStringLiteral("V-99");
    moved.plate = QStringLiteral("VR-999-Z");
    setNow(9, 10);
    m_op->feed({plan(at(9, 5), moved), position(at(9, 8), moved.vehicleId, 52.1, 5.1)});
    QCOMPARE(cell(c.route, RouteBoardModel::VanCol).toString(), moved.plate);
    QCOMPARE(cell(c.route, RouteBoardModel::VanCol, RouteBoardModel::VehicleIdRole).toString(),
             moved.vehicleId);
    QCOMPARE(state(c.route), RouteState::Driving);

    // The spare van's next position must reach the row.
    ModelSpies spies(m_model.get());
    m_op->feed(position(at(9, 9), moved.vehicleId, 52.11, 5.11));
    QCOMPARE(spies.changedRows(), QSet<int>({row(c.route)}));
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));
}

// A re-plan can move a whole route to another day (e.g. a hub closed by snow).
void TestRouteBoardModel::replanOntoAnotherDayLeavesTheBoard()
{
    m_model->setDay(testDay());
    planDay();
    const Crew &c = crews().at(1);
    ModelSpies spies(m_model.get());
    m_op->feed(plan(at(7, 0), spec(c, Tomorrow)));
    QCOMPARE(m_op->store().routes(testDay()).size(), 2);
    QVERIFY(spies.reset.isEmpty());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(spies.rowsRemoved.size(), 1);

    // And back: it appears again on the shown day without a reset.
    m_op->feed(plan(at(7, 30), spec(c, testDay())));
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(spies.reset.isEmpty());
    QVERIFY2(differencesFromFreshLoad().isEmpty(), qPrintable(differencesFromFreshLoad()));
}

void TestRouteBoardModel::contactAgesAtTheNextWholeMinute()
{
    m_model->setDay(testDay());
    planDay();
    const Crew &c = crews().at(1);
    setNow(8, 20);
    m_op->feed(roadEvents(c, {QStringLiteral("start 08:00")}));
    m_op->feed(position(at(8, 20, 10), c.vehicle, 52.3, 4.9));
    m_op->clock()->setTime(dateTimeAt(8, 20, 30));
    const int target = row(c.route);
    QCOMPARE(m_model->nextTimeChangeMs(target), msAt(8, 21, 10));
    QVERIFY(m_model->nextTimeChangeMs() <= msAt(8, 21, 10));

    ModelSpies spies(m_model.get());
    m_op->clock()->advance(msAt(8, 21, 9) - msAt(8, 20, 30) + 999); // 08:21:09.999
    m_model->refreshDueTimes();
    QCOMPARE(m_model->lastRefreshDerived(), 0);
    QVERIFY(spies.dataChanged.isEmpty());
    QCOMPARE(cell(c.route, RouteBoardModel::ContactCol).toString(), QStringLiteral("0 min"));

    m_op->clock()->advance(1); // 08:21:10
    m_model->refreshDueTimes();
    QCOMPARE(m_model->lastRefreshDerived(), 1);
    QCOMPARE(cell(c.route, RouteBoardModel::ContactCol).toString(), QStringLiteral("1 min"));
    QCOMPARE(spies.changedRows(), QSet<int>({target}));
    QCOMPARE(m_model->nextTimeChangeMs(target), msAt(8, 22, 10));
    QCOMPARE(m_model->nextTimeChangeMs(), msAt(8, 22, 10));
    m_model->refreshDueTimes();
    QCOMPARE(m_model->lastRefreshDerived(), 0);
    QVERIFY2(differencesFromFreshLoad(false).isEmpty(), qPrintable(differencesFromFreshLoad(false)));
}

void TestRouteBoardModel::scheduledRefreshMatchesAFreshLoad_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("stepMs");
    QTest::addColumn<int>("threshold");
    // Stop 1 is planned at 09:00, stop 2 at 10:00, stop 3 at 11:00.
    QTest::newRow("silence up to no contact")
        << QStringList{QStringLiteral("start 08:00"), QStringLiteral("pos 08:20")}
        << QStringLiteral("08:20") << 40 << 7000 << 15;
    QTest::newRow("silence, seconds around the threshold")
        << QStringList{QStringLiteral("start 08:00"), QStringLiteral("pos 08:20")}
        << QStringLiteral("08:33") << 4 << 1000 << 15;
    QTest::newRow("overdue next stop, delay grows")
        << QStringList{QStringLiteral("start 08:00"), QStringLiteral("pos 08:50")}
        << QStringLiteral("08:55") << 30 << 11000 << 60;
    QTest::newRow("overdue, each second around the half minutes")
        << QStringList{QStringLiteral("start 08:00"), QStringLiteral("pos 08:58")}
        << QStringLiteral("08:59") << 4 << 500 << 60;
    QTest::newRow("early at stop 1, on its way to stop 2")
        << QStringList{QStringLiteral("start 08:00"), QStringLiteral("arrive 1 08:40"),
                       QStringLiteral("complete 1 08:50")}
        << QStringLiteral("09:36") << 30 << 3000 << 90;
    QTest::newRow("late at stop 1, stop 2 overdue later")
        << QStringList{QStringLiteral("start 08:00"), QStringLiteral("arrive 1 09:20"),
                       QStringLiteral("complete 1 09:40")}
        << QStringLiteral("09:55") << 30 << 13000 << 90;
    QTest::newRow("at a stop past its time")
        << QStringList{QStringLiteral("start 08:00"), QStringLiteral("arrive 1 09:05")}
        << QStringLiteral("09:06") << 20 << 17000 << 15;
    QTest::newRow("finished")
        << QStringList{QStringLiteral("start 08:00"), QStringLiteral("finish 09:10")}
        << QStringLiteral("09:10") << 12 << 20000 << 5;
}

void TestRouteBoardModel::scheduledRefreshMatchesAFreshLoad()
{
    QFETCH(QStringList, events);
    QFETCH(QString, from);
    QFETCH(int, minutes);
    QFETCH(int, stepMs);
    QFETCH(int, threshold);

    m_rules.noContactMinutes = threshold;
    m_model->setRules(m_rules);
    m_model->setDay(testDay());
    planDay();
    const QTime start = clockTime(from);
    m_op->clock()->setTime(dateTimeAt(start.hour(), start.minute()));
    const Crew &c = crews().at(0);
    m_op->feed(roadEvents(c, events));

    // Only the schedule moves the board on (the clock's jumps stay unheard).
    const qint64 end = m_op->clock()->nowMs() + qint64(minutes) * 60000;
    QSet<QString> seen;
    int derived = 0;
    int steps = 0;
    while (m_op->clock()->nowMs() < end) {
        const QSignalBlocker quiet(m_op->clock());
        m_op->clock()->advance(stepMs);
        m_model->refreshDueTimes();
        derived += m_model->lastRefreshDerived();
        ++steps;
        const QString differences = differencesFromFreshLoad(false);
        QVERIFY2(differences.isEmpty(), qPrintable(m_op->clock()->now().toString(Qt::ISODateWithMs)
                                                   + QStringLiteral(": ") + differences));
        seen.insert(cell(c.route, RouteBoardModel::DelayCol).toString() + QLatin1Char('|')
                    + cell(c.route, RouteBoardModel::ContactCol).toString());
    }
    // The shown values did move on, and not by re-deriving every row each step.
    QVERIFY2(seen.size() > 1, qPrintable(QStringList(seen.values()).join(QLatin1String(", "))));
    QVERIFY2(derived < steps * m_model->rowCount(), qPrintable(QString::number(derived)));
}

void TestRouteBoardModel::routesWithoutNewsAreNotReDerived()
{
    m_model->setDay(testDay());
    planDay();
    const Crew &c = crews().at(2);
    setNow(8, 20);
    m_op->feed(roadEvents(c, {QStringLiteral("start 08:00"), QStringLiteral("pos 08:20")}));
    const qint64 never = std::numeric_limits<qint64>::max();
    for (const Crew &other : crews()) {
        if (other.route != c.route)
            QCOMPARE(m_model->nextTimeChangeMs(row(other.route)), never);
    }
    // Over 35 minutes only the route that was heard from is re-derived, once a
    // minute (its next stop is not overdue before 09:00).
    int derived = 0;
    for (int second = 0; second < 35 * 60; second += 5) {
        const QSignalBlocker quiet(m_op->clock());
        m_op->clock()->advance(5000);
        m_model->refreshDueTimes();
        derived += m_model->lastRefreshDerived();
    }
    QCOMPARE(derived, 35);
    QCOMPARE(cell(c.route, RouteBoardModel::ContactCol).toString(), QStringLiteral("35 min"));
    QVERIFY2(differencesFromFreshLoad(false).isEmpty(), qPrintable(differencesFromFreshLoad(false)));
}

void TestRouteBoardModel::timeChangesOfAdjacentRowsComeAsOneRange()
{
    m_model->setDay(testDay());
    planDay();
    setNow(8, 20);
    for (const Crew &c : crews())
        m_op->feed(roadEvents(c, {QStringLiteral("start 08:00"), QStringLiteral("pos 08:20")}));
    ModelSpies spies(m_model.get());
    {
        const QSignalBlocker quiet(m_op->clock());
        m_op->advanceMinutes(1);
    }
    m_model->refreshDueTimes();
    QCOMPARE(m_model->lastRefreshDerived(), m_model->rowCount());
    QCOMPARE(spies.dataChanged.size(), 1);
    QCOMPARE(spies.dataChanged.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(spies.dataChanged.first().at(0).value<QModelIndex>().column(), 0);
    QCOMPARE(spies.dataChanged.first().at(1).value<QModelIndex>().row(), m_model->rowCount() - 1);
    QCOMPARE(spies.dataChanged.first().at(1).value<QModelIndex>().column(),
             RouteBoardModel::ColumnCount - 1);

    // Rows 0 and 2 only: two ranges.
    spies.dataChanged.clear();
    m_op->feed(position(at(8, 21, 30), crews().at(1).vehicle, 52.3, 4.9));
    {
        const QSignalBlocker quiet(m_op->clock());
        m_op->advanceMinutes(1);
    }
    spies.dataChanged.clear();
    m_model->refreshDueTimes();
    QCOMPARE(spies.changedRows(), QSet<int>({row(crews().at(0).route), row(crews().at(2).route)}));
    QCOMPARE(spies.dataChanged.size(), 2);
}

void TestRouteBoardModel::positionThatChangesNothingShownIsSilent()
{
    m_model->setDay(testDay());
    planDay();
    const Crew &c = crews().at(0);
    setNow(8, 20);
    m_op->feed(roadEvents(c, {QStringLiteral("start 08:00"), QStringLiteral("pos 08:20")}));
    ModelSpies spies(m_model.get());
    m_op->feed(position(at(8, 20, 20), c.vehicle, 52.31, 4.91));
    m_op->feed(position(at(8, 20, 40), c.vehicle, 52.32, 4.92));
    QVERIFY(spies.dataChanged.isEmpty());
    // The contact time did move: the minute ticks over from the newest one.
    QCOMPARE(m_model->nextTimeChangeMs(row(c.route)), msAt(8, 21, 40));
    QVERIFY2(differencesFromFreshLoad(false).isEmpty(), qPrintable(differencesFromFreshLoad(false)));
}

void TestRouteBoardModel::clockGoingBackReDerivesEveryRow()
{
    m_model->setDay(testDay());
    planDay();
    setNow(8, 20);
    for (const Crew &c : crews())
        m_op->feed(roadEvents(c, {QStringLiteral("start 08:00"), QStringLiteral("pos 08:20")}));
    setNow(8, 50);
    m_model->refreshDueTimes();
    QCOMPARE(state(crews().at(0).route), RouteState::NoContact);
    ModelSpies spies(m_model.get());
    setNow(8, 25);
    m_model->refreshDueTimes();
    QCOMPARE(m_model->lastRefreshDerived(), m_model->rowCount());
    QCOMPARE(state(crews().at(0).route), RouteState::Driving);
    QCOMPARE(cell(crews().at(0).route, RouteBoardModel::ContactCol).toString(),
             QStringLiteral("5 min"));
    QVERIFY2(differencesFromFreshLoad(false).isEmpty(), qPrintable(differencesFromFreshLoad(false)));
}

// A return visit must be perfect: the board counts them on the route's row
// (done / total and the count), and a reschedule onto another van of the
// day, and its undo, change that row alone.
void TestRouteBoardModel::returnVisitsAreCountedPerRoute()
{
    m_model->setDay(testDay());
    planDay();
    QCOMPARE(cell(QStringLiteral("R-02"), RouteBoardModel::ProgressCol).toString(),
             QStringLiteral("0 / 3"));
    QCOMPARE(cell(QStringLiteral("R-02"), 0, RouteBoardModel::ReturnVisitsRole).toInt(), 0);
    ModelSpies spies(m_model.get());

    Replan::ChangeSet c;
    c.kind = Replan::ChangeSet::Kind::Reschedule;
    c.reason = Replan::Reason::NotHome;
    c.reschedules = {{stopId(QStringLiteral("R-01"), 2), testDay(), QStringLiteral("R-02"), 0,
                      msAt(15, 0), msAt(17, 0), 0}};
    Replan::ChangeCommand command(m_op->db(), m_op->notifier(), c, QStringLiteral("Ria"),
                                  m_op->clock());
    command.redo();
    QVERIFY2(!command.failed(), qPrintable(command.error()));
    QCOMPARE(cell(QStringLiteral("R-02"), 0, RouteBoardModel::ReturnVisitsRole).toInt(), 1);
    QCOMPARE(cell(QStringLiteral("R-02"), RouteBoardModel::ProgressCol).toString(),
             QStringLiteral("0 / 4 · 1↻"));
    QVERIFY(cell(QStringLiteral("R-02"), RouteBoardModel::ProgressCol, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("must be perfect")));
    QCOMPARE(cell(QStringLiteral("R-03"), 0, RouteBoardModel::ReturnVisitsRole).toInt(), 0);
    QVERIFY(spies.reset.isEmpty());
    QVERIFY(!spies.changedRows().contains(row(QStringLiteral("R-03"))));

    command.undo();
    QCOMPARE(cell(QStringLiteral("R-02"), 0, RouteBoardModel::ReturnVisitsRole).toInt(), 0);
    QCOMPARE(cell(QStringLiteral("R-02"), RouteBoardModel::ProgressCol).toString(),
             QStringLiteral("0 / 3"));
}

QTEST_MAIN(TestRouteBoardModel)
#include "tst_routeboardmodel.moc"
