#pragma once

// The Tier III findings for the list, translated (context "hectare::ui::Tier3FindingText"): a label
// per component, what a finding drops per hall, why (core's tier3_text.h with the network's
// names), and the racks a finding drops.

#include "model/ids.h"
#include "model/site_model.h"
#include "reliability/compiled_site.h"
#include "reliability/tier3_check.h"

#include <QString>

#include <vector>

namespace hectare::ui {

// "UPS A/B unit 3", "Path through RPP-C-A1 (side A)", "Side A (all of its paths)".
QString findingComponentName(const reliability::CompiledSite &site, const reliability::Tier3Component &component);
// "Colocation: 4 loads, 48 racks; Government: 1 load, 4 racks".
QString findingDropsText(const reliability::CompiledSite &site, const SiteModel &model, const std::vector<int> &loads);
// "power", "cooling", "power and cooling".
QString findingLossText(const std::vector<reliability::Tier3Drop> &drops);
// "UPS A/B (A) is 125.0 kW short (units left: 1, needed: 2)" (tier3ShortfallText).
QString shortfallText(const reliability::CompiledSite &site, const reliability::Tier3Shortfall &shortfall);
// The shortfalls, or why a single-corded finding is apart.
QString findingWhyText(const reliability::CompiledSite &site, const reliability::Tier3Finding &finding);
// "UPS A/B unit 3 out for maintenance drops 4 loads, 380.0 kW: UPS A/B (A) is …" (tier3FindingText).
QString findingSentence(const reliability::CompiledSite &site, const reliability::Tier3Finding &finding);

std::vector<int> droppedLoads(const reliability::Tier3Finding &finding);
double loadsKw(const reliability::CompiledSite &site, const std::vector<int> &loads);

// The racks of the loads in the hall that holds most of them (the first such hall by id on a tie).
struct RacksToShow
{
    Id hallId = kNoId;
    std::vector<Id> rackIds;
};
RacksToShow racksToShow(const reliability::CompiledSite &site, const std::vector<int> &loads);

} // namespace hectare::ui
