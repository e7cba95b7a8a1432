#include "growth_outlook.h"

#include "exhaustion.h"
#include "percentiles.h"

#include <algorithm>
#include <array>

namespace hectare {
namespace {

constexpr std::array<double, 3> kPercentiles{0.1, 0.5, 0.9};

std::optional<int> monthOrNone(int month) { return month >= 0 ? std::optional<int>(month) : std::nullopt; }

std::vector<double> slice(const std::vector<double> &values, std::size_t offset, int months)
{
    return std::vector<double>(values.begin() + std::ptrdiff_t(offset),
                               values.begin() + std::ptrdiff_t(offset) + months);
}

std::vector<double> demandOf(const GrowthInputs &in, const std::vector<double> &demand, int scope, int resource)
{
    std::vector<double> out(std::size_t(in.months));
    resourceDemand(in, demand.data(), scope, resource, out.data());
    return out;
}

void setMonteCarlo(ResourceOutlook &o, const GrowthInputs &in, const GrowthPass &pass,
                   const std::vector<std::vector<double>> &percentiles, int scope, int r)
{
    const MonteCarloTally &tally = pass.tally;
    o.p10 = demandOf(in, percentiles[0], scope, r);
    o.p50 = demandOf(in, percentiles[1], scope, r);
    o.p90 = demandOf(in, percentiles[2], scope, r);
    const int *exceeded = tally.exceedance.data() + in.capacityIndex(scope, r, 0);
    for (int t = 0; t < in.months; ++t)
        o.exceedance.push_back(double(exceeded[t]) / tally.runs);
    const int *counts = tally.exhaustionCounts(scope, r);
    o.exhaustionRuns.assign(counts, counts + in.months);
    o.exhaustedShare = double(tally.runs - counts[in.months]) / tally.runs;
    o.exhaustionP10 = monthAtRisk(counts, in.months, tally.runs, kPercentiles[0]);
    o.exhaustionP50 = monthAtRisk(counts, in.months, tally.runs, kPercentiles[1]);
    o.exhaustionP90 = monthAtRisk(counts, in.months, tally.runs, kPercentiles[2]);
}

ExpansionOutcome expansionOutcome(const Expansion &e, const GrowthInputs &in, const Schedule &schedule, std::size_t i)
{
    ExpansionOutcome o;
    o.expansionId = e.id;
    o.name = e.name;
    o.kind = e.kind;
    o.hallId = e.hallId;
    o.whenNeeded = e.whenNeeded();
    o.leadTimeMonths = in.expansions[i].leadTimeMonths;
    o.capexXof = e.capexXof;
    o.onlineMonth = monthOrNone(schedule.onlineMonth[i]);
    o.decisionMonth = o.onlineMonth ? std::optional<int>(*o.onlineMonth - o.leadTimeMonths) : std::nullopt;
    if (const std::optional<WhenNeededTrigger> &trigger = schedule.triggers[i]) {
        o.triggerResource = kGrowthResources[std::size_t(trigger->resource)];
        o.triggerHallId = trigger->scope == in.siteScope() ? kNoId : in.hallIds[std::size_t(trigger->scope)];
        o.triggerMonth = trigger->exhaustionMonth;
    }
    return o;
}

} // namespace

std::vector<int> exhaustionAtRisk(const GrowthInputs &in, const GrowthPass &pass, double risk)
{
    std::vector<int> months(std::size_t(in.scopeCount()) * kGrowthResourceCount, -1);
    for (int scope = 0; scope < in.scopeCount(); ++scope)
        for (int r = 0; r < kGrowthResourceCount; ++r) {
            if (!in.hasResource(scope, r))
                continue;
            int month = -1;
            if (pass.tally.runs > 0) {
                month = monthAtRisk(pass.tally.exhaustionCounts(scope, r), in.months, pass.tally.runs, risk).value_or(-1);
            } else {
                const std::vector<double> demand = demandOf(in, pass.expected, scope, r);
                month = firstExceedance(demand.data(), pass.capacity.data() + in.capacityIndex(scope, r, 0), in.months);
            }
            months[std::size_t(scope) * kGrowthResourceCount + std::size_t(r)] = month;
        }
    return months;
}

GrowthResult assembleGrowthResult(const Scenario &scenario, const GrowthInputs &in, const GrowthPass &pass,
                                  const Schedule &schedule, quint64 seed, int threads)
{
    GrowthResult result;
    result.scenarioName = scenario.name;
    result.start = in.start;
    result.months = in.months;
    result.runs = pass.tally.runs;
    result.seed = seed;
    result.decisionRisk = scenario.decisionRisk;

    std::vector<std::vector<double>> percentiles;
    if (pass.tally.runs > 0)
        percentiles = cellPercentiles(pass.tally.demand, pass.tally.runs, in.demandSize(),
                                      std::vector<double>(kPercentiles.begin(), kPercentiles.end()), threads);
    const std::vector<int> atRisk = exhaustionAtRisk(in, pass, scenario.decisionRisk);

    for (int scope = 0; scope < in.scopeCount(); ++scope) {
        ScopeOutlook &outlook = scope == in.siteScope() ? result.site : result.halls.emplace_back();
        if (scope != in.siteScope()) {
            outlook.hallId = in.hallIds[std::size_t(scope)];
            outlook.name = in.hallNames[std::size_t(scope)];
        }
        for (int r = 0; r < kGrowthResourceCount; ++r) {
            if (!in.hasResource(scope, r))
                continue;
            ResourceOutlook &o = outlook.resources.emplace_back();
            o.resource = kGrowthResources[std::size_t(r)];
            o.capacity = slice(pass.capacity, in.capacityIndex(scope, r, 0), in.months);
            o.expected = demandOf(in, pass.expected, scope, r);
            o.expectedExhaustion = monthOrNone(firstExceedance(o.expected.data(), o.capacity.data(), in.months));
            if (pass.tally.runs > 0)
                setMonteCarlo(o, in, pass, percentiles, scope, r);

            o.exhaustionAtRisk = monthOrNone(atRisk[std::size_t(scope) * kGrowthResourceCount + std::size_t(r)]);
            const int next = nextExpansionFor(in, schedule.onlineMonth, scope, r, o.exhaustionAtRisk.value_or(in.months));
            o.leadTimeMonths = next >= 0 ? in.expansions[std::size_t(next)].leadTimeMonths
                                         : std::max(0, scenario.defaultLeadTimeMonths);
            o.nextExpansionId = next >= 0 ? scenario.expansions[std::size_t(next)].id : kNoId;
            o.decisionMonth = decisionMonth(o.exhaustionAtRisk, o.leadTimeMonths);
        }
    }
    for (std::size_t e = 0; e < scenario.expansions.size(); ++e)
        result.expansions.push_back(expansionOutcome(scenario.expansions[e], in, schedule, e));
    return result;
}

} // namespace hectare
