#include "map/basemap.h"
#include "map/basemaprenderer.h"
#include "map/labelplacer.h"
#include "map/mapprojection.h"
#include "map/pointclusterer.h"

#include <QFile>
#include <QImage>
#include <QLineF>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>
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
    void builtInBasemapHasProvinces();
    void parsesProvinceLayer();
    void refusesGarbageClearly();
    void rendersLandAndSea();
    void rendersProvinceBordersFromTheirZoom();
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
    // Province borders and labels came with format 2; a format 1 file has none.
    QTest::newRow("province layer in format 1")
        << QByteArray("VZBM 1\nline province 2 1 2 3 4\n")
        << QStringLiteral("t:2: unknown line layer \"province\"");
    QTest::newRow("province label in format 1")
        << QByteArray("VZBM 1\nprovince 512140 5209070 Utrecht\n")
        << QStringLiteral("t:2: unknown record \"province\"");
    QTest::newRow("province without a name")
        << QByteArray("VZBM 2\nprovince 512140 5209070\n")
        << QStringLiteral("t:2: a province needs a position and a name");
    QTest::newRow("province position not a number")
        << QByteArray("VZBM 2\n\nprovince 5.1 52.1 Utrecht\n")
        << QStringLiteral("t:3: longitude is not a number");
    QTest::newRow("short province border") << QByteArray("VZBM 2\nline province 1 1 2\n")
                                           << QStringLiteral("t:2: expected 1 points");
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

namespace {

// The open lines of a path: each starts with a move.
QVector<QPolygonF> polylines(const QPainterPath &path)
{
    QVector<QPolygonF> lines;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo())
            lines.append(QPolygonF());
        if (!lines.isEmpty())
            lines.last().append(QPointF(e.x, e.y));
    }
    return lines;
}

} // namespace

void TestMapLogic::builtInBasemapHasProvinces()
{
    const Basemap &map = Basemap::builtIn();
    const QVector<QPolygonF> borders = polylines(map.provinceBorders());
    QVERIFY(borders.size() >= 12);
    // Everything lies in the basemap's box (a line may overhang the edge by
    // one source point, well under 0.1 degree), and the Dutch provinces'
    // borders between them lie inside the Netherlands.
    const QRectF margin(MapProjection::toScene(2.2, 54.1), MapProjection::toScene(8.3, 50.15));
    QVERIFY(margin.contains(map.sceneBounds()));
    int insideHome = 0;
    for (const QPolygonF &line : borders) {
        QVERIFY(line.size() >= 2);
        for (const QPointF &p : line)
            QVERIFY2(margin.contains(p), qPrintable(QStringLiteral("%1,%2").arg(
                                             MapProjection::toLonLat(p).x())
                                             .arg(MapProjection::toLonLat(p).y())));
        if (map.home().contains(line.at(line.size() / 2)))
            ++insideHome;
    }
    QVERIFY2(insideHome >= 8, qPrintable(QString::number(insideHome)));
    // Not the country border again: the Dutch-German border east of Venlo,
    // far from where provinces meet, has no province border close by.
    const QPointF onCountryBorder = MapProjection::toScene(6.21, 51.37);
    const double near = MapProjection::toScene(6.31, 51.37).x() - onCountryBorder.x();
    for (const QPolygonF &line : borders)
        for (const QPointF &p : line)
            QVERIFY(QLineF(p, onCountryBorder).length() > near);

    QCOMPARE(map.provinces().size(), 12);
    QStringList names;
    for (const BasemapLabel &province : map.provinces()) {
        names.append(province.name);
        QVERIFY2(map.home().contains(province.scenePos), qPrintable(province.name));
    }
    QVERIFY(names.contains(QStringLiteral("Utrecht")));
    QVERIFY(names.contains(QStringLiteral("Noord-Brabant")));
    QVERIFY(!names.contains(QStringLiteral("Bonaire")));
}

void TestMapLogic::parsesProvinceLayer()
{
    const QByteArray data = "VZBM 2\n"
                            "line province 3 500000 5200000 1000 1000 1000 -500\n"
                            "line province 2 510000 5200000 0 1000\n"
                            "province 512140 5209070 Noord Brabant\n";
    const Basemap map = Basemap::parse(data, QStringLiteral("test"));
    QCOMPARE(polylines(map.provinceBorders()).size(), 2);
    QCOMPARE(polylines(map.provinceBorders()).first().size(), 3);
    QVERIFY(map.borders().isEmpty());
    QCOMPARE(map.provinces().size(), 1);
    QCOMPARE(map.provinces().first().name, QStringLiteral("Noord Brabant"));
    QVERIFY(std::abs(map.provinces().first().lonLat.x() - 5.1214) < 1e-9);
    // A format 1 file still reads, without provinces.
    const Basemap old = Basemap::parse("VZBM 1\nline border 2 500000 5200000 1000 0\n");
    QVERIFY(old.provinceBorders().isEmpty());
    QVERIFY(!old.borders().isEmpty());
}

void TestMapLogic::refusesGarbageClearly()
{
    // The real file, damaged in many seeded ways (bytes changed, lines cut
    // short, a record's words swapped): it either still reads or is refused
    // with a BasemapError that names the file and line; nothing else.
    QFile file(QStringLiteral(":/basemap/nl.vzbm"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    QRandomGenerator random(20261203);
    const QByteArray alphabet(" -0123456789\nabcdeghilnoprstvwyz#\x01\xff");
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray data = original;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(data.size());
            switch (random.bounded(3)) {
            case 0:
                data[at] = alphabet[random.bounded(alphabet.size())];
                break;
            case 1: {
                const int end = data.indexOf('\n', at);
                data.remove(at, (end < 0 ? data.size() : end) - at);
                break;
            }
            default:
                data.insert(at, alphabet.mid(random.bounded(alphabet.size() - 4), 4));
                break;
            }
        }
        try {
            Basemap::parse(data, QStringLiteral("damaged"));
        } catch (const BasemapError &e) {
            ++refused;
            QVERIFY2(QRegularExpression(QStringLiteral("^damaged:\\d+: \\S"))
                         .match(e.message())
                         .hasMatch(),
                     qPrintable(e.message()));
        }
    }
    // Most damage is caught; a changed digit in a coordinate is not damage it can see.
    QVERIFY2(refused > 100, qPrintable(QString::number(refused)));
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

void TestMapLogic::rendersProvinceBordersFromTheirZoom()
{
    // The provinces in a colour nothing else has, so their pixels can be counted.
    const Basemap &map = Basemap::builtIn();
    BasemapRenderer::Style style;
    style.provinceBorder = QColor(255, 0, 0);
    auto redPixels = [&](double zoom) {
        // 512 x 512 pixels at `zoom` around Utrecht, where four provinces meet.
        const QPointF centre = MapProjection::toScene(5.3, 52.1);
        const double half = 256 * MapProjection::resolution(zoom);
        const QRectF area(centre - QPointF(half, half), centre + QPointF(half, half));
        const QImage image = BasemapRenderer::render(map, area, QSize(512, 512), 1.0, style);
        int red = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                red += c.red() > 200 && c.green() < 190 && c.blue() < 190;
            }
        return red;
    };
    QVERIFY2(redPixels(9) > 200, qPrintable(QString::number(redPixels(9))));
    QVERIFY2(redPixels(style.provinceMinZoom) > 50,
             qPrintable(QString::number(redPixels(style.provinceMinZoom))));
    QCOMPARE(redPixels(style.provinceMinZoom - 0.5), 0);
}

QTEST_MAIN(TestMapLogic)
#include "tst_maplogic.moc"
