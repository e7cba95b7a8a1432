#pragma once

// Private to the synthetic site generator: reproducible draws from raw 64-bit numbers.
// std::uniform_*_distribution differ between standard libraries; these do not.

#include "model/site_model.h"

#include <QtGlobal>

#include <array>
#include <random>
#include <utility>

namespace hectare::synthetic {

inline quint64 splitMix64(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Draws
{
public:
    explicit Draws(quint64 seed) : m_engine(splitMix64(seed)) {}

    quint64 next() { return m_engine(); }
    // Uniform in [0, 1), from the top 53 bits.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    // Uniform integer in [lo, hi]; the modulo bias is below 1e-15 for the ranges used here.
    int between(int lo, int hi) { return lo + int(next() % quint64(qint64(hi) - lo + 1)); }
    // A value from a table of (value, weight) pairs.
    template<typename T, std::size_t N>
    T weighted(const std::array<std::pair<T, double>, N> &table)
    {
        double total = 0;
        for (const auto &entry : table)
            total += entry.second;
        double u = unit() * total;
        for (const auto &entry : table) {
            if (u < entry.second)
                return entry.first;
            u -= entry.second;
        }
        return table.back().first;
    }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[std::size_t(next() % N)];
    }

private:
    std::mt19937_64 m_engine;
};

// Adds tenants and contracts, and gives racks (free and not blocked on entry) to them.
void addTenants(SiteModel &model, int tenantCount, Draws &draws);

} // namespace hectare::synthetic
