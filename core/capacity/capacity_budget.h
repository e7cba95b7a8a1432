#pragma once

#include "capacity_report.h"

#include "model/site_model.h"

#include <QDate>

namespace hectare {

// Space, power, cooling, weight and generator budgets of every hall and of the site at
// `asOf`, with the resource that runs out first and what it strands. A pure function of its
// arguments; the rules and formulas are written out in docs/capacity-budgets.md.
CapacityReport computeCapacity(const SiteModel &model, QDate asOf);

} // namespace hectare
