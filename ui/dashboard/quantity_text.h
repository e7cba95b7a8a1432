#pragma once

#include "capacity/resource.h"

#include <QString>

namespace hectare::ui {

// How the dashboard writes numbers: always in the default locale (QLocale()), so that a French
// user reads `1 234,5 kW`. The figures themselves come from the CapacityReport untouched.

// `value` rounded to at most `maxDecimals`, without a trailing zero decimal ("471", "449.5").
QString localeNumber(double value, int maxDecimals);

// A compact figure for a bar label, sized to the resource: whole positions and kilograms, kW and
// kVA to one decimal below 100 and whole above (a dock is narrow; the tooltip has the rest).
QString compactAmount(double value, Resource r);

// A figure with one decimal where the unit has decimals, for sentences ("449.5 kW").
QString preciseAmount(double value, Resource r);

// "887 kW", "65 positions": the number and the translated unit.
QString withUnit(const QString &number, Resource r);

// "100%" (a translator may prefer "100 %").
QString percentText(double percent);

} // namespace hectare::ui
