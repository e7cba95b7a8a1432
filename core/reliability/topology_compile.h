#pragma once

// Compiles a document's topology (its capacity groups, fuel tanks, switchgear, pumps and their
// buffers) into the flat Network the Tier III checks and the availability Monte Carlo read.
// The groups of the document are the network's groups: a kW is never stored twice. A 2N group
// with no path of its own (UPS modules, transformers) becomes two halves, one per side.
// Units come from the reliability library by kind, unless the document overrides a component.

#include "reliability/compiled_site.h"
#include "reliability/reliability_library.h"
#include "reliability/reliability_network.h"

#include "model/error.h"
#include "model/site_model.h"

#include <QDate>

#include <optional>

namespace hectare::reliability {

struct CompileOptions
{
    LoadBasis load = LoadBasis::Contracted;
    QDate asOf = QDate::currentDate();        // contracts holding capacity at this date
    std::optional<double> ambientC;           // chillers derated to it; default: the site's design ambient
    const ReliabilityLibrary *library = nullptr;   // default: the bundled library
};

// Heat capacity of a hall, kJ/K: its air (floor area × ceiling height × 1.2 kg/m³ × 1.005 kJ/kg·K)
// plus the thermal mass the user gives it.
double hallHeatCapacityKjPerK(const Hall &hall);

// Minutes from a loss of cooling until the inlet has risen by the hall's limit, at `heatKw`
// (shared/reference/reliability.md: dT/dt = P / C). kNever with no heat load.
double rideThroughMinutes(const Hall &hall, double heatKw);

// Hours the tanks last with the generator group carrying `loadKw`: Σ litres over the fuel of the
// units needed at that load (N demand, k = ceil(load / unit kW)), each at load / (k × unit kW).
// kNever without a load; 0 without tanks.
double fuelTankHours(const SiteModel &model, const GeneratorGroup &generators, double loadKw);

// The network with its document references and names ("UPS-A module 2", "PDU-A1 (A)").
Result<CompiledSite> compileSite(const SiteModel &model, const CompileOptions &options = {});
Result<Network> compileNetwork(const SiteModel &model, const CompileOptions &options = {});

} // namespace hectare::reliability
