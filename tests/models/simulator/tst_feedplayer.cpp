// FeedPlayer hands out exactly the lines whose time has come on the clock,
// in order, once; SimulatorFeedSource generates a day and plays it.

#include "core/clock.h"
#include "simulator/feedplayer.h"
#include "simulator/simulatorfeedsource.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {

const qint64 T0 = QDateTime(QDate(2026, 11, 26), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// Lines at T0 + offsets (seconds); their text names their position.
QVector<FeedLine> linesAt(const QList<int> &offsets)
{
    QVector<FeedLine> lines;
    for (int i = 0; i < offsets.size(); ++i)
        lines.append({T0 + offsets[i] * 1000LL, QByteArray("line-") + QByteArray::number(i)});
    return lines;
}

QList<QByteArray> flatten(const QSignalSpy &spy)
{
    QList<QByteArray> out;
    for (const QList<QVariant> &call : spy)
        out += call.at(0).value<QList<QByteArray>>();
    return out;
}

QList<QByteArray> expected(int from, int to)
{
    QList<QByteArray> out;
    for (int i = from; i < to; ++i)
        out.append(QByteArray("line-") + QByteArray::number(i));
    return out;
}

} // namespace

class TestFeedPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emitsExactlyTheDueLines();
    void timerDeliversWithoutHelp();
    void clockJumpDeliversAtOnce();
    void bigJumpIsSplitIntoTicks();
    void stopHoldsTheLines();
    void pausedSimulatedClockHoldsTheLines();
    void emptyDayFinishesAtOnce();
    void simulatorSourcePlaysTheDay();
};

void TestFeedPlayer::emitsExactlyTheDueLines()
{
    Clock *clock =
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(T0 - 1000, QTimeZone::utc()), this);
    FeedPlayer player(linesAt({0, 0, 5, 10, 10, 60, 3600}), clock);
    player.setInterval(60000); // this test moves the clock and asks itself
    QSignalSpy due(&player, &FeedPlayer::linesDue);
    QSignalSpy finished(&player, &FeedPlayer::finished);
    QCOMPARE(player.count(), 7);

    player.start();
    QCOMPARE(due.count(), 0); // nothing before the first line's time
    QCOMPARE(player.position(), 0);

    clock->setTime(QDateTime::fromMSecsSinceEpoch(T0, QTimeZone::utc()));
    QCOMPARE(flatten(due), expected(0, 2)); // both lines at T0, the moment itself included
    clock->setTime(QDateTime::fromMSecsSinceEpoch(T0 + 9999, QTimeZone::utc()));
    QCOMPARE(flatten(due), expected(0, 3));
    player.deliverDue(); // nothing new: nothing emitted
    QCOMPARE(due.count(), 2);
    clock->advance(1);
    QCOMPARE(flatten(due), expected(0, 5));
    QCOMPARE(player.position(), 5);
    QCOMPARE(finished.count(), 0);
    clock->advance(3600 * 1000);
    QCOMPARE(flatten(due), expected(0, 7));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!player.isRunning());
    clock->advance(1000);
    player.deliverDue();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(flatten(due).size(), 7);
}

void TestFeedPlayer::timerDeliversWithoutHelp()
{
    // A running simulated clock never jumps: only the timer notices it moving.
    Clock *clock =
        Clock::simulated(QDateTime::fromMSecsSinceEpoch(T0, QTimeZone::utc()), 600, this);
    FeedPlayer player(linesAt({0, 30, 90}), clock);
    player.setInterval(10);
    QSignalSpy due(&player, &FeedPlayer::linesDue);
    QSignalSpy finished(&player, &FeedPlayer::finished);
    player.start();
    QCOMPARE(flatten(due), expected(0, 1));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(flatten(due), expected(0, 3));
    // Never a line before its time.
    QVERIFY(clock->nowMs() >= T0 + 90 * 1000);
}

void TestFeedPlayer::clockJumpDeliversAtOnce()
{
    Clock *clock = Clock::stepped(QDateTime::fromMSecsSinceEpoch(T0, QTimeZone::utc()), this);
    FeedPlayer player(linesAt({10, 20}), clock);
    player.setInterval(60000);
    QSignalSpy due(&player, &FeedPlayer::linesDue);
    player.start();
    QCOMPARE(due.count(), 0);
    clock->advance(15 * 1000);
    QCOMPARE(flatten(due), expected(0, 1));
    // Going back does not hand out anything twice.
    clock->setTime(QDateTime::fromMSecsSinceEpoch(T0, QTimeZone::utc()));
    clock->advance(25 * 1000);
    QCOMPARE(flatten(due), expected(0, 2));
}

void TestFeedPlayer::bigJumpIsSplitIntoTicks()
{
    QList<int> offsets;
    for (int i = 0; i < 25; ++i)
        offsets.append(i);
    Clock *clock =
        Clock::stepped(QDateTime::fromMSecsSinceEpoch(T0 + 3600 * 1000, QTimeZone::utc()), this);
    FeedPlayer player(linesAt(offsets), clock);
    player.setInterval(60000);
    player.setMaxLinesPerTick(10);
    QSignalSpy due(&player, &FeedPlayer::linesDue);
    QSignalSpy finished(&player, &FeedPlayer::finished);
    player.start();
    QCOMPARE(due.count(), 1);
    QCOMPARE(flatten(due), expected(0, 10));
    player.deliverDue();
    player.deliverDue();
    QCOMPARE(due.count(), 3);
    QCOMPARE(flatten(due), expected(0, 25));
    QCOMPARE(finished.count(), 1);
}

void TestFeedPlayer::stopHoldsTheLines()
{
    Clock *clock = Clock::stepped(QDateTime::fromMSecsSinceEpoch(T0, QTimeZone::utc()), this);
    FeedPlayer player(linesAt({0, 10}), clock);
    player.setInterval(10);
    QSignalSpy due(&player, &FeedPlayer::linesDue);
    player.start();
    player.stop();
    QVERIFY(!player.isRunning());
    clock->advance(60 * 1000); // a jump while stopped is not delivered
    QTest::qWait(50);
    QCOMPARE(flatten(due), expected(0, 1));
    player.start();
    QCOMPARE(flatten(due), expected(0, 2));
}

void TestFeedPlayer::pausedSimulatedClockHoldsTheLines()
{
    Clock *clock =
        Clock::simulated(QDateTime::fromMSecsSinceEpoch(T0, QTimeZone::utc()), 600, this);
    FeedPlayer player(linesAt({0, 60, 120}), clock); // 60 s of day = 100 ms at 600x
    player.setInterval(10);
    QSignalSpy due(&player, &FeedPlayer::linesDue);
    clock->setPaused(true);
    player.start();
    QTest::qWait(300);
    QCOMPARE(flatten(due), expected(0, 1));
    clock->setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(flatten(due), expected(0, 3), 5000);
}

void TestFeedPlayer::emptyDayFinishesAtOnce()
{
    Clock *clock = Clock::stepped(QDateTime::fromMSecsSinceEpoch(T0, QTimeZone::utc()), this);
    FeedPlayer player({}, clock);
    QSignalSpy finished(&player, &FeedPlayer::finished);
    player.start();
    QCOMPARE(finished.count(), 1);
}

void TestFeedPlayer::simulatorSourcePlaysTheDay()
{
    SimulationParams params;
    params.date = QDate(2026, 11, 26);
    params.seed = 5;
    params.vans = 6;
    const QVector<FeedLine> day = DaySimulator::generate(params);

    // A clock at noon: the morning arrives at once, the afternoon as the clock moves.
    Clock *clock =
        Clock::stepped(QDateTime(params.date, QTime(12, 0), QTimeZone("Europe/Amsterdam")), this);
    SimulatorFeedSource source(params, clock);
    QVERIFY(source.description().contains(QLatin1String("2026-11-26")));
    QVERIFY(source.description().contains(QLatin1String("6")));
    QSignalSpy lines(&source, &FeedSource::linesReady);
    QSignalSpy states(&source, &FeedSource::stateChanged);
    source.start();
    QCOMPARE(source.state(), FeedSource::State::Connecting);
    QTRY_COMPARE(source.state(), FeedSource::State::Live);
    QVERIFY(source.player());
    QCOMPARE(source.player()->count(), day.size());

    QList<QByteArray> got;
    for (const QList<QVariant> &call : lines) {
        got += call.at(0).value<QList<QByteArray>>();
        QCOMPARE(call.at(1).toLongLong(), 0);
    }
    qsizetype morning = 0;
    while (morning < day.size() && day[morning].tsMs <= clock->nowMs())
        ++morning;
    QVERIFY(morning > 0 && morning < day.size());
    QCOMPARE(got.size(), morning);

    clock->setTime(QDateTime(params.date.addDays(1), QTime(0, 0), QTimeZone("Europe/Amsterdam")));
    QTRY_COMPARE(source.state(), FeedSource::State::Finished);
    got.clear();
    for (const QList<QVariant> &call : lines)
        got += call.at(0).value<QList<QByteArray>>();
    QCOMPARE(got.size(), day.size());
    for (qsizetype i = 0; i < day.size(); ++i)
        QCOMPARE(got[i], day[i].json);
}

QTEST_GUILESS_MAIN(TestFeedPlayer)
#include "tst_feedplayer.moc"
