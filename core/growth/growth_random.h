#pragma once

// Reproducible draws for the growth Monte Carlo: one std::mt19937_64 per run, seeded from
// (seed, run index) through SplitMix64, so a run's numbers do not depend on which thread runs
// it. Values come from the raw 64-bit output (std::*_distribution differ between libraries).

#include <QtGlobal>

#include <algorithm>
#include <random>

namespace hectare::growth {

inline constexpr quint64 kGoldenGamma = 0x9e3779b97f4a7c15ULL;

// SplitMix64's output for state x (the state is advanced by the golden gamma first).
inline quint64 splitMix64(quint64 x)
{
    x += kGoldenGamma;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// The seed of run `run`: output run + 1 of a SplitMix64 stream started at `seed`.
inline quint64 runSeed(quint64 seed, quint64 run) { return splitMix64(seed + run * kGoldenGamma); }

class RunRandom
{
public:
    explicit RunRandom(quint64 seed) : m_engine(seed) {}

    // Uniform in [0, 1), from the top 53 bits.
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform integer in [0, n) for n ≥ 1.
    int below(int n) { return std::min(n - 1, int(unit() * n)); }

private:
    std::mt19937_64 m_engine;
};

} // namespace hectare::growth
