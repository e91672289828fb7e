#include "mainwindow.h"

#include "common/preferences.h"
#include "common/settingsdialog.h"
#include "core/clock.h"
#include "core/routestatus.h"
#include "core/timeformat.h"
#include "feed/feedingester.h"
#include "feed/livefeed.h"
#include "live/crewsboard.h"
#include "live/liveworkspace.h"
#include "map/mappanel.h"
#include "session.h"
#include "storage/databaselocation.h"
#include "storage/operationstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
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
    setCentralWidget(m_live);
    m_live->setRules(RouteStatusRules{Preferences::noContactMinutes()});

    createActions();
    createMenus();
    createStatusBar();
    updateTitle();

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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *search = view->addAction(tr("&Search the crews board"), this,
                                      [this] { m_live->board()->focusSearch(); });
    search->setShortcut(QKeySequence::Find);
    QAction *today = view->addAction(tr("&Today"), this, [this] { m_live->showDay(); });
    today->setShortcut(QKeySequence(tr("Ctrl+T")));
    view->addSeparator();
    view->addAction(tr("&Reset the layout"), this, &MainWindow::resetLayout);

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
    setWindowTitle(tr("Voorzet · %1").arg(what));
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.rulesChanged())
        m_live->setRules(RouteStatusRules{Preferences::noContactMinutes()});
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
