#pragma once

#include "model/quote.h"
#include "model/site_model.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace hectare::ui {

// One row's share of a quote: the row's name and its quoted positions, runs of neighbours written
// first–last ("F05–F08", "F11"), in order along the row.
struct RowPositions
{
    QString rowName;
    QStringList runs;
    QString positions;   // runs joined with ", "
    int count = 0;
};
// Rows in the order of the quote's first position in each; positions no longer on the plan are left out.
std::vector<RowPositions> quotePositionsByRow(const SiteModel &model, const Quote &quote);

// A quote's positions for a table cell: the runs of quotePositionsByRow() joined with ", "
// ("C05–C08, D01"); beyond three runs, or when a position is no longer on the plan, the count
// ("12 positions"). Empty when the quote has no placement.
QString quotePositionsText(const SiteModel &model, const Quote &quote);

} // namespace hectare::ui
