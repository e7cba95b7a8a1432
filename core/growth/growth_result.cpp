#include "growth_result.h"

namespace hectare {

const ResourceOutlook *ScopeOutlook::resource(Resource r) const
{
    for (const ResourceOutlook &o : resources)
        if (o.resource == r)
            return &o;
    return nullptr;
}

} // namespace hectare
