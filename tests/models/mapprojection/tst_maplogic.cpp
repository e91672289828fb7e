#include "map/basemap.h"
#include "map/basemaprenderer.h"
#include "map/labelplacer.h"
#include "map/mapprojection.h"
#include "map/pointclusterer.h"

#include <QImage>
#include <QTest>

// The map's non-widget logic: the basemap file, clustering and label placement.
class TestMapLogic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInBasemapCoversTheNetherlands();
    void parsesDeltaEncodedShapes();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void rendersLandAndSea();
    void clusters_data();
    void clusters();
    void clusterCentresAreMeans();
    void labelsNeverOverlap();
    void labelFallsBackToNextCandidate();
};

void TestMapLogic::builtInBasemapCoversTheNetherlands()
{
    const Basemap &map = Basemap::builtIn();
    QVERIFY(!map.isEmpty());
    const QPointF utrecht = MapProjection::toScene(5.1214, 52.0907);
    const QPointF northSea = MapProjection::toScene(3.5, 53.2);
    const QPointF germany = MapProjection::toScene(7.5, 51.5);
    QVERIFY(map.sceneBounds().contains(utrecht));
    QVERIFY(map.home().contains(utrecht));
    QVERIFY(!map.home().contains(northSea));
    QVERIFY(!map.land().contains(northSea));
    QVERIFY(map.land().contains(germany));
    QVERIFY(!map.home().contains(germany));
    QVERIFY(!map.borders().isEmpty());
    QVERIFY(map.towns().size() > 50);
    bool hasAmsterdam = false;
    for (const BasemapTown &t : map.towns()) {
        QVERIFY(!t.name.isEmpty());
        QVERIFY(t.minZoom >= 5 && t.minZoom <= 12);
        if (t.name == QLatin1String("Amsterdam")) {
            hasAmsterdam = true;
            QVERIFY(std::abs(t.lonLat.x() - 4.9) < 0.1);
            QVERIFY(t.minZoom <= 7);
        }
    }
    QVERIFY(hasAmsterdam);
    // Largest first, so label placement gives the big towns priority.
    QVERIFY(map.towns().first().population >= map.towns().last().population);
}

void TestMapLogic::parsesDeltaEncodedShapes()
{
    const QByteArray data = "VZBM 1\n"
                            "# a square around Utrecht and a town\n"
                            "bbox 5 52 5.2 52.2\n"
                            "poly home 4 500000 5200000 20000 0 0 20000 -20000 0\n"
                            "line river 2 500000 5210000 20000 0\n"
                            "town 8 290529 512140 5209070 Utrecht Centrum\n";
    const Basemap map = Basemap::parse(data, QStringLiteral("test"));
    QVERIFY(map.home().contains(MapProjection::toScene(5.1, 52.1)));
    QVERIFY(!map.home().contains(MapProjection::toScene(5.3, 52.1)));
    QCOMPARE(map.towns().size(), 1);
    QCOMPARE(map.towns().first().name, QStringLiteral("Utrecht Centrum"));
    QCOMPARE(map.towns().first().minZoom, 8);
    QVERIFY(std::abs(map.towns().first().lonLat.y() - 52.0907) < 1e-9);
    QVERIFY(map.sceneBounds().contains(MapProjection::toScene(5.1, 52.1)));
    QVERIFY(!map.rivers().isEmpty());
}

void TestMapLogic::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("where");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
    QTest::newRow("wrong header") << QByteArray("VZBM 9\n") << QStringLiteral("t:1:");
    QTest::newRow("short shape") << QByteArray("VZBM 1\npoly home 3 1 2 3 4\n")
                                 << QStringLiteral("t:2: expected 3 points");
    QTest::newRow("not a number") << QByteArray("VZBM 1\n\nline river 2 1 2 x 4\n")
                                  << QStringLiteral("t:3: longitude is not a number");
    QTest::newRow("unknown layer") << QByteArray("VZBM 1\npoly sky 2 1 2 3 4\n")
                                   << QStringLiteral("unknown polygon layer \"sky\"");
    QTest::newRow("unknown record")
        << QByteArray("VZBM 1\nroad 2 1 2 3 4\n") << QStringLiteral("t:2: unknown record");
}

void TestMapLogic::rejectsBadFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, where);
    try {
        Basemap::parse(data, QStringLiteral("t"));
        QFAIL("accepted a bad file");
    } catch (const BasemapError &e) {
        QVERIFY2(e.message().contains(where), qPrintable(e.message()));
    }
}

void TestMapLogic::rendersLandAndSea()
{
    const Basemap &map = Basemap::builtIn();
    // Zoom 7 around the Netherlands: Utrecht on land, the North Sea west of Den Helder.
    const QRectF area(MapProjection::toScene(3.0, 53.6), MapProjection::toScene(7.4, 50.7));
    const QImage image = BasemapRenderer::render(map, area, QSize(400, 400));
    QCOMPARE(image.size(), QSize(400, 400));
    auto pixelAt = [&](double lon, double lat) {
        const QPointF s = MapProjection::toScene(lon, lat);
        const QPoint p(int((s.x() - area.left()) / area.width() * 400),
                       int((s.y() - area.top()) / area.height() * 400));
        return image.pixelColor(p);
    };
    const BasemapRenderer::Style style;
    QCOMPARE(pixelAt(5.3, 52.05), style.home);
    QCOMPARE(pixelAt(3.6, 53.2), style.sea);
    QCOMPARE(pixelAt(7.2, 51.2), style.land);
}

void TestMapLogic::clusters_data()
{
    QTest::addColumn<QVector<QPointF>>("points");
    QTest::addColumn<double>("cell");
    QTest::addColumn<int>("clusters");
    QTest::newRow("none") << QVector<QPointF>{} << 10.0 << 0;
    QTest::newRow("one") << QVector<QPointF>{{5, 5}} << 10.0 << 1;
    QTest::newRow("together") << QVector<QPointF>{{1, 1}, {2, 2}, {3, 1}} << 10.0 << 1;
    QTest::newRow("apart") << QVector<QPointF>{{1, 1}, {55, 1}, {1, 95}} << 10.0 << 3;
    // Either side of a cell edge, but on screen the same spot.
    QTest::newRow("straddling an edge") << QVector<QPointF>{{9.9, 5}, {10.1, 5}} << 10.0 << 1;
    QTest::newRow("negative coordinates")
        << QVector<QPointF>{{-1, -1}, {-2, -2}, {50, 50}} << 10.0 << 2;
    QTest::newRow("zero cell") << QVector<QPointF>{{1, 1}} << 0.0 << 0;
}

void TestMapLogic::clusters()
{
    QFETCH(QVector<QPointF>, points);
    QFETCH(double, cell);
    QFETCH(int, clusters);
    const QVector<PointClusterer::Cluster> out = PointClusterer::cluster(points, cell);
    QCOMPARE(out.size(), clusters);
    int members = 0;
    for (const auto &c : out)
        members += c.members.size();
    QCOMPARE(members, cell > 0 ? points.size() : 0);
}

void TestMapLogic::clusterCentresAreMeans()
{
    const auto out = PointClusterer::cluster({{0, 0}, {4, 0}, {2, 6}, {100, 100}}, 10);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out[0].members.size(), 3);
    QCOMPARE(out[0].centre, QPointF(2, 2));
    QCOMPARE(out[1].centre, QPointF(100, 100));
}

void TestMapLogic::labelsNeverOverlap()
{
    LabelPlacer placer(32);
    QVector<QRectF> placed;
    // A dense field of candidate labels: every accepted one must be free.
    for (int i = 0; i < 400; ++i) {
        const QRectF r((i * 37) % 500, (i * 53) % 300, 40 + i % 30, 14);
        if (placer.place(r))
            placed.append(r);
    }
    QVERIFY(placed.size() > 20);
    QVERIFY(placed.size() < 400);
    QCOMPARE(placer.placedCount(), placed.size());
    for (int a = 0; a < placed.size(); ++a) {
        for (int b = a + 1; b < placed.size(); ++b)
            QVERIFY(!placed[a].intersects(placed[b]));
    }
}

void TestMapLogic::labelFallsBackToNextCandidate()
{
    LabelPlacer placer;
    placer.block(QRectF(10, 0, 30, 10)); // a symbol right of the point
    const QVector<QRectF> candidates{QRectF(12, 0, 20, 10), QRectF(-22, 0, 20, 10)};
    QCOMPARE(placer.placeFirst(candidates), 1);
    QCOMPARE(placer.placeFirst(candidates), -1);
    QVERIFY(!placer.isFree(QRectF(-5, 2, 4, 4)));
    placer.clear();
    QVERIFY(placer.isFree(QRectF(-5, 2, 4, 4)));
}

QTEST_MAIN(TestMapLogic)
#include "tst_maplogic.moc"
