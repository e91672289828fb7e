#include "map/mapprojection.h"

#include <QTest>
#include <cmath>

// Expected values come from the slippy-map formulas as published for
// OpenStreetMap tiles, computed independently of this code.
class TestMapProjection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownTiles_data();
    void knownTiles();
    void knownWorldPixels_data();
    void knownWorldPixels();
    void sceneMetres();
    void roundTrip_data();
    void roundTrip();
    void resolution_data();
    void resolution();
    void zoomForResolutionInverts_data();
    void zoomForResolutionInverts();
    void tileRectContainsPoint_data();
    void tileRectContainsPoint();
    void clampsPoles();
    void northIsUp();
};

void TestMapProjection::knownTiles_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<int>("tileX");
    QTest::addColumn<int>("tileY");
    const double uLon = 5.1214, uLat = 52.0907; // Utrecht, the Dom
    QTest::newRow("Utrecht z0") << uLon << uLat << 0 << 0 << 0;
    QTest::newRow("Utrecht z5") << uLon << uLat << 5 << 16 << 10;
    QTest::newRow("Utrecht z10") << uLon << uLat << 10 << 526 << 337;
    QTest::newRow("Utrecht z13") << uLon << uLat << 13 << 4212 << 2702;
    QTest::newRow("Utrecht z16") << uLon << uLat << 16 << 33700 << 21620;
    QTest::newRow("Utrecht z19") << uLon << uLat << 19 << 269602 << 172965;
    QTest::newRow("Amsterdam z8") << 4.9041 << 52.3676 << 8 << 131 << 84;
    QTest::newRow("Amsterdam z12") << 4.9041 << 52.3676 << 12 << 2103 << 1346;
    QTest::newRow("Amsterdam z15") << 4.9041 << 52.3676 << 15 << 16830 << 10769;
    QTest::newRow("null island z1") << 0.0001 << -0.0001 << 1 << 1 << 1;
    QTest::newRow("far west z3") << -179.9 << 0.0 << 3 << 0 << 4;
}

void TestMapProjection::knownTiles()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(int, zoom);
    QFETCH(int, tileX);
    QFETCH(int, tileY);
    QCOMPARE(MapProjection::tileAt(lon, lat, zoom), QPoint(tileX, tileY));
}

void TestMapProjection::knownWorldPixels_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("px");
    QTest::addColumn<double>("py");
    QTest::newRow("z0") << 0.0 << 131.642 << 84.456;
    QTest::newRow("z5") << 5.0 << 4212.54 << 2702.585;
    QTest::newRow("z10") << 10.0 << 134801.29 << 86482.735;
    QTest::newRow("z13") << 13.0 << 1078410.317 << 691861.88;
    QTest::newRow("z19") << 19.0 << 69018260.312 << 44279160.316;
}

void TestMapProjection::knownWorldPixels()
{
    QFETCH(double, zoom);
    QFETCH(double, px);
    QFETCH(double, py);
    const QPointF p = MapProjection::worldPixel(5.1214, 52.0907, zoom);
    QVERIFY2(std::abs(p.x() - px) < 0.01, qPrintable(QString::number(p.x(), 'f', 3)));
    QVERIFY2(std::abs(p.y() - py) < 0.01, qPrintable(QString::number(p.y(), 'f', 3)));
}

void TestMapProjection::sceneMetres()
{
    // EPSG:3857 easting/northing of Utrecht; the scene's y points south.
    const QPointF s = MapProjection::toScene(5.1214, 52.0907);
    QVERIFY(std::abs(s.x() - 570111.640) < 0.01);
    QVERIFY(std::abs(s.y() + 6816541.821) < 0.01);
}

void TestMapProjection::roundTrip_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("Utrecht") << 5.1214 << 52.0907;
    QTest::newRow("Groningen") << 6.5665 << 53.2194;
    QTest::newRow("Maastricht") << 5.6909 << 50.8514;
    QTest::newRow("Vlissingen") << 3.5736 << 51.4426;
    QTest::newRow("origin") << 0.0 << 0.0;
    QTest::newRow("south west") << -122.4194 << -37.7749;
    QTest::newRow("near the limit") << 179.99 << 85.0;
}

void TestMapProjection::roundTrip()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    const QPointF back = MapProjection::toLonLat(MapProjection::toScene(lon, lat));
    QVERIFY(std::abs(back.x() - lon) < 1e-9);
    QVERIFY(std::abs(back.y() - lat) < 1e-9);
}

void TestMapProjection::resolution_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("metresPerPixel");
    QTest::newRow("equator z0") << 0.0 << 0.0 << 156543.03392804097;
    QTest::newRow("equator z1") << 0.0 << 1.0 << 78271.51696402048;
    QTest::newRow("equator z18") << 0.0 << 18.0 << 0.5971642834779395;
    QTest::newRow("Utrecht z0") << 52.0907 << 0.0 << 96182.11779084255;
    QTest::newRow("Utrecht z10") << 52.0907 << 10.0 << 93.92784940511967;
    QTest::newRow("Utrecht z15") << 52.0907 << 15.0 << 2.93524529390999;
}

void TestMapProjection::resolution()
{
    QFETCH(double, lat);
    QFETCH(double, zoom);
    QFETCH(double, metresPerPixel);
    const double got = MapProjection::groundResolution(lat, zoom);
    QVERIFY2(std::abs(got - metresPerPixel) / metresPerPixel < 1e-9,
             qPrintable(QString::number(got)));
    // The scene-unit version agrees: a pixel spans resolution() scene units,
    // each worth groundMetresPerSceneUnit() metres at that latitude.
    const double y = MapProjection::toScene(0, lat).y();
    const double viaScene =
        MapProjection::resolution(zoom) * MapProjection::groundMetresPerSceneUnit(y);
    QVERIFY(std::abs(viaScene - metresPerPixel) / metresPerPixel < 1e-9);
}

void TestMapProjection::zoomForResolutionInverts_data()
{
    QTest::addColumn<double>("zoom");
    for (double z : {0.0, 3.5, 7.25, 12.0, 19.0})
        QTest::newRow(qPrintable(QString::number(z))) << z;
}

void TestMapProjection::zoomForResolutionInverts()
{
    QFETCH(double, zoom);
    QVERIFY(std::abs(MapProjection::zoomForResolution(MapProjection::resolution(zoom)) - zoom) <
            1e-9);
}

void TestMapProjection::tileRectContainsPoint_data()
{
    QTest::addColumn<int>("zoom");
    for (int z : {1, 6, 11, 17})
        QTest::newRow(qPrintable(QStringLiteral("z%1").arg(z))) << z;
}

void TestMapProjection::tileRectContainsPoint()
{
    QFETCH(int, zoom);
    const QPoint tile = MapProjection::tileAt(6.5665, 53.2194, zoom);
    const QRectF rect = MapProjection::tileSceneRect(tile.x(), tile.y(), zoom);
    QVERIFY(rect.contains(MapProjection::toScene(6.5665, 53.2194)));
    QVERIFY(std::abs(rect.width() - MapProjection::resolution(zoom) * MapProjection::TileSize) <
            1e-6);
    // Neighbouring tiles share an edge.
    const QRectF right = MapProjection::tileSceneRect(tile.x() + 1, tile.y(), zoom);
    QVERIFY(std::abs(right.left() - rect.right()) < 1e-6);
}

void TestMapProjection::clampsPoles()
{
    const QPointF pole = MapProjection::toScene(0, 90);
    QVERIFY(std::isfinite(pole.y()));
    QVERIFY(std::abs(pole.y() + MapProjection::HalfCircumference) < 1e-3);
    QCOMPARE(MapProjection::tileAt(0, 89.9, 4), QPoint(8, 0));
}

void TestMapProjection::northIsUp()
{
    const QPointF groningen = MapProjection::toScene(6.5665, 53.2194);
    const QPointF maastricht = MapProjection::toScene(5.6909, 50.8514);
    QVERIFY(groningen.y() < maastricht.y());
    QVERIFY(groningen.x() > maastricht.x());
}

QTEST_APPLESS_MAIN(TestMapProjection)
#include "tst_mapprojection.moc"
