#pragma once

// Replays a failure scenario stored in the document (model/failure_scenario_spec.h): compiles the
// site at the scenario's ambient (chillers derated to it), turns each event's component into a
// network unit, and replays it (failure_scenario.h).

#include "failure_scenario.h"
#include "topology_compile.h"

#include "model/failure_scenario_spec.h"
#include "model/site_model.h"

namespace hectare::reliability {

struct StoredScenarioRun
{
    CompiledSite site;           // compiled at the scenario's ambient; names the timeline's indices
    FailureScenario scenario;    // the events in network terms
    ScenarioTimeline timeline;
};

// `base` gives the load basis and date; its ambient is replaced by the scenario's when it has one.
// Fails, naming the scenario and the event (1-based), when a component does not exist in the site.
Result<FailureScenario> toNetworkScenario(const CompiledSite &site, const FailureScenarioSpec &spec);
Result<StoredScenarioRun> replayStored(const SiteModel &model, const FailureScenarioSpec &spec,
                                       const CompileOptions &base = {});

} // namespace hectare::reliability
