#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

class AlertsPanel;
class LiveWorkspace;
class MapScene;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QPoint;
class QUndoStack;
class QWidget;
class RouteStopsModel;
class ReplanPreviewItem;
class Session;

namespace Replan {
struct ChangeSet;
class VisitHistory;
} // namespace Replan

// The dispatcher's re-planning in the main window: the undo stack with the
// Edit menu's Undo, Redo and history, the context menus on stops (stops
// table, map) and routes (crews board, a van on the map), dragging stops
// from the stops table onto a route of the crews board or a van on the map,
// and the alerts' remedies. Each opens the re-planning dialog for the case; the change the
// dispatcher accepts becomes a ChangeCommand on the undo stack.
class ReplanActions : public QObject
{
    Q_OBJECT
public:
    ReplanActions(Session &session, LiveWorkspace *live, QMainWindow *window);
    ~ReplanActions() override;

    QUndoStack *undoStack() const { return m_stack; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *rescheduleAction() const { return m_reschedule; }
    QAction *moveAction() const { return m_move; }
    QAction *rescueAction() const { return m_rescue; }
    QDockWidget *historyDock() const { return m_historyDock; }
    QDockWidget *returnVisitsDock() const { return m_visitsDock; }

    // Adds Undo, Redo, the re-planning actions and the history to `menu`.
    void fillEditMenu(QMenu *menu);
    // The remedies of the alerts panel open the dialogs here.
    void attachAlerts(AlertsPanel *panel);
    // The name written to the audit log with every change.
    void setUserName(const QString &name) { m_user = name; }

public Q_SLOTS:
    void reschedule(const QStringList &stopIds);
    // `targetRouteId` presets the dialog's route (a drop); empty: pick in the dialog.
    void moveStops(const QStringList &stopIds, const QString &targetRouteId = {});
    void rescue(const QString &routeId);
    // Puts an accepted change on the undo stack. False, with a message, when
    // the store refused it (nothing changed then).
    bool commit(const Replan::ChangeSet &change);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The stops selected in the stops table, in table order.
    QStringList selectedStops() const;
    QString currentRoute() const;
    void updateActions();
    void showStopMenu(const QStringList &stopIds, const QPoint &globalPos);
    void showRouteMenu(const QString &routeId, const QPoint &globalPos);
    bool mapContextMenu(QEvent *event);
    // Stops dropped on a route of the crews board or on a van (or a stop) of
    // the map open the move dialog with that route preset.
    bool dropOnRoute(QObject *viewport, QEvent *event);
    QString routeAt(QObject *viewport, const QPoint &pos) const;
    // Shows `change` on the map: each receiving route's new order, and the
    // stops that go to another day.
    void showPreview(ReplanPreviewItem *item, const Replan::ChangeSet &change);
    qint64 now() const;

    Session &m_session;
    LiveWorkspace *m_live;
    QMainWindow *m_window;
    QUndoStack *m_stack;
    std::unique_ptr<Replan::VisitHistory> m_history;
    QString m_user;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_reschedule = nullptr;
    QAction *m_move = nullptr;
    QAction *m_rescue = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QDockWidget *m_visitsDock = nullptr;
    QPointer<RouteStopsModel> m_stopsModel;
    QPointer<MapScene> m_mapScene;
    QPointer<QWidget> m_mapViewport;
    QPointer<QWidget> m_boardViewport;
};
