#include "tileserver.h"

#include "../mappanel/mapdayfixture.h"
#include "map/mappanel.h"
#include "map/mapprojection.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/tilefetcher.h"
#include "map/tilelayeritem.h"
#include "map/tilesource.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The optional tile server, against a real HTTP server on this machine:
// requests and their manners, the disk cache, errors, a slow server, and the
// map falling back to its offline basemap.
class TestMapTiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void templates_data();
    void templates();
    void fetchesTilesPolitely();
    void limitsParallelRequests();
    void servesRepeatsFromTheDiskCache();
    void serverErrorFailsOverToTheBasemap();
    void slowServerTimesOut();
    void mapShowsServerTiles();
    void mapFallsBackWhenTheServerFails();

private:
    static QList<TileKey> someTiles(int count);
};

void TestMapTiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
}

QList<TileKey> TestMapTiles::someTiles(int count)
{
    QList<TileKey> keys;
    for (int i = 0; i < count; ++i)
        keys.append(TileKey{12, 2100 + i % 6, 1340 + i / 6});
    return keys;
}

void TestMapTiles::templates_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("url");
    QTest::newRow("osm") << QStringLiteral("https://tile.example.org/{z}/{x}/{y}.png") << true
                         << QStringLiteral("https://tile.example.org/12/2103/1346.png");
    QTest::newRow("subdomains") << QStringLiteral("https://{s}.tiles.example.org/{z}/{x}/{y}.png")
                                << true
                                << QStringLiteral("https://c.tiles.example.org/12/2103/1346.png");
    QTest::newRow("no y") << QStringLiteral("https://tile.example.org/{z}/{x}.png") << false
                          << QString();
    QTest::newRow("not http") << QStringLiteral("file:///tmp/{z}/{x}/{y}.png") << false
                              << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestMapTiles::templates()
{
    QFETCH(QString, urlTemplate);
    QFETCH(bool, valid);
    QFETCH(QString, url);
    QCOMPARE(TileFetcher::isValidTemplate(urlTemplate), valid);
    TileFetcher fetcher;
    fetcher.setUrlTemplate(urlTemplate);
    QCOMPARE(fetcher.isEnabled(), valid);
    QCOMPARE(fetcher.urlFor(TileKey{12, 2103, 1346}).toString(), url);
}

void TestMapTiles::fetchesTilesPolitely()
{
    TileServer server;
    QVERIFY(server.listen());
    QTemporaryDir cache;
    TileFetcher fetcher;
    fetcher.setCacheDirectory(cache.path());
    fetcher.setUrlTemplate(server.urlTemplate());
    QSignalSpy loaded(&fetcher, &TileFetcher::tileLoaded);
    const auto keys = someTiles(6);
    for (const TileKey &key : keys)
        fetcher.request(key);
    fetcher.request(keys.first()); // asked twice: fetched once
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 6, 10000);
    QCOMPARE(server.requests().size(), 6);
    for (const auto &request : server.requests())
        QCOMPARE(request.userAgent, QByteArray("Voorzet/1.2.3"));
    for (const auto &args : std::as_const(loaded)) {
        const TileKey key = args.at(0).value<TileKey>();
        const QImage image = args.at(1).value<QImage>();
        QCOMPARE(image.size(), QSize(256, 256));
        QCOMPARE(image.pixelColor(128, 128), TileServer::colorOf(key.z, key.x, key.y));
        QCOMPARE(args.at(2).toBool(), false); // from the network
    }
    QCOMPARE(fetcher.stats().fromNetwork, 6);
    QCOMPARE(fetcher.stats().failed, 0);
    QVERIFY(!fetcher.isFailing());
}

void TestMapTiles::limitsParallelRequests()
{
    TileServer server;
    QVERIFY(server.listen());
    server.setDelayMs(150);
    TileFetcher fetcher;
    fetcher.setUrlTemplate(server.urlTemplate());
    QCOMPARE(fetcher.maxParallel(), 4);
    QSignalSpy loaded(&fetcher, &TileFetcher::tileLoaded);
    for (const TileKey &key : someTiles(14))
        fetcher.request(key);
    QVERIFY(fetcher.inFlight() <= 4);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 14, 15000);
    QVERIFY2(server.maxConcurrent() <= 4, qPrintable(QString::number(server.maxConcurrent())));
    QVERIFY(server.maxConcurrent() >= 2); // but it does work in parallel
}

void TestMapTiles::servesRepeatsFromTheDiskCache()
{
    TileServer server;
    QVERIFY(server.listen());
    QTemporaryDir cache;
    const auto keys = someTiles(4);
    {
        TileFetcher first;
        first.setCacheDirectory(cache.path());
        first.setUrlTemplate(server.urlTemplate());
        QSignalSpy loaded(&first, &TileFetcher::tileLoaded);
        for (const TileKey &key : keys)
            first.request(key);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 4, 10000);
    }
    QCOMPARE(server.requests().size(), 4);
    // A new session of the program: the tiles come from disk.
    TileFetcher second;
    second.setCacheDirectory(cache.path());
    second.setUrlTemplate(server.urlTemplate());
    QSignalSpy loaded(&second, &TileFetcher::tileLoaded);
    for (const TileKey &key : keys)
        second.request(key);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 4, 10000);
    for (const auto &args : std::as_const(loaded)) {
        QCOMPARE(args.at(2).toBool(), true);
        const TileKey key = args.at(0).value<TileKey>();
        QCOMPARE(args.at(1).value<QImage>().pixelColor(3, 3),
                 TileServer::colorOf(key.z, key.x, key.y));
    }
    QCOMPARE(server.requests().size(), 4);
    QCOMPARE(second.stats().fromCache, 4);
    // A tile not in the cache still goes to the server.
    second.request(TileKey{13, 4200, 2690});
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 5, 10000);
    QCOMPARE(server.requests().size(), 5);
}

void TestMapTiles::serverErrorFailsOverToTheBasemap()
{
    TileServer server;
    QVERIFY(server.listen());
    server.setStatus(500);
    TileFetcher fetcher;
    fetcher.setUrlTemplate(server.urlTemplate());
    QSignalSpy failed(&fetcher, &TileFetcher::tileFailed);
    QSignalSpy failing(&fetcher, &TileFetcher::failingChanged);
    const auto keys = someTiles(6);
    for (const TileKey &key : keys)
        fetcher.request(key);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 6, 10000);
    QVERIFY(fetcher.isFailing());
    QCOMPARE(failing.count(), 1);
    QCOMPARE(failing.first().first().toBool(), true);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    // While failing, the server gets one request at a time.
    server.setDelayMs(100);
    const int before = int(server.requests().size());
    for (const TileKey &key : someTiles(12))
        fetcher.request(key);
    QCOMPARE(fetcher.inFlight(), 1);
    // The server recovers: the first good tile ends the failure.
    server.setStatus(200);
    QSignalSpy loaded(&fetcher, &TileFetcher::tileLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
    QVERIFY(!fetcher.isFailing());
    QCOMPARE(failing.count(), 2);
    QVERIFY(server.requests().size() > before);
}

void TestMapTiles::slowServerTimesOut()
{
    TileServer server;
    QVERIFY(server.listen());
    server.setDelayMs(3000);
    TileFetcher fetcher;
    fetcher.setTimeout(300);
    fetcher.setUrlTemplate(server.urlTemplate());
    QSignalSpy failed(&fetcher, &TileFetcher::tileFailed);
    QElapsedTimer timer;
    timer.start();
    fetcher.request(TileKey{10, 525, 336});
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QVERIFY(timer.elapsed() < 2500);
    QCOMPARE(failed.first().at(1).toString(), TileFetcher::tr("the server did not answer in time"));
    QCOMPARE(fetcher.inFlight(), 0);
    // A slow answer within the time limit is still taken.
    server.setDelayMs(200);
    fetcher.setTimeout(5000);
    QSignalSpy loaded(&fetcher, &TileFetcher::tileLoaded);
    fetcher.request(TileKey{10, 526, 336});
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
}

void TestMapTiles::mapShowsServerTiles()
{
    TileServer server;
    QVERIFY(server.listen());
    QTemporaryDir cache;
    MapDayFixture day(QDate(2026, 11, 23), QTime(9, 0), 4, 1);
    MapPanel panel(day.store(), day.clock(), day.notifier(), day.board());
    panel.resize(800, 600);
    panel.setTileServer(server.urlTemplate(), cache.path());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.layerAction(MapScene::RoutesLayer)->setChecked(false);
    panel.layerAction(MapScene::DrivenPathsLayer)->setChecked(false);
    panel.layerAction(MapScene::StopsLayer)->setChecked(false);
    panel.layerAction(MapScene::VansLayer)->setChecked(false);
    panel.layerAction(MapScene::LabelsLayer)->setChecked(false);
    panel.view()->setZoom(12);
    panel.view()->setCentreLonLat(5.5, 52.6); // over the IJsselmeer: no hubs there
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 6, 10000);
    const QPointF centre = panel.view()->centre();
    const QPointF ll = MapProjection::toLonLat(centre);
    const QPoint tile = MapProjection::tileAt(ll.x(), ll.y(), 12);
    QTRY_VERIFY_WITH_TIMEOUT(panel.scene()->rasterLayer()->hasTile(TileKey{12, tile.x(), tile.y()}),
                             10000);
    panel.view()->viewport()->repaint();
    const QImage shot = panel.view()->viewport()->grab().toImage();
    const QPoint middle(shot.width() / 2, shot.height() / 2);
    QCOMPARE(shot.pixelColor(middle), TileServer::colorOf(12, tile.x(), tile.y()));
    QVERIFY(panel.view()->attribution().contains(QLatin1String("OpenStreetMap")));
    for (const auto &request : server.requests())
        QVERIFY(request.path.startsWith("/tiles/12/") || request.path.startsWith("/tiles/11/") ||
                request.path.startsWith("/tiles/"));
}

void TestMapTiles::mapFallsBackWhenTheServerFails()
{
    TileServer server;
    QVERIFY(server.listen());
    server.setStatus(503);
    QTemporaryDir cache;
    MapDayFixture day(QDate(2026, 11, 23), QTime(9, 0), 4, 1);
    MapPanel panel(day.store(), day.clock(), day.notifier(), day.board());
    panel.resize(800, 600);
    panel.setTileServer(server.urlTemplate(), cache.path());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    for (int layer : {MapScene::RoutesLayer, MapScene::DrivenPathsLayer, MapScene::StopsLayer,
                      MapScene::VansLayer, MapScene::LabelsLayer})
        panel.layerAction(layer)->setChecked(false);
    panel.view()->setZoom(9);
    panel.view()->setCentreLonLat(5.3, 52.1);
    QTRY_VERIFY_WITH_TIMEOUT(panel.tileFetcher()->isFailing(), 10000);
    QVERIFY(panel.view()->attribution().contains(MapPanel::tr("offline basemap")));
    // The vector basemap shows through: Utrecht province is land-coloured.
    QTRY_VERIFY_WITH_TIMEOUT(panel.scene()->basemapLayer()->cachedTiles() > 0, 10000);
    // The basemap is drawn on a worker thread: on a busy machine the middle
    // tile may come a moment after the first ones.
    auto middle = [&] {
        panel.view()->viewport()->repaint();
        const QImage shot = panel.view()->viewport()->grab().toImage();
        return shot.pixelColor(shot.width() / 2, shot.height() / 2);
    };
    QTRY_COMPARE_WITH_TIMEOUT(middle(), QColor(0xf6, 0xf4, 0xef), 10000);
}

QTEST_MAIN(TestMapTiles)
#include "tst_maptiles.moc"
