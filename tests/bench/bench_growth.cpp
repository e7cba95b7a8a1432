// Benchmark for the growth issue: runGrowth() with 10,000 runs × 120 months on the sample site
// (target < 1 s) and 1,000 runs on the generated 10 × 1,000-rack, 2,000-tenant site (target < 5 s
// on 2 cores). Prints the figures, the core count and the peak memory; not a pass/fail test.
//
//   build/tests/bench/bench_growth [--runs 10000] [--big-runs 1000] [--threads 2]
#include "bench_timing.h"
#include "growth/growth_engine.h"
#include "io/sample_site.h"
#include "io/synthetic_site.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

using namespace hectare;
using hectare::bench::peakRssMiB;

namespace {

// Median wall time of `repeats` runs of runGrowth, in milliseconds (-1 if it failed); the last result in `out`.
double growthMedianMs(const SiteModel &model, const Scenario &scenario, const GrowthOptions &options, int repeats,
                      GrowthResult &out)
{
    bool failed = false;
    const double ms = bench::medianMs(repeats, [&] {
        if (failed)
            return;
        Result<GrowthResult> result = runGrowth(model, scenario, options);
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error().text()));
            failed = true;
            return;
        }
        out = std::move(result.value());
    });
    return failed ? -1 : ms;
}

// A busy ten years for the generated site: 15 %/yr growth, some churn, forty prospects in any hall, a
// generator block and a power block in the first hall when needed.
Scenario generatedSiteScenario()
{
    Scenario s;
    s.id = 1;
    s.name = QStringLiteral("Generated site, busy decade");
    s.start = QDate(2026, 1, 1);
    s.growthPctPerYear = 15;
    s.nonRenewalProbability = 0.1;
    s.earlyExitPerYear = 0.02;
    s.densityGrowthPctPerYear = 3;
    for (int i = 0; i < 40; ++i) {
        Prospect p;
        p.id = i + 1;
        p.name = QStringLiteral("Prospect %1").arg(i + 1);
        p.racks = 4 + i % 12;
        p.committedKw = 5.0 * p.racks;
        p.probability = 0.2 + 0.02 * (i % 30);
        p.signMonth = 3 * i;
        p.signSpreadMonths = 6;
        p.rampStartPct = 25;
        p.rampMonths = 12;
        p.drawRatio = 0.6;
        s.prospects.push_back(p);
    }
    Expansion generator;
    generator.id = 1;
    generator.name = QStringLiteral("Generator block");
    generator.kind = ExpansionKind::Generator;
    generator.generatorKva = 2000;
    generator.leadTimeMonths = 12;
    Expansion block;
    block.id = 2;
    block.name = QStringLiteral("Power block, hall 1");
    block.hallId = 1;
    block.powerKw = 500;
    block.leadTimeMonths = 9;
    s.expansions = {generator, block};
    return s;
}

// The site's exhaustion months (P10/P50/P90), so that the work measured is visibly a real one.
void printSiteExhaustion(const GrowthResult &result)
{
    for (const ResourceOutlook &o : result.site.resources)
        std::printf("  site %-10s runs out P10 %4d  P50 %4d  P90 %4d  (month; -1: not within the horizon)\n",
                    qPrintable(resourceKey(o.resource)), o.exhaustionP10.value_or(-1), o.exhaustionP50.value_or(-1),
                    o.exhaustionP90.value_or(-1));
}

void report(const char *what, double ms, const char *target)
{
    std::printf("%-52s %9.1f ms   (target %s)\n", what, ms, target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs on the sample site"),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption bigRunsOption(QStringLiteral("big-runs"), QStringLiteral("runs on the generated site"),
                                           QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("threads (0: one per core)"),
                                           QStringLiteral("T"), QStringLiteral("2"));
    parser.addOptions({runsOption, bigRunsOption, threadsOption});
    parser.addHelpOption();
    parser.process(app);
    const int threads = parser.value(threadsOption).toInt();

    std::printf("Hectare growth benchmark: %d cores, %d threads asked\n", QThread::idealThreadCount(), threads);

    Result<SiteModel> sample = sampleSiteModel();
    if (!sample || sample->scenarios.size() < 2) {
        std::fprintf(stderr, "the sample site has no scenarios\n");
        return 1;
    }
    const Scenario &anchor = sample->scenarios[1];
    GrowthOptions options;
    options.runs = parser.value(runsOption).toInt();
    options.threads = threads;
    GrowthResult result;
    char what[160];
    std::snprintf(what, sizeof what, "sample site, \"%s\", %d runs x 120 months", qPrintable(anchor.name),
                  options.runs);
    report(what, growthMedianMs(sample.value(), anchor, options, 5, result), "< 1 s");
    options.threads = 1;
    report("  the same on 1 thread", growthMedianMs(sample.value(), anchor, options, 3, result), "-");
    const ResourceOutlook &generators = *result.site.resource(Resource::Generator);
    std::printf("  (G3 online in month %d; site generators exhausted within the horizon in %.1f %% of runs)\n",
                result.expansions.at(0).onlineMonth.value_or(-1), generators.exhaustedShare * 100);
    printSiteExhaustion(result);
    std::printf("%-52s %9.1f MiB\n", "peak memory so far (max RSS)", peakRssMiB());

    SyntheticSiteSpec spec;   // 10 halls x 1,000 racks, 2,000 tenants
    QElapsedTimer timer;
    timer.start();
    const SiteModel big = generateSyntheticSite(spec);
    std::printf("%-52s %9.1f ms   (%zu racks, %zu contracts)\n", "generate the 2,000-tenant site",
                timer.nsecsElapsed() / 1e6, big.racks.size(), big.contracts.size());
    const Scenario busy = generatedSiteScenario();
    options.runs = parser.value(bigRunsOption).toInt();
    options.threads = threads;
    std::snprintf(what, sizeof what, "generated site, %d runs x 120 months", options.runs);
    report(what, growthMedianMs(big, busy, options, 3, result), "< 5 s on 2 cores");
    options.threads = 1;
    report("  the same on 1 thread", growthMedianMs(big, busy, options, 1, result), "-");
    std::printf("  (\"when needed\": power block online in month %d, generator block in month %d)\n",
                result.expansions.at(1).onlineMonth.value_or(-1), result.expansions.at(0).onlineMonth.value_or(-1));
    printSiteExhaustion(result);
    std::printf("%-52s %9.1f MiB\n", "peak memory (max RSS)", peakRssMiB());
    return 0;
}
