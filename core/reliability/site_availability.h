#pragma once

// The availability Monte Carlo (availability_mc.h) on a compiled site, summed per tenant, per hall
// and for the site, named from the document and compared with Tier III's 99.982 %.

#include "availability_mc.h"
#include "compiled_site.h"

#include "model/site_model.h"

#include <vector>

namespace hectare::reliability {

// Uptime Institute's figure for Tier III: 99.982 %, about 1.6 hours of downtime a year.
inline constexpr double kTier3Availability = 0.99982;

struct AvailabilityRow
{
    enum class Kind { Tenant, Hall, Site };

    Kind kind = Kind::Site;
    Id id = kNoId;                 // the tenant or hall; kNoId for the site
    QString name;
    double itKw = 0;               // at the compiled load basis
    int racks = 0;
    AvailabilityFigures figures;   // down while any of its racks has no power or no cooling

    bool meetsTier3() const { return figures.availability >= kTier3Availability; }
};

struct ImportanceRow
{
    int unit = -1;                 // index into Network::units; -1: the utility grid
    QString name;                  // "UPS A/B unit 3", "Utility grid"
    QString kind;                  // the library kind key; "grid" for the utility
    Id componentId = kNoId;
    double downtimeShare = 0;      // ImportanceEntry::downtimeShare
    double hoursPerYear = 0;       // share × the site's mean downtime
};

struct SiteAvailability
{
    int years = 0;
    LoadBasis basis = LoadBasis::Contracted;
    std::vector<AvailabilityRow> tenants;   // tenants with load at the basis, by name
    std::vector<AvailabilityRow> halls;     // halls with load, by name
    AvailabilityRow site;
    std::vector<ImportanceRow> importance;  // largest share first
    std::vector<qint64> siteDowntimeHistogram;   // downtime_histogram.h bins
};

// Runs the Monte Carlo with a load set per tenant and per hall (options.loadSets is replaced).
Result<SiteAvailability> runSiteAvailability(const CompiledSite &site, const SiteModel &model,
                                             AvailabilityOptions options);

} // namespace hectare::reliability
