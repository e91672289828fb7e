#pragma once

#include <QtGlobal>

// The simulator's own random numbers: xoshiro256** seeded through splitmix64,
// with range conversions written here, so that the same seed gives the same
// day on every machine and standard library (std:: distributions differ).
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_s)
            word = splitMix(x);
    }

    // Mixes several values into one seed, for independent streams (per van, per day).
    static quint64 mix(quint64 a, quint64 b)
    {
        quint64 x = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
        return splitMix(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1), 53 bits.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    // Uniform whole number in [lo, hi] (inclusive), without modulo bias worth noting.
    int range(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 span = quint64(qint64(hi) - qint64(lo) + 1);
        return int(qint64(lo) + qint64((next() >> 11) % span));
    }
    bool chance(double p) { return unit() < p; }
    // Roughly normal (Irwin-Hall of four uniforms), mean 0, standard deviation 1.
    double gaussish()
    {
        const double sum = unit() + unit() + unit() + unit();
        return (sum - 2.0) * 1.7320508075688772;
    }
    template<typename T, int N> const T &pick(const T (&items)[N])
    {
        return items[range(0, N - 1)];
    }
    // Index into `weights` (all >= 0, not all 0) chosen in proportion to the weight.
    template<typename Container> int weighted(const Container &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = unit() * total;
        int i = 0;
        for (double w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 m_s[4];
};
