#include "percentiles.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace hectare {

int nearestRank(double q, int n)
{
    // The small margin keeps 0.1 × 10000, which is 1000.0000000000001 in floating point, at 1000.
    const int rank = int(std::ceil(q * n - 1e-9));
    return std::clamp(rank, 1, std::max(1, n));
}

double percentileOf(std::vector<double> &values, double q)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto k = values.begin() + (nearestRank(q, int(values.size())) - 1);
    std::nth_element(values.begin(), k, values.end());
    return *k;
}

std::vector<std::vector<double>> cellPercentiles(const std::vector<double> &values, int runs, std::size_t cells,
                                                 const std::vector<double> &qs, int threads)
{
    std::vector<std::vector<double>> out(qs.size(), std::vector<double>(cells));
    const auto work = [&](std::size_t begin, std::size_t end) {
        std::vector<double> column(std::size_t(std::max(0, runs)));
        for (std::size_t c = begin; c < end; ++c) {
            for (int r = 0; r < runs; ++r)
                column[std::size_t(r)] = values[std::size_t(r) * cells + c];
            // Ascending qs: each nth_element leaves the larger values after its rank.
            for (std::size_t i = 0; i < qs.size(); ++i)
                out[i][c] = percentileOf(column, qs[i]);
        }
    };
    const std::size_t workers = std::clamp<std::size_t>(std::size_t(std::max(1, threads)), 1, std::max<std::size_t>(1, cells));
    std::vector<std::thread> pool;
    const std::size_t per = (cells + workers - 1) / workers;
    for (std::size_t w = 1; w < workers; ++w)
        pool.emplace_back(work, std::min(cells, w * per), std::min(cells, (w + 1) * per));
    work(0, std::min(cells, per));
    for (std::thread &t : pool)
        t.join();
    return out;
}

} // namespace hectare
