#pragma once

#include "growth_result.h"

#include <QJsonObject>

namespace hectare {

// A growth result as JSON for `hectare-cli growth --json` and for scripts. Keys are stable and
// untranslated; months are "YYYY-MM" (a decision month before the start is a past month, with
// "late": true); a month that does not come within the horizon is null. docs/growth-model.md
// lists the keys.
QJsonObject growthToJson(const GrowthResult &result);

// "YYYY-MM" of month `month` counted from the result's start.
QString monthKey(const GrowthResult &result, int month);

} // namespace hectare
