#pragma once

#include "capacity_report.h"

#include <QJsonObject>

namespace hectare {

// The report as JSON for `hectare-cli capacity --json` and for scripts. Keys are stable and
// untranslated (resource keys, budget fields installed/usable/committed/reserved/expectedDraw/free);
// numbers that are not finite (a PUE with nothing committed, an unlimited transformer figure,
// racks at an average of 0) are written as null.
QJsonObject capacityToJson(const CapacityReport &report);

QJsonObject budgetToJson(const Budget &budget);

} // namespace hectare
