#include "etabandcalibrator.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// Upper edges (minutes) of the horizon buckets; the last is open.
constexpr std::array<double, EtaBandCalibrator::BucketCount - 1> Edges = {10, 20,  30,  45,  60,
                                                                          90, 120, 180, 240, 360};
constexpr double Midpoints[EtaBandCalibrator::BucketCount] = {5,   15,  25,  37,  52, 75,
                                                              105, 150, 210, 300, 420};
constexpr int MaxErrorsPerBucket = 3000;
// How many errors the prior is worth.
constexpr double PriorWeight = 25;

double quantile(std::vector<float> &values, double q)
{
    const size_t k =
        size_t(std::clamp(q * double(values.size() - 1), 0.0, double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + qptrdiff(k), values.end());
    return values[k];
}

} // namespace

EtaBandCalibrator::EtaBandCalibrator(double level)
    : m_level(level)
{
    clear();
}

void EtaBandCalibrator::clear()
{
    for (int i = 0; i < BucketCount; ++i) {
        m_buckets[size_t(i)] = Bucket();
        m_bands[size_t(i)] = priorBand(Midpoints[i], m_level);
    }
}

int EtaBandCalibrator::bucketOf(double horizonMin)
{
    for (int i = 0; i < int(Edges.size()); ++i) {
        if (horizonMin < Edges[size_t(i)])
            return i;
    }
    return BucketCount - 1;
}

EtaBandCalibrator::Band EtaBandCalibrator::priorBand(double horizonMin, double level)
{
    // A normal-ish spread, skewed late: delays pile up, hurry does not.
    const double h = std::max(0.0, horizonMin);
    const double spread = 4.0 + 0.12 * h;
    const double z = 1.2816 * level / 0.8; // close enough around 80%
    Band b;
    b.lowMin = -z * spread * 0.8;
    b.highMin = z * spread * 1.2;
    return b;
}

void EtaBandCalibrator::addError(double horizonMin, double errorMin)
{
    if (!std::isfinite(errorMin))
        return;
    Bucket &b = m_buckets[size_t(bucketOf(horizonMin))];
    if (b.errors.size() < MaxErrorsPerBucket) {
        b.errors.append(float(errorMin));
    } else {
        b.errors[b.next] = float(errorMin);
        b.next = (b.next + 1) % MaxErrorsPerBucket;
    }
    b.dirty = true;
}

int EtaBandCalibrator::samples(double horizonMin) const
{
    return int(m_buckets[size_t(bucketOf(horizonMin))].errors.size());
}

void EtaBandCalibrator::refresh()
{
    // Errors grow through the day while the quantiles come from earlier ones:
    // aim a little wider than asked.
    const double tail = (1.0 - std::min(0.95, m_level + 0.05)) / 2.0;
    for (int i = 0; i < BucketCount; ++i) {
        Bucket &b = m_buckets[size_t(i)];
        if (!b.dirty)
            continue;
        b.dirty = false;
        const Band prior = priorBand(Midpoints[i], m_level);
        const double n = double(b.errors.size());
        if (n < 3) {
            m_bands[size_t(i)] = prior;
            continue;
        }
        std::vector<float> values(b.errors.cbegin(), b.errors.cend());
        const double lo = quantile(values, tail);
        const double hi = quantile(values, 1.0 - tail);
        const double w = n / (n + PriorWeight);
        // The estimate itself is not moved by its typical error: errors are
        // known first for stops that came early, and a shift learnt from
        // them made estimates worse, not better.
        Band band;
        band.lowMin = w * lo + (1 - w) * prior.lowMin;
        band.highMin = w * hi + (1 - w) * prior.highMin;
        band.lowMin = std::min(band.lowMin, -0.5);
        band.highMin = std::max(band.highMin, 0.5);
        m_bands[size_t(i)] = band;
    }
}
