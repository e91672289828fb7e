#include "simulatorfeedsource.h"

#include "feedplayer.h"

#include <QtConcurrent/QtConcurrentRun>

SimulatorFeedSource::SimulatorFeedSource(const SimulationParams &params, Clock *clock,
                                         QObject *parent)
    : FeedSource(parent)
    , m_params(params)
    , m_clock(clock)
{
    connect(&m_watcher, &QFutureWatcher<QVector<FeedLine>>::finished, this, [this] {
        if (!m_stopped)
            play(m_watcher.result());
    });
}

SimulatorFeedSource::~SimulatorFeedSource()
{
    // The generator owns nothing of ours; waiting keeps the thread pool tidy at exit.
    m_watcher.waitForFinished();
}

QString SimulatorFeedSource::description() const
{
    return tr("Simulated day %1 (%2 vans)")
        .arg(m_params.date.toString(Qt::ISODate))
        .arg(m_params.vans);
}

void SimulatorFeedSource::start()
{
    m_stopped = false;
    if (m_player) {
        setState(State::Live);
        m_player->start();
        return;
    }
    if (m_watcher.isRunning())
        return;
    setState(State::Connecting, tr("Generating the day…"));
    const SimulationParams params = m_params;
    m_watcher.setFuture(QtConcurrent::run([params] { return DaySimulator::generate(params); }));
}

void SimulatorFeedSource::stop()
{
    m_stopped = true;
    if (m_player)
        m_player->stop();
    setState(State::Finished);
}

void SimulatorFeedSource::play(QVector<FeedLine> lines)
{
    const qsizetype count = lines.size();
    m_player = new FeedPlayer(std::move(lines), m_clock, this);
    connect(m_player, &FeedPlayer::linesDue, this,
            [this](const QList<QByteArray> &due) { Q_EMIT linesReady(due, 0); });
    connect(m_player, &FeedPlayer::finished, this,
            [this] { setState(State::Finished, tr("The simulated day is over")); });
    Q_EMIT generated(count);
    setState(State::Live);
    m_player->start();
}
