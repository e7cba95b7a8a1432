#include "facility_load.h"

#include "plant_ratings.h"

#include <algorithm>

namespace hectare {
namespace {

// Mean of `value` weighted by `weight` over groups with a positive value (an efficiency or
// COP of 0 is a data error the validator reports; here it must not divide by zero).
// When every weight is 0 (all groups wholly spare, say) the plain mean is the best guess.
template<typename T, typename Value, typename Weight>
double weightedMean(const std::vector<T> &groups, Value value, Weight weight, double fallback)
{
    double weighted = 0, weights = 0, plain = 0;
    int n = 0;
    for (const T &g : groups) {
        const double v = value(g);
        if (v <= 0)
            continue;
        weighted += v * weight(g);
        weights += weight(g);
        plain += v;
        ++n;
    }
    if (n == 0)
        return fallback;
    return weights > 0 ? weighted / weights : plain / n;
}

} // namespace

double FacilityLoadModel::facilityKwPerItKw() const
{
    const double ups = upsEfficiency > 0 ? 1.0 / upsEfficiency : 1.0;
    const double cooling = chillerCop > 0 ? 1.0 / chillerCop : 0.0;
    return ups + cooling;
}

double FacilityLoadModel::facilityKw(double itKw) const { return itKw * facilityKwPerItKw() + auxiliaryKw; }

double FacilityLoadModel::incomingKw(double itKw) const
{
    const double eta = transformerEfficiency > 0 ? transformerEfficiency : 1.0;
    return facilityKw(itKw) / eta;
}

double FacilityLoadModel::itKwForFacilityKw(double facilityKw) const
{
    return std::max(0.0, (facilityKw - auxiliaryKw) / facilityKwPerItKw());
}

double FacilityLoadModel::generatorKva(double itKw) const
{
    return facilityKw(itKw) / (generatorPowerFactor > 0 ? generatorPowerFactor : 1.0);
}

double FacilityLoadModel::itKwForGeneratorKva(double kva) const
{
    return itKwForFacilityKw(kva * (generatorPowerFactor > 0 ? generatorPowerFactor : 1.0));
}

double FacilityLoadModel::itKwForTransformerKva(double kva) const
{
    const double eta = transformerEfficiency > 0 ? transformerEfficiency : 1.0;
    const double pf = loadPowerFactor > 0 ? loadPowerFactor : 1.0;
    return itKwForFacilityKw(kva * pf * eta);
}

FacilityLoadModel facilityLoadModel(const SiteModel &model)
{
    FacilityLoadModel f;
    f.auxiliaryKw = model.site.auxiliaryKw;
    f.upsEfficiency = weightedMean(
        model.upsGroups, [](const UpsGroup &u) { return u.efficiency; }, upsUsableKw, 1.0);
    const double ambientC = model.site.designAmbientC;
    f.chillerCop = weightedMean(
        model.chillers, [](const ChillerGroup &c) { return c.cop; },
        [ambientC](const ChillerGroup &c) { return chillerUsableKw(c, ambientC); }, 0.0);
    f.transformerEfficiency = weightedMean(
        model.transformers, [](const TransformerGroup &t) { return t.efficiency; }, transformerUsableKva, 1.0);
    f.loadPowerFactor = model.site.loadPowerFactor;
    f.generatorPowerFactor = weightedMean(
        model.generators, [](const GeneratorGroup &g) { return g.powerFactor; }, generatorUsableKva,
        model.site.loadPowerFactor);
    return f;
}

} // namespace hectare
