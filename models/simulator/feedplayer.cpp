#include "feedplayer.h"

#include "core/clock.h"

FeedPlayer::FeedPlayer(QVector<FeedLine> lines, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_lines(std::move(lines))
    , m_clock(clock)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &FeedPlayer::deliverDue);
    // A jump of the clock shows at once, not at the next tick.
    connect(m_clock, &Clock::timeJumped, this, [this] {
        if (m_timer.isActive())
            deliverDue();
    });
}

void FeedPlayer::start()
{
    if (m_finished)
        return;
    m_timer.start();
    deliverDue();
}

void FeedPlayer::stop()
{
    m_timer.stop();
}

void FeedPlayer::deliverDue()
{
    if (m_finished)
        return;
    const qint64 now = m_clock->nowMs();
    QList<QByteArray> due;
    while (m_position < m_lines.size() && m_lines.at(m_position).tsMs <= now &&
           due.size() < m_maxPerTick) {
        due.append(m_lines.at(m_position).json);
        ++m_position;
    }
    if (!due.isEmpty())
        Q_EMIT linesDue(due);
    if (m_position >= m_lines.size()) {
        m_finished = true;
        m_timer.stop();
        Q_EMIT finished();
    }
}
