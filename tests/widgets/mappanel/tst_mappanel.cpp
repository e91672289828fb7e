#include "mapdayfixture.h"

#include "map/mapprojection.h"
#include "map/clusteritem.h"
#include "map/mappanel.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/stopitem.h"
#include "map/tilelayeritem.h"
#include "map/tilesource.h"
#include "map/vanitem.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The live map panel on a simulated day: selection shared with the board
// through the API and signals, follow, fit, layers and the saved state.
class TestMapPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheDay();
    void snapshot();

private:
    static void waitForTiles(MapPanel &panel);
};

void TestMapPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMapPanel::waitForTiles(MapPanel &panel)
{
    // Let the worker render what the view asked for, then paint again.
    for (int i = 0; i < 40; ++i) {
        panel.view()->viewport()->repaint();
        QTest::qWait(50);
    }
}

void TestMapPanel::showsTheDay()
{
    MapDayFixture day(QDate(2026, 11, 23), QTime(11, 30));
    MapPanel panel(day.store(), day.clock(), day.notifier(), day.board());
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(day.board()->rowCount() > 0);
    QCOMPARE(panel.scene()->routeIds().size(), day.board()->rowCount());
}

void TestMapPanel::snapshot()
{
    const QString dir = qEnvironmentVariable("VOORZET_MAP_SNAPSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VOORZET_MAP_SNAPSHOT_DIR to write screenshots of the map");
    MapDayFixture day(QDate(2026, 11, 23), QTime(11, 30));
    MapPanel panel(day.store(), day.clock(), day.notifier(), day.board());
    panel.resize(1280, 820);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::qWait(100);
    panel.fitAll();
    waitForTiles(panel);
    QVERIFY(panel.grab().save(dir + QStringLiteral("/map-all.png")));
    const QString route = day.board()->route(0)->id;
    panel.setSelectedRoute(route);
    panel.fitRoute(route);
    waitForTiles(panel);
    QVERIFY(panel.grab().save(dir + QStringLiteral("/map-route.png")));
    panel.view()->setZoom(15);
    if (VanItem *van = panel.scene()->vanOfRoute(route))
        panel.view()->setCentre(van->pos());
    waitForTiles(panel);
    QVERIFY(panel.grab().save(dir + QStringLiteral("/map-van.png")));
}

QTEST_MAIN(TestMapPanel)
#include "tst_mappanel.moc"
