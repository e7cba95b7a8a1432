// Benchmark for the plan's live clearance checks: on the generated 10 × 1,000-rack site, times
// checkClearances() + layoutDimensions() for one hall (what the plan runs after each edit, in a
// 16 ms frame) and for the whole site. Prints its figures; it is not a pass/fail test.
//
//   build/tests/bench/bench_clearance [--halls 10] [--racks-per-hall 1000]
#include "bench_timing.h"
#include "io/synthetic_site.h"
#include "layout/clearance.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace hectare;
using hectare::bench::medianMs;

namespace {

void report(const char *what, double ms, const char *target)
{
    std::printf("%-40s %9.2f ms   (target %s)\n", what, ms, target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption halls(QStringLiteral("halls"), QStringLiteral("halls"), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption racks(QStringLiteral("racks-per-hall"), QStringLiteral("racks per hall"), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    parser.addOptions({halls, racks});
    parser.addHelpOption();
    parser.process(app);

    SyntheticSiteSpec spec;
    spec.halls = parser.value(halls).toInt();
    spec.racksPerHall = parser.value(racks).toInt();
    spec.tenants = 2000;
    spec.seed = 1;
    const SiteModel model = generateSyntheticSite(spec);
    if (model.halls.empty()) {
        std::fprintf(stderr, "no halls\n");
        return 1;
    }
    std::printf("Hectare clearance benchmark: %d halls x %d racks (%zu racks, %zu rows, %zu obstacles), seed 1\n",
                spec.halls, spec.racksPerHall, model.racks.size(), model.rows.size(), model.obstacles.size());

    const Id hallId = model.halls.front().id;
    std::size_t found = 0;
    report("one hall: checkClearances", medianMs(21, [&] { found = checkClearances(model, hallId).size(); }), "-");
    report("one hall: layoutDimensions", medianMs(21, [&] { found += layoutDimensions(model, hallId).size(); }), "-");
    report("one hall: both (after each edit)", medianMs(21, [&] {
               found = checkClearances(model, hallId).size() + layoutDimensions(model, hallId).size();
           }),
           "well under 16 ms");
    report("whole site: checkClearances", medianMs(5, [&] { found = checkClearances(model).size(); }), "-");
    report("whole site: both", medianMs(5, [&] {
               found = checkClearances(model).size();
               for (const Hall &hall : model.halls)
                   found += layoutDimensions(model, hall.id).size();
           }),
           "-");
    std::printf("%zu violations on the site, %zu aisles in the first hall\n", checkClearances(model).size(),
                measureAisles(model, hallId).size());
    return found == std::size_t(-1) ? 1 : 0;   // keeps the work from being optimised away
}
