#pragma once

// The words of the topology view and the Tier III list, translated (context
// "hectare::ui::TopologyText"): box titles and details, lane titles, check statuses, tooltips.

#include "reliability_analysis.h"
#include "topology_layout.h"

#include "reliability/compiled_site.h"

#include <QString>

#include <vector>

namespace hectare::ui {

QString topologyKw(double kw);   // "250 kW", "412.5 kW"

QString topologyLaneTitle(TopologyLane lane);        // "Power, side A", "Cooling"
QString topologyUtilityTitle();                      // "Utility"
QString topologyUtilityDetail(const reliability::GridProfile &grid);   // "100 outages a year"
QString topologyUtilityToolTip(const reliability::GridProfile &grid);  // with the outages' mean duration
QString topologyGroupDetail(const reliability::Network &network, int group);   // "4 × 250 kW · load 412 kW"
QString topologyPdusTitle(const QString &hallName, reliability::Side side);    // "Colocation RPPs (A)"
QString topologyPdusDetail(const reliability::Network &network, const std::vector<int> &groups);
QString topologyHallLoadDetail(const reliability::CompiledSite &site, const std::vector<int> &loads);   // "48 racks · 380 kW"
QString topologyHallCoolingDetail(const reliability::Cooling &cooling);   // "ride-through 14 min"
TopologyLoadRow topologyLoadRow(const reliability::CompiledSite &site, const SiteModel &model, int load);

QString checkStatusName(CheckStatus status);   // "Violation", "Single point of failure", …
// The unit's name, capacity, MTBF/MTTR and check status, one per line.
QString topologyUnitToolTip(const reliability::Network &network, int unit, CheckStatus status);
QString topologyGroupToolTip(const reliability::Network &network, int group, CheckStatus status);

} // namespace hectare::ui
