#pragma once

// Private to failure_scenario.cpp: a scenario's horizon, capacity scales and events checked
// against its network before it is replayed; the error names the event (1-based) and what is wrong.

#include "failure_scenario.h"

namespace hectare::reliability {

Status checkScenarioEvents(const Network &network, const FailureScenario &scenario);

} // namespace hectare::reliability
