#pragma once

#include <QVector>
#include <QtGlobal>
#include <array>

// The band around an estimate, from the errors the estimator itself made
// earlier today: for each horizon (minutes from the estimate to the estimated
// arrival), the empirical quantiles of (real arrival - estimate), blended
// with a prior that widens with the horizon while few errors are known.
class EtaBandCalibrator
{
public:
    static constexpr int BucketCount = 11;

    struct Band
    {
        double lowMin = 0;  // add to the estimate for the low end (negative)
        double highMin = 0; // add for the high end (positive)
    };

    explicit EtaBandCalibrator(double level = 0.8);

    void clear();
    // The estimator said `estimatedMin` minutes ahead and was off by
    // `errorMin` (real - estimate, positive when late).
    void addError(double horizonMin, double errorMin);
    // Recomputes the quantiles once after a batch of errors.
    void refresh();

    Band band(double horizonMin) const { return m_bands[size_t(bucketOf(horizonMin))]; }
    int samples(double horizonMin) const;

    static int bucketOf(double horizonMin);
    // The prior band at a horizon: a few minutes near the door, a good part of
    // an hour four hours ahead.
    static Band priorBand(double horizonMin, double level);

private:
    struct Bucket
    {
        QVector<float> errors; // a ring of the newest errors
        int next = 0;
        bool dirty = false;
    };
    std::array<Bucket, BucketCount> m_buckets;
    std::array<Band, BucketCount> m_bands;
    double m_level;
};
