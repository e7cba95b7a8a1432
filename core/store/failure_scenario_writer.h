#pragma once

#include "model/error.h"
#include "model/failure_scenario_components.h"
#include "model/failure_scenario_spec.h"
#include "model/site_model.h"

#include <vector>

namespace hectare {

class SqliteConnection;

// Edits of one named failure scenario (the desktop's add / edit / delete, one undo step each).
// The model functions say what an edit does and whether the validator accepts it, so a dialog can
// refuse a bad scenario before anything is written; the store functions write it in the caller's
// transaction (Document::change) and check it the same way first, so a refused edit writes nothing
// and the error names the scenario, the event and the field.

// The model with `scenario` in place: replacing the one with its id, or inserted in id order.
void putFailureScenario(SiteModel &model, const FailureScenarioSpec &scenario);
// Removes the scenario `id`; false if there is none.
bool removeFailureScenario(SiteModel &model, Id id);
// An id no failure scenario of `model` has yet.
Id nextFailureScenarioId(const SiteModel &model);

// Runs the model validator over `model` with `scenario` in place; the first error, if any.
Status checkFailureScenario(const SiteModel &model, const FailureScenarioSpec &scenario);

// Writes `scenario` over the stored one with its id, or inserts it (keeping its id, so undoing a
// deletion brings back the same scenario). Reads the model from `db` and checks it first.
Status writeFailureScenario(SqliteConnection &db, const FailureScenarioSpec &scenario);
// Deletes the scenario with its events; an error if there is none.
Status deleteFailureScenario(SqliteConnection &db, Id id);

} // namespace hectare
