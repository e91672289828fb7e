// Drawing an incident's area on the map, offscreen: clicks add corners,
// a drag still pans without adding one, Backspace takes one back, Enter or a
// double-click closes the area, Escape cancels; the area drawn over
// Amsterdam makes an incident for the customers inside it.
#include "noticefixture.h"

#include "core/clock.h"
#include "map/areatool.h"
#include "map/mapprojection.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "notices/incidentdialog.h"

#include <QGraphicsPathItem>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

class TestAreaTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clicksMakeCornersAndEnterCloses();
    void doubleClickCloses();
    void dragPansWithoutACorner();
    void escapeCancels();
    void areaBecomesTheIncidentsScope();
    void closingWhileDrawing();

private:
    QPoint at(double lon, double lat) const
    {
        return m_view->mapFromScene(MapProjection::toScene(lon, lat));
    }
    void click(const QPoint &pos)
    {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, pos);
    }
    void useAreaTool()
    {
        m_view->setTool(std::make_unique<AreaTool>(
            m_view.get(), [this](const QVector<QPointF> &area) { m_area = area; },
            [this] { m_cancelled = true; }));
    }
    AreaTool *tool() const { return static_cast<AreaTool *>(m_view->tool()); }
    int outlines() const
    {
        int n = 0;
        for (QGraphicsItem *item : m_scene->items())
            n += qgraphicsitem_cast<QGraphicsPathItem *>(item) &&
                 !static_cast<QGraphicsPathItem *>(item)->path().isEmpty();
        return n;
    }

    std::unique_ptr<MapScene> m_scene;
    std::unique_ptr<MapView> m_view;
    std::optional<QVector<QPointF>> m_area;
    bool m_cancelled = false;
};

void TestAreaTool::init()
{
    m_scene = std::make_unique<MapScene>();
    m_view = std::make_unique<MapView>(m_scene.get());
    m_view->resize(800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setZoom(10);
    m_view->setCentreLonLat(4.9, 52.37);
    m_area.reset();
    m_cancelled = false;
}

void TestAreaTool::cleanup()
{
    m_view.reset();
    m_scene.reset();
}

void TestAreaTool::clicksMakeCornersAndEnterCloses()
{
    useAreaTool();
    const QList<QPoint> corners = {at(4.8, 52.3), at(5.0, 52.3), at(5.0, 52.45), at(4.9, 52.5)};
    for (const QPoint &p : corners)
        click(p);
    QCOMPARE(tool()->corners().size(), 4);
    QCOMPARE(outlines(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Backspace); // the last corner was a mistake
    QCOMPARE(tool()->corners().size(), 3);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QTRY_VERIFY(m_area.has_value());
    QCOMPARE(m_area->size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QPointF expected = MapProjection::toLonLat(m_view->mapToScene(corners.at(i)));
        QCOMPARE(m_area->at(i), expected);
        // Within a pixel of where the dispatcher clicked.
        QVERIFY(std::abs(m_area->at(i).x() - (i == 0 ? 4.8 : 5.0)) < 0.01);
    }
    QVERIFY(!m_cancelled);
}

void TestAreaTool::doubleClickCloses()
{
    useAreaTool();
    click(at(4.8, 52.3));
    click(at(5.0, 52.3));
    // Two corners are not an area: Enter keeps drawing.
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QTest::qWait(20);
    QVERIFY(!m_area.has_value());
    // A double-click is a press, a release and a double-click at one place: one corner.
    const QPoint last = at(4.9, 52.45);
    click(last);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, last);
    QTRY_VERIFY(m_area.has_value());
    QCOMPARE(m_area->size(), 3);
}

void TestAreaTool::dragPansWithoutACorner()
{
    useAreaTool();
    click(at(4.8, 52.3));
    const QPointF centre = m_view->centre();
    const QPoint from(400, 300);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(m_view->viewport(), from + QPoint(8 * i, 0));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, from + QPoint(80, 0));
    QVERIFY(m_view->centre() != centre);
    QCOMPARE(tool()->corners().size(), 1);
}

void TestAreaTool::escapeCancels()
{
    useAreaTool();
    click(at(4.8, 52.3));
    click(at(5.0, 52.3));
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QTRY_VERIFY(m_cancelled);
    QVERIFY(!m_area.has_value());
    // The tool's outline leaves the map with the tool.
    m_view->setTool(std::make_unique<SelectTool>(m_view.get()));
    QCOMPARE(outlines(), 0);
}

void TestAreaTool::areaBecomesTheIncidentsScope()
{
    useAreaTool();
    for (const QPoint &p : {at(4.8, 52.3), at(5.0, 52.3), at(5.0, 52.45), at(4.8, 52.45)})
        click(p);
    QTest::keyClick(m_view.get(), Qt::Key_Enter);
    QTRY_VERIFY(m_area.has_value());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(DatabaseConfig::sqlite(dir.filePath(QStringLiteral("area.sqlite"))));
    NoticeFixture::fill(db);
    std::unique_ptr<Clock> clock(
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(NoticeFixture::msAt(1, 7), Qt::UTC)));
    IncidentDialog dialog(db, clock.get());
    Notices::IncidentScope scope;
    scope.area = *m_area;
    dialog.setScope(scope);
    auto *table = dialog.findChild<QTableWidget *>();
    QCOMPARE(table->rowCount(), 2); // S6 and S7, the two customers in Amsterdam
    QStringList stops = {table->item(0, 0)->text(), table->item(1, 0)->text()};
    stops.sort();
    QCOMPARE(stops, (QStringList{QStringLiteral("S6"), QStringLiteral("S7")}));
    QCOMPARE(dialog.incident().scope.area, *m_area);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("incidentArea"))
                ->text()
                .startsWith(QLatin1String("4 ")));
    // Cleared, the area no longer selects anyone.
    dialog.findChild<QPushButton *>(QStringLiteral("clearArea"))->click();
    QVERIFY(dialog.incident().scope.area.isEmpty());
    QCOMPARE(table->rowCount(), 0);
}

void TestAreaTool::closingWhileDrawing()
{
    // The window closes mid-drawing: the scene may go before the view and its tool.
    useAreaTool();
    click(at(4.8, 52.3));
    click(at(5.0, 52.3));
    QCOMPARE(outlines(), 1);
    m_scene.reset();
    QVERIFY(!m_view->scene());
    m_view.reset();
}

QTEST_MAIN(TestAreaTool)
#include "tst_areatool.moc"
