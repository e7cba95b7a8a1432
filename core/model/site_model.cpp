#include "site_model.h"

#include <algorithm>

namespace hectare {
namespace {

// Vectors are sorted by id, so a binary search finds an object without an index map.
template<typename T>
const T *findById(const std::vector<T> &items, Id id)
{
    auto it = std::lower_bound(items.begin(), items.end(), id, [](const T &t, Id v) { return t.id < v; });
    if (it != items.end() && it->id == id)
        return &*it;
    // Fall back to a scan for vectors built out of order (imports, tests).
    auto scan = std::find_if(items.begin(), items.end(), [id](const T &t) { return t.id == id; });
    return scan == items.end() ? nullptr : &*scan;
}

} // namespace

const Hall *SiteModel::hall(Id id) const { return findById(halls, id); }
const Row *SiteModel::row(Id id) const { return findById(rows, id); }
const Rack *SiteModel::rack(Id id) const { return findById(racks, id); }
const Obstacle *SiteModel::obstacle(Id id) const { return findById(obstacles, id); }
const Cage *SiteModel::cage(Id id) const { return findById(cages, id); }
const Tenant *SiteModel::tenant(Id id) const { return findById(tenants, id); }
const Pdu *SiteModel::pdu(Id id) const { return findById(pdus, id); }
const UpsGroup *SiteModel::upsGroup(Id id) const { return findById(upsGroups, id); }
const Quote *SiteModel::quote(Id id) const { return findById(quotes, id); }
const Contract *SiteModel::contract(Id id) const { return findById(contracts, id); }

const Hall *SiteModel::hallByName(const QString &name) const
{
    auto it = std::find_if(halls.begin(), halls.end(), [&](const Hall &h) { return h.name == name; });
    return it == halls.end() ? nullptr : &*it;
}

const Scenario *SiteModel::scenarioByName(const QString &name) const
{
    auto it = std::find_if(scenarios.begin(), scenarios.end(), [&](const Scenario &s) { return s.name == name; });
    return it == scenarios.end() ? nullptr : &*it;
}

const FailureScenarioSpec *SiteModel::failureScenarioByName(const QString &name) const
{
    for (const FailureScenarioSpec &s : failureScenarios)
        if (s.name == name)
            return &s;
    return nullptr;
}

Id SiteModel::hallOfRack(const Rack &rack) const
{
    const Row *r = row(rack.rowId);
    return r ? r->hallId : kNoId;
}

} // namespace hectare
