#pragma once

#include "model/error.h"
#include "model/site_model.h"

namespace hectare {

class SqliteConnection;

// Writes every object of the model with its own id into an empty schema. The caller
// runs it inside a transaction; on error the transaction is rolled back.
Status insertModel(SqliteConnection &db, const SiteModel &model);

// Single-object writes for edits (one undo command = one of these in one transaction).
Status updateSite(SqliteConnection &db, const Site &site);
Status updateRack(SqliteConnection &db, const Rack &rack);

} // namespace hectare
