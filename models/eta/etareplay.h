#pragma once

#include "etasettings.h"
#include "stopeta.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <functional>

class EtaDay;

// Replays a feed into an empty in-memory store, in file order, and at every
// `everyMs` of feed time (on the clock's round multiples) estimates every
// pending stop from what was applied up to that moment, never later. What
// the eta-replay command prints and the ETA benchmark scores.
class EtaReplay
{
public:
    // Called at each moment with the day as it stood and its estimates;
    // returns false to end the replay there.
    using TickHandler = std::function<bool(qint64 at, EtaDay &day, const EtaSnapshot &snapshot)>;

    struct Summary
    {
        qint64 lines = 0;
        qint64 applied = 0;
        qint64 rejected = 0;
        qint64 ticks = 0;
        qint64 estimates = 0;
        qint64 ingestNs = 0;   // applying the feed to the store
        qint64 readNs = 0;     // reading what changed back into the day
        qint64 estimateNs = 0; // estimating
    };

    explicit EtaReplay(const EtaSettings &settings = {}, qint64 everyMs = 10 * 60 * 1000);

    // Throws StoreError when the in-memory store cannot be made.
    Summary run(const QList<QByteArray> &lines, const TickHandler &onTick) const;

    // The moment an event line happened, without applying it; 0 when unreadable.
    static qint64 eventTime(const QByteArray &line);

private:
    EtaSettings m_settings;
    qint64 m_everyMs;
};

// Writes times as the feed does (RFC 3339 in the company's zone, to the
// second, with its offset), fast enough for a line per stop per moment: the
// zone's offset is looked up once per hour of time.
class FeedTimeWriter
{
public:
    QByteArray format(qint64 msecsSinceEpoch);

private:
    QHash<qint64, int> m_offsetByHour;
};

// One line of eta-replay's output, exactly:
// {"at": TIME, "stop": ID, "eta": TIME, "low": TIME, "high": TIME}
QByteArray etaReplayLine(FeedTimeWriter &times, const QByteArray &at, const StopEta &eta);
