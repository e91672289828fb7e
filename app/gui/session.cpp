#include "session.h"

#include "alerts/alertmonitor.h"
#include "alerts/alertstore.h"
#include "eta/etaservice.h"
#include "core/changenotifier.h"
#include "core/clock.h"
#include "core/timeformat.h"
#include "feed/feedsource.h"
#include "feed/livefeed.h"
#include "simulator/simulatorfeedsource.h"
#include "storage/operationstore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace {

// The demo starts at the present time of day, kept within the hours in which
// the vans are on the road so that there is always something to watch.
QDateTime demoStart(const SessionOptions &options)
{
    const QTimeZone &zone = TimeFormat::companyZone();
    QTime time = options.start;
    if (!time.isValid()) {
        const QTime now = QDateTime::currentDateTime().toTimeZone(zone).time();
        const QTime earliest(8, 45), latest(16, 30);
        time = now < earliest || now > latest ? earliest : QTime(now.hour(), now.minute());
    }
    return QDateTime(options.simulation.date, time, zone);
}

} // namespace

Session::Session(const SessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

Session::~Session()
{
    // Stop the workers before the store closes.
    delete m_alertMonitor;
    delete m_eta;
    delete m_feed;
}

QString Session::demoDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.sqlite");
}

void Session::open()
{
    if (m_options.demo) {
        if (!m_options.simulation.date.isValid())
            m_options.simulation.date = QDateTime::currentDateTime()
                                            .toTimeZone(TimeFormat::companyZone())
                                            .date();
        const QString path = m_options.database.path;
        QDir().mkpath(QFileInfo(path).absolutePath());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        m_clock = Clock::simulated(demoStart(m_options), m_options.speed, this);
    } else {
        m_clock = Clock::realTime(this);
    }
    if (m_options.database.engine == DatabaseConfig::Engine::SQLite)
        QDir().mkpath(QFileInfo(m_options.database.path).absolutePath());
    m_db = std::make_unique<Database>(m_options.database);
    m_store = std::make_unique<OperationStore>(*m_db);
    m_notifier = new ChangeNotifier(this);
    m_alertStore = std::make_unique<AlertStore>(*m_db);
    m_feed = new LiveFeed(m_options.database, m_clock, m_notifier, this);
    m_eta = new EtaService(m_options.database, m_clock, m_notifier, this);
    m_alertMonitor = new AlertMonitor(m_options.database, m_clock, m_notifier, this);
    connect(m_eta, &EtaService::etasChanged, m_alertMonitor, &AlertMonitor::setEtas);
    if (m_options.demo)
        m_feed->setSource(new SimulatorFeedSource(m_options.simulation, m_clock));
    else if (!m_options.feed.isEmpty())
        followFeed(m_options.feed);
}

void Session::followFeed(const QString &spec)
{
    m_options.feed = spec;
    m_feed->setSource(spec.isEmpty() ? nullptr : FeedSource::create(spec, true));
}
