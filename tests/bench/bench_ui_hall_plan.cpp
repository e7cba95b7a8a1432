// Benchmark of ui/plan: building the scene of a 1,000-rack hall and painting 1920 × 1080 frames
// of the plan, fitted and zoomed in. Prints medians in ms against the targets; not pass/fail.
// Runs offscreen (QT_QPA_PLATFORM=offscreen unless the caller set another platform).
// `--item-cache` paints the racks through QGraphicsItem::DeviceCoordinateCache, to compare.
#include "bench_timing.h"
#include "plan/hall_plan_view.h"
#include "plan/hall_scene.h"
#include "plan/rack_item.h"

#include "commands/layout_command.h"
#include "session/document_session.h"

#include "io/synthetic_site.h"
#include "layout/clearance.h"
#include "layout/layout_edits.h"
#include "store/document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace hectare;
using namespace hectare::ui;
using hectare::bench::medianTiming;
using hectare::bench::Timing;

namespace {

void reportWall(const char *what, double wallMs, double targetMs)
{
    std::printf("  %-44s %8.2f ms                      target < %.0f ms%s\n", what, wallMs, targetMs,
                wallMs < targetMs ? "" : ", MISSED");
}

void report(const char *what, const Timing &t, double targetMs)
{
    std::printf("  %-44s %8.2f ms  (CPU %6.2f ms)   target < %.0f ms%s\n", what, t.wallMs, t.cpuMs, targetMs,
                t.wallMs < targetMs ? "" : ", MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool itemCache = QCoreApplication::arguments().contains(QStringLiteral("--item-cache"));

    const SyntheticSiteSpec spec{10, 1000, 2000, 1};
    const SiteModel model = generateSyntheticSite(spec);
    const Id hallId = model.halls.front().id;
    const QDate asOf(2026, 1, 1);

    std::printf("bench_ui_hall_plan: synthetic site {halls %d, racks/hall %d, tenants %d, seed %llu}, hall \"%s\"\n",
                spec.halls, spec.racksPerHall, spec.tenants, static_cast<unsigned long long>(spec.seed),
                qPrintable(model.halls.front().name));
    std::printf("  cores (QThread::idealThreadCount): %d%s\n", QThread::idealThreadCount(),
                itemCache ? ", racks with DeviceCoordinateCache" : "");
    std::printf("  medians of wall time; CPU time of the process in brackets\n");

    // Scene build, including the BSP index (built lazily on the first look-up, so ask for one).
    std::size_t racks = 0;
    const Timing build = medianTiming(9, [&] {
        HallScene scene(model, hallId, asOf);
        racks = scene.rackItems().size();
        (void)scene.items(scene.hallRectMm().center());
    });
    std::printf("  racks in the hall: %zu\n", racks);
    report("scene build (median of 9)", build, 200);

    HallPlanView view;
    view.setFrameShape(QFrame::NoFrame);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(1920, 1080);
    view.setModel(&model, hallId, asOf);
    view.show();
    QCoreApplication::processEvents();
    if (itemCache)
        for (const auto &[id, item] : view.hallScene()->rackItems())
            item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    view.fitToHall();
    QCoreApplication::processEvents();

    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    std::printf("  frame: %d × %d px\n", frame.width(), frame.height());
    // QWidget::render runs the view's own paintEvent: its render hints, update mode and flags.
    const auto paintFrame = [&] { view.viewport()->render(&frame); };

    paintFrame();   // warm-up: fonts, glyph caches, BSP index
    report("frame, hall fitted (median of 20)", medianTiming(20, paintFrame), 16);

    const QPointF centre = view.hallScene()->hallRectMm().center();
    view.setTransform(QTransform::fromScale(view.pixelsPerMm() * 8, view.pixelsPerMm() * 8));
    view.centerOn(centre);
    QCoreApplication::processEvents();
    paintFrame();
    report("frame, 8x on the hall centre (median of 20)", medianTiming(20, paintFrame), 16);

    // Zooming re-renders every visible rack at a new scale: no cache can help these frames.
    const double zoomed = view.pixelsPerMm();
    int step = 0;
    report("frame, zooming around 8x (median of 20)", medianTiming(20, [&] {
               const double s = zoomed * (step++ % 2 ? 1.25 : 1.0);
               view.setTransform(QTransform::fromScale(s, s));
               view.centerOn(centre);
               paintFrame();
           }),
           16);
    view.setTransform(QTransform::fromScale(zoomed, zoomed));
    view.centerOn(centre);

    // Panning repaints the strip that scrolled in and, offscreen, the whole viewport: measure the
    // full frame after each step of a pan across the hall at 8x.
    const QPointF panStep(view.hallScene()->hallRectMm().width() / 40, view.hallScene()->hallRectMm().height() / 60);
    int panned = 0;
    report("frame, panning at 8x (median of 40)", medianTiming(40, [&] {
               view.centerOn(centre + panStep * double(panned++ % 20 - 10));
               paintFrame();
           }),
           16);
    view.centerOn(centre);

    view.setColourMode(PlanColourMode::Density);
    QCoreApplication::processEvents();
    paintFrame();
    report("frame, 8x, power density (median of 20)", medianTiming(20, paintFrame), 16);
    // The whole generated site, hall by hall as the window shows it: the slowest hall's frames.
    double worstBuild = 0;
    double worstFitted = 0;
    double worstPan = 0;
    for (const Hall &hall : model.halls) {
        QElapsedTimer timer;
        timer.start();
        view.setModel(&model, hall.id, asOf);
        view.fitToHall();
        QCoreApplication::processEvents();
        worstBuild = std::max(worstBuild, double(timer.nsecsElapsed()) / 1e6);
        paintFrame();
        worstFitted = std::max(worstFitted, medianTiming(5, paintFrame).wallMs);
        const QPointF hallCentre = view.hallScene()->hallRectMm().center();
        view.setTransform(QTransform::fromScale(view.pixelsPerMm() * 4, view.pixelsPerMm() * 4));
        int step2 = 0;
        worstPan = std::max(worstPan, medianTiming(10, [&] {
                                          view.centerOn(hallCentre + panStep * double(step2++ % 10 - 5));
                                          paintFrame();
                                      }).wallMs);
    }
    std::printf("  all %d halls of the site, the slowest hall:\n", int(model.halls.size()));
    reportWall("  switch to a hall (build + fit)", worstBuild, 200);
    reportWall("  frame, hall fitted (median of 5)", worstFitted, 16);
    reportWall("  frame, panning at 4x (median of 10)", worstPan, 16);

    // One plan edit as the window does it: a row moved by one tile is one LayoutCommand (one
    // transaction, the whole model validated), then capacity, the clearance check and the
    // rebuilt plan of the hall.
    auto document = Document::createInMemory(model);
    if (!document) {
        std::printf("  cannot create the document: %s\n", qPrintable(document.error().text()));
        return 1;
    }
    DocumentSession session(std::move(document.value()), false);
    view.setModel(&session.model(), hallId, asOf);
    QObject::connect(&session, &DocumentSession::layoutChanged, &view, [&](Id changed) {
        view.setModel(&session.model(), changed, asOf);
        (void)checkClearances(session.model(), changed);
    });
    const Id rowId = session.model().rows.front().id;
    int moves = 0;
    const Timing edit = medianTiming(9, [&] {
        const double dx = (moves++ % 2 ? -0.6 : 0.6);
        LayoutChange change = moveObjects(session.model(), {{LayoutObjectRef::Kind::Row, rowId}}, 0, dx);
        const Status status = session.execute(new LayoutCommand(&session, hallId, std::move(change), QStringLiteral("move")));
        if (!status)
            std::printf("  edit refused: %s\n", qPrintable(status.error().text()));
        paintFrame();
    });
    report("plan edit: move a row, all steps (median of 9)", edit, 100);

    if (qEnvironmentVariableIsSet("HECTARE_BENCH_FRAME"))
        frame.save(qEnvironmentVariable("HECTARE_BENCH_FRAME"));
    return 0;
}
