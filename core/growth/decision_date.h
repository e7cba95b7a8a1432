#pragma once

#include "growth_inputs.h"

#include <optional>
#include <vector>

namespace hectare {

// The latest month to decide to build: the exhaustion month at the chosen risk less the build
// lead time. Negative when the decision is already late; nullopt when nothing runs out.
std::optional<int> decisionMonth(std::optional<int> exhaustionAtRisk, int leadTimeMonths);

// The expansion whose lead time sets the decision for (scope, resource): the first, in the
// scenario's order, that adds that resource there (a hall's own, or any for the site) and is
// not online by `month` (onlineMonth[e] < 0 or later). −1 when there is none.
int nextExpansionFor(const GrowthInputs &in, const std::vector<int> &onlineMonth, int scope, int resource, int month);

// A "when needed" expansion brought online by the rule.
struct WhenNeededTrigger
{
    int expansion = -1;
    int scope = 0;              // whose exhaustion triggered it
    int resource = 0;
    int exhaustionMonth = 0;    // at the decision risk
    int onlineMonth = 0;        // the exhaustion month, or the lead time when that is sooner than it allows
};

// The first pending "when needed" expansion (in the scenario's order) one of whose resources runs
// out at the decision risk within the horizon: exhaustionAtRisk[scope × kGrowthResourceCount +
// resource], −1 for none. A hall's expansion answers that hall's exhaustion; a site expansion the
// site's. Nothing when no pending expansion is needed.
std::optional<WhenNeededTrigger> nextWhenNeeded(const GrowthInputs &in, const std::vector<bool> &pending,
                                                const std::vector<int> &exhaustionAtRisk);

} // namespace hectare
