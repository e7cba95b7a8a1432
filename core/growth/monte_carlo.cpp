#include "monte_carlo.h"

#include "exhaustion.h"
#include "growth_random.h"
#include "growth_run.h"

#include <QCoreApplication>

#include <algorithm>
#include <thread>

namespace hectare {
namespace {

constexpr int kChunkRuns = 32;   // runs a thread claims at a time

struct Counts
{
    std::vector<int> exhaustion;
    std::vector<int> exceedance;
};

// Counts one run's exhaustion months and exceedances into `counts`.
void countRun(const GrowthInputs &in, const std::vector<double> &capacity, const double *demand,
              std::vector<double> &resourceDemandRow, Counts &counts)
{
    for (int scope = 0; scope < in.scopeCount(); ++scope)
        for (int r = 0; r < kGrowthResourceCount; ++r) {
            if (!in.hasResource(scope, r))
                continue;
            resourceDemand(in, demand, scope, r, resourceDemandRow.data());
            const double *cap = capacity.data() + in.capacityIndex(scope, r, 0);
            int *exceeded = counts.exceedance.data() + in.capacityIndex(scope, r, 0);
            int first = -1;
            for (int t = 0; t < in.months; ++t)
                if (resourceDemandRow[std::size_t(t)] > cap[t]) {
                    ++exceeded[t];
                    if (first < 0)
                        first = t;
                }
            const std::size_t row = (std::size_t(scope) * kGrowthResourceCount + std::size_t(r)) * std::size_t(in.months + 1);
            ++counts.exhaustion[row + std::size_t(first < 0 ? in.months : first)];
        }
}

} // namespace

Result<MonteCarloTally> runMonteCarlo(const GrowthInputs &in, const std::vector<double> &capacity,
                                      const MonteCarloSettings &settings)
{
    MonteCarloTally tally;
    tally.runs = std::max(0, settings.runs);
    tally.months = in.months;
    const std::size_t demandSize = in.demandSize();
    tally.demand.assign(std::size_t(tally.runs) * demandSize, 0.0);
    const std::size_t exhaustionSize = std::size_t(in.scopeCount()) * kGrowthResourceCount * std::size_t(in.months + 1);

    const int threads = std::clamp(settings.threads, 1, std::max(1, (tally.runs + kChunkRuns - 1) / kChunkRuns));
    std::vector<Counts> counts(std::size_t(threads), Counts{std::vector<int>(exhaustionSize, 0),
                                                            std::vector<int>(in.capacitySize(), 0)});
    std::atomic<int> nextChunk{0};
    std::atomic<int> done{0};
    std::atomic<bool> stopped{false};

    const auto worker = [&](int w) {
        RunScratch scratch;
        std::vector<double> row(std::size_t(in.months));
        for (;;) {
            const int first = nextChunk.fetch_add(1) * kChunkRuns;
            if (first >= tally.runs)
                return;
            const int last = std::min(tally.runs, first + kChunkRuns);
            for (int run = first; run < last; ++run) {
                if (stopped.load(std::memory_order_relaxed)
                    || (settings.cancel && settings.cancel->load(std::memory_order_relaxed))) {
                    stopped = true;
                    return;
                }
                growth::RunRandom random(growth::runSeed(settings.seed, quint64(run)));
                simulateRun(in, capacity, random, scratch);
                std::copy(scratch.demand.begin(), scratch.demand.end(),
                          tally.demand.begin() + std::ptrdiff_t(std::size_t(run) * demandSize));
                countRun(in, capacity, scratch.demand.data(), row, counts[std::size_t(w)]);
            }
            const int finished = done.fetch_add(last - first) + (last - first);
            if (w == 0 && settings.progress)
                settings.progress(double(finished) / tally.runs);
        }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < threads; ++w)
        pool.emplace_back(worker, w);
    worker(0);
    for (std::thread &t : pool)
        t.join();
    if (stopped)
        return Error{QString(), QCoreApplication::translate("hectare::Growth", "cancelled")};

    tally.exhaustion.assign(exhaustionSize, 0);
    tally.exceedance.assign(in.capacitySize(), 0);
    for (const Counts &c : counts) {
        for (std::size_t i = 0; i < exhaustionSize; ++i)
            tally.exhaustion[i] += c.exhaustion[i];
        for (std::size_t i = 0; i < c.exceedance.size(); ++i)
            tally.exceedance[i] += c.exceedance[i];
    }
    return tally;
}

} // namespace hectare
