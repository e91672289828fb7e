// The main window, offscreen: it follows a feed, the crews board and the
// stops table update row by row without losing the selection, the filters
// work, the demo runs with its speed controls, and the language switches.
#include "common/preferences.h"
#include "core/clock.h"
#include "core/timeformat.h"
#include "feed/livefeed.h"
#include "gui/guiapp.h"
#include "itemmodels/routeboardfilter.h"
#include "itemmodels/routeboardmodel.h"
#include "itemmodels/routestopsmodel.h"
#include "live/crewsboard.h"
#include "live/liveworkspace.h"
#include "live/stopstable.h"
#include "gui/mainwindow.h"
#include "gui/session.h"
#include "simulator/daysimulator.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void followsAFeedRowByRow();
    void filtersTheBoard();
    void demoRunsWithSpeedControls();
    void remembersTheLayout();
    void switchesLanguage();

private:
    // Writes a simulated day of `vans` for today to a file and opens a session
    // that follows it.
    void openFollowing(int vans);
    MainWindow *window() const { return m_window.get(); }

    QTemporaryDir m_dir;
    QString m_feedPath;
    QVector<FeedLine> m_day;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VoorzetTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    m_window.reset();
    m_session.reset();
    QSettings().clear();
}

void TestMainWindow::openFollowing(int vans)
{
    SimulationParams params;
    params.date = QDateTime::currentDateTime().toTimeZone(TimeFormat::companyZone()).date();
    params.seed = 11;
    params.vans = vans;
    params.hubs = 2;
    m_day = DaySimulator::generate(params);
    QVERIFY(!m_day.isEmpty());
    m_feedPath = m_dir.filePath(QStringLiteral("feed-%1.jsonl").arg(QTest::currentTestFunction()));
    QFile file(m_feedPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const FeedLine &line : std::as_const(m_day))
        file.write(line.json + '\n');
    file.close();

    SessionOptions options;
    options.database = DatabaseConfig::sqlite(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
    options.feed = m_feedPath;
    m_session = std::make_unique<Session>(options);
    m_session->open();
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::followsAFeedRowByRow()
{
    openFollowing(4);
    LiveWorkspace *live = window()->liveWorkspace();
    RouteBoardModel *board = live->boardModel();
    QTRY_COMPARE_WITH_TIMEOUT(board->rowCount(), 4, 20000);
    // Wait for the whole file to be applied.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->feed()->total().lines >= m_day.size(), 20000);

    // The first route is selected as soon as the plan arrives.
    QVERIFY(!live->board()->currentRouteId().isEmpty());

    // Choose the third row of the (sorted) board.
    QTableView *boardView = live->board()->view();
    const QModelIndex third = boardView->model()->index(2, RouteBoardModel::CrewCol);
    boardView->selectionModel()->setCurrentIndex(
        third, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString routeId = third.data(RouteBoardModel::RouteIdRole).toString();
    const QString vehicleId = third.data(RouteBoardModel::VehicleIdRole).toString();
    QCOMPARE(live->stopsModel()->routeId(), routeId);
    QVERIFY(live->stopsModel()->rowCount() >= 8);
    QTableView *stopsView = live->stops()->view();
    stopsView->selectionModel()->setCurrentIndex(
        stopsView->model()->index(3, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString stopId = live->stopsModel()->stop(3)->id;

    // A new position for that van moves it and changes at most that row (the
    // board announces only what it shows differently), and nothing resets.
    QSignalSpy changed(board, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(board, &QAbstractItemModel::modelReset);
    QSignalSpy stopsReset(live->stopsModel(), &QAbstractItemModel::modelReset);
    const qint64 ts = m_day.constLast().tsMs + 60000;
    QJsonObject position{{QStringLiteral("v"), 1},
                         {QStringLiteral("id"), QStringLiteral("gui-test-position-1")},
                         {QStringLiteral("type"), QStringLiteral("vehicle.position")},
                         {QStringLiteral("ts"), TimeFormat::toRfc3339(ts)},
                         {QStringLiteral("vehicle"), vehicleId},
                         {QStringLiteral("lat"), 52.09},
                         {QStringLiteral("lon"), 5.12}};
    QFile file(m_feedPath);
    QVERIFY(file.open(QIODevice::Append));
    file.write(QJsonDocument(position).toJson(QJsonDocument::Compact) + '\n');
    file.close();
    QTRY_VERIFY_WITH_TIMEOUT(board->vehicle(vehicleId) &&
                                 qAbs(board->vehicle(vehicleId)->lat - 52.09) < 1e-9 &&
                                 qAbs(board->vehicle(vehicleId)->lon - 5.12) < 1e-9,
                             10000);
    const int row = board->rowOfRoute(routeId);
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toModelIndex().row(), row);
        QCOMPARE(args.at(1).toModelIndex().row(), row);
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(stopsReset.count(), 0);
    QCOMPARE(live->board()->currentRouteId(), routeId);
    QCOMPARE(stopsView->selectionModel()->currentIndex().row(), 3);
    QCOMPARE(live->stopsModel()->stop(3)->id, stopId);

    // The status bar names the feed's state and the rate.
    const QList<QLabel *> labels = window()->statusBar()->findChildren<QLabel *>();
    QStringList texts;
    for (QLabel *label : labels)
        texts << label->text();
    QVERIFY2(texts.join(u'|').contains(QLatin1String("events/s")), qPrintable(texts.join(u'|')));
}

void TestMainWindow::filtersTheBoard()
{
    openFollowing(6);
    LiveWorkspace *live = window()->liveWorkspace();
    QTRY_COMPARE_WITH_TIMEOUT(live->boardModel()->rowCount(), 6, 20000);
    const Route *route = live->boardModel()->route(4);
    QVERIFY(route);
    auto *search = live->board()->findChild<QLineEdit *>();
    QVERIFY(search);
    QTest::keyClicks(search, route->plate);
    QCOMPARE(live->board()->filter()->rowCount(), 1);
    QCOMPARE(live->board()->filter()->index(0, 0).data(RouteBoardModel::RouteIdRole).toString(),
             route->id);
    search->clear();
    QCOMPARE(live->board()->filter()->rowCount(), 6);
}

void TestMainWindow::demoRunsWithSpeedControls()
{
    SessionOptions options;
    options.demo = true;
    options.database = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("demo.sqlite")));
    options.simulation.date = QDate(2026, 11, 24);
    options.simulation.seed = 3;
    options.simulation.vans = 5;
    options.simulation.hubs = 2;
    options.start = QTime(10, 30);
    options.speed = 10;
    m_session = std::make_unique<Session>(options);
    m_session->open();
    Clock *clock = m_session->clock();
    QCOMPARE(clock->mode(), Clock::Mode::Simulated);
    QCOMPARE(clock->now().toTimeZone(TimeFormat::companyZone()).date(), QDate(2026, 11, 24));
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    LiveWorkspace *live = window()->liveWorkspace();
    QTRY_COMPARE_WITH_TIMEOUT(live->boardModel()->rowCount(), 5, 20000);
    QCOMPARE(live->shownDay(), QStringLiteral("2026-11-24"));
    // By half past ten every van has left its hub.
    QTRY_VERIFY_WITH_TIMEOUT(live->boardModel()->route(0)->startedAt > 0, 20000);

    QAction *pause = nullptr;
    QAction *sixty = nullptr;
    for (QAction *action : window()->findChildren<QAction *>()) {
        if (action->isCheckable() && action->data().toDouble() == 60)
            sixty = action;
        if (action->isCheckable() && action->shortcut() == QKeySequence(Qt::Key_F6))
            pause = action;
    }
    QVERIFY(pause && sixty);
    sixty->trigger();
    QCOMPARE(clock->speed(), 60.0);
    pause->trigger();
    QVERIFY(clock->isPaused());
    const qint64 paused = clock->nowMs();
    QTest::qWait(200);
    QCOMPARE(clock->nowMs(), paused);
    pause->trigger();
    QVERIFY(!clock->isPaused());
    QTRY_VERIFY(clock->nowMs() > paused);
}

void TestMainWindow::remembersTheLayout()
{
    openFollowing(2);
    window()->resize(1111, 777);
    window()->close();
    m_window.reset();
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    m_window = std::make_unique<MainWindow>(*m_session);
    QCOMPARE(m_window->size(), QSize(1111, 777));
}

void TestMainWindow::switchesLanguage()
{
    openFollowing(2);
    GuiApp app;
    app.installTranslations(QStringLiteral("nl"));
    MainWindow dutch(*m_session);
    QCOMPARE(dutch.menuBar()->actions().constFirst()->text(), QStringLiteral("&Bestand"));
    QCOMPARE(dutch.liveWorkspace()->boardModel()->headerData(RouteBoardModel::VanCol,
                                                              Qt::Horizontal),
             QVariant(QStringLiteral("Bus")));
    app.installTranslations(QStringLiteral("en"));
    MainWindow english(*m_session);
    QCOMPARE(english.menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
