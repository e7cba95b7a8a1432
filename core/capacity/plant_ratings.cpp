#include "plant_ratings.h"

#include "redundancy.h"

#include <algorithm>
#include <cmath>

namespace hectare {

double pduRatingKw(const Pdu &pdu)
{
    const double phaseFactor = pdu.phases == 3 ? std::sqrt(3.0) : 1.0;
    return pdu.voltageV * pdu.breakerA * phaseFactor / 1000.0;
}

double pduUsableKw(const Pdu &pdu) { return kContinuousBreakerLoading * pduRatingKw(pdu); }

double upsInstalledKw(const UpsGroup &ups) { return ups.moduleCount * ups.moduleKw; }

double upsUsableKw(const UpsGroup &ups) { return unitsUsable(ups.moduleCount, ups.redundancy) * ups.moduleKw; }

double chillerUnitKwAt(const ChillerGroup &chiller, double ambientC)
{
    const double excessC = std::max(0.0, ambientC - chiller.ratedAmbientC);
    return chiller.unitRatedKw * std::max(0.0, 1.0 - chiller.deratePctPerC / 100.0 * excessC);
}

double chillerInstalledKw(const ChillerGroup &chiller) { return chiller.count * chiller.unitRatedKw; }

double chillerUsableKw(const ChillerGroup &chiller, double ambientC)
{
    return unitsUsable(chiller.count, chiller.redundancy) * chillerUnitKwAt(chiller, ambientC);
}

double crahInstalledKw(const CrahGroup &crah) { return crah.count * crah.unitKw; }

double crahUsableKw(const CrahGroup &crah) { return unitsUsable(crah.count, crah.redundancy) * crah.unitKw; }

double generatorInstalledKva(const GeneratorGroup &generator) { return generator.count * generator.unitKva; }

double generatorUsableKva(const GeneratorGroup &generator)
{
    return unitsUsable(generator.count, generator.redundancy) * generator.unitKva;
}

double transformerInstalledKva(const TransformerGroup &transformer) { return transformer.count * transformer.unitKva; }

double transformerUsableKva(const TransformerGroup &transformer)
{
    return unitsUsable(transformer.count, transformer.redundancy) * transformer.unitKva;
}

double allowedWeightKg(const Rack &rack, double floorLoadKgPerM2)
{
    return std::min(rack.maxWeightKg, floorLoadKgPerM2 * footprintM2(rack));
}

} // namespace hectare
