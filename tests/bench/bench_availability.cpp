// Benchmark for issue 6: the availability Monte Carlo on a network shaped like the sample site's
// plant (tests/core/plant_network.h: Lomé grid at ~100 outages a year, N+1 generators, 2N UPS, five
// RPP pairs, N+1 chillers and pumps, CRAHs), then on the sample site itself compiled from the
// document (topology_compile.h, contracted load on 2026-06-01) and run as `hectare-cli availability`
// runs it (site_availability.h: a load set per tenant and per hall). Prints facility-years per
// second on 1 and on 2 threads, importance on and off (target ≥ 1e5 per core in Release), and the
// figures, so the work measured is visibly real.
//
//   build/tests/bench/bench_availability [--years 200000] [--seed 1]
#include "io/sample_site.h"
#include "reliability/availability_mc.h"
#include "reliability/site_availability.h"
#include "reliability/topology_compile.h"

#include "../core/plant_network.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace hectare;
using namespace hectare::reliability;

namespace {

// Facility-years per second of one run; the result in `out`.
double yearsPerSecond(const Network &network, AvailabilityOptions options, AvailabilityResult &out)
{
    QElapsedTimer timer;
    timer.start();
    Result<AvailabilityResult> result = runAvailability(network, options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().text()));
        return -1;
    }
    out = std::move(result.value());
    return options.years / seconds;
}

void printFigures(const char *what, const AvailabilityFigures &f)
{
    std::printf("  %-22s A %.6f %%  downtime %8.4f h/yr (σ %.4f)  P90 %7.3f h  no-outage years %5.1f %%  %6.2f outages/yr\n",
                what, f.availability * 100, f.downtimeHoursPerYear, f.downtimeSigma, f.downtimeP90Hours,
                f.noOutageYearShare * 100, f.interruptionsPerYear);
}

// Facility-years per second of runSiteAvailability; the result in `out`.
double siteYearsPerSecond(const CompiledSite &site, const SiteModel &model, const AvailabilityOptions &options,
                          SiteAvailability &out)
{
    QElapsedTimer timer;
    timer.start();
    Result<SiteAvailability> result = runSiteAvailability(site, model, options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().text()));
        return -1;
    }
    out = std::move(result.value());
    return options.years / seconds;
}

// The sample site compiled from the document, per tenant and hall as the CLI runs it.
int benchSampleSite(AvailabilityOptions options)
{
    const Result<SiteModel> model = sampleSiteModel();
    if (!model) {
        std::fprintf(stderr, "%s\n", qPrintable(model.error().text()));
        return 1;
    }
    CompileOptions compile;
    compile.asOf = QDate(2026, 6, 1);
    const Result<CompiledSite> site = compileSite(model.value(), compile);
    if (!site) {
        std::fprintf(stderr, "%s\n", qPrintable(site.error().text()));
        return 1;
    }
    const Network &n = site->network;
    std::printf("\nSample site compiled from the document (contracted load, 2026-06-01): %zu units, %zu groups, %zu paths, "
                "%zu coolings, %zu loads; per tenant and hall\n",
                n.units.size(), n.groups.size(), n.paths.size(), n.coolings.size(), n.loads.size());
    SiteAvailability result;
    for (bool importance : {true, false}) {
        options.importance = importance;
        for (int threads : {1, 2}) {
            options.threads = threads;
            const double rate = siteYearsPerSecond(site.value(), model.value(), options, result);
            std::printf("%d facility-years, %d thread%s, importance %-3s %12.0f facility-years/s  (%9.0f per thread; target >= 1e5 per core)\n",
                        options.years, threads, threads == 1 ? " " : "s", importance ? "on" : "off", rate, rate / threads);
        }
    }
    options.importance = true;
    options.threads = 2;
    siteYearsPerSecond(site.value(), model.value(), options, result);
    printFigures("site (any rack down)", result.site.figures);
    for (const AvailabilityRow &hall : result.halls)
        printFigures(qPrintable(QStringLiteral("hall %1").arg(hall.name)), hall.figures);
    std::printf("  %zu tenants, %zu meet Tier III (99.982 %%)\n", result.tenants.size(),
                std::size_t(std::count_if(result.tenants.begin(), result.tenants.end(),
                                          [](const AvailabilityRow &r) { return r.meetsTier3(); })));
    std::printf("  importance:\n");
    for (std::size_t i = 0; i < result.importance.size() && i < 8; ++i)
        std::printf("    %-40s %6.1f %%  %8.4f h/yr\n", qPrintable(result.importance[i].name),
                    result.importance[i].downtimeShare * 100, result.importance[i].hoursPerYear);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("simulated years per run"),
                                         QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("seed"), QStringLiteral("S"),
                                        QStringLiteral("1"));
    parser.addOptions({yearsOption, seedOption});
    parser.addHelpOption();
    parser.process(app);

    const Network network = test::samplePlantNetwork();
    std::printf("Hectare availability benchmark: %d cores; sample plant: %zu units, %zu groups, %zu paths, %zu loads\n",
                QThread::idealThreadCount(), network.units.size(), network.groups.size(), network.paths.size(),
                network.loads.size());
    for (const Group &g : network.groups)
        std::printf("%s%zu/%d", &g == &network.groups.front() ? "  groups (n/k): " : " ", g.units.size(),
                    requiredUnits(network, g));
    std::printf("\n");

    AvailabilityOptions options;
    options.years = parser.value(yearsOption).toInt();
    options.seed = parser.value(seedOption).toULongLong();
    AvailabilityResult result;
    for (bool importance : {true, false}) {
        options.importance = importance;
        for (int threads : {1, 2}) {
            options.threads = threads;
            const double rate = yearsPerSecond(network, options, result);
            std::printf("%d facility-years, %d thread%s, importance %-3s %12.0f facility-years/s  (%9.0f per thread; target >= 1e5 per core)\n",
                        options.years, threads, threads == 1 ? " " : "s", importance ? "on" : "off", rate,
                        rate / threads);
        }
    }
    options.importance = true;
    options.threads = 2;
    yearsPerSecond(network, options, result);
    printFigures("site (any load down)", result.site);
    for (std::size_t l = 0; l < result.loads.size(); ++l) {
        char what[32];
        std::snprintf(what, sizeof what, "load %zu", l + 1);
        printFigures(what, result.loads[l]);
    }
    printFigures("path A1", result.paths.front());
    printFigures("cooling, Colocation", result.coolings.front());
    std::printf("  importance (share of site downtime avoided had it never failed):\n");
    for (std::size_t i = 0; i < result.importance.size() && i < 8; ++i) {
        const ImportanceEntry &e = result.importance[i];
        std::printf("    %-10s %6.1f %%\n",
                    e.unit < 0 ? "grid" : qPrintable(QStringLiteral("unit %1").arg(network.units[std::size_t(e.unit)].id)),
                    e.downtimeShare * 100);
    }
    options.years = parser.value(yearsOption).toInt();
    return benchSampleSite(options);
}
