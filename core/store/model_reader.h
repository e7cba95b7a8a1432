#pragma once

#include "model/error.h"
#include "model/site_model.h"

namespace hectare {

class SqliteConnection;

// Reads the whole site model from a document at the current schema version.
// Fails with an Error naming the table and row when a stored value cannot be understood.
Result<SiteModel> readModel(SqliteConnection &db);

} // namespace hectare
