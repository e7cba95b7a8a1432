#pragma once

#include "plan_sheet_options.h"
#include "sheet_layout.h"

#include "model/site_model.h"

#include <QDate>

class QPainter;

namespace hectare::ui {

// THE function that puts a hall on paper: print preview, printing, PDF, SVG and PNG all call it,
// so that every output is the same drawing.
//
// Paints sheet `sheetIndex` (0-based, < layout.sheetCount()) of hall `hallId` as it stands on
// `asOf`: the plan tile at 1:N (or, on a tiled hall's first sheet, the key to the tiles), the
// frame, the colour legend, the scale bar, the north arrow, the title block, and on tiles the
// assembly marks. The painter's device may be anything with a resolution; the function scales the
// painter by the device's logical DPI so that one unit is one millimetre on paper, on top of any
// transform the caller set, and draws the sheet from the page's top-left corner (the device must
// not add margins of its own). Pens have widths in millimetres; none is cosmetic.
void drawPlanSheet(QPainter &painter, const SiteModel &model, Id hallId, QDate asOf, const PlanSheetOptions &options,
                   const SheetLayout &layout, int sheetIndex);

// The drawing title when the user gave none: "Floor plan" and what the fill shows.
QString defaultDrawingTitle(const PlanSheetOptions &options);

} // namespace hectare::ui
