#include "availability_mc.h"

#include "downtime_histogram.h"
#include "year_simulation.h"

#include "growth/growth_random.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <thread>

namespace hectare::reliability {
namespace {

constexpr int kChunkYears = 256;   // years a thread claims at a time; sums are kept per chunk

// What a thread counts. Integers, so that adding the threads' counts in any order gives the same.
struct Counts
{
    std::vector<qint64> withoutDowntime;   // [metric]
    std::vector<qint64> interruptions;     // [metric]
    std::vector<qint64> histogram;         // [metric × kDowntimeBins + bin]
};

// Metrics in the order loads, paths, coolings, site, load sets.
struct Layout
{
    int loads, paths, coolings, sets, items;
    int metrics() const { return loads + paths + coolings + 1 + sets; }
    int site() const { return loads + paths + coolings; }
    // A chunk's sums: downtime [metric], downtime² [metrics + metric], importance [2 × metrics + item].
    int stride() const { return 2 * metrics() + items; }
};

// A thread's buffers for the load sets' downtime.
struct SetScratch
{
    std::vector<Intervals> down;   // per set
    Intervals scratch;
};

const Intervals &metricDown(const YearSimulation &sim, const Layout &layout, const SetScratch &sets, int m)
{
    if (m < layout.loads)
        return sim.load(m);
    if (m < layout.loads + layout.paths)
        return sim.path(m - layout.loads);
    if (m < layout.site())
        return sim.cooling(m - layout.loads - layout.paths);
    if (m == layout.site())
        return sim.site();
    return sets.down[std::size_t(m - layout.site() - 1)];
}

void simulateYear(YearSimulation &sim, const Layout &layout, const AvailabilityOptions &options, int year,
                  double *sums, Counts &counts, SetScratch &sets)
{
    YearRandom random(growth::runSeed(options.seed, quint64(year)));
    sim.draw(random);
    sim.evaluate();
    for (std::size_t s = 0; s < options.loadSets.size(); ++s) {
        Intervals &down = sets.down[s];
        down.clear();
        for (int load : options.loadSets[s])
            uniteInto(down, sim.load(load), sets.scratch);
    }
    const int metrics = layout.metrics();
    for (int m = 0; m < metrics; ++m) {
        const Intervals &down = metricDown(sim, layout, sets, m);
        if (down.empty()) {
            ++counts.withoutDowntime[std::size_t(m)];
            continue;
        }
        const double hours = totalHours(down);
        sums[m] += hours;
        sums[metrics + m] += hours * hours;
        counts.interruptions[std::size_t(m)] += qint64(down.size());
        ++counts.histogram[std::size_t(m) * kDowntimeBins + std::size_t(downtimeBin(hours))];
    }
    if (!options.importance || sim.site().empty())
        return;
    const double siteHours = totalHours(sim.site());
    for (int item = 0; item < layout.items; ++item)
        if (sim.itemFailed(item)) {
            sim.evaluate(item);
            sums[2 * metrics + item] += siteHours - totalHours(sim.site());
        }
}

AvailabilityFigures figures(int years, double sum, double sumSquares, qint64 withoutDowntime, qint64 interruptions,
                            const std::vector<qint64> &histogram)
{
    AvailabilityFigures f;
    const double n = years;
    f.downtimeHoursPerYear = sum / n;
    f.availability = 1 - f.downtimeHoursPerYear / kHoursPerYear;
    if (years > 1) {
        const double variance = std::max(0.0, (sumSquares - n * f.downtimeHoursPerYear * f.downtimeHoursPerYear) / (n - 1));
        f.downtimeSigma = std::sqrt(variance / n);
    }
    f.downtimeP90Hours = downtimePercentile(histogram, withoutDowntime, years, 0.9);
    f.noOutageYearShare = double(withoutDowntime) / n;
    f.interruptionsPerYear = double(interruptions) / n;
    return f;
}

} // namespace

Result<AvailabilityResult> runAvailability(const Network &network, const AvailabilityOptions &options)
{
    if (Status valid = validate(network); !valid)
        return valid.error();
    const int years = std::max(1, options.years);
    for (std::size_t s = 0; s < options.loadSets.size(); ++s)
        for (int load : options.loadSets[s])
            if (load < 0 || load >= int(network.loads.size()))
                return Error{QCoreApplication::translate("hectare::Reliability", "Load set %1").arg(s + 1),
                             QCoreApplication::translate("hectare::Reliability", "load %1 does not exist").arg(load)};
    const Layout layout{int(network.loads.size()), int(network.paths.size()), int(network.coolings.size()),
                        int(options.loadSets.size()), int(network.units.size()) + 1};
    const int metrics = layout.metrics();
    const int chunks = (years + kChunkYears - 1) / kChunkYears;
    std::vector<double> chunkSums(std::size_t(chunks) * std::size_t(layout.stride()), 0.0);

    const int threads = std::clamp(options.threads, 1, chunks);
    std::vector<Counts> counts(std::size_t(threads),
                               Counts{std::vector<qint64>(std::size_t(metrics), 0), std::vector<qint64>(std::size_t(metrics), 0),
                                      std::vector<qint64>(std::size_t(metrics) * kDowntimeBins, 0)});
    std::atomic<int> nextChunk{0};
    std::atomic<int> done{0};
    std::atomic<bool> stopped{false};

    const auto worker = [&](int w) {
        YearSimulation sim(network);
        SetScratch sets{std::vector<Intervals>(options.loadSets.size()), {}};
        for (;;) {
            const int chunk = nextChunk.fetch_add(1);
            if (chunk >= chunks)
                return;
            const int first = chunk * kChunkYears;
            const int last = std::min(years, first + kChunkYears);
            double *sums = chunkSums.data() + std::size_t(chunk) * std::size_t(layout.stride());
            for (int year = first; year < last; ++year) {
                if (stopped.load(std::memory_order_relaxed)
                    || (options.cancel && options.cancel->load(std::memory_order_relaxed))) {
                    stopped = true;
                    return;
                }
                simulateYear(sim, layout, options, year, sums, counts[std::size_t(w)], sets);
            }
            const int finished = done.fetch_add(last - first) + (last - first);
            if (w == 0 && options.progress)
                options.progress(double(finished) / years);
        }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < threads; ++w)
        pool.emplace_back(worker, w);
    worker(0);
    for (std::thread &t : pool)
        t.join();
    if (stopped)
        return Error{QString(), QCoreApplication::translate("hectare::Reliability", "cancelled")};

    // Chunk sums in chunk order: the same additions whatever thread did which chunk.
    std::vector<double> sums(std::size_t(layout.stride()), 0.0);
    for (int chunk = 0; chunk < chunks; ++chunk)
        for (int i = 0; i < layout.stride(); ++i)
            sums[std::size_t(i)] += chunkSums[std::size_t(chunk) * std::size_t(layout.stride()) + std::size_t(i)];
    Counts total{std::vector<qint64>(std::size_t(metrics), 0), std::vector<qint64>(std::size_t(metrics), 0),
                 std::vector<qint64>(std::size_t(metrics) * kDowntimeBins, 0)};
    for (const Counts &c : counts) {
        for (std::size_t i = 0; i < total.withoutDowntime.size(); ++i) {
            total.withoutDowntime[i] += c.withoutDowntime[i];
            total.interruptions[i] += c.interruptions[i];
        }
        for (std::size_t i = 0; i < total.histogram.size(); ++i)
            total.histogram[i] += c.histogram[i];
    }

    AvailabilityResult result;
    result.years = years;
    std::vector<AvailabilityFigures> all;
    for (int m = 0; m < metrics; ++m) {
        const auto from = total.histogram.begin() + std::ptrdiff_t(m) * kDowntimeBins;
        const std::vector<qint64> histogram(from, from + kDowntimeBins);
        all.push_back(figures(years, sums[std::size_t(m)], sums[std::size_t(metrics + m)],
                              total.withoutDowntime[std::size_t(m)], total.interruptions[std::size_t(m)], histogram));
        if (m == layout.site())
            result.siteDowntimeHistogram = histogram;
    }
    result.loads.assign(all.begin(), all.begin() + layout.loads);
    result.paths.assign(all.begin() + layout.loads, all.begin() + layout.loads + layout.paths);
    result.coolings.assign(all.begin() + layout.loads + layout.paths, all.begin() + layout.site());
    result.site = all[std::size_t(layout.site())];
    result.sets.assign(all.begin() + layout.site() + 1, all.end());

    const double siteHours = sums[std::size_t(layout.site())];
    for (int item = 0; item < layout.items && siteHours > 0; ++item) {
        const double avoided = sums[std::size_t(2 * metrics + item)];
        if (avoided > 0)
            result.importance.push_back({item == layout.items - 1 ? -1 : item, avoided / siteHours});
    }
    std::stable_sort(result.importance.begin(), result.importance.end(),
                     [](const ImportanceEntry &a, const ImportanceEntry &b) { return a.downtimeShare > b.downtimeShare; });
    return result;
}

} // namespace hectare::reliability
