#include "tier3_site.h"

#include <utility>

namespace hectare::reliability {

std::optional<Tier3FullLoad> fullLoadOf(const CompiledSite &designSite)
{
    const Network &n = designSite.network;
    if (n.generators < 0)
        return std::nullopt;
    return Tier3FullLoad{n.groups[std::size_t(n.generators)].loadKw, n.fuel.tankHours};
}

Result<SiteTier3> checkSiteTier3(const SiteModel &model, const CompileOptions &options, Tier3Options tier3)
{
    Result<CompiledSite> site = compileSite(model, options);
    if (!site)
        return site.error();
    SiteTier3 out;
    if (options.load == LoadBasis::Design) {
        out.fullLoad = fullLoadOf(site.value());
    } else {
        CompileOptions design = options;
        design.load = LoadBasis::Design;
        const Result<CompiledSite> designSite = compileSite(model, design);
        if (!designSite)
            return designSite.error();
        out.fullLoad = fullLoadOf(designSite.value());
    }
    tier3.fullLoad = out.fullLoad;
    Result<Tier3Report> report = checkTier3(site.value().network, tier3);
    if (!report)
        return report.error();
    out.site = std::move(site.value());
    out.report = std::move(report.value());
    return out;
}

} // namespace hectare::reliability
