#pragma once

#include "daysimulator.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QVector>

class Clock;

// Plays a day of feed lines against a clock: every tick hands out the lines
// whose time has come, so a simulated clock that runs faster, pauses or jumps
// ahead sees the operation unfold at its own pace.
class FeedPlayer : public QObject
{
    Q_OBJECT
public:
    // `lines` sorted by tsMs; the clock is not owned.
    FeedPlayer(QVector<FeedLine> lines, Clock *clock, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    // Lines handed out so far, and in all.
    qsizetype position() const { return m_position; }
    qsizetype count() const { return m_lines.size(); }
    const QVector<FeedLine> &lines() const { return m_lines; }

    // Real milliseconds between ticks (default 100).
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // At most this many lines per tick (default 20000), so a clock that jumps
    // over hours does not hand a whole day to the receiver in one piece.
    void setMaxLinesPerTick(int lines) { m_maxPerTick = qMax(1, lines); }

public Q_SLOTS:
    // Hands out what is due now; the timer calls it, tests may too.
    void deliverDue();

Q_SIGNALS:
    void linesDue(const QList<QByteArray> &lines);
    void finished();

private:
    QVector<FeedLine> m_lines;
    Clock *m_clock;
    QTimer m_timer;
    qsizetype m_position = 0;
    int m_maxPerTick = 20000;
    bool m_finished = false;
};
