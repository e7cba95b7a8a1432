#pragma once

#include "growth_result.h"

#include <QByteArray>

#include <vector>

namespace hectare {

// The monthly series of one or more growth results as one RFC 4180 table (CRLF, UTF-8, C-locale
// numbers, as core/io/csv_export.h): one row per scenario, scope, resource and month,
//   scenario, scope, resource, unit, month, capacity, expected, p10, p50, p90, exceedance, exhausted
// scope is "site" or the hall's name; month is YYYY-MM; exceedance is the share of runs over
// capacity that month, exhausted the share running out in it (first over capacity); the Monte
// Carlo columns are empty when the result has no runs.
QByteArray growthCsv(const std::vector<const GrowthResult *> &results);

} // namespace hectare
