// Benchmark of ui/printing: the PDF of a 2,000-rack hall on A1, at 1:100 (tiled if need be) and
// fitted on one sheet, with every layer on. Prints the median wall time against the 2 s target, the
// page count and the file size; not pass/fail. Runs offscreen unless the caller set a platform.
#include "printing/plan_export.h"
#include "printing/sheet_layout.h"

#include "io/synthetic_site.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace hectare;
using namespace hectare::ui;

namespace {

constexpr int kRuns = 5;
constexpr double kTargetMs = 2000;

void bench(const char *what, const SiteModel &model, const PlanSheetOptions &options, const QString &path)
{
    const Result<SheetLayout> layout = sheetLayoutFor(model, 1, options);
    if (!layout) {
        std::printf("  %s: %s\n", what, qPrintable(layout.error().text()));
        return;
    }
    std::vector<double> wallMs;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<int> pages = exportPlanPdf(path, model, 1, QDate(2026, 1, 1), options);
        wallMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!pages) {
            std::printf("  %s: %s\n", what, qPrintable(pages.error().text()));
            return;
        }
    }
    std::sort(wallMs.begin(), wallMs.end());
    std::printf("  %-34s %8.1f ms (min %.1f)  target < %.0f ms%s   %d page(s) at 1:%d, %.0f KiB\n", what,
                wallMs[wallMs.size() / 2], wallMs.front(), kTargetMs,
                wallMs[wallMs.size() / 2] < kTargetMs ? "" : "  ** over target **", layout->sheetCount(),
                layout->scaleDenominator, QFileInfo(path).size() / 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const SyntheticSiteSpec spec{1, 2000, 400, 1};
    const SiteModel model = generateSyntheticSite(spec);
    const Hall &hall = model.halls.front();
    std::printf("bench_ui_plan_pdf: synthetic site {halls %d, racks/hall %d, tenants %d, seed %llu}, hall \"%s\" "
                "(%zu racks)\n",
                spec.halls, spec.racksPerHall, spec.tenants, static_cast<unsigned long long>(spec.seed),
                qPrintable(hall.name), model.racks.size());
    std::printf("  cores (QThread::idealThreadCount): %d; median of %d runs\n", QThread::idealThreadCount(), kRuns);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    PlanSheetOptions options;
    options.paper = PaperSize::A1;
    options.orientation = QPageLayout::Landscape;
    options.layers = kDefaultSheetLayers;
    options.scaleDenominator = 100;
    bench("A1 1:100, grid+labels+dimensions", model, options, path);
    options.layers |= SheetLayer::Tenants | SheetLayer::Clearances;
    bench("A1 1:100, + tenants, clearances", model, options, path);
    options.scaleDenominator = 0;
    bench("A1 fit, + tenants, clearances", model, options, path);
    options.scaleDenominator = 50;
    bench("A1 1:50, + tenants, clearances", model, options, path);
    return 0;
}
