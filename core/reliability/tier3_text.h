#pragma once

// The Tier III report (tier3_check.h) in words, translated (context "hectare::Tier3"). The network
// knows its components by id only, so they are named by id: "unit 21 of group 8". A caller that
// knows the document's names can format the structured findings itself.

#include "tier3_check.h"

#include <QString>

namespace hectare::reliability {

QString tier3SideName(Side side);                              // "A", "B"
QString tier3ComponentText(const Tier3Component &component);   // "unit 21 of group 8", "path 5 (side A)", "side A"
QString tier3DropText(const Tier3Drop &drop);                  // "load 6 (10.0 kW) loses power"
// "unit 3 of group 2 out for maintenance drops 6 loads, 500.0 kW: group 2 is 25.0 kW short (units
// left: 1, needed: 2)" and, for single-corded findings, why they are apart.
QString tier3FindingText(const Tier3Finding &finding);
QString tier3GeneratorText(const Tier3GeneratorCheck &check);
QString tier3FuelText(const Tier3FuelCheck &check);
QString tier3SummaryText(const Tier3Summary &summary);

} // namespace hectare::reliability
