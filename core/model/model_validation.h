#pragma once

#include "error.h"
#include "site_model.h"

#include <vector>

namespace hectare {

// Checks a whole model for impossible values and broken references: negative or zero
// capacities, racks overlapping or outside their hall, a tenant holding more racks than its
// contracts grant, ids pointing at nothing. Each Error names the object and the field
// (`Hall "B", row "3", rack "12": design kW`) and says what is wrong, translated.
// Returns at most maxErrors errors; an empty vector means the model is valid.
std::vector<Error> validateModel(const SiteModel &model, int maxErrors = 50);

} // namespace hectare
