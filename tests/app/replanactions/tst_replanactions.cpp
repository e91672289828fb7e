// Re-planning in the main window, offscreen: a change on the undo stack is
// undone and redone through the window's Edit actions and the board and the
// stops table follow; the stops table takes several stops at once; the
// context menus, an alert's remedy and a drop of stops onto another route of
// the crews board open the re-planning dialogs (accepted or cancelled from a
// timer, as a dispatcher would).

#include "core/timeformat.h"
#include "feed/livefeed.h"
#include "feedlines.h"
#include "gui/mainwindow.h"
#include "gui/replanactions.h"
#include "gui/session.h"
#include "itemmodels/routeboardmodel.h"
#include "itemmodels/routestopsmodel.h"
#include "live/crewsboard.h"
#include "live/liveworkspace.h"
#include "live/stopstable.h"
#include "alerts/alertspanel.h"
#include "map/mappanel.h"
#include "notices/incidentdialog.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/replanpreviewitem.h"
#include "map/stopitem.h"
#include "map/vanitem.h"
#include "replan/changeset.h"
#include "itemmodels/requestedvisitsmodel.h"
#include "replan/requestedvisitsview.h"
#include "replan/rescheduledialog.h"
#include "storage/operationstore.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsItem>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>
#include <memory>

using namespace FeedLines;

namespace {

const QString RA = QStringLiteral("R-A");
const QString RB = QStringLiteral("R-B");

// Today in the company's zone: the board shows today's routes.
QString today()
{
    return QDateTime::currentDateTime()
        .toTimeZone(TimeFormat::companyZone())
        .date()
        .toString(Qt::ISODate);
}

RouteSpec route(const QString &id, const QString &vehicle, const QStringList &stops)
{
    RouteSpec r;
    r.id = id;
    r.vehicleId = vehicle;
    r.date = today();
    for (int i = 0; i < stops.size(); ++i)
        r.stops.append(StopSpec(stops.at(i), i + 1, QTime(9 + i, 0)));
    return r;
}

QAction *findAction(QWidget *window, const QString &objectName)
{
    return window->findChild<QAction *>(objectName);
}

// Runs `step` on the first visible top-level dialog once one shows up (the
// dialog's exec() blocks the test until then); gives up after two seconds.
void whenDialogShows(std::function<void(QDialog *)> step, QString *seenClass, int tries = 40)
{
    QTimer::singleShot(50, qApp, [step, seenClass, tries] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QDialog *>(w);
            if (dialog && dialog->isVisible()) {
                *seenClass = QString::fromLatin1(dialog->metaObject()->className());
                step(dialog);
                return;
            }
        }
        if (tries > 0)
            whenDialogShows(step, seenClass, tries - 1); // not yet: look again
    });
}

} // namespace

class TestReplanActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void undoAndRedoThroughTheEditMenu();
    void aRefusedChangeLeavesNothingToUndo();
    void stopsTableTakesSeveralStops();
    void contextMenuOpensTheRescheduleDialog();
    void alertRemedyOpensTheRescueDialog();
    void alertNotifyOpensTheIncidentDialog();
    void returnVisitsToPlanAreListed();
    void mapContextMenuOnAStop();
    void droppingStopsOnARouteOpensTheMoveDialog();
    void droppingStopsOnAVanOfTheMap();

private:
    QString routeOf(const QString &stopId);

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestReplanActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VoorzetTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_replanactions"));
    QVERIFY(m_dir.isValid());
}

void TestReplanActions::init()
{
    QSettings().clear();
    const QString feed =
        m_dir.filePath(QStringLiteral("feed-%1.jsonl").arg(QTest::currentTestFunction()));
    QFile file(feed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(plan(at(6, 0, 0, today()),
                    route(RA, QStringLiteral("V-A"),
                          {QStringLiteral("S-1"), QStringLiteral("S-2"), QStringLiteral("S-3")})) +
               '\n');
    file.write(plan(at(6, 0, 0, today()), route(RB, QStringLiteral("V-B"),
                                                {QStringLiteral("S-21"), QStringLiteral("S-22")})) +
               '\n');
    // R-B's van reports from Amsterdam.
    file.write(position(at(8, 0, 0, today()), QStringLiteral("V-B"), 52.37, 4.90) + '\n');
    file.close();
    SessionOptions options;
    options.database = DatabaseConfig::sqlite(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
    options.feed = feed;
    m_session = std::make_unique<Session>(options);
    m_session->open();
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->liveWorkspace()->boardModel()->rowCount(), 2, 20000);
    m_window->liveWorkspace()->showStop(RA);
    QTRY_COMPARE(m_window->liveWorkspace()->stopsModel()->rowCount(), 3);
}

void TestReplanActions::cleanup()
{
    m_window.reset();
    m_session.reset();
}

QString TestReplanActions::routeOf(const QString &stopId)
{
    const QVector<Stop> stops = m_session->store().stopsByIds({stopId});
    return stops.isEmpty() ? QString() : stops.first().routeId;
}

void TestReplanActions::undoAndRedoThroughTheEditMenu()
{
    ReplanActions *replan = m_window->replanActions();
    QAction *undo = findAction(m_window.get(), QStringLiteral("undoAction"));
    QAction *redo = findAction(m_window.get(), QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());
    // The actions are in the Edit menu with the usual keys.
    QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(redo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    bool inMenu = false;
    for (QAction *menu : m_window->menuBar()->actions())
        inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(undo));
    QVERIFY(inMenu);

    Replan::ChangeSet move;
    move.kind = Replan::ChangeSet::Kind::MoveToday;
    move.reason = Replan::Reason::CustomerRequest;
    move.orders = {
        {RA, {QStringLiteral("S-1"), QStringLiteral("S-2")}, {1, 2}},
        {RB, {QStringLiteral("S-21"), QStringLiteral("S-3"), QStringLiteral("S-22")}, {1, 2, 3}}};
    RouteStopsModel *stops = m_window->liveWorkspace()->stopsModel();
    QVERIFY(replan->commit(move));
    QCOMPARE(routeOf(QStringLiteral("S-3")), RB);
    QCOMPARE(stops->rowCount(), 2); // the table of R-A followed
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(move.summary()));

    for (int round = 0; round < 2; ++round) {
        undo->trigger();
        QCOMPARE(routeOf(QStringLiteral("S-3")), RA);
        QCOMPARE(stops->rowCount(), 3);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(routeOf(QStringLiteral("S-3")), RB);
        QCOMPARE(stops->rowCount(), 2);
    }
    QCOMPARE(replan->undoStack()->count(), 1);
    // The dispatcher's name from the settings is in the audit log.
    QSqlQuery q(m_session->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'replan.%'"
                                  " AND actor <> ''")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() >= 5);
}

void TestReplanActions::aRefusedChangeLeavesNothingToUndo()
{
    Replan::ChangeSet bad;
    bad.kind = Replan::ChangeSet::Kind::MoveToday;
    bad.orders = {{QStringLiteral("R-NONE"), {QStringLiteral("S-1")}, {1}}};
    QString seen; // the warning that the change was refused
    whenDialogShows([](QDialog *d) { d->reject(); }, &seen);
    QVERIFY(!m_window->replanActions()->commit(bad));
    QCOMPARE(seen, QStringLiteral("QMessageBox"));
    QCOMPARE(m_window->replanActions()->undoStack()->count(), 0);
    QCOMPARE(routeOf(QStringLiteral("S-1")), RA);
}

void TestReplanActions::stopsTableTakesSeveralStops()
{
    QTableView *view = m_window->liveWorkspace()->stops()->view();
    QCOMPARE(view->selectionMode(), QAbstractItemView::ExtendedSelection);
    view->selectAll();
    QAction *reschedule = findAction(m_window.get(), QStringLiteral("rescheduleAction"));
    QVERIFY(reschedule && reschedule->isEnabled());
    // The rows drag as a list of stop ids.
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 3);
    std::unique_ptr<QMimeData> data(view->model()->mimeData(rows));
    QVERIFY(data);
    QCOMPARE(QString::fromUtf8(data->data(RouteStopsModel::StopIdsMimeType))
                 .split(QLatin1Char('\n'))
                 .size(),
             3);
}

void TestReplanActions::contextMenuOpensTheRescheduleDialog()
{
    QTableView *view = m_window->liveWorkspace()->stops()->view();
    m_window->liveWorkspace()->stops()->selectStop(QStringLiteral("S-2"));
    const QPoint pos =
        view->visualRect(view->model()->index(1, RouteStopsModel::CustomerCol)).center();
    QString menuSeen;
    QTimer::singleShot(50, qApp, [&menuSeen] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        menuSeen = menu->objectName();
        menu->actions().first()->trigger(); // "Reschedule…": opens once the menu is gone
        menu->close();
    });
    // The dispatcher picks tomorrow 10:00-12:00, customer not home, and confirms.
    QString seen;
    const QDate tomorrow = QDate::fromString(today(), Qt::ISODate).addDays(1);
    whenDialogShows(
        [tomorrow](QDialog *d) {
            auto *dialog = qobject_cast<RescheduleDialog *>(d);
            if (!dialog) {
                d->reject();
                return;
            }
            dialog->setReason(Replan::Reason::NotHome);
            dialog->setCustom(tomorrow, QTime(10, 0), QTime(12, 0));
            dialog->accept();
        },
        &seen);
    Q_EMIT view->customContextMenuRequested(pos);
    QCOMPARE(menuSeen, QStringLiteral("stopReplanMenu"));
    QTRY_COMPARE(seen, QStringLiteral("RescheduleDialog"));
    QTRY_COMPARE(m_window->replanActions()->undoStack()->count(), 1);
    const Stop moved = m_session->store().stopsByIds({QStringLiteral("S-2")}).first();
    QCOMPARE(moved.state, Domain::StopState::Moved);
    QCOMPARE(m_window->liveWorkspace()
                 ->stopsModel()
                 ->index(1, RouteStopsModel::StateCol)
                 .data()
                 .toString(),
             QStringLiteral("Moved: Customer not home"));
    // The map's tooltip of the stop says it too.
    MapScene *scene = m_window->liveWorkspace()->map()->scene();
    QTRY_VERIFY(scene->stop(QStringLiteral("S-2"))
                && scene->stop(QStringLiteral("S-2"))->state() == Domain::StopState::Moved);
    const QString tip = scene->toolTipFor(scene->stop(QStringLiteral("S-2")));
    QVERIFY2(tip.contains(QStringLiteral("not home"), Qt::CaseInsensitive), qPrintable(tip));
    m_window->replanActions()->undoAction()->trigger();
    QCOMPARE(m_session->store().stopsByIds({QStringLiteral("S-2")}).first().state,
             Domain::StopState::Planned);
}

void TestReplanActions::alertRemedyOpensTheRescueDialog()
{
    // While the rescue dialog is open, its proposal is drawn on the map.
    QString seen;
    int previews = 0;
    int previewRoutes = 0;
    MapScene *scene = m_window->liveWorkspace()->map()->scene();
    const auto countPreviews = [scene, &previews, &previewRoutes] {
        previews = 0;
        for (QGraphicsItem *i : scene->items()) {
            if (i->type() == ReplanPreviewItem::Type) {
                ++previews;
                previewRoutes = int(static_cast<ReplanPreviewItem *>(i)->routes().size() +
                                    static_cast<ReplanPreviewItem *>(i)->toAnotherDay().size());
            }
        }
    };
    whenDialogShows(
        [&](QDialog *d) {
            countPreviews();
            d->reject();
        },
        &seen);
    m_window->replanActions()->rescue(RA);
    QTRY_COMPARE(seen, QStringLiteral("RescueDialog"));
    QCOMPARE(previews, 1);
    QVERIFY(previewRoutes > 0); // R-A's stops go to R-B or another day
    countPreviews();
    QCOMPARE(previews, 0); // gone with the dialog
    QCOMPARE(m_window->replanActions()->undoStack()->count(), 0);
}

void TestReplanActions::alertNotifyOpensTheIncidentDialog()
{
    // A breakdown alert's "Notify customers…": an overmacht incident for the
    // route, of the kind breakdown, for the dispatcher to check and queue.
    QString seen;
    Notices::Incident shown;
    whenDialogShows(
        [&shown](QDialog *d) {
            if (auto *dialog = qobject_cast<IncidentDialog *>(d))
                shown = dialog->incident();
            d->reject();
        },
        &seen);
    Q_EMIT m_window->alertsPanel()->notifyRequested(AlertKind::Breakdown, RA, QString());
    QTRY_COMPARE(seen, QStringLiteral("IncidentDialog"));
    QCOMPARE(shown.kind, Notices::IncidentKind::Breakdown);
    QCOMPARE(shown.scope.routeIds, QStringList{RA});

    // A late stop's: that customer only, and what happened is the
    // dispatcher's to say (no kind is preselected).
    seen.clear();
    bool kindPreselected = true;
    whenDialogShows(
        [&shown, &kindPreselected](QDialog *d) {
            if (auto *dialog = qobject_cast<IncidentDialog *>(d)) {
                shown = dialog->incident();
                kindPreselected = dialog->hasKind();
            }
            d->reject();
        },
        &seen);
    Q_EMIT m_window->alertsPanel()->notifyRequested(AlertKind::LateStop, RA,
                                                    QStringLiteral("S-2"));
    QTRY_COMPARE(seen, QStringLiteral("IncidentDialog"));
    QCOMPARE(shown.scope.stopIds, QStringList{QStringLiteral("S-2")});
    QVERIFY(shown.scope.routeIds.isEmpty());
    QVERIFY(!kindPreselected);
}

void TestReplanActions::returnVisitsToPlanAreListed()
{
    QAction *action = findAction(m_window.get(), QStringLiteral("returnVisitsAction"));
    QVERIFY(action);
    QDockWidget *dock = m_window->replanActions()->returnVisitsDock();
    QVERIFY(!dock->isVisible());
    action->trigger();
    QTRY_VERIFY(dock->isVisible());
    auto *visits = qobject_cast<RequestedVisitsView *>(dock->widget());
    QVERIFY(visits);
    QCOMPARE(visits->view()->model()->rowCount(), 0);

    // S-3 goes to tomorrow, to be planned: the list shows it at once.
    const QString tomorrow =
        QDate::fromString(today(), Qt::ISODate).addDays(1).toString(Qt::ISODate);
    Replan::ChangeSet change;
    change.kind = Replan::ChangeSet::Kind::Reschedule;
    change.reason = Replan::Reason::CustomerRequest;
    change.reschedules = {{QStringLiteral("S-3"), tomorrow, QString(), 0,
                           msAt(10, 0, 0, tomorrow), msAt(12, 0, 0, tomorrow), 0}};
    QVERIFY(m_window->replanActions()->commit(change));
    QTRY_COMPARE(visits->view()->model()->rowCount(), 1);
    const QModelIndex first = visits->view()->model()->index(0, RequestedVisitsModel::FromStopCol);
    QCOMPARE(first.data().toString(), QStringLiteral("S-3"));

    // Export for the planning system.
    const QString csv = m_dir.filePath(QStringLiteral("return-visits.csv"));
    QVERIFY(visits->exportTo(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(",customer_request,"));

    // Showing the earlier stop selects it in the stops table.
    m_window->liveWorkspace()->showStop(RB);
    visits->view()->setCurrentIndex(first);
    Q_EMIT visits->view()->doubleClicked(first);
    QTRY_COMPARE(m_window->liveWorkspace()->stops()->currentStopId(), QStringLiteral("S-3"));

    // Undone: no visit waits any more.
    m_window->replanActions()->undoAction()->trigger();
    QTRY_COMPARE(visits->view()->model()->rowCount(), 0);
}

void TestReplanActions::mapContextMenuOnAStop()
{
    MapPanel *map = m_window->liveWorkspace()->map();
    StopItem *item = nullptr;
    QTRY_VERIFY([&] {
        for (QGraphicsItem *i : map->scene()->items()) {
            if (i->type() == StopItem::Type && i->isVisible() &&
                static_cast<StopItem *>(i)->routeId() == RA)
                item = static_cast<StopItem *>(i);
        }
        return item != nullptr;
    }());
    map->view()->centerOn(item);
    const QPoint pos = map->view()->mapFromScene(item->scenePos());
    QString menuSeen;
    QStringList entries;
    QTimer::singleShot(50, qApp, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            menuSeen = menu->objectName();
            for (QAction *a : menu->actions())
                entries.append(a->text());
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos,
                            map->view()->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(map->view()->viewport(), &event);
    QCOMPARE(menuSeen, QStringLiteral("stopReplanMenu"));
    QCOMPARE(entries.size(), 2);
    // The stop under the pointer (the test's stops share one address) is
    // the one selected in the stops table.
    const MapHit hit =
        map->scene()->pickAt(map->view()->mapToScene(pos), map->view()->viewportTransform());
    QVERIFY(hit && hit.item->type() == StopItem::Type);
    QCOMPARE(m_window->liveWorkspace()->stops()->currentStopId(),
             static_cast<StopItem *>(hit.item)->stopId());
}

void TestReplanActions::droppingStopsOnARouteOpensTheMoveDialog()
{
    QTableView *board = m_window->liveWorkspace()->board()->view();
    int rowB = -1;
    for (int r = 0; r < board->model()->rowCount(); ++r) {
        if (board->model()->index(r, 0).data(RouteBoardModel::RouteIdRole).toString() == RB)
            rowB = r;
    }
    QVERIFY(rowB >= 0);
    const QPoint pos = board->visualRect(board->model()->index(rowB, 1)).center();
    QMimeData data;
    data.setData(RouteStopsModel::StopIdsMimeType, "S-2\nS-3");
    // As a drag does: enter (which makes the board the drag's target), move, drop.
    QDragEnterEvent enter(pos, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(board->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(board->viewport(), &move);
    QVERIFY(move.isAccepted());
    QString seen;
    whenDialogShows([](QDialog *d) { d->reject(); }, &seen);
    QDropEvent drop(pos, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(board->viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(seen, QStringLiteral("MoveStopsDialog"));
    // A drop on the route the stops are on already does nothing.
    int rowA = rowB == 0 ? 1 : 0;
    const QPoint onA = board->visualRect(board->model()->index(rowA, 1)).center();
    QDragEnterEvent enterAgain(onA, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(board->viewport(), &enterAgain);
    QDragMoveEvent same(onA, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(board->viewport(), &same);
    QVERIFY(!same.isAccepted());
}

void TestReplanActions::droppingStopsOnAVanOfTheMap()
{
    // R-B's van is in Amsterdam, away from the stops (which share one
    // address in Utrecht): R-A's stop S-2 dragged onto it.
    MapPanel *map = m_window->liveWorkspace()->map();
    VanItem *van = nullptr;
    QTRY_VERIFY([&] {
        for (QGraphicsItem *i : map->scene()->items()) {
            if (i->type() == VanItem::Type && static_cast<VanItem *>(i)->routeId() == RB)
                van = static_cast<VanItem *>(i);
        }
        return van != nullptr && van->isVisible();
    }());
    map->view()->centerOn(van);
    const QPoint pos = map->view()->mapFromScene(van->scenePos());
    QMimeData data;
    data.setData(RouteStopsModel::StopIdsMimeType, "S-2");
    QWidget *viewport = map->view()->viewport();
    QDragEnterEvent enter(pos, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QString seen;
    whenDialogShows([](QDialog *d) { d->reject(); }, &seen);
    QDropEvent drop(pos, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &drop);
    QTRY_COMPARE(seen, QStringLiteral("MoveStopsDialog"));
    // Over empty map, the drag is refused.
    const QPoint empty = pos + QPoint(0, -120); // north of Amsterdam: no route there
    QDragMoveEvent nowhere(empty, Qt::MoveAction, &data, Qt::LeftButton, {});
    QDragEnterEvent again(empty, Qt::MoveAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &again);
    QApplication::sendEvent(viewport, &nowhere);
    QVERIFY(!nowhere.isAccepted());
}

QTEST_MAIN(TestReplanActions)
#include "tst_replanactions.moc"
