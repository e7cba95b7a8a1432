#include "growth_engine.h"

#include "demand_projection.h"
#include "growth_capacity.h"
#include "growth_outlook.h"

#include <QCoreApplication>

#include <algorithm>
#include <thread>

namespace hectare {
namespace {

Status checkRunnable(const Scenario &scenario, const GrowthOptions &options)
{
    const QString where = QCoreApplication::translate("hectare::Growth", "Scenario \"%1\"").arg(scenario.name);
    if (!scenario.start.isValid())
        return Error{where, QCoreApplication::translate("hectare::Growth", "has no start month")};
    if (scenario.horizonMonths < 1)
        return Error{where, QCoreApplication::translate("hectare::Growth", "has no horizon (got %1 months)")
                                .arg(scenario.horizonMonths)};
    if (options.runs < 0)
        return Error{QString(), QCoreApplication::translate("hectare::Growth", "runs must be 0 or more (got %1)")
                                    .arg(options.runs)};
    return {};
}

} // namespace

Result<GrowthResult> runGrowth(const SiteModel &model, const Scenario &scenario, const GrowthOptions &options)
{
    if (Status status = checkRunnable(scenario, options); !status)
        return status.error();
    const GrowthInputs in = flattenGrowthInputs(model, scenario);
    const int threads = options.threads > 0 ? options.threads : std::max(1, int(std::thread::hardware_concurrency()));

    // Expansions with a month are online from it; "when needed" ones wait for the rule.
    Schedule schedule;
    std::vector<bool> pending;
    for (const ExpansionInput &x : in.expansions) {
        schedule.onlineMonth.push_back(x.fixedOnlineMonth);
        pending.push_back(x.fixedOnlineMonth < 0);
    }
    schedule.triggers.resize(in.expansions.size());

    // One pass per "when needed" expansion brought online, at most, plus the last.
    const int passes = 1 + int(std::count(pending.begin(), pending.end(), true));
    GrowthPass pass;
    for (int p = 0;; ++p) {
        pass.capacity = capacityCurves(in, schedule.onlineMonth);
        pass.expected = projectExpectedDemand(in, pass.capacity);
        if (options.runs > 0) {
            pass.tally = {};   // the last pass's runs go before this pass's arrive
            MonteCarloSettings settings;
            settings.runs = options.runs;
            settings.seed = options.seed;
            settings.threads = threads;
            settings.cancel = options.cancel;
            if (options.progress)
                settings.progress = [&](double share) { options.progress((p + share) / passes); };
            Result<MonteCarloTally> tally = runMonteCarlo(in, pass.capacity, settings);
            if (!tally)
                return tally.error();
            pass.tally = std::move(tally.value());
        }
        const std::optional<WhenNeededTrigger> trigger
            = nextWhenNeeded(in, pending, exhaustionAtRisk(in, pass, scenario.decisionRisk));
        if (!trigger)
            break;
        schedule.onlineMonth[std::size_t(trigger->expansion)] = trigger->onlineMonth;
        schedule.triggers[std::size_t(trigger->expansion)] = trigger;
        pending[std::size_t(trigger->expansion)] = false;
    }
    GrowthResult result = assembleGrowthResult(scenario, in, pass, schedule, options.seed, threads);
    if (options.progress)
        options.progress(1.0);
    return result;
}

} // namespace hectare
