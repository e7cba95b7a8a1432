#pragma once

#include "growth/growth_result.h"
#include "model/error.h"

#include <vector>

namespace hectare::ui {

class GrowthChart;

// Writes the monthly series of `results` as core's growth CSV (growthCsv()), atomically.
Status writeGrowthCsv(const QString &path, const std::vector<const GrowthResult *> &results);

// The chart as a picture: PDF when `path` ends in .pdf, PNG otherwise, 1200 × 700 px (the PDF
// in points at that size), whatever the size on screen.
Status saveChartImage(const GrowthChart &chart, const QString &path);

} // namespace hectare::ui
