#pragma once

// The Tier III report of `hectare-cli tier3 --json`: each component with its document reference
// (kind, componentId, member; a path's PDU), each dropped load with its hall and rack ids.

#include "reliability/tier3_site.h"

#include "model/site_model.h"

#include <QJsonObject>

namespace hectare::cli {

QJsonObject tier3ToJson(const SiteModel &model, const reliability::SiteTier3 &checked);

} // namespace hectare::cli
