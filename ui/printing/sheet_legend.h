#pragma once

#include "hall_plan_geometry.h"
#include "sheet_ink.h"

#include "plan/plan_colours.h"
#include "plan/plan_legend.h"

#include <QRectF>

class QPainter;

namespace hectare::ui {

// The colour legend of a printed hall: what the racks' fill means, with the counts behind it, in
// the same words as the legend on screen. Clearance zones are explained too when they are drawn.
struct SheetLegend
{
    PlanLegend legend;
    std::size_t tenantEntries = 0;   // the first entries are tenants, most racks first …
    std::size_t otherTenants = 0;    // … and the note counts these others
};

SheetLegend sheetLegend(const SiteModel &model, const HallPlanGeometry &geometry, PlanColourMode mode,
                        bool clearances);

// Paints the legend into `rectMm`, top to bottom in as many columns as fit. When there is not
// room for every entry, the tenants with the fewest racks join the "other tenants" note first.
void paintSheetLegend(QPainter &painter, const SheetLegend &legend, const QRectF &rectMm, const SheetInk &ink);

// Service clearances drawn by the clearances layer (TIA-942 minimums): in front of the racks, on
// their cold-aisle side, and behind them.
inline constexpr double kFrontClearanceMm = 1000;
inline constexpr double kRearClearanceMm = 600;
QColor frontClearanceColour();
QColor rearClearanceColour();

} // namespace hectare::ui
