#pragma once

#include "model/cooling.h"
#include "model/hall.h"
#include "model/power_chain.h"

namespace hectare {

// Breakers are sized for 125 % of a continuous load, so a PDU/RPP may carry 80 % of its rating.
inline constexpr double kContinuousBreakerLoading = 0.8;

// Rating of one PDU/RPP in kW: V × A (× √3 for three phases) / 1000. IT loads (switch-mode
// supplies with PFC) run close to unity power factor, so kVA and kW are taken as equal here.
double pduRatingKw(const Pdu &pdu);
double pduUsableKw(const Pdu &pdu);

// UPS output kW: what the IT load may draw, after the UPS's own losses.
double upsInstalledKw(const UpsGroup &ups);
double upsUsableKw(const UpsGroup &ups);

// Air-cooled chillers lose capacity above their rated ambient:
// unit kW = rated × max(0, 1 − derate %/°C / 100 × max(0, ambient − rated ambient)).
double chillerUnitKwAt(const ChillerGroup &chiller, double ambientC);
double chillerInstalledKw(const ChillerGroup &chiller);                 // at the rating point
double chillerUsableKw(const ChillerGroup &chiller, double ambientC);   // derated, spares removed

double crahInstalledKw(const CrahGroup &crah);
double crahUsableKw(const CrahGroup &crah);

double generatorInstalledKva(const GeneratorGroup &generator);
double generatorUsableKva(const GeneratorGroup &generator);

double transformerInstalledKva(const TransformerGroup &transformer);
double transformerUsableKva(const TransformerGroup &transformer);

// Floor taken by one rack position in m².
inline double footprintM2(const Rack &rack) { return rack.widthMm * rack.depthMm / 1e6; }

// What a position may hold: its own limit, or the floor under its footprint, whichever is lower.
double allowedWeightKg(const Rack &rack, double floorLoadKgPerM2);

} // namespace hectare
