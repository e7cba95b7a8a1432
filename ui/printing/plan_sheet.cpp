#include "plan_sheet.h"

#include "hall_plan_geometry.h"
#include "sheet_furniture.h"
#include "sheet_ink.h"
#include "sheet_legend.h"
#include "sheet_plan_painter.h"
#include "sheet_tiles.h"

#include <QLocale>
#include <QPaintDevice>
#include <QPainter>

namespace hectare::ui {
namespace {

const QColor kFrameColour(0x10, 0x10, 0x10);

TitleBlockContent titleBlockContent(const SiteModel &model, const Hall &hall, QDate asOf,
                                    const PlanSheetOptions &options, const SheetLayout &layout, int sheetIndex)
{
    const QLocale locale;
    const bool key = layout.kind(sheetIndex) == SheetKind::Key;
    const QString title = options.title.drawingTitle.isEmpty() ? defaultDrawingTitle(options)
                                                               : options.title.drawingTitle;
    TitleBlockContent content;
    content.company = options.title.company;
    content.site = model.site.name;
    content.hall = hall.name;
    if (key) {
        content.drawingTitle = PlanSheetText::tr("%1 (key to sheets)").arg(title);
    } else if (layout.hasKeySheet()) {
        const SheetTile *tile = layout.tile(sheetIndex);
        content.drawingTitle = PlanSheetText::tr("%1 (column %2, row %3)").arg(title).arg(tile->column + 1).arg(tile->row + 1);
    } else {
        content.drawingTitle = title;
    }
    content.scale = scaleText(key ? layout.keyScaleDenominator : layout.scaleDenominator);
    const QDate date = options.title.date.isValid() ? options.title.date : asOf;
    content.date = locale.toString(date, QLocale::ShortFormat);
    content.revision = options.title.revision;
    content.author = options.title.author;
    content.sheet = PlanSheetText::tr("%1 / %2", "sheet x of y").arg(sheetIndex + 1).arg(layout.sheetCount());
    content.stateOn = locale.toString(asOf, QLocale::ShortFormat);
    return content;
}

void paintFrame(QPainter &painter, const SheetLayout &layout, const SheetInk &ink)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(ink.pen(kFrameColour, kFrameLineMm));
    painter.drawRect(layout.frameMm);
    painter.setPen(ink.pen(kFrameColour, kOutlineLineMm));
    painter.drawLine(layout.bandMm.topLeft(), layout.bandMm.topRight());
    painter.setPen(ink.pen(kFrameColour, kThinLineMm));
    if (layout.legendMm.width() > 0)
        painter.drawLine(layout.scaleAreaMm.topLeft(), layout.scaleAreaMm.bottomLeft());
}

} // namespace

QString defaultDrawingTitle(const PlanSheetOptions &options)
{
    switch (fillMode(options.layers)) {
    case PlanColourMode::State: return PlanSheetText::tr("Floor plan: rack state");
    case PlanColourMode::Tenant: return PlanSheetText::tr("Floor plan: tenants");
    case PlanColourMode::Density: return PlanSheetText::tr("Floor plan: power density");
    }
    return {};
}

void drawPlanSheet(QPainter &painter, const SiteModel &model, Id hallId, QDate asOf, const PlanSheetOptions &options,
                   const SheetLayout &layout, int sheetIndex)
{
    const HallPlanGeometry geometry = hallPlanGeometry(model, hallId);
    if (!geometry.hall || sheetIndex < 0 || sheetIndex >= layout.sheetCount() || !painter.device())
        return;
    painter.save();
    // One unit = one millimetre on paper, whatever the device's resolution.
    const QPaintDevice &device = *painter.device();
    painter.scale(device.logicalDpiX() / 25.4, device.logicalDpiY() / 25.4);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const SheetInk ink(options.grayscale);

    int denominator = layout.scaleDenominator;
    if (layout.kind(sheetIndex) == SheetKind::Key) {
        denominator = layout.keyScaleDenominator;
        const PlanWindow window{layout.keyPlanRectMm, layout.planAreaMm, denominator};
        // The key shows where things are, not their details: fills and row names only.
        const SheetLayers keyLayers = options.layers & (SheetLayer::Tenants | SheetLayer::Density);
        paintHallPlan(painter, model, geometry, asOf, keyLayers, ink, window);
        paintKeyTiles(painter, layout, window, ink);
    } else {
        const SheetTile *tile = layout.tile(sheetIndex);
        const PlanWindow window{tile->planRectMm, layout.planAreaMm, denominator};
        paintHallPlan(painter, model, geometry, asOf, options.layers, ink, window);
        paintAssemblyMarks(painter, layout, sheetIndex, ink);
    }

    paintFrame(painter, layout, ink);
    const SheetLegend legend = sheetLegend(model, geometry, fillMode(options.layers),
                                          options.layers.testFlag(SheetLayer::Clearances));
    paintSheetLegend(painter, legend, layout.legendMm, ink);
    paintScaleAndNorth(painter, layout.scaleAreaMm, denominator, ink);
    paintTitleBlock(painter, layout.titleBlockMm,
                    titleBlockContent(model, *geometry.hall, asOf, options, layout, sheetIndex), ink);
    painter.restore();
}

} // namespace hectare::ui
