#include "capacity_budget.h"

#include "binding_constraint.h"
#include "facility_load.h"
#include "hall_tally.h"
#include "plant_ratings.h"

#include "model/geometry.h"

#include <algorithm>
#include <limits>

namespace hectare {
namespace {

void setFree(Budget &b) { b.free = b.usable - b.committed - b.reserved; }

// A budget whose committed, reserved and expected figures are contracted IT kW
// (power and cooling: the IT load's heat is its power).
Budget contractedKwBudget(double installed, double usable, const HallTally &t)
{
    Budget b{installed, usable, t.committedKw, t.reservedKw, t.expectedDrawKw, 0};
    setFree(b);
    return b;
}

Budget spaceBudget(const HallTally &t)
{
    Budget b{double(t.positions), double(t.nonBlocked()), double(t.occupied), double(t.reserved),
             double(t.occupied), 0};
    setFree(b);   // equals the positions in state free
    return b;
}

// We do not know what an occupied rack weighs, so it is taken at its allowed weight.
Budget weightBudget(const HallTally &t)
{
    Budget b{t.maxWeightKg, t.allowedKgNonBlocked, t.allowedKgOccupied, t.allowedKgReserved,
             t.allowedKgOccupied, 0};
    setFree(b);
    return b;
}

double sumUpsKw(const std::vector<int> &indices, const std::vector<UpsGroup> &upsGroups, double (*kw)(const UpsGroup &))
{
    double sum = 0;
    for (int i : indices)
        sum += kw(upsGroups[std::size_t(i)]);
    return sum;
}

// The hall's IT kW is the smaller of its PDU stage and the UPS groups feeding those PDUs.
// With both an A and a B path, either path must carry the whole load on its own, so each
// stage offers the smaller side; PDUs on no path stay up when either path fails and count
// on both sides. A UPS group feeding both paths (one 2N or N+1 system) is on both sides.
Budget hallPowerBudget(const HallTally &t, const std::vector<UpsGroup> &upsGroups)
{
    const bool dualPath = t.pdusOnA > 0 && t.pdusOnB > 0;
    const double pduUsable = dualPath ? std::min(t.pduUsableKwA, t.pduUsableKwB) + t.pduUsableKwNoPath
                                      : t.pduUsableKwA + t.pduUsableKwB + t.pduUsableKwNoPath;
    const double upsInstalled = sumUpsKw(t.upsGroups, upsGroups, upsInstalledKw);
    const double upsUsable = dualPath ? std::min(sumUpsKw(t.upsGroupsSideA, upsGroups, upsUsableKw),
                                                 sumUpsKw(t.upsGroupsSideB, upsGroups, upsUsableKw))
                                      : sumUpsKw(t.upsGroups, upsGroups, upsUsableKw);
    return contractedKwBudget(std::min(t.pduRatingKw, upsInstalled), std::min(pduUsable, upsUsable), t);
}

HallCapacity hallLocalCapacity(const Hall &hall, const HallTally &t, const std::vector<UpsGroup> &upsGroups)
{
    HallCapacity h;
    h.hallId = hall.id;
    h.hallName = hall.name;
    h.floorAreaM2 = polygonAreaM2(hall.outline);
    h.rackFootprintM2 = t.footprintM2;
    h.positions = t.positions;
    h.blockedPositions = t.blocked;
    h.averageDesignKw = t.nonBlocked() > 0 ? t.designKwNonBlocked / t.nonBlocked() : 0.0;
    h.averageAllowedKg = t.nonBlocked() > 0 ? t.allowedKgNonBlocked / t.nonBlocked() : 0.0;
    h.space = spaceBudget(t);
    h.power = hallPowerBudget(t, upsGroups);
    h.cooling = contractedKwBudget(t.crahInstalledKw, t.crahUsableKw, t);
    h.weight = weightBudget(t);
    h.localFreePowerKw = h.power.free;
    h.localFreeCoolingKw = h.cooling.free;
    return h;
}

void addTo(Budget &sum, const Budget &b)
{
    sum.installed += b.installed;
    sum.usable += b.usable;
    sum.committed += b.committed;
    sum.reserved += b.reserved;
    sum.expectedDraw += b.expectedDraw;
}

template<typename T, typename F>
double sumOf(const std::vector<T> &items, F value)
{
    double sum = 0;
    for (const T &item : items)
        sum += value(item);
    return sum;
}

// Site power and cooling: the halls' sums, limited by the shared upstream plant.
void limitByPlant(CapacityReport &r, const SiteModel &model, const FacilityLoadModel &f)
{
    r.power.installed = std::min(r.power.installed, sumOf(model.upsGroups, upsInstalledKw));
    r.itKwSupportedByTransformers = model.transformers.empty()
        ? std::numeric_limits<double>::infinity()
        : f.itKwForTransformerKva(sumOf(model.transformers, transformerUsableKva));
    r.power.usable = std::min({r.power.usable, sumOf(model.upsGroups, upsUsableKw), r.itKwSupportedByTransformers});

    const double ambientC = model.site.designAmbientC;
    r.cooling.installed = std::min(r.cooling.installed, sumOf(model.chillers, chillerInstalledKw));
    r.cooling.usable = std::min(r.cooling.usable, sumOf(model.chillers, [ambientC](const ChillerGroup &c) {
                                    return chillerUsableKw(c, ambientC);
                                }));
}

// The generators carry the whole facility load F(L), not just the IT load, in kVA at their power factor.
void setGeneratorBudget(CapacityReport &r, const SiteModel &model, const FacilityLoadModel &f)
{
    const double committedKva = f.generatorKva(r.power.committed);
    Budget &g = r.generator;
    g.installed = sumOf(model.generators, generatorInstalledKva);
    g.usable = sumOf(model.generators, generatorUsableKva);
    g.committed = committedKva;
    g.reserved = f.generatorKva(r.power.committed + r.power.reserved) - committedKva;
    g.expectedDraw = f.generatorKva(r.power.expectedDraw);
    setFree(g);
    r.itKwSupportedByGenerators = f.itKwForGeneratorKva(g.usable);
    // At the margin one more IT kW costs facilityKwPerItKw of generator kW.
    r.generatorFreeItKw = g.free * f.generatorPowerFactor / f.facilityKwPerItKw();
}

void setFacilityFigures(CapacityReport &r, const FacilityLoadModel &f)
{
    r.upsEfficiency = f.upsEfficiency;
    r.chillerCop = f.chillerCop;
    r.transformerEfficiency = f.transformerEfficiency;
    r.generatorPowerFactor = f.generatorPowerFactor;
    r.auxiliaryKw = f.auxiliaryKw;
    const double committedKw = r.power.committed;
    r.facilityKwAtCommitted = f.facilityKw(committedKw);
    r.incomingKwAtCommitted = f.incomingKw(committedKw);
    r.pueAtCommitted = committedKw > 0 ? r.incomingKwAtCommitted / committedKw
                                       : std::numeric_limits<double>::quiet_NaN();
}

FreeCapacity freeOf(const Budget &space, const Budget &power, const Budget &cooling, const Budget &weight,
                    double generatorFreeItKw)
{
    return {space.free, power.free, cooling.free, weight.free, generatorFreeItKw};
}

// Stranding shows at two levels and each view misses a case: power and cooling cannot move
// between halls (seen per hall), while the halls share one generator plant (seen site-wide).
// Both are lower bounds, so the site reports the larger; the halls' stranded power and cooling
// are capped by the site's free amount, which they share.
StrandedCapacity siteStranded(const CapacityReport &r, const FreeCapacity &free)
{
    StrandedCapacity s = strandedCapacity(free, r.freeRacks, r.binding, r.averageDesignKw);
    StrandedCapacity halls;
    for (const HallCapacity &h : r.halls) {
        halls.positions += h.stranded.positions;
        halls.powerKw += h.stranded.powerKw;
        halls.coolingKw += h.stranded.coolingKw;
    }
    s.positions = std::max(s.positions, halls.positions);
    s.powerKw = std::max(s.powerKw, std::min(halls.powerKw, std::max(0.0, r.power.free)));
    s.coolingKw = std::max(s.coolingKw, std::min(halls.coolingKw, std::max(0.0, r.cooling.free)));
    return s;
}

} // namespace

CapacityReport computeCapacity(const SiteModel &model, QDate asOf)
{
    CapacityReport r;
    r.asOf = asOf;
    const std::vector<HallTally> tallies = tallyHalls(model, asOf);
    const FacilityLoadModel f = facilityLoadModel(model);

    double designKwNonBlocked = 0, allowedKgNonBlocked = 0;
    int nonBlocked = 0;
    r.halls.reserve(tallies.size());
    for (std::size_t i = 0; i < tallies.size(); ++i) {
        r.halls.push_back(hallLocalCapacity(model.halls[i], tallies[i], model.upsGroups));
        const HallCapacity &h = r.halls.back();
        addTo(r.space, h.space);
        addTo(r.power, h.power);
        addTo(r.cooling, h.cooling);
        addTo(r.weight, h.weight);
        designKwNonBlocked += tallies[i].designKwNonBlocked;
        allowedKgNonBlocked += tallies[i].allowedKgNonBlocked;
        nonBlocked += tallies[i].nonBlocked();
    }
    limitByPlant(r, model, f);
    for (Budget *b : {&r.space, &r.power, &r.cooling, &r.weight})
        setFree(*b);
    setGeneratorBudget(r, model, f);
    setFacilityFigures(r, f);
    r.averageDesignKw = nonBlocked > 0 ? designKwNonBlocked / nonBlocked : 0.0;
    r.averageAllowedKg = nonBlocked > 0 ? allowedKgNonBlocked / nonBlocked : 0.0;

    // Halls share the upstream plant: a hall cannot sell more than the site has left.
    for (HallCapacity &h : r.halls) {
        h.power.free = std::min(h.localFreePowerKw, r.power.free);
        h.cooling.free = std::min(h.localFreeCoolingKw, r.cooling.free);
        const FreeCapacity free = freeOf(h.space, h.power, h.cooling, h.weight, r.generatorFreeItKw);
        h.freeRacks = rackEquivalents(free, h.averageDesignKw, h.averageAllowedKg);
        h.binding = bindingResource(h.freeRacks);
        h.stranded = strandedCapacity(free, h.freeRacks, h.binding, h.averageDesignKw);
    }

    const FreeCapacity siteFree = freeOf(r.space, r.power, r.cooling, r.weight, r.generatorFreeItKw);
    r.freeRacks = rackEquivalents(siteFree, r.averageDesignKw, r.averageAllowedKg);
    r.binding = bindingResource(r.freeRacks);
    r.stranded = siteStranded(r, siteFree);
    return r;
}

} // namespace hectare
