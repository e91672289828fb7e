#pragma once

#include "etabandcalibrator.h"
#include "etalearner.h"
#include "etaroute.h"
#include "etasettings.h"
#include "stopeta.h"

#include <QVector>

// Estimates the arrival at every pending stop of a route from where the crew
// is now: the stop it is at (or left last, or the hub), the van's position,
// a breakdown or break that holds it, then leg by leg the learnt travel and
// service times and the windows. Pure logic on plain values; the learner and
// the calibrator are read, never changed.
class EtaEstimator
{
public:
    // An estimate before its band: what the band calibrator learns from.
    struct Raw
    {
        int index = -1;     // into EtaRoute::stops
        qint64 eta = 0;     // ms since epoch
        double holdMin = 0; // minutes of a repair still to come in it
    };

    EtaEstimator(const EtaSettings &settings, const EtaLearner &learner,
                 const EtaBandCalibrator &calibrator);

    // Raw estimates for the pending stops of `route`, in the order the crew
    // will drive them. `vehicle` may be null.
    void estimateRaw(const EtaRoute &route, const Vehicle *vehicle, qint64 now,
                     QVector<Raw> &out) const;
    // The estimate with its band, as shown.
    StopEta finish(const EtaRoute &route, const Raw &raw, qint64 now) const;

    QVector<StopEta> estimate(const EtaRoute &route, const Vehicle *vehicle, qint64 now) const;
    // For tests and one-off use: plain values in, estimates out.
    QVector<StopEta> estimate(const Route &route, const QVector<Stop> &stops,
                              const Vehicle *vehicle, qint64 now) const;

    static bool isPending(const Stop &stop);

private:
    double serviceMin(const EtaRoute &route, int index) const;
    double legMin(const EtaRoute &route, int index, qint64 departure) const;

    const EtaSettings &m_settings;
    const EtaLearner &m_learner;
    const EtaBandCalibrator &m_calibrator;
};
