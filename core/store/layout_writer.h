#pragma once

#include "model/error.h"
#include "model/layout_change.h"

namespace hectare {

class SqliteConnection;

// Writes one LayoutChange into the file: deletes (cages, obstacles, racks, rows), then upserts
// (halls, rows, racks, obstacles, cages) with INSERT … ON CONFLICT(id) DO UPDATE, so a replaced
// row keeps its racks. The caller (Document::change) runs it in a transaction and validates.
Status applyLayoutChange(SqliteConnection &db, const LayoutChange &change);

} // namespace hectare
