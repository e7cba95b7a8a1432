#include "decision_date.h"

#include <algorithm>

namespace hectare {

std::optional<int> decisionMonth(std::optional<int> exhaustionAtRisk, int leadTimeMonths)
{
    if (!exhaustionAtRisk)
        return std::nullopt;
    return *exhaustionAtRisk - std::max(0, leadTimeMonths);
}

int nextExpansionFor(const GrowthInputs &in, const std::vector<int> &onlineMonth, int scope, int resource, int month)
{
    for (std::size_t e = 0; e < in.expansions.size(); ++e) {
        const ExpansionInput &x = in.expansions[e];
        if (x.amount[std::size_t(resource)] <= 0)
            continue;
        if (scope != in.siteScope() && x.scope != scope)
            continue;
        const int online = e < onlineMonth.size() ? onlineMonth[e] : -1;
        if (online < 0 || online > month)
            return int(e);
    }
    return -1;
}

std::optional<WhenNeededTrigger> nextWhenNeeded(const GrowthInputs &in, const std::vector<bool> &pending,
                                                const std::vector<int> &exhaustionAtRisk)
{
    for (std::size_t e = 0; e < in.expansions.size(); ++e) {
        if (e >= pending.size() || !pending[e])
            continue;
        const ExpansionInput &x = in.expansions[e];
        std::optional<WhenNeededTrigger> best;
        for (int r = 0; r < kGrowthResourceCount; ++r) {
            if (x.amount[std::size_t(r)] <= 0)
                continue;
            const int scope = in.hasResource(x.scope, r) ? x.scope : in.siteScope();
            const int month = exhaustionAtRisk[std::size_t(scope) * kGrowthResourceCount + std::size_t(r)];
            if (month < 0 || (best && month >= best->exhaustionMonth))
                continue;
            best = WhenNeededTrigger{int(e), scope, r, month, std::max(month, x.leadTimeMonths)};
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

} // namespace hectare
