#include "model_validation.h"

#include "model_validator.h"

namespace hectare {

// maxErrors ≤ 0 means no limit: a caller asking for "no errors at most" would otherwise be told
// that every model is valid.
std::vector<Error> validateModel(const SiteModel &model, int maxErrors)
{
    return ModelValidator(model, maxErrors).run();
}

} // namespace hectare
