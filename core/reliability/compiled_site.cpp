#include "compiled_site.h"

#include <QCoreApplication>

#include <algorithm>

namespace hectare::reliability {

int CompiledSite::findUnit(const QString &kind, Id componentId, int member) const
{
    for (std::size_t u = 0; u < units.size(); ++u)
        if (units[u].kind == kind && units[u].componentId == componentId && units[u].member == member)
            return int(u);
    return -1;
}

std::vector<int> CompiledSite::loadsOfTenant(Id tenantId) const
{
    std::vector<int> out;
    for (std::size_t l = 0; l < loads.size(); ++l)
        if (std::ranges::any_of(loads[l].tenants, [&](const LoadRef::TenantShare &t) { return t.tenantId == tenantId; }))
            out.push_back(int(l));
    return out;
}

std::vector<int> CompiledSite::loadsOfHall(Id hallId) const
{
    std::vector<int> out;
    for (std::size_t l = 0; l < loads.size(); ++l)
        if (loads[l].hallId == hallId)
            out.push_back(int(l));
    return out;
}

std::vector<Id> CompiledSite::racksOf(const std::vector<int> &loadIndices, Id hallId) const
{
    std::vector<Id> out;
    for (int l : loadIndices) {
        const LoadRef &load = loads.at(std::size_t(l));
        if (hallId == kNoId || load.hallId == hallId)
            out.insert(out.end(), load.rackIds.begin(), load.rackIds.end());
    }
    std::ranges::sort(out);
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString loadBasisName(LoadBasis basis)
{
    return basis == LoadBasis::Contracted ? QCoreApplication::translate("hectare::TopologyCompile", "Contracted load")
                                          : QCoreApplication::translate("hectare::TopologyCompile", "Design load");
}

} // namespace hectare::reliability
