#include "mapdayfixture.h"

#include "core/domaintext.h"
#include "map/clusteritem.h"
#include "map/hubitem.h"
#include "map/mappanel.h"
#include "map/mapprojection.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/routepathitem.h"
#include "map/stopitem.h"
#include "map/tilelayeritem.h"
#include "map/tilesource.h"
#include "map/townlabelsitem.h"
#include "map/trailitem.h"
#include "map/vanitem.h"

#include <QMouseEvent>
#include <QWheelEvent>

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
    void init();
    void cleanup();
    void showsTheDay();
    void boardSelectionShowsTheRoute();
    void clickOnVanSelectsItsRoute();
    void clickOnStopSelectsIt();
    void clickOnClusterZoomsIn();
    void followKeepsTheVanCentred();
    void userPanStopsFollowing();
    void fitToRouteHubAndAll();
    void keysAndWheelMoveTheMap();
    void onlySelectedRouteHidesTheRest();
    void layerSwitches_data();
    void layerSwitches();
    void clustersAtLowZoomOnly();
    void zoomStepsSwapClustersFormedAhead();
    void positionEventMovesOneItem();
    void stopEventRecoloursOneStop();
    void tooltipsDescribeVansAndStops();
    void tooltipsShowTheEstimate();
    void aTrailDrawsWhatTheZoomCanShow();
    void stateRoundTrips();
    void garbageStateIsIgnored();
    void dayChangeReloads();
    void snapshot();

private:
    static void waitForTiles(MapPanel &panel);
    static QPoint viewportPointOf(MapPanel &panel, const QPointF &scenePos);
    static QString placedVanRoute(MapPanel &panel);

    std::unique_ptr<MapDayFixture> m_day;
    std::unique_ptr<MapPanel> m_panel;
};

void TestMapPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMapPanel::init()
{
    m_day = std::make_unique<MapDayFixture>(QDate(2026, 11, 23), QTime(11, 30));
    m_panel = std::make_unique<MapPanel>(m_day->store(), m_day->clock(), m_day->notifier(),
                                         m_day->board());
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QCoreApplication::processEvents();
}

void TestMapPanel::cleanup()
{
    m_panel.reset();
    m_day.reset();
}

QPoint TestMapPanel::viewportPointOf(MapPanel &panel, const QPointF &scenePos)
{
    return panel.view()->mapFromScene(scenePos);
}

// A route whose van has reported a position.
QString TestMapPanel::placedVanRoute(MapPanel &panel)
{
    QStringList routes = panel.scene()->routeIds();
    routes.sort();
    for (const QString &id : std::as_const(routes)) {
        const VanItem *van = panel.scene()->vanOfRoute(id);
        if (van && van->isPlaced())
            return id;
    }
    return {};
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
    MapScene *scene = m_panel->scene();
    QVERIFY(m_day->board()->rowCount() > 5);
    QCOMPARE(scene->routeIds().size(), m_day->board()->rowCount());
    QCOMPARE(scene->hubIds().size(), 2);
    // Every route's stops have an item, and by late morning vans are on the road.
    int stops = 0;
    for (int row = 0; row < m_day->board()->rowCount(); ++row) {
        for (const Stop &s : *m_day->board()->stops(row)) {
            QVERIFY2(scene->stop(s.id), qPrintable(s.id));
            ++stops;
        }
    }
    QVERIFY(stops > 50);
    QVERIFY(!placedVanRoute(*m_panel).isEmpty());
    // The first view shows the whole day.
    const QRectF visible = m_panel->view()->visibleSceneRect();
    QVERIFY(visible.intersects(scene->contentBounds()));
    QVERIFY(visible.contains(scene->contentBounds().center()));
}

void TestMapPanel::boardSelectionShowsTheRoute()
{
    const QString route = m_day->board()->route(3)->id;
    QSignalSpy routeSpy(m_panel.get(), &MapPanel::routeSelected);
    m_panel->view()->setZoom(16); // far away from the route
    m_panel->view()->setCentreLonLat(6.9, 53.3);
    m_panel->setSelectedRoute(route);
    QCOMPARE(m_panel->scene()->selectedRoute(), route);
    QCOMPARE(routeSpy.count(), 0); // the board told us; no echo back
    QVERIFY(m_panel->scene()->selectedPath());
    QCOMPARE(m_panel->scene()->selectedPath()->routeId(), route);
    // Brought into view.
    const QRectF bounds = m_panel->scene()->routeBounds(route);
    QVERIFY(m_panel->view()->visibleSceneRect().contains(bounds.center()));
    // Its stops are marked; another route's are not.
    const Stop first = m_day->board()->stops(3)->first();
    QVERIFY(m_panel->scene()->stop(first.id)->isRouteSelected());
    const Stop other = m_day->board()->stops(4)->first();
    QVERIFY(!m_panel->scene()->stop(other.id)->isRouteSelected());
    if (VanItem *van = m_panel->scene()->vanOfRoute(route))
        QVERIFY(van->isHighlighted());

    // The table selects a stop: the map highlights it.
    QSignalSpy stopSpy(m_panel.get(), &MapPanel::stopSelected);
    const Stop last = m_day->board()->stops(3)->last();
    m_panel->setSelectedStop(route, last.id);
    QCOMPARE(m_panel->scene()->selectedStop(), last.id);
    QVERIFY(m_panel->scene()->stop(last.id)->isHighlighted());
    QVERIFY(m_panel->view()->visibleSceneRect().contains(m_panel->scene()->stop(last.id)->pos()));
    QCOMPARE(stopSpy.count(), 0);

    m_panel->setSelectedRoute(QString());
    QVERIFY(m_panel->scene()->selectedRoute().isEmpty());
    QVERIFY(!m_panel->scene()->selectedPath());
}

void TestMapPanel::clickOnVanSelectsItsRoute()
{
    const QString route = placedVanRoute(*m_panel);
    QVERIFY(!route.isEmpty());
    VanItem *van = m_panel->scene()->vanOfRoute(route);
    m_panel->view()->setZoom(15);
    m_panel->view()->setCentre(van->pos());
    m_panel->scene()->refreshNow();
    QSignalSpy spy(m_panel.get(), &MapPanel::routeSelected);
    QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {},
                      viewportPointOf(*m_panel, van->pos()));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), route);
    QCOMPARE(m_panel->scene()->selectedRoute(), route);
    QVERIFY(van->isHighlighted());
    // A click on empty sea selects nothing new.
    QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
    QCOMPARE(spy.count(), 1);
}

void TestMapPanel::clickOnStopSelectsIt()
{
    const int row = 5;
    const QString route = m_day->board()->route(row)->id;
    const Stop stop = m_day->board()->stops(row)->at(1);
    StopItem *item = m_panel->scene()->stop(stop.id);
    m_panel->view()->setZoom(17);
    m_panel->view()->setCentre(item->pos());
    m_panel->scene()->refreshNow();
    QVERIFY(item->isVisible());
    QSignalSpy routeSpy(m_panel.get(), &MapPanel::routeSelected);
    QSignalSpy stopSpy(m_panel.get(), &MapPanel::stopSelected);
    QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {},
                      viewportPointOf(*m_panel, item->pos()) + QPoint(2, 1));
    QCOMPARE(stopSpy.count(), 1);
    QCOMPARE(stopSpy.first().at(0).toString(), route);
    QCOMPARE(stopSpy.first().at(1).toString(), stop.id);
    QCOMPARE(routeSpy.count(), 1);
    QCOMPARE(routeSpy.first().first().toString(), route);
    QVERIFY(item->isHighlighted());
    // A drag is a pan, not a click.
    stopSpy.clear();
    const QPointF before = m_panel->view()->centre();
    const QPoint at = viewportPointOf(*m_panel, item->pos());
    QTest::mousePress(m_panel->view()->viewport(), Qt::LeftButton, {}, at);
    QMouseEvent move(QEvent::MouseMove, at + QPoint(60, 30),
                     m_panel->view()->viewport()->mapToGlobal(at + QPoint(60, 30)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_panel->view()->viewport(), &move);
    QTest::mouseRelease(m_panel->view()->viewport(), Qt::LeftButton, {}, at + QPoint(60, 30));
    QCOMPARE(stopSpy.count(), 0);
    QVERIFY(m_panel->view()->centre() != before);
}

void TestMapPanel::clickOnClusterZoomsIn()
{
    m_panel->fitAll();
    m_panel->view()->setZoom(8);
    m_panel->scene()->refreshNow();
    const auto clusters = m_panel->scene()->clusters();
    QVERIFY(!clusters.isEmpty());
    MapCluster cluster = clusters.first();
    for (const MapCluster &c : clusters) {
        if (c.count() > cluster.count())
            cluster = c;
    }
    QVERIFY(cluster.count() >= 2);
    const QRectF members = cluster.membersSceneRect;
    const double zoom = m_panel->view()->zoom();
    QVERIFY(!m_panel->scene()
                 ->toolTipFor(
                     m_panel->scene()->pickAt(cluster.pos, m_panel->view()->viewportTransform()))
                 .isEmpty());
    QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {},
                      viewportPointOf(*m_panel, cluster.pos));
    QVERIFY(m_panel->view()->zoom() > zoom);
    QVERIFY(m_panel->view()->visibleSceneRect().contains(members.center()));
}

void TestMapPanel::followKeepsTheVanCentred()
{
    const QString route = placedVanRoute(*m_panel);
    m_panel->setSelectedRoute(route);
    QVERIFY(m_panel->followAction()->isEnabled());
    m_panel->setFollowing(true);
    QVERIFY(m_panel->isFollowing());
    VanItem *van = m_panel->scene()->vanOfRoute(route);
    QVERIFY(QLineF(m_panel->view()->centre(), van->pos()).length() < 1.0);
    QVERIFY(m_panel->view()->zoom() >= 13);
    // The van drives on: the map goes with it.
    const QPointF lonLat = MapProjection::toLonLat(van->pos());
    const QByteArray line =
        QStringLiteral(
            R"({"v":1,"id":"follow-1","type":"vehicle.position","ts":"%1","vehicle":"%2","lat":%3,"lon":%4,"heading_deg":90})")
            .arg(TimeFormat::toRfc3339(m_day->clock()->nowMs()), van->vehicleId())
            .arg(lonLat.y() + 0.01, 0, 'f', 6)
            .arg(lonLat.x() + 0.02, 0, 'f', 6)
            .toUtf8();
    m_day->ops().feed(line);
    const QPointF moved = MapProjection::toScene(lonLat.x() + 0.02, lonLat.y() + 0.01);
    QTRY_VERIFY(QLineF(van->pos(), moved).length() < 1.0);
    QVERIFY(QLineF(m_panel->view()->centre(), moved).length() < 1.0);
    QCOMPARE(van->heading(), 90.0);
}

void TestMapPanel::userPanStopsFollowing()
{
    m_panel->setSelectedRoute(placedVanRoute(*m_panel));
    m_panel->setFollowing(true);
    QTest::keyClick(m_panel->view(), Qt::Key_Left);
    QVERIFY(!m_panel->isFollowing());
    // Without a selected route there is nothing to follow.
    m_panel->setSelectedRoute(QString());
    m_panel->setFollowing(true);
    QVERIFY(!m_panel->isFollowing());
}

void TestMapPanel::fitToRouteHubAndAll()
{
    MapScene *scene = m_panel->scene();
    const QString route = m_day->board()->route(2)->id;
    m_panel->fitRoute(route);
    const QRectF routeRect = scene->routeBounds(route);
    QRectF visible = m_panel->view()->visibleSceneRect();
    QVERIFY(visible.contains(routeRect));
    // Tight: the route fills a good part of the view.
    QVERIFY(routeRect.width() > visible.width() * 0.4 ||
            routeRect.height() > visible.height() * 0.4);

    const QString hub = scene->hubIds().first();
    m_panel->fitHub(hub);
    visible = m_panel->view()->visibleSceneRect();
    QVERIFY(visible.contains(scene->hubBounds(hub)));
    QVERIFY(visible.contains(scene->hub(hub)->pos()));

    m_panel->view()->setZoom(17);
    m_panel->fitAll();
    visible = m_panel->view()->visibleSceneRect();
    QVERIFY(visible.contains(scene->contentBounds()));
    QVERIFY(m_panel->view()->zoom() < 12);
}

void TestMapPanel::keysAndWheelMoveTheMap()
{
    MapView *view = m_panel->view();
    view->setZoom(10);
    view->setCentreLonLat(5.12, 52.09);
    const QPointF start = view->centre();
    const double res = MapProjection::resolution(10);
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->centre().x() > start.x() + 50 * res);
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(QLineF(view->centre(), start).length() < res);
    QTest::keyClick(view, Qt::Key_Up);
    QVERIFY(view->centre().y() < start.y());
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(view->zoom(), 11.0);
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(view->zoom(), 10.0);

    // The wheel zooms around the cursor: the point under it stays put.
    const QPoint cursor(200, 150);
    const QPointF under = view->mapToScene(cursor);
    QWheelEvent wheel(QPointF(cursor), QPointF(view->viewport()->mapToGlobal(cursor)), QPoint(),
                      QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QCOMPARE(view->zoom(), 11.0);
    QVERIFY(QLineF(view->mapToScene(cursor), under).length() < 2 * MapProjection::resolution(11));

    // Double-click zooms in one level at the point (the view scrolls in
    // whole pixels, so allow a few).
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cursor);
    QCOMPARE(view->zoom(), 12.0);
    QVERIFY(QLineF(view->mapToScene(cursor), under).length() < 4 * MapProjection::resolution(12));

    // The scale bar tells the truth: its pixels times metres per pixel.
    const auto [metres, pixels] = view->scaleBar();
    QVERIFY(std::abs(metres - pixels * view->metresPerPixel()) < view->metresPerPixel());
}

void TestMapPanel::onlySelectedRouteHidesTheRest()
{
    const QString route = placedVanRoute(*m_panel);
    m_panel->setSelectedRoute(route);
    m_panel->view()->setZoom(13);
    m_panel->onlySelectedAction()->setChecked(true);
    QCoreApplication::processEvents();
    MapScene *scene = m_panel->scene();
    int shownVans = 0;
    for (const QString &id : scene->routeIds()) {
        VanItem *van = scene->vanOfRoute(id);
        if (van && van->isVisible()) {
            ++shownVans;
            QCOMPARE(van->routeId(), route);
        }
    }
    QCOMPARE(shownVans, 1);
    for (int row = 0; row < m_day->board()->rowCount(); ++row) {
        for (const Stop &s : *m_day->board()->stops(row))
            QCOMPARE(scene->stop(s.id)->isVisible(), s.routeId == route);
    }
    m_panel->onlySelectedAction()->setChecked(false);
    QVERIFY(scene->vanOfRoute(m_day->board()->route(0)->id)->isVisible() ||
            !scene->vanOfRoute(m_day->board()->route(0)->id)->isPlaced());
}

void TestMapPanel::layerSwitches_data()
{
    QTest::addColumn<int>("layer");
    QTest::newRow("vans") << int(MapScene::VansLayer);
    QTest::newRow("stops") << int(MapScene::StopsLayer);
    QTest::newRow("routes") << int(MapScene::RoutesLayer);
    QTest::newRow("driven paths") << int(MapScene::DrivenPathsLayer);
    QTest::newRow("labels") << int(MapScene::LabelsLayer);
}

void TestMapPanel::layerSwitches()
{
    QFETCH(int, layer);
    const QString route = placedVanRoute(*m_panel);
    m_panel->setSelectedRoute(route);
    m_panel->view()->setZoom(14);
    MapScene *scene = m_panel->scene();
    auto shown = [&] {
        switch (layer) {
        case MapScene::VansLayer:
            return scene->vanOfRoute(route)->isVisible();
        case MapScene::StopsLayer:
            return scene->stop(m_day->board()->stops(m_day->board()->rowOfRoute(route))->first().id)
                ->isVisible();
        case MapScene::RoutesLayer:
            return scene->selectedPath()->isVisible();
        case MapScene::DrivenPathsLayer:
            return scene->selectedTrail()->isVisible();
        default:
            return scene->townLabels()->isVisible();
        }
    };
    QVERIFY(shown());
    m_panel->layerAction(layer)->setChecked(false);
    QVERIFY(!(scene->layers() & layer));
    QVERIFY(!shown());
    m_panel->layerAction(layer)->setChecked(true);
    QVERIFY(shown());
}

// The worker forms every band's clusters ahead: a zoom step then shows the
// band at once, and what it shows is what forming the band there and then gives.
void TestMapPanel::zoomStepsSwapClustersFormedAhead()
{
    MapScene *scene = m_panel->scene();
    MapView *view = m_panel->view();
    view->setZoom(9);
    scene->refreshNow();
    QTRY_VERIFY(!scene->clustersForming());
    int stops = 0;
    for (int row = 0; row < m_day->board()->rowCount(); ++row)
        stops += int(m_day->board()->stops(row)->size());
    QVERIFY(stops > 0);
    for (double zoom : {6.0, 7.5, 8.0, 9.5, 10.0, 11.0, 11.5, 7.0}) {
        view->setZoom(zoom);
        QVERIFY2(!scene->clustersForming(), qPrintable(QString::number(zoom)));
        const QVector<MapCluster> swapped = scene->stopClusterLayer()->clusters();
        int clustered = 0;
        for (const MapCluster &c : swapped)
            clustered += c.count();
        int alone = 0;
        for (int row = 0; row < m_day->board()->rowCount(); ++row) {
            for (const Stop &s : *m_day->board()->stops(row)) {
                if (const StopItem *item = scene->stop(s.id); item && item->isVisible())
                    ++alone;
            }
        }
        QCOMPARE(clustered + alone, stops);
        if (zoom <= 8)
            QVERIFY(!swapped.isEmpty());
        // Formed afresh, here and now: the same clusters.
        scene->setOnlySelectedRoute(true);
        scene->setOnlySelectedRoute(false);
        const QVector<MapCluster> formed = scene->stopClusterLayer()->clusters();
        QCOMPARE(formed.size(), swapped.size());
        for (int i = 0; i < formed.size(); ++i) {
            QCOMPARE(formed[i].pos, swapped[i].pos);
            QCOMPARE(formed[i].memberIds, swapped[i].memberIds);
            QCOMPARE(formed[i].membersSceneRect, swapped[i].membersSceneRect);
            QCOMPARE(formed[i].shares, swapped[i].shares);
        }
        QTRY_VERIFY(!scene->clustersForming());
    }
}

void TestMapPanel::clustersAtLowZoomOnly()
{
    MapScene *scene = m_panel->scene();
    m_panel->view()->setZoom(8);
    scene->refreshNow();
    int clustered = 0;
    for (const MapCluster &c : scene->clusters())
        clustered += c.count();
    QVERIFY(clustered > 0);
    // No stop is both in a cluster and shown alone.
    QSet<QString> inClusters;
    for (const MapCluster &c : scene->clusters()) {
        if (c.kind == MapCluster::Kind::Stops) {
            for (const QString &id : c.memberIds) {
                QVERIFY(!scene->stop(id)->isVisible());
                inClusters.insert(id);
            }
        }
    }
    QVERIFY(!inClusters.isEmpty());
    m_panel->view()->setZoom(14);
    m_panel->view()->setCentre(scene->stop(*inClusters.cbegin())->pos());
    scene->refreshNow();
    int stopClusters = 0;
    for (const MapCluster &c : scene->clusters())
        stopClusters += c.kind == MapCluster::Kind::Stops ? 1 : 0;
    QCOMPARE(stopClusters, 0);
    // Around the view they are shown one by one.
    const QRectF visible = m_panel->view()->visibleSceneRect();
    int shownAlone = 0;
    for (const QString &id : std::as_const(inClusters)) {
        StopItem *stop = scene->stop(id);
        if (visible.contains(stop->pos())) {
            QVERIFY(stop->isVisible());
            ++shownAlone;
        }
    }
    QVERIFY(shownAlone > 0);
}

void TestMapPanel::positionEventMovesOneItem()
{
    MapScene *scene = m_panel->scene();
    m_panel->view()->setZoom(12);
    scene->refreshNow();
    const QString route = placedVanRoute(*m_panel);
    VanItem *van = scene->vanOfRoute(route);
    QHash<QGraphicsItem *, QPointF> before;
    const auto items = scene->items();
    for (QGraphicsItem *item : items)
        before.insert(item, item->pos());
    const QPointF lonLat = MapProjection::toLonLat(van->pos());
    m_day->ops().feed(
        QStringLiteral(
            R"({"v":1,"id":"move-1","type":"vehicle.position","ts":"%1","vehicle":"%2","lat":%3,"lon":%4})")
            .arg(TimeFormat::toRfc3339(m_day->clock()->nowMs()), van->vehicleId())
            .arg(lonLat.y() + 0.003, 0, 'f', 6)
            .arg(lonLat.x(), 0, 'f', 6)
            .toUtf8());
    const QPointF from = van->pos();
    QTRY_VERIFY(van->pos() != from);
    const auto after = scene->items();
    QCOMPARE(after.size(), items.size()); // nothing created or deleted
    int moved = 0;
    for (QGraphicsItem *item : after) {
        QVERIFY(before.contains(item)); // the same items, not rebuilt ones
        if (before.value(item) != item->pos()) {
            ++moved;
            QCOMPARE(item, static_cast<QGraphicsItem *>(van));
        }
    }
    QCOMPARE(moved, 1);
}

void TestMapPanel::stopEventRecoloursOneStop()
{
    MapScene *scene = m_panel->scene();
    // A stop not yet visited on a route that is under way.
    QString route, stopId, vehicle;
    for (int row = 0; row < m_day->board()->rowCount() && stopId.isEmpty(); ++row) {
        const RouteStatus *st = m_day->board()->status(row);
        if (st->state != Domain::RouteState::Driving || st->nextStopId.isEmpty())
            continue;
        route = m_day->board()->route(row)->id;
        vehicle = m_day->board()->route(row)->vehicleId;
        stopId = st->nextStopId;
    }
    QVERIFY(!stopId.isEmpty());
    StopItem *item = scene->stop(stopId);
    QVERIFY(item->isNext());
    QCOMPARE(item->state(), Domain::StopState::Planned);
    const int count = scene->items().size();
    m_day->ops().feed(
        QStringLiteral(
            R"({"v":1,"id":"arrive-1","type":"stop.arrived","ts":"%1","stop":"%2","route":"%3","vehicle":"%4"})")
            .arg(TimeFormat::toRfc3339(m_day->clock()->nowMs()), stopId, route, vehicle)
            .toUtf8());
    QCoreApplication::processEvents();
    QCOMPARE(scene->stop(stopId), item); // the same item, recoloured
    QCOMPARE(item->state(), Domain::StopState::Arrived);
    QCOMPARE(scene->items().size(), count);
    QCOMPARE(scene->vanOfRoute(route)->state(), Domain::RouteState::AtStop);
}

void TestMapPanel::tooltipsDescribeVansAndStops()
{
    MapScene *scene = m_panel->scene();
    const QString route = placedVanRoute(*m_panel);
    const int row = m_day->board()->rowOfRoute(route);
    const Route *r = m_day->board()->route(row);
    const QString vanTip = scene->toolTipFor(scene->vanOfRoute(route));
    QVERIFY2(vanTip.contains(r->plate), qPrintable(vanTip));
    QVERIFY(vanTip.contains(r->crew.first().name.toHtmlEscaped()));
    QVERIFY(vanTip.contains(DomainText::routeState(m_day->board()->status(row)->state)));
    const Stop stop = m_day->board()->stops(row)->last();
    const QString stopTip = scene->toolTipFor(scene->stop(stop.id));
    QVERIFY2(stopTip.contains(stop.customer.name.toHtmlEscaped()), qPrintable(stopTip));
    QVERIFY(stopTip.contains(stop.customer.city.toHtmlEscaped()));
    QVERIFY(stopTip.contains(TimeFormat::toClock(stop.windowStart)));
    QVERIFY(scene->toolTipFor(nullptr).isEmpty());
}

void TestMapPanel::tooltipsShowTheEstimate()
{
    MapScene *scene = m_panel->scene();
    const QString route = placedVanRoute(*m_panel);
    const int row = m_day->board()->rowOfRoute(route);
    const Stop stop = m_day->board()->stops(row)->last();
    QVERIFY(stop.windowEnd > 0);
    const QString without = scene->toolTipFor(scene->stop(stop.id));
    QVERIFY2(!without.contains(QStringLiteral(">ETA<")), qPrintable(without));

    // Estimated 25 minutes after the window closes, with its band.
    StopEta eta;
    eta.stopId = stop.id;
    eta.routeId = route;
    eta.eta = stop.windowEnd + 25 * 60000;
    eta.low = eta.eta - 10 * 60000;
    eta.high = eta.eta + 15 * 60000;
    eta.estimatedAt = m_day->clock()->nowMs();
    scene->setEtas({{stop.id, eta}});
    const QString with = scene->toolTipFor(scene->stop(stop.id));
    QVERIFY2(with.contains(TimeFormat::toClock(eta.eta)), qPrintable(with));
    QVERIFY(with.contains(TimeFormat::toClock(eta.low)));
    QVERIFY(with.contains(TimeFormat::toClock(eta.high)));
    QVERIFY2(with.contains(QStringLiteral("25 min after the window")), qPrintable(with));
    scene->setEtas({});
    QCOMPARE(scene->toolTipFor(scene->stop(stop.id)), without);
}

void TestMapPanel::aTrailDrawsWhatTheZoomCanShow()
{
    // 100 points 1 m apart along a street, then a jump of 50 m.
    TrailItem trail(QStringLiteral("V-1"));
    QPolygonF points;
    for (int i = 0; i < 100; ++i)
        points.append(QPointF(i, 0));
    trail.setPoints(points);
    QCOMPARE(trail.simplified(0).size(), 100); // at street level: every point
    const QPolygonF &coarse = trail.simplified(10);
    QCOMPARE(coarse.size(), 11); // 0, 10, ..., 90 and the newest, 99
    QCOMPARE(coarse.constFirst(), QPointF(0, 0));
    QCOMPARE(coarse.constLast(), QPointF(99, 0));
    // New points continue the line: 99 was only there to reach the van and
    // gives way; the newest is still the end of it.
    trail.append(QPointF(101, 0));
    QCOMPARE(trail.simplified(10).size(), 11); // 0, 10, ..., 90, 101
    QCOMPARE(trail.simplified(10).constLast(), QPointF(101, 0));
    trail.append(QPointF(150, 0));
    QCOMPARE(trail.simplified(10).size(), 12);
    QCOMPARE(trail.simplified(10).constLast(), QPointF(150, 0));
    QCOMPARE(trail.pointCount(), 102);
    // Another zoom starts over, at its own step.
    QCOMPARE(trail.simplified(40), QPolygonF({QPointF(0, 0), QPointF(40, 0), QPointF(80, 0),
                                              QPointF(150, 0)}));
}

void TestMapPanel::stateRoundTrips()
{
    m_panel->view()->setZoom(11.5);
    m_panel->view()->setCentreLonLat(5.5, 51.7);
    m_panel->layerAction(MapScene::StopsLayer)->setChecked(false);
    m_panel->onlySelectedAction()->setChecked(true);
    const QByteArray state = m_panel->saveState();

    MapPanel other(m_day->store(), m_day->clock(), m_day->notifier(), m_day->board());
    other.resize(1000, 700);
    other.restoreState(state);
    QCOMPARE(other.view()->zoom(), 11.5);
    QVERIFY(QLineF(other.view()->centreLonLat(), QPointF(5.5, 51.7)).length() < 1e-6);
    QVERIFY(!(other.scene()->layers() & MapScene::StopsLayer));
    QVERIFY(other.scene()->layers() & MapScene::VansLayer);
    QVERIFY(other.onlySelectedAction()->isChecked());
}

void TestMapPanel::garbageStateIsIgnored()
{
    const double zoom = m_panel->view()->zoom();
    m_panel->restoreState(QByteArray("not a map state at all"));
    m_panel->restoreState(QByteArray());
    QCOMPARE(m_panel->view()->zoom(), zoom);
    QCOMPARE(m_panel->scene()->layers(), MapScene::Layers(MapScene::AllLayers));
}

void TestMapPanel::dayChangeReloads()
{
    const QString route = placedVanRoute(*m_panel);
    m_panel->setSelectedRoute(route);
    m_day->board()->setDay(QStringLiteral("2026-11-24")); // nothing planned yet
    QVERIFY(m_panel->scene()->routeIds().isEmpty());
    QVERIFY(m_panel->scene()->selectedRoute().isEmpty());
    m_day->board()->setDay(m_day->day());
    QCOMPARE(m_panel->scene()->routeIds().size(), m_day->board()->rowCount());
}

void TestMapPanel::snapshot()
{
    const QString dir = qEnvironmentVariable("VOORZET_MAP_SNAPSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VOORZET_MAP_SNAPSHOT_DIR to write screenshots of the map");
    MapDayFixture &day = *m_day;
    MapPanel &panel = *m_panel;
    panel.resize(1280, 820);
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
