#pragma once

#include "model/error.h"
#include "model/failure_scenario_spec.h"

#include <vector>

namespace hectare {

class SqliteConnection;

// Named failure scenarios in the document (tables failure_scenario and failure_scenario_event;
// migrations/0007_failure_scenarios.sql). Every write runs in the caller's transaction.

// Every scenario in id order, each with its events in their stored order.
Status readFailureScenarios(SqliteConnection &db, std::vector<FailureScenarioSpec> &out);

// Writes a scenario with its own id, and its events, into the tables.
Status insertFailureScenario(SqliteConnection &db, const FailureScenarioSpec &scenario);
Status insertFailureScenarios(SqliteConnection &db, const std::vector<FailureScenarioSpec> &scenarios);

} // namespace hectare
