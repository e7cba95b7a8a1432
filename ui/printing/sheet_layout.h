#pragma once

#include "plan_sheet_options.h"

#include "model/error.h"
#include "model/site_model.h"

#include <QRectF>
#include <QSizeF>

#include <vector>

namespace hectare::ui {

// One plan sheet's window on the hall: the part of plan space (hall millimetres, as on screen)
// that lands in the sheet's plan area at the layout's scale.
struct SheetTile
{
    QRectF planRectMm;
    int column = 0;   // from the left
    int row = 0;      // from the top
};

enum class SheetKind { Plan, Key };

// Where everything goes on the sheets of one printed hall: pure geometry in millimetres, no painting.
// Every sheet has the same frame; the plan area is the frame less a band along its bottom that holds
// the legend, the scale bar with the north arrow, and the title block (bottom right, as ISO 7200 puts it).
//
// When the hall at the chosen scale is larger than the plan area, it is tiled: tiles are the plan
// area's size, start at the top left of the hall's content and step by the plan area less the
// overlap, so that neighbours share `overlapMm` of paper to glue along. A key sheet (sheet 1) then
// shows the whole hall with the tiles numbered; tiles follow row by row as sheets 2, 3, …
struct SheetLayout
{
    QSizeF pageMm;          // the sheet as it lies
    QRectF frameMm;         // the drawing frame, inside the margins
    QRectF planAreaMm;      // where the plan is drawn
    QRectF bandMm;          // the band along the bottom of the frame
    QRectF legendMm;        // in the band: the colour legend …
    QRectF scaleAreaMm;     // … the scale bar and north arrow …
    QRectF titleBlockMm;    // … and the title block

    int scaleDenominator = 0;   // of the plan sheets: the one chosen, or the one "fit" picked
    bool fitted = false;
    QRectF contentMm;           // what must be shown, in plan millimetres: the hall and a margin
    double overlapPlanMm = 0;   // the overlap in plan millimetres (overlap on paper × scale)
    int columns = 1;
    int rows = 1;
    std::vector<SheetTile> tiles;   // row by row from the top left; one when the hall fits

    int keyScaleDenominator = 0;    // the key sheet's scale (0: no key sheet)
    QRectF keyPlanRectMm;           // the key sheet's window on the plan

    bool hasKeySheet() const { return tiles.size() > 1; }
    int sheetCount() const { return int(tiles.size()) + (hasKeySheet() ? 1 : 0); }
    SheetKind kind(int sheetIndex) const;
    // The tile drawn on sheet `sheetIndex` (0-based), or null for the key sheet.
    const SheetTile *tile(int sheetIndex) const;
    // The 0-based sheet that shows tile (column, row), or −1 outside the grid.
    int sheetOfTile(int column, int row) const;
};

// Paper left around the hall's content on every side, at every scale: room for the dimension
// lines and for the plan not to touch the frame. Reserved whether or not the dimensions are drawn,
// so that switching a layer on does not change the tiling.
inline constexpr double kPlanPaddingMm = 12;
// Sheets beyond this are a mistake (a hall at 1:20 on A4), not a plan anyone will glue together.
inline constexpr int kMaxSheets = 400;

// ISO 5455's recommended scales, 1:1 to 1:10 000: "fit" picks the largest of these at which the
// content fits one sheet, rather than an exact ratio like 1:73.4, so that the sheet can be read
// with a scale rule and the scale bar has round numbers.
const std::vector<int> &standardScaleDenominators();
// The smallest standard denominator at which `contentMm` plus kPlanPaddingMm on each side fits `areaMm`.
int fitScaleDenominator(const QRectF &contentMm, const QSizeF &areaMm, double paddingMm = kPlanPaddingMm);

// The layout for hall content `contentMm` (plan millimetres, without padding). Pure arithmetic.
SheetLayout computeSheetLayout(const QRectF &contentMm, const PlanSheetOptions &options);

// The layout of the hall's sheets, or an error when the hall is unknown, has nothing to draw,
// or would need more than kMaxSheets sheets.
Result<SheetLayout> sheetLayoutFor(const SiteModel &model, Id hallId, const PlanSheetOptions &options);

} // namespace hectare::ui
