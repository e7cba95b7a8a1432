#pragma once

#include "model/site_model.h"

#include <QDate>

#include <optional>
#include <unordered_map>

namespace hectare::ui {

// What one tenant draws in one hall, for the plan's power-density colours. The file stores no
// draw per rack, so the tenant's expected draw (from its committed contracts in the hall) is
// spread over its occupied racks in proportion to their design kW:
//   rackDrawKw = expectedDrawKw × rack.designKw / occupiedDesignKw
// Every occupied rack of a tenant then shows the same ratio, expectedDrawKw / occupiedDesignKw.
// Reserved racks draw nothing yet, so they take no share.
struct TenantHallLoad
{
    double expectedDrawKw = 0;     // Σ expectedDrawKw(contract, asOf) over the tenant's contracts in the hall
    double occupiedDesignKw = 0;   // Σ designKw of the tenant's occupied racks in the hall

    // Drawn / design kW of each of the tenant's occupied racks; none without design kW to share over.
    std::optional<double> drawRatio() const;
    double rackDrawKw(const Rack &rack) const;
};

// Per tenant id, for every tenant with a contract or an occupied rack in the hall.
std::unordered_map<Id, TenantHallLoad> tenantHallLoads(const SiteModel &model, Id hallId, QDate asOf);

// A rack's contribution to its tenant's occupiedDesignKw (0 unless occupied by a tenant).
double rackOccupiedDesignKw(const Rack &rack);

} // namespace hectare::ui
