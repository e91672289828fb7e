// RouteBoardFilter over the crews board: free text (route, crew, van, hub,
// town of the next stop), hub, set of states, "late only", their
// combinations, live updates through the proxy, and sorting by SortRole that
// orders delays and contact times as numbers.

#include "feedlines.h"
#include "itemmodels/routeboardfilter.h"
#include "itemmodels/routeboardmodel.h"
#include "operationfixture.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <memory>

using namespace FeedLines;
using Domain::RouteState;

namespace {

struct Crew
{
    QString route;
    QString plate;
    QString hubId;
    QString hubName;
    QStringList names;
    QStringList cities;
    QString vehicle() const { return QStringLiteral("V-") + route.mid(2); }
    QString stop(int n) const { return route + QLatin1Char('-') + QString::number(n); }
};

const QString Utrecht = QStringLiteral("Utrecht Lage Weide");
const QString Amsterdam = QStringLiteral("Amsterdam Westpoort");
const QString Rotterdam = QStringLiteral("Rotterdam Waalhaven");

const QList<Crew> &crews()
{
    static const QList<Crew> list = {
        {QStringLiteral("R-01"),
         QStringLiteral("VX-101-A"),
         QStringLiteral("H-UTR"),
         Utrecht,
         {QStringLiteral("Sem Jansen"), QStringLiteral("Daan Bakker")},
         {QStringLiteral("Maarssen"), QStringLiteral("Zeist"), QStringLiteral("Houten")}},
        {QStringLiteral("R-02"),
         QStringLiteral("VZ-202-B"),
         QStringLiteral("H-AMS"),
         Amsterdam,
         {QStringLiteral("Fatima El Amrani"), QStringLiteral("Joost Visser")},
         {QStringLiteral("Haarlem"), QStringLiteral("Zaandam"), QStringLiteral("Purmerend")}},
        {QStringLiteral("R-03"),
         QStringLiteral("VT-303-C"),
         QStringLiteral("H-UTR"),
         Utrecht,
         {QStringLiteral("Lotte de Boer"), QStringLiteral("Mehmet Yilmaz")},
         {QStringLiteral("Amersfoort"), QStringLiteral("Soest"), QStringLiteral("Baarn")}},
        {QStringLiteral("R-04"),
         QStringLiteral("VK-404-D"),
         QStringLiteral("H-RTM"),
         Rotterdam,
         {QStringLiteral("Sanne Mulder"), QStringLiteral("Bram de Jong")},
         {QStringLiteral("Delft"), QStringLiteral("Schiedam"), QStringLiteral("Vlaardingen")}},
        {QStringLiteral("R-05"),
         QStringLiteral("VP-505-E"),
         QStringLiteral("H-AMS"),
         Amsterdam,
         {QStringLiteral("Kees Smit"), QStringLiteral("Noor Hendriks")},
         {QStringLiteral("Diemen"), QStringLiteral("Weesp"), QStringLiteral("Muiden")}},
    };
    return list;
}

const Crew &crew(int n)
{
    return crews().at(n - 1);
}

RouteSpec spec(const Crew &c)
{
    RouteSpec r;
    r.id = c.route;
    r.hubId = c.hubId;
    r.hubName = c.hubName;
    r.vehicleId = c.vehicle();
    r.plate = c.plate;
    r.crew = c.names;
    for (int i = 0; i < c.cities.size(); ++i) {
        StopSpec s(c.stop(i + 1), i + 1, QTime(9 + i, 0));
        s.city = c.cities.at(i);
        r.stops.append(s);
    }
    return r;
}

using Routes = QSet<QString>;

} // namespace

class TestRouteBoardFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everythingWithoutFilters();
    void textFilter_data();
    void textFilter();
    void hubFilter();
    void stateFilter_data();
    void stateFilter();
    void lateOnly_data();
    void lateOnly();
    void filtersCombine();
    void filterFollowsLiveUpdates();
    void sortByDelayIsNumeric();
    void sortByContactIsNumeric();

private:
    Routes shown() const;
    QStringList order() const;

    std::unique_ptr<OperationFixture> m_op;
    std::unique_ptr<RouteBoardModel> m_board;
    std::unique_ptr<RouteBoardFilter> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

// At 10:00 the board reads:
//   R-01 at a stop in Zeist, 2 min early      R-02 driving, 60 min late
//   R-03 broken down, 5 min late              R-04 not started
//   R-05 driving, 9 min late
void TestRouteBoardFilter::init()
{
    m_op = std::make_unique<OperationFixture>(dateTimeAt(10, 0));
    m_board = std::make_unique<RouteBoardModel>(m_op->store(), m_op->clock(), m_op->notifier());
    m_board->setDay(testDay());
    m_filter = std::make_unique<RouteBoardFilter>();
    m_filter->setSourceModel(m_board.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QList<QByteArray> plans;
    for (const Crew &c : crews())
        plans << plan(at(6, 0), spec(c));
    m_op->feed(plans);

    const Crew &c1 = crew(1), &c2 = crew(2), &c3 = crew(3), &c5 = crew(5);
    m_op->feed({routeStarted(at(8, 0), c1.route, c1.vehicle()),
                arrived(at(9, 2), c1.stop(1), c1.route, c1.vehicle()),
                completed(at(9, 20), c1.stop(1), c1.route, c1.vehicle()),
                arrived(at(9, 58), c1.stop(2), c1.route, c1.vehicle()),
                position(at(9, 58), c1.vehicle(), 52.08, 5.24)});
    m_op->feed({routeStarted(at(8, 0), c2.route, c2.vehicle()),
                position(at(9, 59), c2.vehicle(), 52.38, 4.64)});
    m_op->feed({routeStarted(at(8, 0), c3.route, c3.vehicle()),
                arrived(at(9, 5), c3.stop(1), c3.route, c3.vehicle()),
                completed(at(9, 25), c3.stop(1), c3.route, c3.vehicle()),
                position(at(9, 40), c3.vehicle(), 52.17, 5.29),
                vehicleStatus(at(9, 40), c3.vehicle(), QStringLiteral("breakdown"))});
    m_op->feed({routeStarted(at(8, 0), c5.route, c5.vehicle()),
                arrived(at(9, 9), c5.stop(1), c5.route, c5.vehicle()),
                completed(at(9, 30), c5.stop(1), c5.route, c5.vehicle()),
                position(at(9, 59), c5.vehicle(), 52.31, 5.04)});
}

void TestRouteBoardFilter::cleanup()
{
    m_tester.reset();
    m_filter.reset();
    m_board.reset();
    m_op.reset();
}

Routes TestRouteBoardFilter::shown() const
{
    Routes routes;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        routes.insert(m_filter->index(r, 0).data(RouteBoardModel::RouteIdRole).toString());
    return routes;
}

QStringList TestRouteBoardFilter::order() const
{
    QStringList routes;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        routes << m_filter->index(r, 0).data(RouteBoardModel::RouteIdRole).toString();
    return routes;
}

void TestRouteBoardFilter::everythingWithoutFilters()
{
    QCOMPARE(m_filter->rowCount(), 5);
    // The scene is what the other tests assume.
    const auto stateOf = [this](int n) {
        return RouteState(m_board->index(m_board->rowOfRoute(crew(n).route), 0)
                              .data(RouteBoardModel::StateRole)
                              .toInt());
    };
    const auto delayOf = [this](int n) {
        return m_board->index(m_board->rowOfRoute(crew(n).route), 0)
            .data(RouteBoardModel::DelayRole)
            .toInt();
    };
    QCOMPARE(stateOf(1), RouteState::AtStop);
    QCOMPARE(stateOf(2), RouteState::Driving);
    QCOMPARE(stateOf(3), RouteState::Breakdown);
    QCOMPARE(stateOf(4), RouteState::NotStarted);
    QCOMPARE(stateOf(5), RouteState::Driving);
    QCOMPARE(QList<int>({delayOf(1), delayOf(2), delayOf(3), delayOf(4), delayOf(5)}),
             QList<int>({-2, 60, 5, 0, 9}));
}

void TestRouteBoardFilter::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Routes>("expected");
    QTest::newRow("crew surname") << "jansen" << Routes{QStringLiteral("R-01")};
    QTest::newRow("crew first name, any case") << "FATIMA" << Routes{QStringLiteral("R-02")};
    QTest::newRow("part of a name shared by two")
        << "de " << Routes{QStringLiteral("R-03"), QStringLiteral("R-04")};
    QTest::newRow("van plate") << "VZ-202" << Routes{QStringLiteral("R-02")};
    QTest::newRow("van plate, lower case") << "vk-404-d" << Routes{QStringLiteral("R-04")};
    QTest::newRow("hub name") << "Westpoort"
                              << Routes{QStringLiteral("R-02"), QStringLiteral("R-05")};
    QTest::newRow("hub city") << "rotterdam" << Routes{QStringLiteral("R-04")};
    QTest::newRow("route id") << "R-03" << Routes{QStringLiteral("R-03")};
    QTest::newRow("town of the next stop") << "Zeist" << Routes{QStringLiteral("R-01")};
    QTest::newRow("town of a stop already done") << "Maarssen" << Routes{};
    QTest::newRow("nothing matches") << "Groningen" << Routes{};
}

void TestRouteBoardFilter::textFilter()
{
    QFETCH(QString, text);
    QFETCH(Routes, expected);
    m_filter->setText(text);
    QCOMPARE(shown(), expected);
    m_filter->setText(QString());
    QCOMPARE(m_filter->rowCount(), 5);
}

void TestRouteBoardFilter::hubFilter()
{
    m_filter->setHub(QStringLiteral("H-UTR"));
    QCOMPARE(shown(), Routes({QStringLiteral("R-01"), QStringLiteral("R-03")}));
    m_filter->setHub(QStringLiteral("H-AMS"));
    QCOMPARE(shown(), Routes({QStringLiteral("R-02"), QStringLiteral("R-05")}));
    // By id, not by name.
    m_filter->setHub(Rotterdam);
    QCOMPARE(shown(), Routes());
    m_filter->setHub(QString());
    QCOMPARE(m_filter->rowCount(), 5);
}

void TestRouteBoardFilter::stateFilter_data()
{
    QTest::addColumn<QList<RouteState>>("states");
    QTest::addColumn<Routes>("expected");
    QTest::newRow("driving") << QList<RouteState>{RouteState::Driving}
                             << Routes{QStringLiteral("R-02"), QStringLiteral("R-05")};
    QTest::newRow("needs attention")
        << QList<RouteState>{RouteState::Breakdown, RouteState::NoContact}
        << Routes{QStringLiteral("R-03")};
    QTest::newRow("not yet on the road or at a door")
        << QList<RouteState>{RouteState::NotStarted, RouteState::AtStop}
        << Routes{QStringLiteral("R-01"), QStringLiteral("R-04")};
    QTest::newRow("finished") << QList<RouteState>{RouteState::Finished} << Routes{};
    QTest::newRow("every state") << QList<RouteState>{}
                                 << Routes{QStringLiteral("R-01"), QStringLiteral("R-02"),
                                           QStringLiteral("R-03"), QStringLiteral("R-04"),
                                           QStringLiteral("R-05")};
}

void TestRouteBoardFilter::stateFilter()
{
    QFETCH(QList<RouteState>, states);
    QFETCH(Routes, expected);
    QSet<int> set;
    for (RouteState s : states)
        set.insert(int(s));
    m_filter->setStates(set);
    QCOMPARE(shown(), expected);
}

void TestRouteBoardFilter::lateOnly_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<Routes>("expected");
    QTest::newRow("10 minutes (default)") << -1 << Routes{QStringLiteral("R-02")};
    QTest::newRow("5 minutes, inclusive")
        << 5 << Routes{QStringLiteral("R-02"), QStringLiteral("R-03"), QStringLiteral("R-05")};
    QTest::newRow("9 minutes") << 9 << Routes{QStringLiteral("R-02"), QStringLiteral("R-05")};
    QTest::newRow("an hour") << 60 << Routes{QStringLiteral("R-02")};
    QTest::newRow("more than an hour") << 61 << Routes{};
}

void TestRouteBoardFilter::lateOnly()
{
    QFETCH(int, from);
    QFETCH(Routes, expected);
    if (from < 0)
        m_filter->setLateOnly(true);
    else
        m_filter->setLateOnly(true, from);
    QCOMPARE(shown(), expected);
    m_filter->setLateOnly(false);
    QCOMPARE(m_filter->rowCount(), 5);
}

void TestRouteBoardFilter::filtersCombine()
{
    m_filter->setHub(QStringLiteral("H-AMS"));
    m_filter->setLateOnly(true, 5);
    QCOMPARE(shown(), Routes({QStringLiteral("R-02"), QStringLiteral("R-05")}));
    m_filter->setText(QStringLiteral("kees"));
    QCOMPARE(shown(), Routes({QStringLiteral("R-05")}));
    m_filter->setStates({int(RouteState::Breakdown)});
    QCOMPARE(shown(), Routes());
    m_filter->setHub(QString());
    m_filter->setText(QString());
    QCOMPARE(shown(), Routes({QStringLiteral("R-03")}));
}

void TestRouteBoardFilter::filterFollowsLiveUpdates()
{
    m_filter->setStates({int(RouteState::Breakdown)});
    QCOMPARE(shown(), Routes({QStringLiteral("R-03")}));

    // Another van breaks down: it joins the filtered board.
    const Crew &c2 = crew(2);
    m_op->feed(vehicleStatus(at(10, 0), c2.vehicle(), QStringLiteral("breakdown")));
    QCOMPARE(shown(), Routes({QStringLiteral("R-02"), QStringLiteral("R-03")}));
    // The broken-down van is repaired: it leaves.
    const Crew &c3 = crew(3);
    m_op->feed({vehicleStatus(at(10, 0), c3.vehicle(), QStringLiteral("repaired")),
                position(at(10, 0), c3.vehicle(), 52.17, 5.29)});
    QCOMPARE(shown(), Routes({QStringLiteral("R-02")}));

    // Late only: time passes and R-05, 9 minutes behind, runs late for Weesp.
    m_filter->setStates({});
    m_filter->setLateOnly(true, 10);
    const QStringList before = order();
    QVERIFY(!before.contains(QStringLiteral("R-05")));
    m_op->feed(position(at(10, 11), crew(5).vehicle(), 52.31, 5.04));
    m_op->clock()->setTime(dateTimeAt(10, 12));
    m_board->refreshTimes();
    QVERIFY2(shown().contains(QStringLiteral("R-05")), qPrintable(order().join(QLatin1Char(','))));
}

void TestRouteBoardFilter::sortByDelayIsNumeric()
{
    m_filter->sort(RouteBoardModel::DelayCol, Qt::AscendingOrder);
    QCOMPARE(order(),
             QStringList({QStringLiteral("R-01"), QStringLiteral("R-04"), QStringLiteral("R-03"),
                          QStringLiteral("R-05"), QStringLiteral("R-02")}));
    m_filter->sort(RouteBoardModel::DelayCol, Qt::DescendingOrder);
    QCOMPARE(order(),
             QStringList({QStringLiteral("R-02"), QStringLiteral("R-05"), QStringLiteral("R-03"),
                          QStringLiteral("R-04"), QStringLiteral("R-01")}));

    // The sorted board follows the road: R-04 starts half an hour late.
    m_filter->sort(RouteBoardModel::DelayCol, Qt::AscendingOrder);
    const Crew &c4 = crew(4);
    m_op->feed({routeStarted(at(9, 0), c4.route, c4.vehicle()),
                arrived(at(9, 30), c4.stop(1), c4.route, c4.vehicle()),
                position(at(9, 59), c4.vehicle(), 52.01, 4.36)});
    QCOMPARE(order(),
             QStringList({QStringLiteral("R-01"), QStringLiteral("R-03"), QStringLiteral("R-05"),
                          QStringLiteral("R-04"), QStringLiteral("R-02")}));
    QCOMPARE(m_filter->index(3, RouteBoardModel::DelayCol).data().toString(),
             QStringLiteral("+30 min"));
}

void TestRouteBoardFilter::sortByContactIsNumeric()
{
    // Contact: R-01 2 min, R-02 1 min, R-03 20 min, R-04 never, R-05 1 min.
    m_filter->sort(RouteBoardModel::ContactCol, Qt::AscendingOrder);
    const QStringList ascending = order();
    QCOMPARE(ascending.first(), QStringLiteral("R-04"));
    QCOMPARE(ascending.last(), QStringLiteral("R-03"));
    QCOMPARE(ascending.at(3), QStringLiteral("R-01"));
    // A later contact of 100+ minutes goes after 20, not between 1 and 2.
    m_op->clock()->setTime(dateTimeAt(11, 45));
    m_op->feed({position(at(11, 44), crew(1).vehicle(), 52.08, 5.24),
                position(at(11, 44), crew(2).vehicle(), 52.38, 4.64),
                position(at(11, 44), crew(5).vehicle(), 52.31, 5.04)});
    m_board->refreshTimes();
    QCOMPARE(m_filter->index(4, RouteBoardModel::ContactCol).data().toString(),
             QStringLiteral("125 min"));
    QCOMPARE(order().last(), QStringLiteral("R-03"));
    QCOMPARE(order().first(), QStringLiteral("R-04"));
}

QTEST_MAIN(TestRouteBoardFilter)
#include "tst_routeboardfilter.moc"
