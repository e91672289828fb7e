// Clock: real time, simulated time at a speed (and paused), and the stepped
// clock that only moves when told; what each announces.

#include "core/clock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime start = QDateTime(QDate(2026, 11, 23), QTime(7, 30), Qt::UTC);

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realClockShowsSystemTime();
    void realClockCannotBeMoved();
    void simulatedClockRunsAtItsSpeed_data();
    void simulatedClockRunsAtItsSpeed();
    void speedChangeKeepsTimeContinuous();
    void pauseStopsTimeAndResumeGoesOn();
    void simulatedSetTimeJumps();
    void steppedClockStandsStill();
    void steppedClockAdvances();
};

void TestClock::realClockShowsSystemTime()
{
    std::unique_ptr<Clock> clock(Clock::realTime());
    QCOMPARE(clock->mode(), Clock::Mode::Real);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = clock->nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(before <= now && now <= after);
    QCOMPARE(clock->now().timeSpec(), Qt::UTC);
    QVERIFY(qAbs(clock->now().toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch()) < 1000);
}

void TestClock::realClockCannotBeMoved()
{
    std::unique_ptr<Clock> clock(Clock::realTime());
    QSignalSpy jumped(clock.get(), &Clock::timeJumped);
    QSignalSpy speed(clock.get(), &Clock::speedChanged);
    QSignalSpy paused(clock.get(), &Clock::pausedChanged);
    clock->advance(3600 * 1000);
    clock->setTime(start);
    clock->setSpeed(10);
    clock->setPaused(true);
    QVERIFY(qAbs(clock->nowMs() - QDateTime::currentMSecsSinceEpoch()) < 1000);
    QCOMPARE(clock->speed(), 1.0);
    QVERIFY(!clock->isPaused());
    QCOMPARE(jumped.count() + speed.count() + paused.count(), 0);
}

void TestClock::simulatedClockRunsAtItsSpeed_data()
{
    QTest::addColumn<double>("speed");
    QTest::newRow("real speed") << 1.0;
    QTest::newRow("60x") << 60.0;
    QTest::newRow("half speed") << 0.5;
}

void TestClock::simulatedClockRunsAtItsSpeed()
{
    QFETCH(double, speed);
    QElapsedTimer real;
    real.start();
    std::unique_ptr<Clock> clock(Clock::simulated(start, speed));
    QCOMPARE(clock->mode(), Clock::Mode::Simulated);
    QCOMPARE(clock->speed(), speed);
    const qint64 first = clock->nowMs();
    // Started at `start`, and no more has passed than real time allows.
    QVERIFY(first >= start.toMSecsSinceEpoch());
    QVERIFY(first <= start.toMSecsSinceEpoch() + qint64(speed * double(real.elapsed() + 1)) + 1);

    QElapsedTimer between;
    between.start();
    QTest::qSleep(100);
    const qint64 second = clock->nowMs();
    const qint64 elapsed = between.elapsed();
    const qint64 advanced = second - first;
    QVERIFY2(advanced >= qint64(speed * 100) - 2,
             qPrintable(QStringLiteral("advanced %1 ms in %2 ms").arg(advanced).arg(elapsed)));
    QVERIFY2(advanced <= qint64(speed * double(elapsed + 2)) + 2,
             qPrintable(QStringLiteral("advanced %1 ms in %2 ms").arg(advanced).arg(elapsed)));
    QCOMPARE(clock->now().toMSecsSinceEpoch() >= second, true);
}

void TestClock::speedChangeKeepsTimeContinuous()
{
    std::unique_ptr<Clock> clock(Clock::simulated(start, 10));
    QSignalSpy changed(clock.get(), &Clock::speedChanged);
    QSignalSpy jumped(clock.get(), &Clock::timeJumped);
    QTest::qSleep(50);
    const qint64 before = clock->nowMs();
    clock->setSpeed(100);
    const qint64 after = clock->nowMs();
    QCOMPARE(clock->speed(), 100.0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toDouble(), 100.0);
    // No jump: what passed until the change is kept at the old speed.
    QVERIFY(after >= before);
    QVERIFY2(after - before < 500, qPrintable(QString::number(after - before)));
    QCOMPARE(jumped.count(), 0);

    // Invalid or unchanged speeds are ignored.
    clock->setSpeed(100);
    clock->setSpeed(0);
    clock->setSpeed(-5);
    QCOMPARE(clock->speed(), 100.0);
    QCOMPARE(changed.count(), 1);

    // The new speed applies from now on.
    QElapsedTimer between;
    between.start();
    const qint64 a = clock->nowMs();
    QTest::qSleep(50);
    const qint64 b = clock->nowMs();
    QVERIFY(b - a >= 100 * 50 - 2);
    QVERIFY(b - a <= 100 * (between.elapsed() + 2) + 2);
}

void TestClock::pauseStopsTimeAndResumeGoesOn()
{
    std::unique_ptr<Clock> clock(Clock::simulated(start, 60));
    QSignalSpy paused(clock.get(), &Clock::pausedChanged);
    QSignalSpy jumped(clock.get(), &Clock::timeJumped);

    clock->setPaused(true);
    QVERIFY(clock->isPaused());
    QCOMPARE(paused.count(), 1);
    QCOMPARE(paused.at(0).at(0).toBool(), true);
    const qint64 frozen = clock->nowMs();
    QTest::qSleep(40);
    QCOMPARE(clock->nowMs(), frozen);
    clock->setPaused(true); // already paused: nothing
    QCOMPARE(paused.count(), 1);

    // Changing the speed while paused keeps it paused.
    clock->setSpeed(120);
    QCOMPARE(clock->nowMs(), frozen);

    clock->setPaused(false);
    QCOMPARE(paused.count(), 2);
    QCOMPARE(paused.at(1).at(0).toBool(), false);
    const qint64 resumed = clock->nowMs();
    QVERIFY(resumed >= frozen);
    QVERIFY2(resumed - frozen < 120 * 20, qPrintable(QString::number(resumed - frozen)));
    QTest::qSleep(30);
    QVERIFY(clock->nowMs() >= resumed + 120 * 30 - 2);
    QCOMPARE(jumped.count(), 0);
}

void TestClock::simulatedSetTimeJumps()
{
    std::unique_ptr<Clock> clock(Clock::simulated(start, 60));
    QSignalSpy jumped(clock.get(), &Clock::timeJumped);
    const QDateTime target = start.addSecs(3 * 3600);
    clock->setTime(target);
    QCOMPARE(jumped.count(), 1);
    const QDateTime announced = jumped.at(0).at(0).toDateTime();
    QVERIFY(announced.toMSecsSinceEpoch() >= target.toMSecsSinceEpoch());
    QVERIFY(announced.toMSecsSinceEpoch() < target.toMSecsSinceEpoch() + 60 * 100);
    QVERIFY(clock->nowMs() >= target.toMSecsSinceEpoch());

    // While paused, a jump lands exactly and stays there.
    clock->setPaused(true);
    clock->setTime(start);
    QCOMPARE(clock->nowMs(), start.toMSecsSinceEpoch());
    QTest::qSleep(20);
    QCOMPARE(clock->nowMs(), start.toMSecsSinceEpoch());
    clock->advance(60000);
    QCOMPARE(clock->nowMs(), start.toMSecsSinceEpoch() + 60000);
    QCOMPARE(jumped.count(), 3);
    QVERIFY(clock->isPaused());
}

void TestClock::steppedClockStandsStill()
{
    std::unique_ptr<Clock> clock(Clock::stepped(start));
    QCOMPARE(clock->mode(), Clock::Mode::Stepped);
    QCOMPARE(clock->nowMs(), start.toMSecsSinceEpoch());
    QTest::qSleep(20);
    QCOMPARE(clock->nowMs(), start.toMSecsSinceEpoch());
    QCOMPARE(clock->now(), start);
    QCOMPARE(clock->now().timeSpec(), Qt::UTC);

    QSignalSpy speed(clock.get(), &Clock::speedChanged);
    QSignalSpy paused(clock.get(), &Clock::pausedChanged);
    clock->setSpeed(10);
    clock->setPaused(true);
    QCOMPARE(speed.count() + paused.count(), 0);
    QCOMPARE(clock->nowMs(), start.toMSecsSinceEpoch());
}

void TestClock::steppedClockAdvances()
{
    std::unique_ptr<Clock> clock(Clock::stepped(start));
    QSignalSpy jumped(clock.get(), &Clock::timeJumped);
    clock->advance(90 * 1000);
    QCOMPARE(clock->nowMs(), start.toMSecsSinceEpoch() + 90 * 1000);
    QCOMPARE(jumped.count(), 1);
    QCOMPARE(jumped.at(0).at(0).toDateTime(), start.addSecs(90));
    clock->advance(250);
    clock->advance(250);
    QCOMPARE(clock->nowMs(), start.toMSecsSinceEpoch() + 90 * 1000 + 500);
    QCOMPARE(jumped.count(), 3);

    const QDateTime evening = QDateTime(QDate(2026, 11, 23), QTime(19, 0), Qt::OffsetFromUTC, 3600);
    clock->setTime(evening);
    QCOMPARE(clock->nowMs(), evening.toMSecsSinceEpoch());
    QCOMPARE(clock->now(), evening); // the same instant
    QCOMPARE(jumped.count(), 4);
    QCOMPARE(jumped.at(3).at(0).toDateTime().toMSecsSinceEpoch(), evening.toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
