#pragma once

// A simulated delivery day in a private SQLite store, fed up to a moment of
// the day the way the live feed feeds it, with the crews board on top: what
// the map tests look at.

#include "../../support/operationfixture.h"
#include "core/timeformat.h"
#include "itemmodels/routeboardmodel.h"
#include "simulator/daysimulator.h"

#include <QDate>
#include <QTime>
#include <QTimeZone>
#include <memory>

class MapDayFixture
{
public:
    // `upTo` is the local time (Europe/Amsterdam) until which the day is fed.
    MapDayFixture(const QDate &day, const QTime &upTo, int vans = 24, int hubs = 2,
                  quint64 seed = 7)
        : m_day(day)
        , m_ops(QDateTime(day, upTo, TimeFormat::companyZone()))
    {
        SimulationParams params;
        params.date = day;
        params.seed = seed;
        params.vans = vans;
        params.hubs = hubs;
        m_lines = DaySimulator::generate(params);
        const qint64 until = m_ops.clock()->nowMs();
        QList<QByteArray> batch;
        for (; m_next < m_lines.size() && m_lines[m_next].tsMs <= until; ++m_next) {
            batch.append(m_lines[m_next].json);
            if (batch.size() == 500) {
                m_ops.feed(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty())
            m_ops.feed(batch);
        m_board = std::make_unique<RouteBoardModel>(m_ops.store(), m_ops.clock(), m_ops.notifier());
        m_board->setDay(day.toString(Qt::ISODate));
    }

    // Feeds the next `minutes` of the day (as one batch per minute) and moves the clock.
    void feedMinutes(int minutes)
    {
        for (int m = 0; m < minutes; ++m) {
            m_ops.advanceMinutes(1);
            const qint64 until = m_ops.clock()->nowMs();
            QList<QByteArray> batch;
            for (; m_next < m_lines.size() && m_lines[m_next].tsMs <= until; ++m_next)
                batch.append(m_lines[m_next].json);
            if (!batch.isEmpty())
                m_ops.feed(batch);
        }
    }

    OperationFixture &ops() { return m_ops; }
    OperationStore &store() { return m_ops.store(); }
    Clock *clock() { return m_ops.clock(); }
    ChangeNotifier *notifier() { return m_ops.notifier(); }
    RouteBoardModel *board() { return m_board.get(); }
    QString day() const { return m_day.toString(Qt::ISODate); }

private:
    QDate m_day;
    OperationFixture m_ops;
    QVector<FeedLine> m_lines;
    int m_next = 0;
    std::unique_ptr<RouteBoardModel> m_board;
};
