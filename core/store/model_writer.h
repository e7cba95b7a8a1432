#pragma once

#include "model/error.h"
#include "model/site_model.h"

namespace hectare {

class SqliteConnection;

// Writes every object of the model with its own id into an empty schema. The caller
// runs it inside a transaction; on error the transaction is rolled back.
Status insertModel(SqliteConnection &db, const SiteModel &model);

// Single-object writes for edits (one undo command = one of these in one transaction).
// Inserts keep the object's id, so undoing a removal brings back the same object.
Status updateSite(SqliteConnection &db, const Site &site);
Status updateRack(SqliteConnection &db, const Rack &rack);
Status insertTenant(SqliteConnection &db, const Tenant &tenant);
Status updateTenant(SqliteConnection &db, const Tenant &tenant);
Status deleteTenant(SqliteConnection &db, Id tenantId);
Status insertContract(SqliteConnection &db, const Contract &contract);
Status updateContract(SqliteConnection &db, const Contract &contract);
Status deleteContract(SqliteConnection &db, Id contractId);
// The whole price book in one write: its terms, and its items and term discounts replaced.
Status updatePriceBook(SqliteConnection &db, const PriceBook &book);

} // namespace hectare
