#pragma once

#include "model/quote.h"
#include "model/site_model.h"

#include <QString>

namespace hectare::ui {

// A quote's positions for a table cell: runs of adjacent positions in a row as "C05–C08",
// single ones by name, joined with ", " ("C05–C08, D01"); beyond three runs, or when a position
// is no longer on the plan, the count ("12 positions"). Empty when the quote has no placement.
QString quotePositionsText(const SiteModel &model, const Quote &quote);

} // namespace hectare::ui
