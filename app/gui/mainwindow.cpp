#include "mainwindow.h"

#include "alerts/alertmonitor.h"
#include "alerts/alertstore.h"
#include "alerts/alerttext.h"
#include "alerts/alertspanel.h"
#include "common/preferences.h"
#include "common/settingsdialog.h"
#include "core/clock.h"
#include "core/routestatus.h"
#include "core/timeformat.h"
#include "eta/etaservice.h"
#include "feed/feedingester.h"
#include "itemmodels/alertlistmodel.h"
#include "itemmodels/routestopsmodel.h"
#include "feed/livefeed.h"
#include "live/crewsboard.h"
#include "live/liveworkspace.h"
#include "map/mappanel.h"
#include "map/mapview.h"
#include "map/mapscene.h"
#include "notices/incidentdialog.h"
#include "notices/outboxview.h"
#include "noticeactions.h"
#include "live/stopstable.h"
#include "reviews/reviewsworkspace.h"
#include "replanactions.h"
#include "session.h"
#include "storage/databaselocation.h"
#include "storage/operationstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LiveKey = QStringLiteral("window/live");

QString feedStateText(FeedSource::State state)
{
    switch (state) {
    case FeedSource::State::Idle: return MainWindow::tr("No feed");
    case FeedSource::State::Connecting: return MainWindow::tr("Connecting");
    case FeedSource::State::Live: return MainWindow::tr("Live");
    case FeedSource::State::Waiting: return MainWindow::tr("Waiting for data");
    case FeedSource::State::Finished: return MainWindow::tr("Feed ended");
    case FeedSource::State::Failed: return MainWindow::tr("Feed failed");
    }
    return {};
}

QString feedStateColor(FeedSource::State state)
{
    switch (state) {
    case FeedSource::State::Live: return QStringLiteral("#2e7d32");
    case FeedSource::State::Connecting:
    case FeedSource::State::Waiting: return QStringLiteral("#ef6c00");
    case FeedSource::State::Failed: return QStringLiteral("#c62828");
    case FeedSource::State::Idle:
    case FeedSource::State::Finished: return QStringLiteral("#757575");
    }
    return {};
}

QString speedText(double speed)
{
    return MainWindow::tr("%1×").arg(QLocale().toString(speed, 'g', 3));
}

} // namespace

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_live(new LiveWorkspace(session.store(), session.clock(), session.notifier(), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    createWorkspaces();
    createActions();
    createAlerts();
    m_replan = new ReplanActions(session, m_live, this);
    m_replan->attachAlerts(m_alertsPanel);
    connect(m_replan, &ReplanActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    createMenus();
    createStatusBar();
    connectNotices();
    applyRules();
    updateTitle();

    EtaService *eta = session.eta();
    connect(eta, &EtaService::etasChanged, m_live->stopsModel(), &RouteStopsModel::setEtas);
    m_live->stopsModel()->setEtas(eta->snapshot());
    connect(eta, &EtaService::etasChanged, m_live->map()->scene(), &MapScene::setEtas);
    m_live->map()->scene()->setEtas(eta->snapshot());
    connect(session.alertMonitor(), &AlertMonitor::alertsChanged, m_alertsModel,
            &AlertListModel::refresh);
    connect(session.alertMonitor(), &AlertMonitor::alertsRaised, this,
            &MainWindow::onAlertsRaised);
    m_alertsModel->refresh();
    onAlertCounts(m_alertsModel->openCount(), m_alertsModel->unacknowledgedCount());

    LiveFeed *feed = session.feed();
    connect(feed, &LiveFeed::stateChanged, this, &MainWindow::onFeedState);
    connect(feed, &LiveFeed::batchApplied, this, &MainWindow::onBatchApplied);
    connect(feed, &LiveFeed::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The feed could not be applied: %1").arg(message), 15000);
    });
    onFeedState(feed->state(), {});
    m_rejected->setVisible(false);
    if (const qint64 rejected = session.store().rejectedCount()) {
        m_rejected->setText(tr("%n rejected", nullptr, int(rejected)));
        m_rejected->setVisible(true);
    }

    connect(&m_tick, &QTimer::timeout, this, &MainWindow::updateClock);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::updateRate);
    m_tick.start(250);
    updateClock();
    updateRate();

    resize(1440, 900);
    m_defaultState = saveState();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    Clock *clock = m_session.clock();
    m_pause = new QAction(tr("&Pause"), this);
    m_pause->setCheckable(true);
    m_pause->setShortcut(Qt::Key_F6);
    m_pause->setToolTip(tr("Pause or resume the simulated clock (F6)"));
    m_pause->setChecked(clock->isPaused());
    connect(m_pause, &QAction::toggled, clock, &Clock::setPaused);
    connect(clock, &Clock::pausedChanged, m_pause, &QAction::setChecked);

    m_speeds = new QActionGroup(this);
    const QList<QPair<double, Qt::Key>> speeds = {{1, Qt::Key_F7}, {10, Qt::Key_F8}, {60, Qt::Key_F9}};
    for (const auto &[speed, key] : speeds) {
        auto *action = new QAction(speedText(speed), m_speeds);
        action->setCheckable(true);
        action->setData(speed);
        action->setShortcut(key);
        action->setToolTip(speed == 1 ? tr("Run the simulated day in real time (%1)")
                                            .arg(QKeySequence(key).toString(QKeySequence::NativeText))
                                      : tr("Run the simulated day %1 times as fast (%2)")
                                            .arg(speed)
                                            .arg(QKeySequence(key).toString(QKeySequence::NativeText)));
        action->setChecked(qFuzzyCompare(clock->speed(), speed));
        connect(action, &QAction::triggered, this, [this, speed = speed] { setSpeed(speed); });
    }
}

void MainWindow::createWorkspaces()
{
    m_workspaces = new QTabWidget(this);
    m_workspaces->setObjectName(QStringLiteral("workspaces"));
    m_workspaces->setDocumentMode(true);
    m_workspaces->addTab(m_live, tr("Live"));
    try {
        m_reviews = new ReviewsWorkspace(m_session.database(), m_session.clock(),
                                         m_session.notifier(), Preferences::effectiveUserName());
        m_workspaces->addTab(m_reviews, tr("Reviews"));
        connect(m_reviews, &ReviewsWorkspace::stopRequested, this,
                [this](const QString &stopId, const QString &routeId) {
                    m_workspaces->setCurrentWidget(m_live);
                    m_live->showStop(routeId, stopId);
                });
        connect(m_reviews, &ReviewsWorkspace::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    } catch (const StoreError &error) {
        auto *problem = new QLabel(tr("The reviews could not be opened: %1").arg(error.message()));
        problem->setWordWrap(true);
        problem->setAlignment(Qt::AlignCenter);
        m_workspaces->addTab(problem, tr("Reviews"));
    }
    m_notices = new NoticeActions(m_session.database(), m_session.clock(), this);
    m_outbox = m_notices->outbox();
    m_workspaces->addTab(m_notices->workspace(), tr("Notices"));
    for (int i = 0; i < m_workspaces->count(); ++i)
        m_workspaces->setTabToolTip(
            i, tr("%1 (Ctrl+%2)").arg(m_workspaces->tabText(i)).arg(i + 1));
    connect(m_workspaces, &QTabWidget::currentChanged, this, [this] {
        if (m_workspaces->currentWidget() == m_notices->workspace())
            m_outbox->refresh();
    });
    setCentralWidget(m_workspaces);
}

void MainWindow::newIncident()
{
    Notices::IncidentScope scope;
    const QString route = m_live->board()->currentRouteId();
    if (m_workspaces->currentWidget() == m_live && !route.isEmpty())
        scope.routeIds = {route};
    m_notices->newIncident(scope);
}

void MainWindow::connectNotices()
{
    connect(m_notices, &NoticeActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_notices, &NoticeActions::showRequested, this,
            [this] { m_workspaces->setCurrentWidget(m_notices->workspace()); });
    connect(m_notices, &NoticeActions::settingsRequested, this, &MainWindow::openSettings);
    connect(m_session.eta(), &EtaService::etasChanged, m_notices, &NoticeActions::setEtas);
    m_notices->setEtas(m_session.eta()->snapshot());
    m_notices->setUserName(Preferences::effectiveUserName());
    m_notices->attachStopHistory(m_live->stops()->view(), RouteStopsModel::StopIdRole);
    statusBar()->insertPermanentWidget(1, m_notices->failedLabel());
    // After the window is up: reading the keychain may take a moment.
    QTimer::singleShot(0, m_notices, &NoticeActions::reloadGateway);
    QTimer::singleShot(2000, m_notices, &NoticeActions::proposeIncidents);
    // A breakdown or a weather warning raises an alert: look for a proposal at once.
    connect(m_session.alertMonitor(), &AlertMonitor::alertsRaised, m_notices,
            [this] { m_notices->proposeIncidents(); });
    // An alert's other remedy: tell the customers concerned.
    connect(m_alertsPanel, &AlertsPanel::notifyRequested, this,
            [this](AlertKind::Kind kind, const QString &routeId, const QString &stopId) {
                Notices::IncidentScope scope;
                if (kind == AlertKind::Breakdown || stopId.isEmpty())
                    scope.routeIds = QStringList{routeId};
                else
                    scope.stopIds = QStringList{stopId};
                // Other alerts leave the kind to the stops' situation (a
                // weather warning over them) or to the dispatcher.
                m_notices->newIncident(scope, kind == AlertKind::Breakdown
                                                  ? std::optional(Notices::IncidentKind::Breakdown)
                                                  : std::nullopt);
            });
}

void MainWindow::createAlerts()
{
    m_alertsModel = new AlertListModel(m_session.alertStore(), this);
    m_alertsPanel = new AlertsPanel(m_alertsModel, m_session.alertStore(), m_session.clock());
    m_alertsDock = new QDockWidget(tr("Alerts"), this);
    m_alertsDock->setObjectName(QStringLiteral("AlertsDock"));
    m_alertsDock->setWidget(m_alertsPanel);
    m_alertsDock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertsDock);
    resizeDocks({m_alertsDock}, {220}, Qt::Vertical);
    connect(m_alertsModel, &AlertListModel::countsChanged, this, &MainWindow::onAlertCounts);
    connect(m_alertsPanel, &AlertsPanel::openRequested, this,
            [this](const QString &routeId, const QString &stopId) {
                m_live->showStop(routeId, stopId);
            });
}

void MainWindow::applyRules()
{
    m_live->setRules(RouteStatusRules{Preferences::noContactMinutes()});
    AlertRules rules;
    rules.noContactMinutes = Preferences::noContactMinutes();
    rules.lateToleranceMin = Preferences::lateToleranceMinutes();
    m_session.alertMonitor()->setRules(rules);
    EtaSettings eta = m_session.eta()->settings();
    eta.earlyArrival = Preferences::crewsWaitForWindow() ? EtaSettings::EarlyArrival::Wait
                                                         : EtaSettings::EarlyArrival::CallAhead;
    m_session.eta()->setSettings(eta);
    m_alertsPanel->setUserName(Preferences::effectiveUserName());
    m_replan->setUserName(Preferences::effectiveUserName());
}

void MainWindow::onAlertCounts(int open, int unacknowledged)
{
    if (open == 0) {
        m_alertCount->setText(tr("No alerts"));
        m_alertCount->setStyleSheet(QString());
    } else {
        QString text = tr("%n alert(s)", nullptr, open);
        if (unacknowledged > 0)
            text += QStringLiteral(" (") + tr("%n new", nullptr, unacknowledged) +
                    QLatin1Char(')');
        m_alertCount->setText(QStringLiteral("⚠ ") + text);
        m_alertCount->setStyleSheet(unacknowledged > 0
                                        ? QStringLiteral("color: #c62828; font-weight: bold")
                                        : QStringLiteral("color: #e08e0b"));
    }
    m_alertsDock->setWindowTitle(open == 0 ? tr("Alerts")
                                           : tr("Alerts (%1)").arg(open));
    updateTitle();
}

void MainWindow::onAlertsRaised(const QVector<Alert> &alerts)
{
    const Alert *severe = nullptr;
    for (const Alert &a : alerts) {
        if (a.severity == AlertSeverity::Severe) {
            severe = &a;
            break;
        }
    }
    const Alert &shown = severe ? *severe : alerts.constFirst();
    statusBar()->showMessage(
        QStringLiteral("%1: %2").arg(AlertText::kind(shown.kind), AlertText::summary(shown)),
        8000);
    if (!severe || !Preferences::notifySevereAlerts() ||
        !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Voorzet"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            raise();
            activateWindow();
            m_alertsDock->show();
            m_alertsDock->raise();
        });
        m_tray->show();
    }
    m_tray->showMessage(AlertText::kind(severe->kind), AlertText::summary(*severe),
                        QSystemTrayIcon::Warning, 10000);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *followFile = file->addAction(tr("Follow a feed &file…"), this,
                                          &MainWindow::followFeedFile);
    followFile->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Connect to a feed…"), this, &MainWindow::connectToFeed);
    file->addAction(tr("&Stop following the feed"), this, [this] {
        m_session.followFeed(QString());
        onFeedState(FeedSource::State::Idle, {});
        updateTitle();
    });
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_replan->fillEditMenu(menuBar()->addMenu(tr("&Edit")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *search = view->addAction(tr("&Search the crews board"), this,
                                      [this] { m_live->board()->focusSearch(); });
    search->setShortcut(QKeySequence::Find);
    QAction *today = view->addAction(tr("&Today"), this, [this] { m_live->showDay(); });
    today->setShortcut(QKeySequence(tr("Ctrl+T")));
    for (int i = 0; i < m_workspaces->count(); ++i) {
        QAction *go = view->addAction(m_workspaces->tabText(i), this,
                                      [this, i] { m_workspaces->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *alerts = m_alertsDock->toggleViewAction();
    alerts->setText(tr("&Alerts"));
    alerts->setShortcut(QKeySequence(Qt::Key_F4));
    view->addAction(alerts);
    view->addSeparator();
    view->addAction(tr("&Reset the layout"), this, &MainWindow::resetLayout);

    QMenu *notices = menuBar()->addMenu(tr("&Notices"));
    QAction *incident = notices->addAction(tr("New &overmacht incident…"), this,
                                           &MainWindow::newIncident);
    incident->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    notices->addAction(tr("New incident for an &area on the map…"), this, [this] {
        m_workspaces->setCurrentWidget(m_live);
        m_notices->drawAreaIncident(m_live->map()->view());
    });
    notices->addAction(tr("Show the &outbox"), this, [this] {
        m_workspaces->setCurrentWidget(m_notices->workspace());
    });

    if (m_session.clock()->mode() == Clock::Mode::Simulated) {
        QMenu *simulation = menuBar()->addMenu(tr("Si&mulation"));
        simulation->addAction(m_pause);
        simulation->addSeparator();
        simulation->addActions(m_speeds->actions());

        QToolBar *toolbar = addToolBar(tr("Simulation"));
        toolbar->setObjectName(QStringLiteral("SimulationToolBar"));
        toolbar->setMovable(false);
        toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        auto *label = new QLabel(tr("Simulated day:"), toolbar);
        label->setContentsMargins(6, 0, 6, 0);
        toolbar->addWidget(label);
        toolbar->addAction(m_pause);
        toolbar->addSeparator();
        toolbar->addActions(m_speeds->actions());
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Voorzet"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_feedState = new QLabel(this);
    m_feedState->setTextFormat(Qt::RichText);
    m_rate = new QLabel(this);
    m_rate->setToolTip(tr("Feed events applied per second"));
    m_rejected = new QLabel(this);
    m_rejected->setStyleSheet(QStringLiteral("color: #c62828"));
    m_rejected->setToolTip(tr("Events the feed sent that could not be applied; they are kept "
                              "with their reason"));
    m_clock = new QLabel(this);
    m_clock->setToolTip(tr("The operation's clock"));
    m_clock->setMinimumWidth(m_clock->fontMetrics().horizontalAdvance(
                                 QStringLiteral("wo 26 nov 2026 00:00:00 · 60× (gepauzeerd)")) +
                             8);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_alertCount = new QLabel(this);
    m_alertCount->setToolTip(tr("Open alerts; F4 shows the alerts panel"));
    statusBar()->addPermanentWidget(m_alertCount);
    statusBar()->addPermanentWidget(m_feedState);
    statusBar()->addPermanentWidget(m_rate);
    statusBar()->addPermanentWidget(m_rejected);
    statusBar()->addPermanentWidget(m_clock);
}

void MainWindow::onFeedState(FeedSource::State state, const QString &detail)
{
    const QString color = feedStateColor(state);
    QString text = QStringLiteral("<span style=\"color:%1\">●</span> %2")
                       .arg(color, feedStateText(state).toHtmlEscaped());
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail.toHtmlEscaped();
    m_feedState->setText(text);
    const QString description = m_session.feed()->description();
    m_feedState->setToolTip(description.isEmpty() ? tr("No feed is followed")
                                                  : tr("Feed: %1").arg(description));
}

void MainWindow::onBatchApplied(const IngestSummary &summary)
{
    if (summary.rejected() > 0) {
        const qint64 rejected = m_session.store().rejectedCount();
        m_rejected->setText(tr("%n rejected", nullptr, int(rejected)));
        m_rejected->setVisible(true);
    }
}

void MainWindow::updateClock()
{
    Clock *clock = m_session.clock();
    const QDateTime now = clock->now().toTimeZone(TimeFormat::companyZone());
    QString text = QLocale().toString(now, QStringLiteral("ddd d MMM yyyy HH:mm:ss"));
    if (clock->mode() == Clock::Mode::Simulated) {
        text += QStringLiteral(" · ") + speedText(clock->speed());
        if (clock->isPaused())
            text += QLatin1Char(' ') + tr("(paused)");
    }
    m_clock->setText(text);
}

void MainWindow::updateRate()
{
    const double rate = m_session.feed()->eventsPerSecond();
    m_rate->setText(tr("%1 events/s").arg(QLocale().toString(rate, 'f', rate < 10 ? 1 : 0)));
}

void MainWindow::updateTitle()
{
    QString what;
    if (m_session.isDemo())
        what = tr("Demo");
    else
        what = QFileInfo(m_session.options().database.path).fileName();
    // The application's display name follows the title ("Demo · 3 alerts — Voorzet").
    const int open = m_alertsModel ? m_alertsModel->openCount() : 0;
    if (open > 0)
        setWindowTitle(tr("%1 · %n alert(s)", nullptr, open).arg(what));
    else
        setWindowTitle(what);
}

void MainWindow::setSpeed(double speed)
{
    m_session.clock()->setSpeed(speed);
    m_session.clock()->setPaused(false);
    for (QAction *action : m_speeds->actions())
        action->setChecked(qFuzzyCompare(action->data().toDouble(), speed));
    updateClock();
}

void MainWindow::openSettings()
{
    const QString defaultDb = DatabaseLocation::defaultPath();
    SettingsDialog dialog(defaultDb, this);
    m_notices->prepareSettings(dialog.noticesPage());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.noticesChanged())
        m_notices->reloadGateway();
    m_notices->setUserName(Preferences::effectiveUserName());
    if (dialog.rulesChanged())
        applyRules();
    m_alertsPanel->setUserName(Preferences::effectiveUserName());
    if (dialog.feedChanged()) {
        m_session.followFeed(Preferences::feedSource());
        if (Preferences::feedSource().isEmpty())
            onFeedState(FeedSource::State::Idle, {});
    }
    if (dialog.mapChanged())
        m_live->map()->reloadSettings();
    if (dialog.databaseChanged())
        statusBar()->showMessage(tr("The new database is opened at the next start."), 10000);
    if (dialog.languageChanged())
        Q_EMIT languageChangeRequested();
}

void MainWindow::followFeedFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Follow a feed file"), QString(),
        tr("Feed files (*.jsonl *.ndjson *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_session.followFeed(path);
    statusBar()->showMessage(tr("Following %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::connectToFeed()
{
    bool ok = false;
    const QString current = m_session.options().feed;
    const QString address = QInputDialog::getText(
        this, tr("Connect to a feed"), tr("WebSocket address of the feed:"), QLineEdit::Normal,
        current.startsWith(QLatin1String("ws")) ? current : QStringLiteral("ws://127.0.0.1:8765"),
        &ok);
    if (!ok || address.trimmed().isEmpty())
        return;
    const QUrl url(address.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))) {
        QMessageBox::warning(this, tr("Connect to a feed"),
                             tr("\"%1\" is not a WebSocket address. It starts with ws:// or "
                                "wss://, for example ws://127.0.0.1:8765.")
                                 .arg(address));
        return;
    }
    m_session.followFeed(url.toString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Voorzet"),
        tr("<h3>Voorzet %1</h3>"
           "<p>The console of the driver-support desk: live routes, crews and ETAs, "
           "rescheduling, force majeure notices and customer reviews.</p>"
           "<p>Database: %2<br>Feed: %3</p>"
           "<p>Built with Qt %4.</p>")
            .arg(QApplication::applicationVersion(),
                 m_session.options().database.describe().toHtmlEscaped(),
                 m_session.feed()->description().isEmpty()
                     ? tr("none")
                     : m_session.feed()->description().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    // The first start fills the screen: the board, the map and the stops all want room.
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        setWindowState(windowState() | Qt::WindowMaximized);
    restoreState(settings.value(StateKey).toByteArray());
    m_live->restoreState(settings.value(LiveKey).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(LiveKey, m_live->saveState());
}

void MainWindow::resetLayout()
{
    QSettings settings;
    settings.remove(GeometryKey);
    settings.remove(StateKey);
    settings.remove(LiveKey);
    restoreState(m_defaultState);
    resize(1440, 900);
    statusBar()->showMessage(tr("The layout is back to its defaults; column widths follow at "
                                "the next start."),
                             6000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}
