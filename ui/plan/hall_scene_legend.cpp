// HallScene's legends: what each colour mode means on this hall, with the counts behind it.
#include "hall_scene.h"

#include "layout_colours.h"
#include "rack_item.h"

#include "quoting/reservations.h"

#include <algorithm>
#include <map>

namespace hectare::ui {
namespace {

constexpr std::size_t kLegendTenants = 6;   // the rest are summed up in a note

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

PlanLegend HallScene::legend() const
{
    PlanLegend legend;
    switch (m_mode) {
    case PlanColourMode::State: legend = stateLegend(); break;
    case PlanColourMode::Tenant: legend = tenantLegend(); break;
    case PlanColourMode::Density: legend = densityLegend(); break;
    }
    // The red marks need a word too, when there are any on the plan.
    if (m_clearancesVisible && !m_violations.empty())
        legend.entries.push_back({violationColour(), tr("Clearance problems (%1)").arg(m_violations.size())});
    return legend;
}

PlanLegend HallScene::stateLegend() const
{
    std::map<RackState, int> counts;
    for (const auto &[id, item] : m_racks)
        ++counts[shownState(item->rack(), m_held)];
    PlanLegend legend;
    legend.title = tr("%1: rack state").arg(m_hall.name);
    for (const RackState state : {RackState::Free, RackState::Reserved, RackState::Occupied, RackState::Blocked})
        legend.entries.push_back({stateColour(state),
                                  tr("%1 (%2)").arg(capitalised(displayName(state)), QString::number(counts[state])),
                                  state == RackState::Blocked});
    return legend;
}

PlanLegend HallScene::tenantLegend() const
{
    std::unordered_map<Id, int> racksOfTenant;
    int freeCount = 0;
    int blockedCount = 0;
    for (const auto &[id, item] : m_racks) {
        const Rack &rack = item->rack();
        if (rack.state == RackState::Free)
            ++freeCount;
        else if (rack.state == RackState::Blocked)
            ++blockedCount;
        else if (rack.tenantId != kNoId)
            ++racksOfTenant[rack.tenantId];
    }
    std::vector<std::pair<Id, int>> ranked(racksOfTenant.begin(), racksOfTenant.end());
    // Most racks first; ties by id so that the legend does not reshuffle between runs.
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });

    PlanLegend legend;
    legend.title = tr("%1: tenants").arg(m_hall.name);
    const std::size_t shown = std::min<std::size_t>(ranked.size(), kLegendTenants);
    for (std::size_t i = 0; i < shown; ++i) {
        const auto &[tenantId, racks] = ranked[i];
        legend.entries.push_back(
            {tenantColour(tenantId), tr("%1 (%2)").arg(tenantName(tenantId), QString::number(racks))});
    }
    legend.entries.push_back({neutralColour(), tr("Free (%1)").arg(freeCount)});
    legend.entries.push_back({blockedNeutralColour(), tr("Blocked (%1)").arg(blockedCount), true});
    if (ranked.size() > shown)
        legend.note = tr("Other tenants: %1").arg(ranked.size() - shown);
    return legend;
}

PlanLegend HallScene::densityLegend() const
{
    PlanLegend legend;
    legend.title = tr("%1: expected draw / design kW").arg(m_hall.name);
    legend.heatScale = true;
    legend.entries.push_back({neutralColour(), tr("No draw (free or reserved)")});
    legend.entries.push_back({blockedNeutralColour(), tr("Blocked"), true});
    return legend;
}

} // namespace hectare::ui
