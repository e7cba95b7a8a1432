// Tests ui/printing: the sheet layout (scale, tiles, overlap, key sheet) computed by hand, the
// scale on paper measured in the SVG's millimetres and in a PDF rendered by poppler, the title
// block's text, grayscale output, errors, and the dialog driven like a user.
#include "printing/plan_export.h"
#include "printing/plan_sheet.h"
#include "printing/plan_sheet_dialog.h"
#include "printing/sheet_furniture.h"
#include "printing/sheet_layout.h"

#include "plan/layout_colours.h"
#include "plan/plan_colours.h"
#include "layout/clearance.h"

#include "io/sample_site.h"
#include "layout_site.h"
#include "test_site.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace hectare;
using namespace hectare::ui;

Q_DECLARE_METATYPE(hectare::ui::PaperSize)

namespace {

const QDate kAsOf(2025, 12, 1);

// The small test site with its four 600 mm positions (1.0 … 3.4 m along x, 1.0 … 2.2 m in y) occupied.
SiteModel measuredSite()
{
    SiteModel model = test::smallSite();
    for (Rack &rack : model.racks) {
        rack.state = RackState::Occupied;
        rack.tenantId = 1;
    }
    return model;
}

// The measured site with a 0.6 m column, a PDU facing the row's back 0.5 m away (a service
// clearance problem) and a 2.8 × 1.6 m cage around the row.
SiteModel siteWithLayout()
{
    SiteModel model = measuredSite();
    model.obstacles = {test::makeObstacle(1, 1, ObstacleKind::Column, QStringLiteral("C1"), {6, 6}, 0.6, 0.6),
                       test::makeObstacle(2, 1, ObstacleKind::Pdu, QStringLiteral("PDU-1"), {2.2, 3.0}, 0.6, 0.6)};
    model.cages = {test::cageAroundSmallSiteRow()};
    return model;
}

SiteModel sample()
{
    Result<SiteModel> model = sampleSiteModel();
    return model ? model.value() : SiteModel{};
}

PlanSheetOptions optionsFor(PaperSize paper, QPageLayout::Orientation orientation, int scale,
                            SheetLayers layers = kDefaultSheetLayers)
{
    PlanSheetOptions options;
    options.paper = paper;
    options.orientation = orientation;
    options.scaleDenominator = scale;
    options.layers = layers;
    return options;
}

// The bounding boxes, in SVG user units, of the paths filled with `fill` (QSvgGenerator writes one
// <g> per painter state, with its fill and transform, around the shapes drawn in it).
std::vector<QRectF> filledPathBounds(const QString &svgPath, const QString &fill)
{
    QFile file(svgPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    std::vector<QRectF> bounds;
    QString groupFill;
    QTransform transform;
    const QRegularExpression number(QStringLiteral("-?[0-9.]+(?:e-?[0-9]+)?"));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("g")) {
            groupFill = xml.attributes().value(QStringLiteral("fill")).toString();
            const QString matrix = xml.attributes().value(QStringLiteral("transform")).toString();
            std::vector<double> m;
            for (auto it = number.globalMatch(matrix); it.hasNext();)
                m.push_back(it.next().captured().toDouble());
            transform = m.size() == 6 ? QTransform(m[0], m[1], m[2], m[3], m[4], m[5]) : QTransform();
        } else if (xml.name() == QLatin1String("path") && groupFill == fill) {
            const QString d = xml.attributes().value(QStringLiteral("d")).toString();
            std::vector<double> values;
            for (auto it = number.globalMatch(d); it.hasNext();)
                values.push_back(it.next().captured().toDouble());
            QPolygonF points;
            for (std::size_t i = 0; i + 1 < values.size(); i += 2)
                points << transform.map(QPointF(values[i], values[i + 1]));
            bounds.push_back(points.boundingRect());
        }
    }
    return bounds;
}

QString svgText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestPlanSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sheetCount_data()
    {
        QTest::addColumn<QSizeF>("hallM");
        QTest::addColumn<PaperSize>("paper");
        QTest::addColumn<QPageLayout::Orientation>("orientation");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("sheets");
        // Plan area = frame (sheet − 2 × 10 mm margin) − 2 × 6 mm gutter, less the 40 mm band in height.
        // Content = hall + 12 mm of paper on each side, i.e. + 2 × 12 × N mm of plan.
        QTest::newRow("A3 landscape 1:50, 20 × 20 m: 20000/50 + 24 = 424 mm > 388 × 225 mm, 2 × 2 tiles + key")
            << QSizeF(20, 20) << PaperSize::A3 << QPageLayout::Landscape << 50 << 2 << 2 << 5;
        QTest::newRow("A3 landscape 1:50, 10 × 10 m: 200 + 24 = 224 mm ≤ 225 mm, one sheet")
            << QSizeF(10, 10) << PaperSize::A3 << QPageLayout::Landscape << 50 << 1 << 1 << 1;
        QTest::newRow("A1 landscape 1:100, 20 × 20 m: 200 + 24 = 224 mm ≤ 809 × 517 mm, one sheet")
            << QSizeF(20, 20) << PaperSize::A1 << QPageLayout::Landscape << 100 << 1 << 1 << 1;
        QTest::newRow("A4 portrait 1:20, 20 × 20 m: 1 + ⌈(20480 − 3560)/3360⌉ = 7 columns, "
                      "1 + ⌈(20480 − 4500)/4300⌉ = 5 rows, + key")
            << QSizeF(20, 20) << PaperSize::A4 << QPageLayout::Portrait << 20 << 7 << 5 << 36;
        QTest::newRow("A3 landscape fit, 20 × 20 m: 20000/(225 − 24) = 99.5 → 1:100, one sheet")
            << QSizeF(20, 20) << PaperSize::A3 << QPageLayout::Landscape << 0 << 1 << 1 << 1;
    }

    void sheetCount()
    {
        QFETCH(QSizeF, hallM);
        QFETCH(PaperSize, paper);
        QFETCH(QPageLayout::Orientation, orientation);
        QFETCH(int, scale);
        QFETCH(int, columns);
        QFETCH(int, rows);
        QFETCH(int, sheets);
        const SheetLayout layout =
            computeSheetLayout(QRectF(QPointF(0, 0), hallM * 1000.0), optionsFor(paper, orientation, scale));
        QCOMPARE(layout.columns, columns);
        QCOMPARE(layout.rows, rows);
        QCOMPARE(layout.sheetCount(), sheets);
        QCOMPARE(layout.hasKeySheet(), sheets > 1);
        if (scale == 0) {
            QVERIFY(layout.fitted);
            QCOMPARE(layout.scaleDenominator, 100);
        }
    }

    void planAreaAndTitleBlock()
    {
        const SheetLayout layout = computeSheetLayout(QRectF(0, 0, 20000, 20000),
                                                      optionsFor(PaperSize::A3, QPageLayout::Landscape, 50));
        QCOMPARE(layout.pageMm, QSizeF(420, 297));
        QCOMPARE(layout.frameMm, QRectF(10, 10, 400, 277));
        QCOMPARE(layout.planAreaMm, QRectF(16, 16, 388, 225));
        // ISO 7200: 180 mm wide, in the bottom right corner of the frame.
        QCOMPARE(layout.titleBlockMm, QRectF(230, 247, 180, 40));
        QVERIFY(!layout.planAreaMm.intersects(layout.bandMm));
        QVERIFY(layout.frameMm.contains(layout.titleBlockMm));
    }

    void tileOrigins()
    {
        // A4 portrait at 1:20: plan area 178 × 225 mm → tiles 3560 × 4500 mm of plan, stepping by
        // (178 − 10) × 20 = 3360 and (225 − 10) × 20 = 4300 mm from the content's corner, which is the
        // hall's corner less 12 × 20 = 240 mm.
        const SheetLayout layout = computeSheetLayout(QRectF(0, 0, 20000, 20000),
                                                      optionsFor(PaperSize::A4, QPageLayout::Portrait, 20));
        QCOMPARE(layout.planAreaMm, QRectF(16, 16, 178, 225));
        QCOMPARE(layout.overlapPlanMm, 200.0);
        QCOMPARE(int(layout.tiles.size()), 35);
        QCOMPARE(layout.kind(0), SheetKind::Key);
        for (int r = 0; r < 5; ++r)
            for (int c = 0; c < 7; ++c) {
                const int sheet = layout.sheetOfTile(c, r);
                QCOMPARE(sheet, 1 + r * 7 + c);
                const SheetTile *tile = layout.tile(sheet);
                QVERIFY(tile);
                QCOMPARE(tile->column, c);
                QCOMPARE(tile->row, r);
                QCOMPARE(tile->planRectMm.topLeft(), QPointF(-240 + c * 3360.0, -240 + r * 4300.0));
                QCOMPARE(tile->planRectMm.size(), QSizeF(3560, 4500));
                if (c > 0) {   // 10 mm of paper shared with the left neighbour
                    const QRectF left = layout.tile(sheet - 1)->planRectMm;
                    QCOMPARE((left.right() - tile->planRectMm.left()) / 20, 10.0);
                }
            }
        // Together the tiles cover the content.
        const QRectF covered = layout.tiles.front().planRectMm.united(layout.tiles.back().planRectMm);
        QVERIFY(covered.contains(layout.contentMm));
        // Key: the mosaic 6 × 3360 + 3560 = 23720 by 4 × 4300 + 4500 = 21700 mm on 178 − 8 = 170 mm:
        // 1:139.5 at least → 1:200.
        QCOMPARE(layout.keyScaleDenominator, 200);
        QVERIFY(layout.keyPlanRectMm.contains(covered));
    }

    void sampleHallLayout()
    {
        const SiteModel model = sample();
        const Hall *hall = model.hallByName(QStringLiteral("Colocation"));
        QVERIFY(hall);
        const Result<SheetLayout> layout =
            sheetLayoutFor(model, hall->id, optionsFor(PaperSize::A3, QPageLayout::Landscape, 50));
        QVERIFY(layout.ok());
        // The racks stand inside the 20 × 20 m outline; door C-1 in the east wall (x 19.9 … 20.1 m)
        // swings its 1.2 m leaf out of the hall, to x = 21.3 m. The content is that plus 0.6 m.
        QCOMPARE(layout->contentMm, QRectF(-600, -600, 22500, 21200));
        QCOMPARE(layout->sheetCount(), 5);
    }

    void scaleBar_data()
    {
        QTest::addColumn<int>("scale");
        QTest::addColumn<double>("maxMm");
        QTest::addColumn<double>("segmentM");
        QTest::addColumn<int>("segments");
        QTest::addColumn<double>("lengthMm");
        QTest::newRow("1:50 in 70 mm: 3 × 1 m = 60 mm (2 × 2 m = 80 mm is too long)") << 50 << 70.0 << 1.0 << 3 << 60.0;
        QTest::newRow("1:100 in 70 mm: 3 × 2 m = 60 mm") << 100 << 70.0 << 2.0 << 3 << 60.0;
        QTest::newRow("1:20 in 60 mm: 5 × 0.2 m = 50 mm (ties with 4 × 0.25 m: the finer wins; 3 × 0.5 m = 75 mm is too long)")
            << 20 << 60.0 << 0.2 << 5 << 50.0;
        QTest::newRow("1:200 in 70 mm: 5 × 2.5 m = 62.5 mm") << 200 << 70.0 << 2.5 << 5 << 62.5;
    }

    void scaleBar()
    {
        QFETCH(int, scale);
        QFETCH(double, maxMm);
        QFETCH(double, segmentM);
        QFETCH(int, segments);
        QFETCH(double, lengthMm);
        const ScaleBarDivisions bar = scaleBarDivisions(scale, maxMm);
        QCOMPARE(bar.segmentM, segmentM);
        QCOMPARE(bar.segments, segments);
        QCOMPARE(bar.lengthMm, lengthMm);
    }

    // The evidence of scale, read from the vector geometry: at 1:50 a 600 mm rack is 12.0 mm wide
    // in an SVG whose units are millimetres.
    void scaleInSvg()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.svg"));
        const SiteModel model = measuredSite();
        const Result<QStringList> written =
            exportPlanSvg(path, model, 1, kAsOf, optionsFor(PaperSize::A3, QPageLayout::Landscape, 50, {}));
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
        QCOMPARE(written.value(), QStringList{path});
        const QString svg = svgText(path);
        QVERIFY(svg.contains(QLatin1String("width=\"420mm\" height=\"297mm\"")));
        QVERIFY(svg.contains(QLatin1String("viewBox=\"0 0 420 297\"")));

        const std::vector<QRectF> racks = filledPathBounds(path, stateColour(RackState::Occupied).name());
        QCOMPARE(int(racks.size()), 4);
        qDebug("SVG: a 600 × 1200 mm rack at 1:50 measures %.3f × %.3f mm", racks.front().width(), racks.front().height());
        for (const QRectF &rack : racks) {
            QVERIFY2(std::abs(rack.width() - 12.0) <= 0.1, qPrintable(QString::number(rack.width())));
            QVERIFY2(std::abs(rack.height() - 24.0) <= 0.1, qPrintable(QString::number(rack.height())));
        }
        // The four stand side by side: 4 × 12 = 48 mm from the first's left to the last's right.
        const auto [minLeft, maxLeft] = std::minmax_element(racks.begin(), racks.end(), [](const QRectF &a, const QRectF &b) {
            return a.left() < b.left();
        });
        QVERIFY(std::abs(maxLeft->right() - minLeft->left() - 48.0) <= 0.1);
    }

    // Obstacles and cages are part of the plan, to scale: at 1:50 a 0.6 m column is a 12 mm square
    // and the 2.8 × 1.6 m cage 56 × 32 mm.
    void obstaclesAndCagesInSvg()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("layout.svg"));
        const SiteModel model = siteWithLayout();
        const Result<QStringList> written =
            exportPlanSvg(path, model, 1, kAsOf, optionsFor(PaperSize::A3, QPageLayout::Landscape, 50, {}));
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
        const std::vector<QRectF> columns = filledPathBounds(path, obstacleFill(ObstacleKind::Column).name());
        QCOMPARE(int(columns.size()), 1);
        qDebug("SVG: a 0.6 m column at 1:50 measures %.3f × %.3f mm", columns.front().width(), columns.front().height());
        QVERIFY2(std::abs(columns.front().width() - 12.0) <= 0.05, qPrintable(QString::number(columns.front().width())));
        QVERIFY2(std::abs(columns.front().height() - 12.0) <= 0.05, qPrintable(QString::number(columns.front().height())));
        QCOMPARE(int(filledPathBounds(path, obstacleFill(ObstacleKind::Pdu).name()).size()), 1);
        const std::vector<QRectF> cages = filledPathBounds(path, tenantColour(1).name());
        QCOMPARE(int(cages.size()), 1);
        QVERIFY2(std::abs(cages.front().width() - 56.0) <= 0.1, qPrintable(QString::number(cages.front().width())));
        QVERIFY2(std::abs(cages.front().height() - 32.0) <= 0.1, qPrintable(QString::number(cages.front().height())));
        // The cage's label gives its area, whatever the layers.
        const QString svg = svgText(path);
        QVERIFY(svg.contains(QStringLiteral("Cage A · Société Test · ") + QLocale().toString(4.48, 'f', 1) + QStringLiteral(" m²")));
        // Without the clearances layer, nothing red.
        QVERIFY(!svg.contains(violationColour().name(), Qt::CaseInsensitive));
    }

    // The clearances layer draws the site's rules, not fixed distances, and the problems in red,
    // counted in the legend; the dimensions layer measures the aisles and walls in metres.
    void clearancesAndDimensionsFollowTheRules()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clearances.svg"));
        SiteModel model = siteWithLayout();
        model.site.clearance.coldAisleMinM = 1.4;
        const std::vector<ClearanceViolation> violations = checkClearances(model, 1);
        QVERIFY(!violations.empty());
        const Result<QStringList> written = exportPlanSvg(
            path, model, 1, kAsOf,
            optionsFor(PaperSize::A3, QPageLayout::Landscape, 50, SheetLayer::Clearances | SheetLayer::Dimensions));
        QVERIFY(written.ok());
        const QString svg = svgText(path);
        QVERIFY(svg.contains(violationColour().name(), Qt::CaseInsensitive));
        QVERIFY(svg.contains(QStringLiteral("Clearance problems (%1)").arg(violations.size())));
        QVERIFY(svg.contains(QStringLiteral("Cold aisle, at least ") + QLocale().toString(1.4, 'f', 2) + QStringLiteral(" m")));
        QVERIFY(svg.contains(QStringLiteral(">") + QLocale().toString(violations.front().measuredM, 'f', 2) + QStringLiteral(" m &lt; ")));
        // Every layout dimension that no red mark repeats is written with its length (those long
        // enough on paper for their figure: 0.5 m is 10 mm at 1:50).
        for (const LayoutDimension &dimension : layoutDimensions(model, 1))
            if (!dimension.violates && dimension.lengthM >= 0.5)
                QVERIFY2(svg.contains(QLatin1Char('>') + QLocale().toString(dimension.lengthM, 'f', 2) + QStringLiteral(" m<")),
                         qPrintable(QString::number(dimension.lengthM)));
    }

    // The same evidence from the PDF, rendered by poppler at 254 dpi (10 pixels per millimetre):
    // the left edges of the first and the third rack are 2 × 12.0 mm = 240 px apart.
    void scaleInPdf()
    {
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        const Result<int> sheets =
            exportPlanPdf(pdf, measuredSite(), 1, kAsOf, optionsFor(PaperSize::A3, QPageLayout::Landscape, 50, {}));
        QVERIFY(sheets.ok());
        QCOMPARE(sheets.value(), 1);
        QProcess process;
        process.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("254"), QStringLiteral("-png"),
                                 QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QImage page(dir.filePath(QStringLiteral("page.png")));
        // 420 mm; the PDF gives the page size in whole points (1191 pt = 420.16 mm), hence the 2 px.
        QVERIFY2(std::abs(page.width() - 4200) <= 2, qPrintable(QString::number(page.width())));

        // Scan the line through the racks' middle (y = 1.6 m in the hall) for runs of their blue.
        const SheetLayout layout = computeSheetLayout(QRectF(0, 0, 10000, 10000),
                                                      optionsFor(PaperSize::A3, QPageLayout::Landscape, 50));
        const double planTop = layout.tiles.front().planRectMm.top();
        const int y = int(std::lround((layout.planAreaMm.top() + (1600 - planTop) / 50) * 10));
        std::vector<int> runStarts;
        bool inBlue = false;
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            const bool blue = c.blue() > 140 && c.red() < 60;
            if (blue && !inBlue)
                runStarts.push_back(x);
            inBlue = blue;
        }
        QCOMPARE(int(runStarts.size()), 4);
        const double pitchMm = (runStarts[2] - runStarts[0]) / 10.0 / 2;
        qDebug("PDF at 254 dpi: a 600 mm rack at 1:50 measures %.2f mm", pitchMm);
        QVERIFY2(std::abs(pitchMm - 12.0) <= 0.1, qPrintable(QString::number(pitchMm)));
    }

    void titleBlockText()
    {
        const SiteModel model = sample();
        const Hall *hall = model.hallByName(QStringLiteral("Colocation"));
        QTemporaryDir dir;
        PlanSheetOptions options = optionsFor(PaperSize::A3, QPageLayout::Landscape, 50);
        options.title.company = QStringLiteral("Lomé Data Centre SA");
        options.title.revision = QStringLiteral("B");
        options.title.author = QStringLiteral("K. Mensah");
        const Result<QStringList> written = exportPlanSvg(dir.filePath(QStringLiteral("colo.svg")), model, hall->id,
                                                          kAsOf, options);
        QVERIFY(written.ok());
        // One SVG per sheet: the key sheet and 2 × 2 tiles.
        QCOMPARE(written->size(), 5);
        QVERIFY(written->at(0).endsWith(QLatin1String("colo-1.svg")));
        QVERIFY(written->at(4).endsWith(QLatin1String("colo-5.svg")));
        const QString key = svgText(written->at(0));
        QVERIFY(key.contains(QLatin1String(">1 / 5<")));
        QVERIFY(key.contains(QLatin1String(">1:200<")));   // the key's own scale
        const QString tile = svgText(written->at(1));
        for (const QString &text : {QStringLiteral(">2 / 5<"), QStringLiteral(">1:50<"), QStringLiteral(">Colocation<"),
                                    QStringLiteral(">Lomé Data Centre SA<"), QStringLiteral(">K. Mensah<"),
                                    QStringLiteral(">B<"), QStringLiteral(">Scale 1:50<")})
            QVERIFY2(tile.contains(text), qPrintable(text));
        // The date in the locale's short format.
        QVERIFY(tile.contains(QLatin1Char('>') + QLocale().toString(kAsOf, QLocale::ShortFormat) + QLatin1Char('<')));
    }

    void grayscaleHasNoColour()
    {
        const SiteModel model = sample();
        const Hall *hall = model.hallByName(QStringLiteral("Colocation"));
        QTemporaryDir dir;
        PlanSheetOptions options = optionsFor(PaperSize::A4, QPageLayout::Landscape, 0,
                                              kDefaultSheetLayers | SheetLayer::Tenants | SheetLayer::Clearances);
        const auto maxSpread = [](const QImage &image) {
            int spread = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QRgb p = image.pixel(x, y);
                    const int hi = std::max({qRed(p), qGreen(p), qBlue(p)});
                    const int lo = std::min({qRed(p), qGreen(p), qBlue(p)});
                    spread = std::max(spread, hi - lo);
                }
            return spread;
        };
        const QString colourPath = dir.filePath(QStringLiteral("colour.png"));
        QVERIFY(exportPlanPng(colourPath, 60, model, hall->id, kAsOf, options).ok());
        QVERIFY(maxSpread(QImage(colourPath)) > 100);   // tenants' colours
        options.grayscale = true;
        const QString greyPath = dir.filePath(QStringLiteral("grey.png"));
        QVERIFY(exportPlanPng(greyPath, 60, model, hall->id, kAsOf, options).ok());
        const QImage grey(greyPath);
        QCOMPARE(grey.size(), QSize(702, 496));   // A4 landscape at 60 dpi: 297 × 60 / 25.4 = 701.6, 210 × 60 / 25.4 = 496.1
        QVERIFY(maxSpread(grey) <= 2);
    }

    void errors()
    {
        const SiteModel model = sample();
        QTemporaryDir dir;
        const PlanSheetOptions options;
        const Result<int> unknown = exportPlanPdf(dir.filePath(QStringLiteral("x.pdf")), model, 999, kAsOf, options);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().text().contains(QLatin1String("not found")), qPrintable(unknown.error().text()));
        const QString unwritable = dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
        const Result<int> denied = exportPlanPdf(unwritable, model, 1, kAsOf, options);
        QVERIFY(!denied.ok());
        QVERIFY(denied.error().text().startsWith(unwritable));
        QVERIFY(denied.error().text().contains(QLatin1String("cannot be written")));
        // A .dxf goes to the DXF writer (tested with it); a name in no known format is refused.
        const Result<QStringList> unknownFormat = exportPlanFile(dir.filePath(QStringLiteral("x.txt")), model, 1, kAsOf, options);
        QVERIFY(!unknownFormat.ok());
        QVERIFY2(unknownFormat.error().text().contains(QLatin1String("unknown format")), qPrintable(unknownFormat.error().text()));
        // A 20 m hall at 1:1 on A4 would be thousands of sheets.
        const Result<SheetLayout> huge = sheetLayoutFor(model, 1, optionsFor(PaperSize::A4, QPageLayout::Portrait, 1));
        QVERIFY(!huge.ok());
        QVERIFY(huge.error().text().contains(QLatin1String("sheets")));
    }

    void dialogDrivesOptions()
    {
        const SiteModel model = sample();
        const Hall *hall = model.hallByName(QStringLiteral("Government"));
        PlanSheetDialog dialog(&model, hall->id, kAsOf);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *paper = dialog.findChild<QComboBox *>(QStringLiteral("paperCombo"));
        auto *scale = dialog.findChild<QComboBox *>(QStringLiteral("scaleCombo"));
        auto *colour = dialog.findChild<QComboBox *>(QStringLiteral("colourCombo"));
        QVERIFY(paper && scale && colour);
        paper->setCurrentIndex(paper->findText(QStringLiteral("A1")));
        scale->setCurrentIndex(scale->findData(100));
        colour->setCurrentIndex(colour->findData(true));
        QTest::mouseClick(dialog.findChild<QWidget *>(QStringLiteral("densityLayer")), Qt::LeftButton, {}, QPoint(5, 5));
        const PlanSheetOptions options = dialog.options();
        QCOMPARE(options.paper, PaperSize::A1);
        QCOMPARE(options.scaleDenominator, 100);
        QVERIFY(options.grayscale);
        QVERIFY(options.layers.testFlag(SheetLayer::Density));
        QCOMPARE(dialog.summaryText(), QStringLiteral("1 sheet at 1:100"));
        scale->setCurrentIndex(scale->findData(20));
        paper->setCurrentIndex(paper->findText(QStringLiteral("A4")));
        QVERIFY2(dialog.summaryText().contains(QLatin1String("key sheet")), qPrintable(dialog.summaryText()));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("government.pdf"));
        const Result<QStringList> written = dialog.exportTo(path);
        QVERIFY(written.ok());
        QVERIFY(QFile::exists(path));
    }
};

QTEST_MAIN(TestPlanSheet)
#include "tst_plan_sheet.moc"
