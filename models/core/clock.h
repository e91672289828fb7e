#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

// The one source of time for the whole core. Real time, simulated time that
// runs faster (or paused), or a stepped clock that only tests move.
// Nothing in models/ reads the system clock directly.
class Clock : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Real, Simulated, Stepped };
    Q_ENUM(Mode)

    explicit Clock(QObject *parent = nullptr);

    // A clock that shows the system time.
    static Clock *realTime(QObject *parent = nullptr);
    // A clock that starts at `start` and runs at `speed` times real time.
    static Clock *simulated(const QDateTime &start, double speed, QObject *parent = nullptr);
    // A clock that stands still at `start` until advance() or setTime().
    static Clock *stepped(const QDateTime &start, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    QDateTime now() const;
    qint64 nowMs() const;

    double speed() const { return m_speed; }
    bool isPaused() const { return m_paused; }

    void setSpeed(double speed);
    void setPaused(bool paused);
    void setTime(const QDateTime &time);
    void advance(qint64 ms);

Q_SIGNALS:
    void speedChanged(double speed);
    void pausedChanged(bool paused);
    // Emitted when the time jumps (setTime/advance); running time does not jump.
    void timeJumped(const QDateTime &now);

private:
    void rebase();

    Mode m_mode = Mode::Real;
    double m_speed = 1.0;
    bool m_paused = false;
    qint64 m_baseMs = 0;   // clock time at the last rebase
    QElapsedTimer m_since; // real time since the last rebase
};
