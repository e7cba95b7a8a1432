// Benchmark for issue 3 (foundation): on the generated 10 × 1,000-rack, 2,000-tenant site,
// times open + load, the capacity computation, JSON export and JSON import, and reports the
// peak memory. Prints its figures; it is not a pass/fail test.
//
//   build/tests/bench/bench_foundation [--halls 10] [--racks-per-hall 1000] [--tenants 2000]
#include "bench_timing.h"
#include "capacity/capacity_budget.h"
#include "io/model_json.h"
#include "io/synthetic_site.h"
#include "model/model_validation.h"
#include "store/document.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace hectare;
using hectare::bench::medianMs;
using hectare::bench::peakRssMiB;

namespace {

void report(const char *what, double ms, const char *target)
{
    std::printf("%-34s %9.1f ms   (target %s)\n", what, ms, target);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption halls(QStringLiteral("halls"), QStringLiteral("halls"), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption racks(QStringLiteral("racks-per-hall"), QStringLiteral("racks per hall"), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    const QCommandLineOption tenants(QStringLiteral("tenants"), QStringLiteral("tenants"), QStringLiteral("N"),
                                     QStringLiteral("2000"));
    parser.addOptions({halls, racks, tenants});
    parser.addHelpOption();
    parser.process(app);

    SyntheticSiteSpec spec;
    spec.halls = parser.value(halls).toInt();
    spec.racksPerHall = parser.value(racks).toInt();
    spec.tenants = parser.value(tenants).toInt();
    spec.seed = 1;

    std::printf("Hectare foundation benchmark: %d halls x %d racks, %d tenants, seed 1; %d cores\n", spec.halls,
                spec.racksPerHall, spec.tenants, QThread::idealThreadCount());

    QElapsedTimer timer;
    timer.start();
    const SiteModel model = generateSyntheticSite(spec);
    std::printf("%-34s %9.1f ms   (%zu racks, %zu contracts)\n", "generate model", timer.nsecsElapsed() / 1e6,
                model.racks.size(), model.contracts.size());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.hectare"));
    timer.restart();
    if (!Document::create(path, model)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
        return 1;
    }
    std::printf("%-34s %9.1f ms\n", "validate + write new document", timer.nsecsElapsed() / 1e6);

    std::size_t loadedRacks = 0;
    report("open + load (checks, integrity)", medianMs(5, [&] {
               Result<std::unique_ptr<Document>> doc = Document::open(path);
               loadedRacks = doc ? doc.value()->model().racks.size() : 0;
           }),
           "< 300 ms");
    if (loadedRacks != model.racks.size()) {
        std::fprintf(stderr, "open failed\n");
        return 1;
    }

    double usableKw = 0;
    report("capacity budgets", medianMs(21, [&] {
               usableKw = computeCapacity(model, QDate(2026, 11, 25)).power.usable;
           }),
           "< 20 ms");

    QByteArray json;
    report("JSON export", medianMs(5, [&] { json = exportModelJson(model); }), "< 1 s");
    std::size_t importedRacks = 0;
    report("JSON import (parse + convert)", medianMs(5, [&] {
               Result<SiteModel> imported = importModelJson(json);
               importedRacks = imported ? imported->racks.size() : 0;
           }),
           "< 1 s");
    report("validate model", medianMs(5, [&] { validateModel(model); }), "-");

    std::printf("%-34s %9.1f MiB\n", "JSON size", json.size() / 1048576.0);
    std::printf("%-34s %9.1f MiB\n", "peak memory (max RSS)", peakRssMiB());
    std::printf("(site usable IT power %.0f kW; %zu racks imported)\n", usableKw, importedRacks);
    return importedRacks == model.racks.size() ? 0 : 1;
}
