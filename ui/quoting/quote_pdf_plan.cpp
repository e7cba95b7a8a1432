#include "quote_pdf_plan.h"

#include "printing/hall_plan_geometry.h"
#include "printing/sheet_ink.h"
#include "printing/sheet_plan_painter.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_set>

namespace hectare::ui {
namespace {

constexpr std::array<int, 17> kScaleDenominators{50,  100, 125,  150,  200,  250,  300,  350,  400,
                                                 500, 750, 1000, 1250, 1500, 2000, 2500, 5000};
constexpr double kHighlightLineMm = 0.45;

} // namespace

QColor quotePositionColour()
{
    return QColor(0x00, 0x5f, 0xb8);
}

std::optional<QuotePlanFit> fitQuotePlan(const SiteModel &model, const Quote &quote, const QSizeF &maxSizeMm)
{
    const HallPlanGeometry geometry = hallPlanGeometry(model, quote.hallId);
    const QRectF bounds = geometry.boundsMm;
    if (!geometry.hall || bounds.isEmpty() || maxSizeMm.isEmpty())
        return std::nullopt;
    int denominator = 0;
    for (const int candidate : kScaleDenominators) {
        if (bounds.width() / candidate <= maxSizeMm.width() && bounds.height() / candidate <= maxSizeMm.height()) {
            denominator = candidate;
            break;
        }
    }
    // A hall too large for the usual scales: whatever whole scale fits.
    if (denominator == 0)
        denominator = int(std::ceil(std::max(bounds.width() / maxSizeMm.width(), bounds.height() / maxSizeMm.height())));
    return QuotePlanFit{denominator, QSizeF(bounds.width() / denominator, bounds.height() / denominator)};
}

void paintQuotePlan(QPainter &painter, const SiteModel &model, const Quote &quote, const QuotePlanFit &fit,
                    const QPointF &topLeftMm)
{
    const HallPlanGeometry geometry = hallPlanGeometry(model, quote.hallId);
    if (!geometry.hall || fit.scaleDenominator <= 0)
        return;
    const PlanWindow window{geometry.boundsMm, QRectF(topLeftMm, fit.sizeMm), fit.scaleDenominator};
    // In greys: the other positions' states are not the customer's business, and the quote's own
    // positions, in colour, are then found at a glance.
    const SheetInk grey(true);
    paintHallPlan(painter, model, geometry, quote.issued, SheetLayers(), grey, window);

    const std::unordered_set<Id> wanted(quote.rackIds.begin(), quote.rackIds.end());
    const QTransform toPaper = window.planToPaper();
    QColor fill = quotePositionColour();
    fill.setAlphaF(0.85f);
    painter.save();
    painter.setPen(SheetInk(false).pen(quotePositionColour().darker(140), kHighlightLineMm));
    painter.setBrush(fill);
    for (const PlacedRack &placed : geometry.racks)
        if (wanted.count(placed.rack->id))
            painter.drawPolygon(toPaper.map(placed.quadMm));
    painter.restore();
}

} // namespace hectare::ui
