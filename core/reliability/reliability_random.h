#pragma once

// Reproducible draws for the availability Monte Carlo: one generator per simulated year, seeded
// from (seed, year) like the growth Monte Carlo's runs (growth_random.h), so that a year's numbers
// do not depend on which thread simulates it. xoshiro256** rather than std::mt19937_64 because a
// year is only a few microseconds of work and the Mersenne Twister's seeding alone costs about one.

#include "growth/growth_random.h"

#include <cmath>

namespace hectare::reliability {

class YearRandom
{
public:
    explicit YearRandom(quint64 seed)
    {
        for (quint64 &word : m_state) {   // SplitMix64 outputs, as xoshiro's authors recommend
            word = growth::splitMix64(seed);
            seed += growth::kGoldenGamma;
        }
    }

    // Uniform in [0, 1), from the top 53 bits.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    // Exponential with the given mean (inverse transform; 1 − u is in (0, 1]).
    double exponential(double mean) { return -mean * std::log1p(-unit()); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    quint64 m_state[4];
};

} // namespace hectare::reliability
