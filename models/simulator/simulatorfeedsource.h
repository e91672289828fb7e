#pragma once

#include "daysimulator.h"
#include "feed/feedsource.h"
#include "feedplayer.h"

#include <QFutureWatcher>
#include <QPointer>

class Clock;

// The built-in simulator as a feed source: generates the day off the GUI
// thread, then plays it against the clock (the demo mode's live operation).
class SimulatorFeedSource : public FeedSource
{
    Q_OBJECT
public:
    SimulatorFeedSource(const SimulationParams &params, Clock *clock, QObject *parent = nullptr);
    ~SimulatorFeedSource() override;

    void start() override;
    void stop() override;
    QString description() const override;

    const SimulationParams &params() const { return m_params; }
    // The player once the day is generated (null before).
    FeedPlayer *player() const { return m_player; }

Q_SIGNALS:
    // The day is generated and starts playing.
    void generated(qsizetype lineCount);

private:
    void play(QVector<FeedLine> lines);

    SimulationParams m_params;
    Clock *m_clock;
    QFutureWatcher<QVector<FeedLine>> m_watcher;
    QPointer<FeedPlayer> m_player;
    bool m_stopped = false;
};
