#pragma once

// Quotes, placements and holds as JSON for hectare-cli --json: stable keys, numbers as numbers,
// money as integer francs.

#include "model/quote.h"
#include "model/site_model.h"
#include "quoting/placement.h"

#include <QDate>
#include <QJsonObject>

namespace hectare {

QJsonObject quoteToJson(const SiteModel &model, const Quote &quote);
QJsonObject placementToJson(const PlacementResult &result);
// Every quote holding capacity at `asOf`, with its positions, kW and expiry.
QJsonObject reservationsToJson(const SiteModel &model, QDate asOf);

} // namespace hectare
