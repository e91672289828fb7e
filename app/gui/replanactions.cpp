#include "replanactions.h"

#include "alerts/alertspanel.h"
#include "core/clock.h"
#include "itemmodels/requestedvisitsmodel.h"
#include "itemmodels/routeboardmodel.h"
#include "itemmodels/routestopsmodel.h"
#include "live/crewsboard.h"
#include "live/liveworkspace.h"
#include "live/stopstable.h"
#include "map/mappanel.h"
#include "map/mapprojection.h"
#include "map/mapscene.h"
#include "map/mapview.h"
#include "map/replanpreviewitem.h"
#include "map/stopitem.h"
#include "map/vanitem.h"
#include "replan/changecommand.h"
#include "replan/movestopsdialog.h"
#include "replan/requestedvisitsview.h"
#include "replan/rescheduledialog.h"
#include "replan/rescuedialog.h"
#include "replan/visithistory.h"
#include "session.h"
#include "storage/operationstore.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>
#include <QUndoStack>
#include <QUndoView>

namespace {

QStringList stopIdsOf(const QMimeData *data)
{
    if (!data || !data->hasFormat(RouteStopsModel::StopIdsMimeType))
        return {};
    return QString::fromUtf8(data->data(RouteStopsModel::StopIdsMimeType))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

ReplanActions::ReplanActions(Session &session, LiveWorkspace *live, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_live(live)
    , m_window(window)
    , m_stack(new QUndoStack(this))
    , m_history(std::make_unique<Replan::VisitHistory>(session.database()))
{
    m_stopsModel = m_live->stopsModel();
    m_stopsModel->setVisitHistory(m_history.get());
    m_mapScene = m_live->map()->scene();
    m_mapScene->setVisitHistory(m_history.get());

    m_undo = m_stack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redo = m_stack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_reschedule = new QAction(tr("&Reschedule…"), this);
    m_reschedule->setObjectName(QStringLiteral("rescheduleAction"));
    m_reschedule->setToolTip(tr("Move the selected stops to another day and window"));
    m_reschedule->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reschedule, &QAction::triggered, this, [this] { reschedule(selectedStops()); });
    m_move = new QAction(tr("&Move to another van…"), this);
    m_move->setObjectName(QStringLiteral("moveStopsAction"));
    m_move->setToolTip(tr("Move the selected stops to another route today, with a preview"));
    m_move->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_move, &QAction::triggered, this, [this] { moveStops(selectedStops()); });
    m_rescue = new QAction(tr("Breakdown: r&escue stops…"), this);
    m_rescue->setObjectName(QStringLiteral("rescueAction"));
    m_rescue->setToolTip(tr("Spread the remaining stops of the selected route over other vans"));
    connect(m_rescue, &QAction::triggered, this, [this] { rescue(currentRoute()); });

    auto *view = new QUndoView(m_stack);
    view->setEmptyLabel(tr("<before the first re-plan>"));
    m_historyDock = new QDockWidget(tr("Undo history"), m_window);
    m_historyDock->setObjectName(QStringLiteral("UndoHistoryDock"));
    m_historyDock->setWidget(view);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    // The return visits no route takes yet, for the desk and the planning system.
    auto *visitsModel = new RequestedVisitsModel(session.database(), session.notifier(), this);
    visitsModel->setFollowing(false); // the panel starts hidden
    auto *visits = new RequestedVisitsView(visitsModel);
    m_visitsDock = new QDockWidget(tr("Return visits to plan"), m_window);
    m_visitsDock->setObjectName(QStringLiteral("ReturnVisitsDock"));
    m_visitsDock->setWidget(visits);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_visitsDock);
    m_visitsDock->hide();
    connect(m_visitsDock, &QDockWidget::visibilityChanged, visitsModel,
            &RequestedVisitsModel::setFollowing);
    connect(visits, &RequestedVisitsView::showStopRequested, this, [this](const QString &stopId) {
        const QVector<Stop> stops = m_session.store().stopsByIds({stopId});
        if (!stops.isEmpty())
            m_live->showStop(stops.first().routeId, stopId);
    });

    // Several stops at once, and dragged onto a route of the crews board.
    QTableView *stops = m_live->stops()->view();
    stops->setSelectionMode(QAbstractItemView::ExtendedSelection);
    stops->setDragEnabled(true);
    stops->setDragDropMode(QAbstractItemView::DragOnly);
    stops->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(stops, &QWidget::customContextMenuRequested, this, [this, stops](const QPoint &pos) {
        const QModelIndex index = stops->indexAt(pos);
        if (!index.isValid())
            return;
        if (!stops->selectionModel()->isRowSelected(index.row(), {}))
            stops->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
        showStopMenu(selectedStops(), stops->viewport()->mapToGlobal(pos));
    });
    connect(stops->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReplanActions::updateActions);

    QTableView *board = m_live->board()->view();
    board->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(board, &QWidget::customContextMenuRequested, this, [this, board](const QPoint &pos) {
        const QModelIndex index = board->indexAt(pos);
        if (!index.isValid())
            return;
        const QString route = index.data(RouteBoardModel::RouteIdRole).toString();
        m_live->board()->selectRoute(route);
        showRouteMenu(route, board->viewport()->mapToGlobal(pos));
    });
    board->viewport()->setAcceptDrops(true);
    board->viewport()->installEventFilter(this);
    connect(m_live->board(), &CrewsBoard::currentRouteChanged, this, &ReplanActions::updateActions);

    m_boardViewport = board->viewport();
    m_mapViewport = m_live->map()->view()->viewport();
    m_mapViewport->setAcceptDrops(true);
    m_mapViewport->installEventFilter(this);
    updateActions();
}

ReplanActions::~ReplanActions()
{
    // The stops model may outlive this (or go first, with the window's
    // widgets); it must not read through a history gone.
    if (m_stopsModel)
        m_stopsModel->setVisitHistory(nullptr);
    if (m_mapScene)
        m_mapScene->setVisitHistory(nullptr);
}

void ReplanActions::fillEditMenu(QMenu *menu)
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_reschedule);
    menu->addAction(m_move);
    menu->addAction(m_rescue);
    menu->addSeparator();
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("Undo &history"));
    history->setObjectName(QStringLiteral("undoHistoryAction"));
    menu->addAction(history);
    QAction *visits = m_visitsDock->toggleViewAction();
    visits->setText(tr("Return &visits to plan"));
    visits->setObjectName(QStringLiteral("returnVisitsAction"));
    visits->setToolTip(tr("The return visits promised for a day that no route takes yet"));
    menu->addAction(visits);
}

void ReplanActions::attachAlerts(AlertsPanel *panel)
{
    connect(panel, &AlertsPanel::rescheduleRequested, this,
            [this](const QString &routeId, const QString &stopId) {
                m_live->showStop(routeId, stopId);
                reschedule({stopId});
            });
    connect(panel, &AlertsPanel::rescueRequested, this, [this](const QString &routeId) {
        m_live->showStop(routeId);
        rescue(routeId);
    });
}

qint64 ReplanActions::now() const
{
    return m_session.clock()->nowMs();
}

QStringList ReplanActions::selectedStops() const
{
    QTableView *view = m_live->stops()->view();
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(RouteStopsModel::StopIdRole).toString());
    if (ids.isEmpty() && !m_live->stops()->currentStopId().isEmpty())
        ids.append(m_live->stops()->currentStopId());
    return ids;
}

QString ReplanActions::currentRoute() const
{
    return m_live->board()->currentRouteId();
}

void ReplanActions::updateActions()
{
    const bool stops = !selectedStops().isEmpty();
    m_reschedule->setEnabled(stops);
    m_move->setEnabled(stops);
    m_rescue->setEnabled(!currentRoute().isEmpty());
}

void ReplanActions::showStopMenu(const QStringList &stopIds, const QPoint &globalPos)
{
    if (stopIds.isEmpty())
        return;
    QMenu menu(m_window);
    menu.setObjectName(QStringLiteral("stopReplanMenu"));
    // The dialogs open once the menu has closed.
    menu.addAction(stopIds.size() == 1 ? tr("Reschedule…")
                                       : tr("Reschedule %n stops…", nullptr, int(stopIds.size())),
                   this, [this, stopIds] {
                       QMetaObject::invokeMethod(
                           this, [this, stopIds] { reschedule(stopIds); }, Qt::QueuedConnection);
                   });
    menu.addAction(stopIds.size() == 1
                       ? tr("Move to another van…")
                       : tr("Move %n stops to another van…", nullptr, int(stopIds.size())),
                   this, [this, stopIds] {
                       QMetaObject::invokeMethod(
                           this, [this, stopIds] { moveStops(stopIds); }, Qt::QueuedConnection);
                   });
    menu.exec(globalPos);
}

void ReplanActions::showRouteMenu(const QString &routeId, const QPoint &globalPos)
{
    if (routeId.isEmpty())
        return;
    QMenu menu(m_window);
    menu.setObjectName(QStringLiteral("routeReplanMenu"));
    menu.addAction(tr("Breakdown: rescue stops of %1…").arg(routeId), this, [this, routeId] {
        QMetaObject::invokeMethod(
            this, [this, routeId] { rescue(routeId); }, Qt::QueuedConnection);
    });
    menu.exec(globalPos);
}

bool ReplanActions::eventFilter(QObject *watched, QEvent *event)
{
    // The viewports are compared, not reached through the workspace: this
    // may run while the window takes its widgets down.
    if (watched == m_mapViewport && event->type() == QEvent::ContextMenu)
        return mapContextMenu(event);
    if ((watched == m_boardViewport || watched == m_mapViewport) &&
        (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove ||
         event->type() == QEvent::Drop))
        return dropOnRoute(watched, event);
    return QObject::eventFilter(watched, event);
}

bool ReplanActions::mapContextMenu(QEvent *event)
{
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    MapView *view = m_live->map()->view();
    const MapHit hit = m_live->map()->scene()->pickAt(view->mapToScene(menuEvent->pos()),
                                                      view->viewportTransform());
    if (!hit || hit.cluster >= 0)
        return false;
    if (hit.item->type() == StopItem::Type) {
        const auto *stop = static_cast<StopItem *>(hit.item);
        m_live->showStop(stop->routeId(), stop->stopId());
        showStopMenu({stop->stopId()}, menuEvent->globalPos());
        return true;
    }
    if (hit.item->type() == VanItem::Type) {
        const auto *van = static_cast<VanItem *>(hit.item);
        showRouteMenu(van->routeId(), menuEvent->globalPos());
        return true;
    }
    return false;
}

QString ReplanActions::routeAt(QObject *viewport, const QPoint &pos) const
{
    if (viewport == m_boardViewport)
        return m_live->board()->view()->indexAt(pos).data(RouteBoardModel::RouteIdRole).toString();
    // On the map: a van, or a stop of the route.
    MapView *view = m_live->map()->view();
    const MapHit hit =
        m_live->map()->scene()->pickAt(view->mapToScene(pos), view->viewportTransform());
    if (!hit || hit.cluster >= 0)
        return {};
    if (hit.item->type() == VanItem::Type)
        return static_cast<VanItem *>(hit.item)->routeId();
    if (hit.item->type() == StopItem::Type)
        return static_cast<StopItem *>(hit.item)->routeId();
    return {};
}

bool ReplanActions::dropOnRoute(QObject *viewport, QEvent *event)
{
    auto *drop = static_cast<QDropEvent *>(event);
    const QStringList stopIds = stopIdsOf(drop->mimeData());
    if (stopIds.isEmpty())
        return false;
    if (event->type() == QEvent::DragEnter) {
        drop->acceptProposedAction(); // moves over the routes decide
        return true;
    }
    const QString route = routeAt(viewport, drop->position().toPoint());
    const bool onOtherRoute = !route.isEmpty() && route != m_live->stopsModel()->routeId();
    if (event->type() == QEvent::DragMove) {
        if (onOtherRoute)
            drop->acceptProposedAction();
        else
            drop->ignore();
        return true;
    }
    if (!onOtherRoute)
        return true;
    drop->acceptProposedAction();
    // After the drag has ended: the dialog must not run inside the drop.
    QMetaObject::invokeMethod(
        this, [this, stopIds, route] { moveStops(stopIds, route); }, Qt::QueuedConnection);
    return true;
}

bool ReplanActions::commit(const Replan::ChangeSet &change)
{
    if (change.isEmpty())
        return false;
    auto *command = new Replan::ChangeCommand(m_session.database(), m_session.notifier(), change,
                                              m_user, m_session.clock());
    QString error;
    command->setErrorHandler([&error](const QString &why) { error = why; });
    m_stack->push(command); // runs redo(); a failed command is dropped by the stack
    if (!error.isEmpty()) {
        QMessageBox::warning(
            m_window, tr("Re-plan not applied"),
            tr("The change could not be applied; nothing was changed.\n\n%1").arg(error));
        return false;
    }
    // A later undo or redo the store refuses (a stop visited since, say): the
    // stack drops the entry, and the dispatcher is told why once the stack
    // is done (a dialog inside its undo() would let another undo in).
    command->setErrorHandler([this](const QString &why) {
        Q_EMIT statusMessage(tr("Could not undo or redo the re-plan: %1").arg(why));
        QMetaObject::invokeMethod(
            this,
            [this, why] {
                QMessageBox::information(m_window, tr("Re-plan kept"),
                                         tr("The re-plan could not be undone or redone; it "
                                            "stays as it is and leaves the undo history.\n\n%1")
                                             .arg(why));
            },
            Qt::QueuedConnection);
    });
    Q_EMIT statusMessage(tr("Done: %1 (Ctrl+Z undoes it)").arg(change.summary()));
    return true;
}

void ReplanActions::reschedule(const QStringList &stopIds)
{
    if (stopIds.isEmpty())
        return;
    RescheduleDialog dialog(m_session.database(), stopIds, now(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        commit(dialog.changeSet());
}

void ReplanActions::moveStops(const QStringList &stopIds, const QString &targetRouteId)
{
    if (stopIds.isEmpty())
        return;
    MoveStopsDialog dialog(m_session.database(), stopIds, targetRouteId, now(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        commit(dialog.changeSet());
}

void ReplanActions::rescue(const QString &routeId)
{
    if (routeId.isEmpty())
        return;
    RescueDialog dialog(m_session.database(), routeId, now(), m_window);
    // The proposal on the map while the dispatcher decides; gone with the dialog.
    auto preview = std::make_unique<ReplanPreviewItem>();
    m_live->map()->scene()->addItem(preview.get());
    const auto show = [this, item = preview.get()](const Replan::ChangeSet &change) {
        showPreview(item, change);
    };
    show(dialog.proposal().change);
    if (!preview->boundingRect().isEmpty())
        m_live->map()->view()->fitTo(preview->boundingRect(), 13);
    connect(&dialog, &RescueDialog::previewChanged, this, show);
    if (dialog.exec() == QDialog::Accepted)
        commit(dialog.changeSet());
}

void ReplanActions::showPreview(ReplanPreviewItem *item, const Replan::ChangeSet &change)
{
    QStringList ids = change.stopIds();
    QStringList routeIds;
    for (const Replan::RouteOrder &o : change.orders)
        routeIds.append(o.routeId);
    OperationStore &store = m_session.store();
    QHash<QString, QPointF> where;
    for (const Stop &s : store.stopsByIds(ids))
        where.insert(s.id, MapProjection::toScene(s.customer.lon, s.customer.lat));
    QHash<QString, QString> vehicleOf;
    QStringList vehicleIds;
    for (const Route &r : store.routesByIds(routeIds)) {
        vehicleOf.insert(r.id, r.vehicleId);
        vehicleIds.append(r.vehicleId);
    }
    QHash<QString, QPointF> vans;
    for (const Vehicle &v : store.vehicles(vehicleIds)) {
        if (v.positionTs > 0)
            vans.insert(v.id, MapProjection::toScene(v.lon, v.lat));
    }
    QVector<ReplanPreviewItem::RouteLine> lines;
    for (const Replan::RouteOrder &o : change.orders) {
        if (o.routeId == change.sourceRouteId || o.stopIds.isEmpty())
            continue; // the broken-down van's own (empty) order
        ReplanPreviewItem::RouteLine line{o.routeId, {}};
        const auto van = vans.constFind(vehicleOf.value(o.routeId));
        if (van != vans.constEnd())
            line.points.append(*van);
        for (const QString &id : o.stopIds) {
            if (where.contains(id))
                line.points.append(where.value(id));
        }
        lines.append(line);
    }
    QPolygonF otherDay;
    for (const Replan::Reschedule &r : change.reschedules) {
        if (where.contains(r.stopId))
            otherDay.append(where.value(r.stopId));
    }
    item->setPreview(lines, otherDay);
}
