#include "clock.h"

Clock::Clock(QObject *parent)
    : QObject(parent)
{
    m_since.start();
}

Clock *Clock::realTime(QObject *parent)
{
    auto *clock = new Clock(parent);
    clock->m_mode = Mode::Real;
    return clock;
}

Clock *Clock::simulated(const QDateTime &start, double speed, QObject *parent)
{
    auto *clock = new Clock(parent);
    clock->m_mode = Mode::Simulated;
    clock->m_baseMs = start.toMSecsSinceEpoch();
    clock->m_speed = speed;
    clock->m_since.start();
    return clock;
}

Clock *Clock::stepped(const QDateTime &start, QObject *parent)
{
    auto *clock = new Clock(parent);
    clock->m_mode = Mode::Stepped;
    clock->m_baseMs = start.toMSecsSinceEpoch();
    return clock;
}

qint64 Clock::nowMs() const
{
    switch (m_mode) {
    case Mode::Real:
        return QDateTime::currentMSecsSinceEpoch();
    case Mode::Stepped:
        return m_baseMs;
    case Mode::Simulated:
        if (m_paused)
            return m_baseMs;
        return m_baseMs + qint64(double(m_since.elapsed()) * m_speed);
    }
    return m_baseMs;
}

QDateTime Clock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

void Clock::rebase()
{
    m_baseMs = nowMs();
    m_since.restart();
}

void Clock::setSpeed(double speed)
{
    if (m_mode != Mode::Simulated || speed == m_speed || speed <= 0)
        return;
    rebase();
    m_speed = speed;
    Q_EMIT speedChanged(speed);
}

void Clock::setPaused(bool paused)
{
    if (m_mode != Mode::Simulated || paused == m_paused)
        return;
    rebase();
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
}

void Clock::setTime(const QDateTime &time)
{
    if (m_mode == Mode::Real)
        return;
    m_baseMs = time.toMSecsSinceEpoch();
    m_since.restart();
    Q_EMIT timeJumped(now());
}

void Clock::advance(qint64 ms)
{
    if (m_mode == Mode::Real)
        return;
    rebase();
    m_baseMs += ms;
    Q_EMIT timeJumped(now());
}
