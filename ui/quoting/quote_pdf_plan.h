#pragma once

// The placement part of a quote's PDF: the positions as a customer reads them ("F05–F08") and a
// small plan of the hall, drawn by the floor-plan renderer in greys with the quote's positions in
// colour, so that they are the one thing that stands out.

#include "model/quote.h"
#include "model/site_model.h"
#include "quoting/quote_positions.h"

#include <QColor>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace hectare::ui {

// The colour of the quote's positions on the plan and in its legend.
QColor quotePositionColour();

// The plan of the quote's hall at the largest usual scale (1:100, 1:200, 1:250 …) that fits
// `maxSizeMm`, and its size on paper; nullopt when the quote has no hall.
struct QuotePlanFit
{
    int scaleDenominator = 0;
    QSizeF sizeMm;
};
std::optional<QuotePlanFit> fitQuotePlan(const SiteModel &model, const Quote &quote, const QSizeF &maxSizeMm);

// Paints the plan fitted by fitQuotePlan() with its top-left corner at `topLeftMm` (painter units:
// paper millimetres), the quote's positions filled and outlined in quotePositionColour().
void paintQuotePlan(QPainter &painter, const SiteModel &model, const Quote &quote, const QuotePlanFit &fit,
                    const QPointF &topLeftMm);

} // namespace hectare::ui
