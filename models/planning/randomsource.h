#pragma once

#include <cstdint>
#include <vector>

// A small, fast and reproducible random source (xoshiro256**), so that the
// solver gives the same plan for the same seed on every platform.
namespace Planning {

class RandomSource
{
public:
    explicit RandomSource(std::uint64_t seed)
    {
        for (auto &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(uniform() * n); }

    template<typename T> void shuffle(std::vector<T> &values)
    {
        for (size_t i = values.size(); i > 1; --i)
            std::swap(values[i - 1], values[size_t(below(int(i)))]);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

} // namespace Planning
