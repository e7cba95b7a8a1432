#include "site_availability.h"

#include <QCoreApplication>

#include <algorithm>

namespace hectare::reliability {
namespace {

AvailabilityRow rowOf(const CompiledSite &site, AvailabilityRow::Kind kind, Id id, const QString &name,
                      const std::vector<int> &loads)
{
    AvailabilityRow row{kind, id, name, 0, 0, {}};
    for (int l : loads)
        for (const LoadRef::TenantShare &share : site.loads[std::size_t(l)].tenants)
            if (kind != AvailabilityRow::Kind::Tenant || share.tenantId == id) {
                row.itKw += share.kw;
                row.racks += share.racks;
            }
    return row;
}

} // namespace

Result<SiteAvailability> runSiteAvailability(const CompiledSite &site, const SiteModel &model,
                                             AvailabilityOptions options)
{
    SiteAvailability out;
    out.basis = site.basis;
    options.loadSets.clear();
    for (const Tenant &tenant : model.tenants)
        if (std::vector<int> loads = site.loadsOfTenant(tenant.id); !loads.empty()) {
            out.tenants.push_back(rowOf(site, AvailabilityRow::Kind::Tenant, tenant.id, tenant.name, loads));
            options.loadSets.push_back(std::move(loads));
        }
    for (const Hall &hall : model.halls)
        if (std::vector<int> loads = site.loadsOfHall(hall.id); !loads.empty()) {
            out.halls.push_back(rowOf(site, AvailabilityRow::Kind::Hall, hall.id, hall.name, loads));
            options.loadSets.push_back(std::move(loads));
        }

    Result<AvailabilityResult> run = runAvailability(site.network, options);
    if (!run)
        return run.error();
    const AvailabilityResult &r = run.value();
    out.years = r.years;
    std::size_t set = 0;
    for (AvailabilityRow &row : out.tenants)
        row.figures = r.sets[set++];
    for (AvailabilityRow &row : out.halls)
        row.figures = r.sets[set++];
    std::vector<int> all(site.network.loads.size());
    for (std::size_t l = 0; l < all.size(); ++l)
        all[l] = int(l);
    out.site = rowOf(site, AvailabilityRow::Kind::Site, kNoId, model.site.name, all);
    out.site.figures = r.site;
    const auto byName = [](const AvailabilityRow &a, const AvailabilityRow &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    };
    std::ranges::stable_sort(out.tenants, byName);
    std::ranges::stable_sort(out.halls, byName);

    for (const ImportanceEntry &entry : r.importance) {
        ImportanceRow row;
        row.unit = entry.unit;
        row.downtimeShare = entry.downtimeShare;
        row.hoursPerYear = entry.downtimeShare * r.site.downtimeHoursPerYear;
        if (entry.unit < 0) {
            row.name = QCoreApplication::translate("hectare::Reliability", "Utility grid");
            row.kind = QStringLiteral("grid");
        } else {
            const Unit &unit = site.network.units[std::size_t(entry.unit)];
            row.name = unit.name.isEmpty() ? QString::number(unit.id) : unit.name;
            row.kind = site.units[std::size_t(entry.unit)].kind;
            row.componentId = site.units[std::size_t(entry.unit)].componentId;
        }
        out.importance.push_back(std::move(row));
    }
    out.siteDowntimeHistogram = r.siteDowntimeHistogram;
    return out;
}

} // namespace hectare::reliability
