#pragma once

#include "model/error.h"
#include "model/site_model.h"

namespace hectare {

// The bundled Lomé-like sample site (data/sample-site.json, compiled in as a resource).
// It is what the app and the CLI show when no file is given.
Result<SiteModel> sampleSiteModel();

} // namespace hectare
