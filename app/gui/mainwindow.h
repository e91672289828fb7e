#pragma once

#include "feed/feedsource.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QActionGroup;
class QLabel;
class LiveWorkspace;
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

Q_SIGNALS:
    // The user chose another language; the app rebuilds its windows.
    void languageChangeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
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
    QByteArray m_defaultState;
};
