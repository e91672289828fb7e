#pragma once

#include "feed/feedsource.h"

#include <QMainWindow>
#include <QTimer>

struct Alert;
class AlertListModel;
class AlertsPanel;
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QSystemTrayIcon;
class QTabWidget;
class OutboxView;
class ReviewsWorkspace;
class LiveWorkspace;
class ReplanActions;
class NoticeActions;
class Session;
struct IngestSummary;

// The main window: the Live workspace in the middle, menus for the feed, the
// simulation and the settings, and a status bar with the feed's state, the
// event rate and the clock.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    LiveWorkspace *liveWorkspace() const { return m_live; }
    AlertsPanel *alertsPanel() const { return m_alertsPanel; }
    ReviewsWorkspace *reviewsWorkspace() const { return m_reviews; }
    QTabWidget *workspaces() const { return m_workspaces; }
    AlertListModel *alertsModel() const { return m_alertsModel; }
    // Undo and redo of re-plans, and the dialogs that make them.
    ReplanActions *replanActions() const { return m_replan; }
    NoticeActions *notices() const { return m_notices; }

Q_SIGNALS:
    // The user chose another language; the app rebuilds its windows.
    void languageChangeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void createAlerts();
    void createWorkspaces();
    void newIncident();
    void connectNotices();
    void applyRules();
    void onAlertCounts(int open, int unacknowledged);
    void onAlertsRaised(const QVector<Alert> &alerts);
    void restoreLayout();
    void saveLayout();
    void resetLayout();

    void openSettings();
    void followFeedFile();
    void connectToFeed();
    void showAbout();
    void setSpeed(double speed);

    void onFeedState(FeedSource::State state, const QString &detail);
    void onBatchApplied(const IngestSummary &summary);
    void updateClock();
    void updateRate();
    void updateTitle();

    Session &m_session;
    LiveWorkspace *m_live;
    QTimer m_tick;

    QAction *m_pause = nullptr;
    QActionGroup *m_speeds = nullptr;
    QLabel *m_feedState = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_rejected = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_alertCount = nullptr;
    QTabWidget *m_workspaces = nullptr;
    ReviewsWorkspace *m_reviews = nullptr;
    OutboxView *m_outbox = nullptr;
    NoticeActions *m_notices = nullptr;
    AlertListModel *m_alertsModel = nullptr;
    ReplanActions *m_replan = nullptr;
    AlertsPanel *m_alertsPanel = nullptr;
    QDockWidget *m_alertsDock = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QByteArray m_defaultState;
};
