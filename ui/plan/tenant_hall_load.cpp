#include "tenant_hall_load.h"

#include "capacity/contract_load.h"

#include <unordered_set>

namespace hectare::ui {
namespace {

// Below this the design kW is rounding left over from edits, not a rack to share a draw over.
constexpr double kTinyKw = 1e-9;

} // namespace

std::optional<double> TenantHallLoad::drawRatio() const
{
    if (!(occupiedDesignKw > kTinyKw))
        return std::nullopt;
    return expectedDrawKw / occupiedDesignKw;
}

double TenantHallLoad::rackDrawKw(const Rack &rack) const
{
    return occupiedDesignKw > kTinyKw ? expectedDrawKw * rackOccupiedDesignKw(rack) / occupiedDesignKw : 0.0;
}

double rackOccupiedDesignKw(const Rack &rack)
{
    return rack.state == RackState::Occupied && rack.tenantId != kNoId ? rack.designKw : 0.0;
}

std::unordered_map<Id, TenantHallLoad> tenantHallLoads(const SiteModel &model, Id hallId, QDate asOf)
{
    std::unordered_map<Id, TenantHallLoad> loads;
    for (const Contract &contract : model.contracts)
        if (contract.hallId == hallId && contract.tenantId != kNoId)
            loads[contract.tenantId].expectedDrawKw += expectedDrawKw(contract, asOf);

    std::unordered_set<Id> rowsInHall;
    for (const Row &row : model.rows)
        if (row.hallId == hallId)
            rowsInHall.insert(row.id);
    for (const Rack &rack : model.racks)
        if (rowsInHall.contains(rack.rowId) && rackOccupiedDesignKw(rack) > 0)
            loads[rack.tenantId].occupiedDesignKw += rack.designKw;
    return loads;
}

} // namespace hectare::ui
