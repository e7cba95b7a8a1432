#pragma once

#include "model/error.h"
#include "model/scenario.h"

#include <vector>

namespace hectare {

class SqliteConnection;

// Growth scenarios in the document (tables scenario, scenario_tenant_growth, scenario_prospect,
// scenario_expansion; migrations/0002_scenarios.sql). Every write runs in the caller's
// transaction: Document::change() for an edit, insertModel() for a new document.

// Every scenario with its children, each vector in id order.
Status readScenarios(SqliteConnection &db, std::vector<Scenario> &out);

// Writes scenarios and their children with their own ids into empty tables.
Status insertScenarios(SqliteConnection &db, const std::vector<Scenario> &scenarios);

// Single writes for edits (one undo step each). insertScenario keeps the ids it is given, so
// undoing a removal brings back the same scenario; updateScenario replaces the scenario's row and
// all its children with `scenario`'s; deleteScenario removes it with its children.
Status insertScenario(SqliteConnection &db, const Scenario &scenario);
Status updateScenario(SqliteConnection &db, const Scenario &scenario);
Status deleteScenario(SqliteConnection &db, Id scenarioId);

} // namespace hectare
