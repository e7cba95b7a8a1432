#pragma once

#include "model/error.h"
#include "model/site_model.h"

#include <QByteArray>

namespace hectare {

// The whole model as JSON (format "hectare-site", version 1; docs/model-format.md), indented,
// every key written, keys sorted, tables in the model's order, growth scenarios included (a file
// without a "scenarios" key, as written before they existed, imports with none). Deterministic and lossless:
// importModelJson() gives back an equal model, and exporting that gives the same bytes.
// Numbers must be finite (validateModel() checks): JSON has no NaN or infinity.
QByteArray exportModelJson(const SiteModel &model);

// Reads a model written by exportModelJson() or by hand. Checks the JSON, the format and its
// version, every key and type, unique ids per table, and that every reference names an object
// that exists. The first problem is returned as an Error whose `where` is the JSON path
// (`$.racks[3].designKw`) and whose message says what is wrong, translated. Values are not
// judged (negative kW, overlapping racks): run validateModel() on the result.
// A pure function: it creates nothing, whatever the outcome.
Result<SiteModel> importModelJson(const QByteArray &json);

} // namespace hectare
