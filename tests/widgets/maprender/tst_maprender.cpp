#include "map/mapprojection.h"
#include "map/mapscene.h"
#include "map/mapstyle.h"
#include "map/mapview.h"
#include "map/tilelayeritem.h"
#include "map/tilesource.h"
#include "map/townlabelsitem.h"

#include <QDir>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <cmath>

// The map drawn against stored reference images, with a tolerance for font
// and anti-aliasing differences between machines. A made-up operation (not
// the simulator's, which may change) around Utrecht and Amersfoort.
//
// To accept new looks: VOORZET_UPDATE_MAP_REFERENCES=1 rewrites the PNGs in
// tests/widgets/maprender/reference/ from this machine's rendering.
class TestMapRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
    void comparisonSeesAChange();
    void provinceNamesAtCountryZoomOnly();
    void settledZoomKeepsSmoothTiles();

private:
    struct Diff
    {
        double differingShare = 0; // pixels off by more than the channel tolerance
        int maxChannelDelta = 0;
    };
    static Diff compare(const QImage &a, const QImage &b, int channelTolerance);
    static void fillScene(MapScene &scene);
    static QImage render(MapScene &scene, double zoom, const QPointF &centreLonLat);
    static QString referencePath(const QString &name);
};

namespace {

Stop makeStop(const QString &route, int seq, double lon, double lat, Domain::StopState state)
{
    Stop s;
    s.id = QStringLiteral("%1-S%2").arg(route).arg(seq);
    s.routeId = route;
    s.seq = seq;
    s.customer.name = QStringLiteral("Klant %1").arg(seq);
    s.customer.city = QStringLiteral("Utrecht");
    s.customer.lon = lon;
    s.customer.lat = lat;
    s.state = state;
    return s;
}

} // namespace

void TestMapRender::initTestCase()
{
    QVERIFY(QDir(QStringLiteral(VOORZET_RENDER_REFERENCE_DIR)).exists());
}

QString TestMapRender::referencePath(const QString &name)
{
    return QStringLiteral(VOORZET_RENDER_REFERENCE_DIR "/%1.png").arg(name);
}

void TestMapRender::fillScene(MapScene &scene)
{
    Hub hub{QStringLiteral("H1"), QStringLiteral("Hub Nieuwegein"), 52.03, 5.09};
    scene.setHubs({hub});
    using S = Domain::StopState;
    using R = Domain::RouteState;
    struct Spec
    {
        QString id;
        R state;
        double lon, lat; // centre of its stops
        QPointF van;
        double heading;
    };
    const QVector<Spec> specs{
        {QStringLiteral("R-1"), R::Driving, 5.12, 52.09, QPointF(5.115, 52.085), 45},
        {QStringLiteral("R-2"), R::AtStop, 5.38, 52.15, QPointF(5.37, 52.155), -1},
        {QStringLiteral("R-3"), R::Breakdown, 5.25, 52.02, QPointF(5.24, 52.03), 200},
        {QStringLiteral("R-4"), R::OnBreak, 5.0, 52.12, QPointF(5.01, 52.11), 300},
    };
    for (int r = 0; r < specs.size(); ++r) {
        const Spec &spec = specs[r];
        Route route;
        route.id = spec.id;
        route.date = QStringLiteral("2026-11-23");
        route.hub = hub;
        route.vehicleId = QStringLiteral("V-%1").arg(r + 1);
        route.plate = QStringLiteral("VX-%1%1-B").arg(r + 1);
        route.startedAt = 1;
        QVector<Stop> stops;
        const S states[8] = {S::Done,    S::Done,    S::Failed, S::Arrived,
                             S::Planned, S::Planned, S::Moved,  S::Planned};
        for (int i = 0; i < 8; ++i) {
            const double a = i * 0.785 + r;
            stops.append(makeStop(spec.id, i + 1, spec.lon + 0.03 * std::cos(a),
                                  spec.lat + 0.018 * std::sin(a), states[i]));
        }
        RouteStatus status;
        status.state = spec.state;
        status.nextStopId = stops[4].id;
        status.nextStopIndex = 4;
        scene.setRoute(route, stops, status);
        scene.setTrail(route.vehicleId,
                       {QPointF(hub.lon, hub.lat),
                        stops[0].customer.lon == 0
                            ? QPointF()
                            : QPointF(stops[0].customer.lon, stops[0].customer.lat),
                        QPointF(stops[3].customer.lon, stops[3].customer.lat), spec.van});
        scene.moveVan(route.vehicleId, spec.van.x(), spec.van.y(), spec.heading);
    }
}

QImage TestMapRender::render(MapScene &scene, double zoom, const QPointF &centreLonLat)
{
    MapView view(&scene);
    view.resize(640, 420);
    view.setAttribution(QStringLiteral("Basemap: Natural Earth, GeoNames"));
    view.setZoom(zoom);
    view.setCentreLonLat(centreLonLat.x(), centreLonLat.y());
    view.show();
    scene.refreshNow();
    // Let the tile workers finish what the view asked for.
    QImage image;
    for (int i = 0; i < 60; ++i) {
        image = view.grab().toImage();
        QTest::qWait(40);
        scene.refreshNow();
    }
    // Settled: the tiles are drawn smooth, a few of them more in each paint.
    scene.setInteractive(false);
    for (int i = 0; i < 8; ++i) {
        view.grab();
        QTest::qWait(20);
    }
    image = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    return image;
}

TestMapRender::Diff TestMapRender::compare(const QImage &a, const QImage &b, int channelTolerance)
{
    Diff diff;
    if (a.size() != b.size()) {
        diff.differingShare = 1;
        diff.maxChannelDelta = 255;
        return diff;
    }
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *ra = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *rb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::max({std::abs(qRed(ra[x]) - qRed(rb[x])),
                                    std::abs(qGreen(ra[x]) - qGreen(rb[x])),
                                    std::abs(qBlue(ra[x]) - qBlue(rb[x]))});
            diff.maxChannelDelta = std::max(diff.maxChannelDelta, d);
            if (d > channelTolerance)
                ++differing;
        }
    }
    diff.differingShare = double(differing) / (a.width() * a.height());
    return diff;
}

void TestMapRender::matchesReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPointF>("centre");
    QTest::addColumn<QString>("selected");
    QTest::addColumn<int>("layers");
    QTest::newRow("country") << QStringLiteral("country") << 7.5 << QPointF(5.3, 52.2) << QString()
                             << int(MapScene::AllLayers);
    QTest::newRow("region") << QStringLiteral("region") << 10.5 << QPointF(5.2, 52.08) << QString()
                            << int(MapScene::AllLayers);
    QTest::newRow("route selected")
        << QStringLiteral("route-selected") << 12.5 << QPointF(5.12, 52.08) << QStringLiteral("R-1")
        << int(MapScene::AllLayers);
    QTest::newRow("street level") << QStringLiteral("street") << 14.5 << QPointF(5.12, 52.09)
                                  << QStringLiteral("R-1") << int(MapScene::AllLayers);
    QTest::newRow("basemap only") << QStringLiteral("basemap") << 9.0 << QPointF(5.0, 52.3)
                                  << QString() << 0;
}

void TestMapRender::matchesReference()
{
    QFETCH(QString, name);
    QFETCH(double, zoom);
    QFETCH(QPointF, centre);
    QFETCH(QString, selected);
    QFETCH(int, layers);
    MapScene scene;
    fillScene(scene);
    scene.setLayers(MapScene::Layers(layers));
    scene.setSelectedRoute(selected);
    const QImage image = render(scene, zoom, centre);
    const QString path = referencePath(name);
    if (qEnvironmentVariableIsSet("VOORZET_UPDATE_MAP_REFERENCES")) {
        QVERIFY(image.save(path));
        QSKIP("reference image written");
    }
    const QImage reference(path);
    QVERIFY2(!reference.isNull(), qPrintable(QStringLiteral("no reference image %1; run with "
                                                            "VOORZET_UPDATE_MAP_REFERENCES=1")
                                                 .arg(path)));
    const Diff diff = compare(image, reference.convertToFormat(QImage::Format_RGB32), 40);
    if (diff.differingShare > 0.02) {
        const QString failed =
            QDir::temp().filePath(QStringLiteral("tst_maprender-%1.png").arg(name));
        image.save(failed);
        QFAIL(qPrintable(QStringLiteral("%1% of the pixels differ from %2 (rendered: %3)")
                             .arg(diff.differingShare * 100, 0, 'f', 2)
                             .arg(path, failed)));
    }
}

void TestMapRender::comparisonSeesAChange()
{
    // The tolerance forgives anti-aliasing, not content: a van in another
    // place and another state makes the image differ.
    MapScene scene;
    fillScene(scene);
    const QImage before = render(scene, 12.5, QPointF(5.12, 52.08));
    scene.moveVan(QStringLiteral("V-1"), 5.15, 52.06, 90);
    scene.setLayers(MapScene::Layers(MapScene::AllLayers & ~MapScene::StopsLayer));
    const QImage after = render(scene, 12.5, QPointF(5.12, 52.08));
    const Diff diff = compare(before, after, 40);
    QVERIFY2(diff.differingShare > 0.003, qPrintable(QString::number(diff.differingShare)));
    QCOMPARE(compare(before, before, 0).differingShare, 0.0);
}

void TestMapRender::provinceNamesAtCountryZoomOnly()
{
    MapScene scene;
    fillScene(scene);
    TownLabelsItem *labels = scene.townLabels();
    QVERIFY(labels);
    // The country view names most provinces; towns keep their names.
    const QStringList atEight = labels->placedProvinceNames(8.0);
    QVERIFY2(atEight.size() >= 6, qPrintable(atEight.join(u',')));
    QVERIFY(atEight.contains(QStringLiteral("Friesland")));
    QVERIFY(labels->placedNames(8.0).contains(QStringLiteral("Amsterdam")));
    QVERIFY(!labels->placedNames(8.0).contains(QStringLiteral("Friesland")));
    // Farther out the country is too small for them, closer in the towns take over.
    QVERIFY(labels->placedProvinceNames(MapStyle::ProvinceLabelMinZoom - 0.5).isEmpty());
    QVERIFY(labels->placedProvinceNames(MapStyle::ProvinceLabelMaxZoom).isEmpty());
    QVERIFY(labels->placedProvinceNames(11.0).isEmpty());
}

namespace {

// A tile that shows where it is: a colour per tile, a ring and a diagonal.
QImage patternTile(const TileKey &key, const QColor &base)
{
    QImage image(MapProjection::TileSize, MapProjection::TileSize, QImage::Format_RGB32);
    image.fill(base.lighter(100 + 15 * ((key.x + key.y) % 3)));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::darkBlue, 9));
    p.drawEllipse(QPointF(128, 128), 80, 80);
    p.setPen(QPen(Qt::darkRed, 5));
    p.drawLine(QPointF(10, 10), QPointF(246, 246));
    return image;
}

} // namespace

void TestMapRender::settledZoomKeepsSmoothTiles()
{
    // At a zoom between tile levels the settled view keeps its tiles scaled:
    // drawn as smooth as scaling each tile in each paint, and following new
    // versions of the tiles.
    QGraphicsScene scene;
    scene.setSceneRect(MapProjection::worldSceneRect());
    RenderedTileSource source(MapProjection::worldSceneRect());
    QColor base(0xd8, 0xe8, 0xc8);
    source.setRenderer([&base](const TileKey &key) { return patternTile(key, base); });
    auto *layer = new TileLayerItem(&source);
    scene.addItem(layer);
    QGraphicsView view(&scene);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setFrameShape(QFrame::NoFrame);
    view.resize(500, 340);
    const double zoom = 12.3;
    const double scale = 1 / MapProjection::resolution(zoom);
    view.setTransform(QTransform::fromScale(scale, scale));
    view.centerOn(MapProjection::toScene(5.12, 52.09));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The tiles in view, and what scaling each of them smoothly in place draws.
    const int z = layer->tileZoomFor(zoom);
    const QTransform toDevice = view.viewportTransform();
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    const double side = MapProjection::resolution(z) * MapProjection::TileSize;
    const double origin = -MapProjection::HalfCircumference;
    QVector<TileKey> inView;
    for (int y = int(std::floor((visible.top() - origin) / side));
         y <= int(std::floor((visible.bottom() - origin) / side)); ++y) {
        for (int x = int(std::floor((visible.left() - origin) / side));
             x <= int(std::floor((visible.right() - origin) / side)); ++x)
            inView.append(TileKey{z, x, y});
    }
    auto expected = [&](bool smooth = true) {
        QImage image(view.viewport()->size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
        for (const TileKey &key : inView) {
            const QRectF r = toDevice.mapRect(MapProjection::tileSceneRect(key.x, key.y, key.z));
            const QRect target(
                QPoint(int(std::lround(r.left())), int(std::lround(r.top()))),
                QPoint(int(std::lround(r.right())) - 1, int(std::lround(r.bottom())) - 1));
            p.drawImage(QRectF(target), patternTile(key, base));
        }
        return image;
    };
    auto settle = [&] {
        QImage shot;
        for (int i = 0; i < 60; ++i) {
            shot = view.viewport()->grab().toImage();
            QTest::qWait(20);
            if (i > 10 && source.pending() == 0)
                break;
        }
        for (int i = 0; i < 8; ++i) {
            view.viewport()->grab();
            QTest::qWait(20);
        }
        return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };

    const QImage first = settle();
    QCOMPARE(layer->scaledTiles(), int(inView.size()));
    // The same pixels as smooth scaling in place (fast scaling is told apart).
    Diff diff = compare(first, expected(), 2);
    QVERIFY2(diff.differingShare < 0.001, qPrintable(QString::number(diff.differingShare)));
    QVERIFY(compare(first, expected(false), 2).differingShare > 0.01);
    // Painting again uses the kept tiles and draws the same.
    QCOMPARE(compare(settle(), first, 0).differingShare, 0.0);
    QCOMPARE(layer->scaledTiles(), int(inView.size()));

    // New tiles (the route network after a change): the kept scaled ones follow.
    base = QColor(0xf0, 0xc8, 0xc8);
    source.setRenderer([&base](const TileKey &key) { return patternTile(key, base); });
    const QImage recoloured = settle();
    diff = compare(recoloured, expected(), 2);
    QVERIFY2(diff.differingShare < 0.001, qPrintable(QString::number(diff.differingShare)));
    QVERIFY(compare(recoloured, first, 10).differingShare > 0.5);
}

QTEST_MAIN(TestMapRender)
#include "tst_maprender.moc"
