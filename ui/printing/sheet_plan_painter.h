#pragma once

#include "hall_plan_geometry.h"
#include "plan_sheet_options.h"
#include "sheet_ink.h"

#include <QDate>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace hectare::ui {

// A window on plan space printed at 1:N into a rectangle of the sheet: paper millimetres are
// paperRect.topLeft + (plan − planRect.topLeft) / N.
struct PlanWindow
{
    QRectF planRectMm;
    QRectF paperRectMm;
    int scaleDenominator = 1;

    QTransform planToPaper() const;
};

// Paints the hall as the layers ask, clipped to the window: tile grid, the clearance zones of the
// site's rules, cages, hall outline, racks filled as on screen (state, tenant or power density),
// blocked ones crossed out, obstacles in their kind's look, row names, rack and cage labels, the
// overall and the aisle/wall/service dimensions, and clearance problems in red. Painter units are
// millimetres on paper.
void paintHallPlan(QPainter &painter, const SiteModel &model, const HallPlanGeometry &geometry, QDate asOf,
                   SheetLayers layers, const SheetInk &ink, const PlanWindow &window);

} // namespace hectare::ui
