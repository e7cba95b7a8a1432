#pragma once

#include "model/site_model.h"

#include <QByteArray>

namespace hectare {

// Tables for spreadsheets and scripts. Both follow RFC 4180: a header row, comma-separated
// fields, CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF (quotes
// doubled), UTF-8 without a byte-order mark. They are machine-readable whatever the user's
// language: numbers in the C locale ('.' decimal point, no grouping, no exponent, the shortest
// digits that read back exactly), states as their untranslated keys ("occupied"), column
// names in English. References that point at nothing give an empty field.

// One row per rack position, in the model's order:
// hall, row, rack, state, tenant (name), design_kw, max_weight_kg, width_mm, depth_mm, height_u,
// feed_a, feed_b (PDU names).
QByteArray racksCsv(const SiteModel &model);

// One row per tenant, in the model's order: name, sector, contact,
// contracts (how many are not ended), contracted_racks, committed_kw and cage_m2 (summed over
// signed and active contracts), racks_held (rack positions reserved or occupied by the tenant).
QByteArray tenantsCsv(const SiteModel &model);

} // namespace hectare
