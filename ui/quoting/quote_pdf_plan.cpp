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

// The positions of a row in order along it.
std::vector<const Rack *> rowPositions(const SiteModel &model, Id rowId)
{
    std::vector<const Rack *> racks;
    for (const Rack &rack : model.racks)
        if (rack.rowId == rowId)
            racks.push_back(&rack);
    std::stable_sort(racks.begin(), racks.end(),
                     [](const Rack *a, const Rack *b) { return a->offsetMm < b->offsetMm; });
    return racks;
}

QString runText(const Rack &first, const Rack &last)
{
    if (&first == &last)
        return first.name;
    return first.name + QChar(0x2013) + last.name;   // en dash: "F05–F08"
}

} // namespace

QColor quotePositionColour()
{
    return QColor(0x00, 0x5f, 0xb8);
}

std::vector<RowPositions> quotePositionsByRow(const SiteModel &model, const Quote &quote)
{
    const std::unordered_set<Id> wanted(quote.rackIds.begin(), quote.rackIds.end());
    std::vector<Id> rowOrder;
    for (const Id id : quote.rackIds)
        if (const Rack *rack = model.rack(id); rack && std::find(rowOrder.begin(), rowOrder.end(), rack->rowId) == rowOrder.end())
            rowOrder.push_back(rack->rowId);

    std::vector<RowPositions> result;
    for (const Id rowId : rowOrder) {
        const Row *row = model.row(rowId);
        RowPositions entry;
        entry.rowName = row ? row->name : QString();
        QStringList runs;
        const std::vector<const Rack *> positions = rowPositions(model, rowId);
        for (std::size_t i = 0; i < positions.size();) {
            if (!wanted.count(positions[i]->id)) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end + 1 < positions.size() && wanted.count(positions[end + 1]->id))
                ++end;
            runs << runText(*positions[i], *positions[end]);
            entry.count += int(end - i + 1);
            i = end + 1;
        }
        entry.positions = runs.join(QStringLiteral(", "));
        result.push_back(entry);
    }
    return result;
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
