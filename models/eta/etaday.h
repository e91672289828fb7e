#pragma once

#include "etabandcalibrator.h"
#include "etabreakclock.h"
#include "etaestimator.h"
#include "etalearner.h"
#include "etaroute.h"
#include "etasettings.h"
#include "stopeta.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

// The operation as the estimator follows it through a day: routes, stops and
// vans as the store reads them after each applied batch. Whatever changed
// since the previous reading (an arrival, a completion, a start, a repair) is
// taught to the learner, and each arrival tells the band calibrator how far
// off the earlier estimates for that stop were. Not thread-safe: one owner.
class EtaDay
{
public:
    explicit EtaDay(const EtaSettings &settings = {});
    Q_DISABLE_COPY(EtaDay)

    void clear();
    const EtaSettings &settings() const { return m_settings; }
    void setSettings(const EtaSettings &settings);

    // Feed vans before the routes of the same batch, so that a breakdown
    // is known when the legs it spoilt are looked at.
    void setVehicle(const Vehicle &vehicle);
    // The route and its stops as stored now (dropped stops are ignored).
    void setRoute(const Route &route, const QVector<Stop> &stops);

    // Every pending stop of the day of `now` (company time), estimated now.
    // Also keeps a few of the estimates to measure their error when the stop
    // is reached.
    EtaSnapshot estimateAll(qint64 now);
    QVector<StopEta> estimateRoute(const QString &routeId, qint64 now);

    const EtaLearner &learner() const { return m_learner; }
    const EtaBandCalibrator &calibrator() const { return m_calibrator; }
    const QHash<QString, EtaRoute> &routes() const { return m_routes; }
    const Vehicle *vehicle(const QString &id) const;
    // The route a stop of the current plans belongs to; empty when unknown.
    QString routeOfStop(const QString &stopId) const { return m_routeOfStop.value(stopId); }

private:
    struct Sample
    {
        qint64 at = 0;
        qint64 rawEta = 0; // what the band was put around
    };

    void learnFrom(const EtaRoute *before, const EtaRoute &after);
    void learnArrival(const EtaRoute &route, int index);
    void learnCompletion(const EtaRoute &route, int index);
    bool disturbed(const QString &vehicleId, qint64 from, qint64 to) const;
    // The day's break moment from all plans, after a plan changed.
    void updateBreakClock();
    void applyBreakMoment(EtaRoute &route) const;

    EtaSettings m_settings;
    EtaLearner m_learner;
    EtaBandCalibrator m_calibrator;
    EtaEstimator m_estimator;
    QHash<QString, EtaRoute> m_routes;
    QHash<QString, Vehicle> m_vehicles;
    QHash<QString, QVector<qint64>> m_statusTimes; // by vehicle: when its status changed
    QHash<QString, QVector<Sample>> m_samples;     // by stop
    QHash<QString, QString> m_routeOfStop;
    QSet<QString> m_hadBreak; // vehicles seen on or back from a break
    qint64 m_lastSampleAt = 0;
    std::optional<double> m_breakMoment; // minutes of the local day
    bool m_breakClockDirty = false;
};
