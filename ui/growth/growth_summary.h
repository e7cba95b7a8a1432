#pragma once

#include "growth/growth_result.h"

#include <QCoreApplication>

namespace hectare::ui {

// What a growth result says to a planner, in sentences: when each resource of each hall and of
// the site runs out and by when to decide ("Power: runs out Mar 2029 (P50; P10 Jul 2028),
// decide by Jul 2027"), and when the expansions come online. Every month comes from the result;
// nothing is computed here.
class GrowthSummary
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::GrowthSummary)

public:
    // "Site" or "Hall "Colocation"".
    static QString scopeName(const ScopeOutlook &scope);
    // One resource; empty when it does not run out within the horizon at any percentile.
    static QString outlookSentence(const GrowthResult &result, const ResourceOutlook &outlook);
    // When, or "–" (not within the horizon).
    static QString monthOrDash(const GrowthResult &result, const std::optional<int> &month);
    static QString decisionText(const GrowthResult &result, const ResourceOutlook &outlook);
    // Rich text: a line per scope (the site first), then the expansions.
    static QString html(const GrowthResult &result);
};

} // namespace hectare::ui
