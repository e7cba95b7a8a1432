#pragma once

#include "hall_plan_geometry.h"
#include "sheet_ink.h"

#include "plan/plan_colours.h"
#include "plan/plan_legend.h"

#include <QRectF>

class QPainter;

namespace hectare::ui {

// The colour legend of a printed hall: what the racks' fill means, with the counts behind it, in
// the same words as the legend on screen. Clearance zones and problems are explained too when they
// are drawn.
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

// The zones the clearances layer draws faintly, as deep as the site's rules ask (Site::clearance):
// on the racks' cold-aisle side, on their hot-aisle side, in front of PDUs and CRAHs, along the walls.
// What breaks a rule is drawn over them in red (violationColour()).
QColor coldClearanceColour();
QColor hotClearanceColour();
QColor serviceClearanceColour();
QColor wallClearanceColour();

} // namespace hectare::ui
