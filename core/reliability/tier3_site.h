#pragma once

// The Tier III check (tier3_check.h) of a document: its topology compiled at a load basis
// (topology_compile.h) and checked there, with the fuel at full load, as Tier III asks: the hours
// the tanks last at the design facility load (every position's design kW), whatever the basis.

#include "compiled_site.h"
#include "tier3_check.h"
#include "topology_compile.h"

#include "model/error.h"
#include "model/site_model.h"

#include <optional>

namespace hectare::reliability {

struct SiteTier3
{
    CompiledSite site;                      // compiled at the options' load basis
    std::optional<Tier3FullLoad> fullLoad;  // none without generators
    Tier3Report report;
};

// The full load of a site compiled at the design basis: its generators' load (the facility at every
// position's design kW) and the hours the tanks last at it. None without generators.
std::optional<Tier3FullLoad> fullLoadOf(const CompiledSite &designSite);

// Compiles the document at options.load, and at the design load for the fuel, and checks it.
// tier3.fullLoad is replaced.
Result<SiteTier3> checkSiteTier3(const SiteModel &model, const CompileOptions &options, Tier3Options tier3 = {});

} // namespace hectare::reliability
