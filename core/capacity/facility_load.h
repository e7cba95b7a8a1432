#pragma once

#include "model/site_model.h"

namespace hectare {

// Electrical load of the whole facility as a function of the IT load L (kW):
//   F(L) = L / ηUPS + L / COP + auxiliaryKw
// UPS losses and the chillers' electricity grow with the IT load; lighting, offices and
// security (auxiliary) do not. Transformers add their own losses on top: F(L) / ηTx.
// Linear in L, so every "how much IT can this plant carry" question has a closed form.
struct FacilityLoadModel
{
    double upsEfficiency = 1.0;           // usable-weighted mean; 1 when the site has no UPS
    double chillerCop = 0.0;              // usable-weighted mean; 0 when the site has no chillers (no cooling term)
    double transformerEfficiency = 1.0;   // usable-weighted mean; 1 when the site has no transformers
    double auxiliaryKw = 0.0;
    double generatorPowerFactor = 1.0;    // usable-weighted mean; the site's load power factor when there are no generators
    double loadPowerFactor = 1.0;         // of the facility load, as seen by the transformers

    // dF/dL: facility kW per IT kW, without the auxiliary load.
    double facilityKwPerItKw() const;
    // F(L), downstream of the transformers (what the generators carry).
    double facilityKw(double itKw) const;
    // F(L) / ηTx: what the utility side of the transformers delivers.
    double incomingKw(double itKw) const;
    // The IT load L with F(L) = facilityKw; 0 when the auxiliary load alone needs more.
    double itKwForFacilityKw(double facilityKw) const;

    // kVA the generator plant carries at IT load L: F(L) / generator power factor.
    double generatorKva(double itKw) const;
    // The IT load the generators carry at `kva`: L with F(L) / pf = kva.
    double itKwForGeneratorKva(double kva) const;
    // The IT load the transformers carry at `kva`: L with F(L) / ηTx = kva × load power factor.
    double itKwForTransformerKva(double kva) const;
};

// Weighted means over the site's plant, weights being each group's usable capacity
// (chillers derated at the site's design ambient), so a large group counts for more.
FacilityLoadModel facilityLoadModel(const SiteModel &model);

} // namespace hectare
