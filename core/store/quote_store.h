#pragma once

// Quotes in the file (schema 5): the quote row, its frozen lines, its proposed positions and,
// while it is reserved, its hold rows (one per position; the rack id is quote_hold's primary key).

#include "model/error.h"
#include "model/quote.h"

#include <vector>

namespace hectare {

class SqliteConnection;

Status readQuotes(SqliteConnection &db, std::vector<Quote> &quotes);

// Inserts or replaces the quote with its lines and positions, and makes its hold rows match its
// status: one per position while Reserved, none otherwise. A position already held by another
// quote fails with an error naming the position and the quote that holds it.
Status writeQuote(SqliteConnection &db, const Quote &quote);
Status deleteQuote(SqliteConnection &db, Id quoteId);

} // namespace hectare
