#pragma once

// The Tier III report (tier3_check.h) in words, translated (context "hectare::Tier3"). Given the
// network the report was made on, components, groups and loads are named by their names
// (Unit::name, Group::name, Path::name, Load::name: "UPS A/B unit 2", "RPP-C-A1"); without it, or
// where a name is empty, by id ("unit 21 of group 8", "load 6").

#include "tier3_check.h"

#include <QString>

namespace hectare::reliability {

QString tier3SideName(Side side);   // "A", "B"
// "UPS A/B unit 2" or "unit 21 of group 8", "path RPP-C-A1 (side A)" or "path 5 (side A)", "side A".
QString tier3ComponentText(const Tier3Component &component, const Network *network = nullptr);
// "Colocation: RPP-C-A1 + RPP-C-B1 (12 racks)" or "load 6".
QString tier3LoadName(int load, int loadId, const Network *network = nullptr);
// "Colocation: RPP-C-A1 + RPP-C-B1 (12 racks) loses power (40.0 kW)", "load 6 loses cooling (10.0 kW)".
QString tier3DropText(const Tier3Drop &drop, const Network *network = nullptr);
// "UPS A/B (A) is 25.0 kW short (units left: 1, needed: 2)" or "group 2 is 25.0 kW short (…)".
QString tier3ShortfallText(const Tier3Shortfall &shortfall, const Network *network = nullptr);
// "UPS A/B unit 2 out for maintenance drops 6 loads, 500.0 kW: UPS A/B (A) is 25.0 kW short (units
// left: 1, needed: 2)" and, for single-corded findings, why they are apart.
QString tier3FindingText(const Tier3Finding &finding, const Network *network = nullptr);
// "Generators G1/G2: with one of 2 sets out, 800.0 kW carry the 770.3 kW load (margin 29.7 kW)".
QString tier3GeneratorText(const Tier3GeneratorCheck &check, const Network *network = nullptr);
// "Fuel lasts 87.2 h at full load (1,299.0 kW; at least 12.0 h required)".
QString tier3FuelText(const Tier3FuelCheck &check);
QString tier3SummaryText(const Tier3Summary &summary);

} // namespace hectare::reliability
