#include "stored_scenario.h"

#include <QCoreApplication>

namespace hectare::reliability {
namespace {

Error eventError(const FailureScenarioSpec &spec, std::size_t i, const QString &message)
{
    return Error{QCoreApplication::translate("hectare::StoredScenario", "Failure scenario \"%1\", event %2")
                     .arg(spec.name)
                     .arg(i + 1),
                 message};
}

} // namespace

Result<FailureScenario> toNetworkScenario(const CompiledSite &site, const FailureScenarioSpec &spec)
{
    FailureScenario scenario;
    scenario.name = spec.name;
    scenario.horizonHours = spec.horizonHours;
    scenario.options.refuel = spec.refuel;
    // No capacity scale: the site was compiled at the scenario's ambient, its chillers derated already.
    for (std::size_t i = 0; i < spec.events.size(); ++i) {
        const ScenarioEventSpec &e = spec.events[i];
        if (e.kind == ScenarioEventKind::GridOutage) {
            scenario.events.push_back(ScenarioEvent{e.atHours, GridOutage{e.durationHours}});
            continue;
        }
        if (e.kind == ScenarioEventKind::GeneratorFailsToStart && e.componentKind != QLatin1String(kinds::kGenerator))
            return eventError(spec, i, QCoreApplication::translate("hectare::StoredScenario",
                                                                   "a failure to start must name a diesel-generator "
                                                                   "(got \"%1\")")
                                           .arg(e.componentKind));
        const int unit = site.findUnit(e.componentKind, e.componentId, e.member);
        if (unit < 0)
            return eventError(spec, i, QCoreApplication::translate("hectare::StoredScenario",
                                                                   "%1 %2, unit %3 is not in the site's topology")
                                           .arg(e.componentKind)
                                           .arg(e.componentId)
                                           .arg(e.member));
        switch (e.kind) {
        case ScenarioEventKind::GridOutage:
            break;
        case ScenarioEventKind::ComponentFails:
            scenario.events.push_back(ScenarioEvent{e.atHours, UnitFails{unit, e.durationHours > 0 ? e.durationHours : -1}});
            break;
        case ScenarioEventKind::ComponentInMaintenance:
            scenario.events.push_back(
                ScenarioEvent{e.atHours, UnitInMaintenance{unit, e.atHours, e.atHours + e.durationHours}});
            break;
        case ScenarioEventKind::GeneratorFailsToStart:
            scenario.events.push_back(ScenarioEvent{e.atHours, GeneratorFailsToStart{unit}});
            break;
        }
    }
    return scenario;
}

Result<StoredScenarioRun> replayStored(const SiteModel &model, const FailureScenarioSpec &spec,
                                       const CompileOptions &base)
{
    CompileOptions options = base;
    if (spec.ambientC)
        options.ambientC = spec.ambientC;
    Result<CompiledSite> site = compileSite(model, options);
    if (!site)
        return site.error();
    Result<FailureScenario> scenario = toNetworkScenario(site.value(), spec);
    if (!scenario)
        return scenario.error();
    Result<ScenarioTimeline> timeline = replay(site.value().network, scenario.value());
    if (!timeline) {
        // The replay names its scenario, or only the event ("Event 2"): name the scenario then.
        const Error &error = timeline.error();
        if (error.where.contains(spec.name))
            return error;
        return Error{QCoreApplication::translate("hectare::StoredScenario", "Failure scenario \"%1\"").arg(spec.name),
                     error.text()};
    }
    return StoredScenarioRun{std::move(site.value()), std::move(scenario.value()), std::move(timeline.value())};
}

} // namespace hectare::reliability
