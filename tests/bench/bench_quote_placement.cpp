// Benchmark for the sales issue: placement search for 10 racks on the generated 10 × 1,000-rack
// site (target < 200 ms), now only and against a base-scenario forecast (the forecast itself is
// run once beforehand, as the quote dialog does, and timed apart). Prints the figures; not a
// pass/fail test.
//
//   build/tests/bench/bench_quote_placement [--repeats 15] [--runs 1000]
#include "bench_timing.h"
#include "growth/growth_engine.h"
#include "io/synthetic_site.h"
#include "quoting/placement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace hectare;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption repeatsOption(QStringLiteral("repeats"), QStringLiteral("timed repeats"), QStringLiteral("N"),
                                           QStringLiteral("15"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("forecast runs"), QStringLiteral("N"),
                                        QStringLiteral("1000"));
    parser.addOptions({repeatsOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());

    const SiteModel model = generateSyntheticSite(SyntheticSiteSpec{});   // 10 halls × 1,000 racks
    Scenario base;
    base.id = 1;
    base.name = QStringLiteral("Base");
    base.start = QDate(2026, 1, 1);
    base.growthPctPerYear = 8;

    QuoteRequirement r;
    r.racks = 10;
    r.kwPerRack = 5;
    r.abFeeds = true;
    r.start = QDate(2027, 1, 1);
    r.termMonths = 36;

    PlacementOptions options;
    options.asOf = QDate(2026, 11, 25);
    PlacementResult result;
    const bench::Timing now = bench::medianTiming(repeats, [&] { result = findPlacements(model, r, options); });
    std::printf("site: %zu halls, %zu racks, %zu contracts\n", model.halls.size(), model.racks.size(),
                model.contracts.size());
    std::printf("placement, 10 racks x 5 kW A/B, today only:      median %8.1f ms wall, %8.1f ms CPU (%zu candidates, "
                "%zu halls refused)   target < 200 ms\n",
                now.wallMs, now.cpuMs, result.candidates.size(), result.refusals.size());

    GrowthOptions growth;
    growth.runs = parser.value(runsOption).toInt();
    QElapsedTimer timer;
    timer.start();
    Result<GrowthResult> forecast = runGrowth(model, base, growth);
    if (!forecast) {
        std::fprintf(stderr, "%s\n", qPrintable(forecast.error().text()));
        return 1;
    }
    const double forecastMs = double(timer.nsecsElapsed()) / 1e6;
    options.forecast = &forecast.value();
    const bench::Timing withForecast = bench::medianTiming(repeats, [&] { result = findPlacements(model, r, options); });
    std::printf("placement, same, against the forecast (P50/P90): median %8.1f ms wall, %8.1f ms CPU (%zu candidates, "
                "%zu halls refused)   target < 200 ms\n",
                withForecast.wallMs, withForecast.cpuMs, result.candidates.size(), result.refusals.size());
    std::printf("the forecast itself (runGrowth, %d runs, once per quote session): %.0f ms\n", growth.runs, forecastMs);
    if (!result.candidates.empty())
        std::printf("best: hall %s, %s\n", qPrintable(result.candidates.front().hallName),
                    qPrintable(result.candidates.front().reasons.front()));
    std::printf("peak memory: %.0f MiB\n", bench::peakRssMiB());
    return 0;
}
