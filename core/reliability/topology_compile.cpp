#include "topology_compile.h"

#include "capacity/contract_load.h"
#include "capacity/facility_load.h"
#include "capacity/plant_ratings.h"
#include "capacity/redundancy.h"
#include "model/geometry.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace hectare::reliability {
namespace {

constexpr double kAirDensityKgPerM3 = 1.2;
constexpr double kAirHeatKjPerKgK = 1.005;


// Builds the network's groups and units, with each unit's figures from the library or an override,
// and their references into the document.
class Builder
{
public:
    Builder(const SiteModel &model, const ReliabilityLibrary &library, CompiledSite &site)
        : m_model(model), m_library(library), m_site(site), m_n(site.network)
    {
    }

    // A group of `count` units of `kind`, each carrying capacityKw (≤ 0: not a capacity component),
    // numbered from firstMember + 1 in the document group `name`; `groupName` names the group itself.
    int group(const QString &kind, Id id, const QString &name, int count, double capacityKw, int firstMember = 0,
              const QString &groupName = {})
    {
        double mtbf = kNever, mttr = 0;
        if (const LibraryEntry *entry = firstOfKind(kind)) {
            mtbf = entry->mtbfHours;
            mttr = entry->mttrHours;
        }
        for (const ComponentReliability &o : m_model.componentReliability)
            if (o.kind == kind && o.componentId == id) {
                mtbf = o.mtbfHours;
                mttr = o.mttrHours;
            }
        Group g{int(id), {}, 0, groupName.isEmpty() ? name : groupName};
        const bool single = count == 1 && firstMember == 0 && groupName.isEmpty();
        for (int i = 0; i < count; ++i) {
            const int member = firstMember + i + 1;
            g.units.push_back(int(m_n.units.size()));
            const QString unitName =
                single ? name : QCoreApplication::translate("hectare::TopologyCompile", "%1 unit %2").arg(name).arg(member);
            m_n.units.push_back(Unit{int(id), mtbf, mttr, capacityKw, 0, 0, unitName});
            m_site.units.push_back(UnitRef{kind, id, member});
        }
        m_n.groups.push_back(std::move(g));
        m_site.groups.push_back(GroupRef{kind, id});
        return int(m_n.groups.size()) - 1;
    }

private:
    const LibraryEntry *firstOfKind(const QString &kind) const
    {
        const auto entries = m_library.ofKind(kind);
        return entries.empty() ? nullptr : entries.front();
    }

    const SiteModel &m_model;
    const ReliabilityLibrary &m_library;
    CompiledSite &m_site;
    Network &m_n;
};

Side sideOf(FeedPath path) { return path == FeedPath::B ? Side::B : Side::A; }

// Group indices for a document group on each side: a 2N group with no path splits into halves,
// a group on one path serves that side only, any other group is shared by both.
struct Sided
{
    int a = -1;
    int b = -1;
    int of(Side side) const { return side == Side::A ? a : b; }
};

// make(count, firstMember, half): half is the side a 2N group's half serves, or none.
template<typename MakeGroup>
Sided sided(FeedPath path, Redundancy redundancy, int count, MakeGroup make)
{
    if (path == FeedPath::A)
        return {make(count, 0, FeedPath::None), -1};
    if (path == FeedPath::B)
        return {-1, make(count, 0, FeedPath::None)};
    if (redundancy == Redundancy::TwoN)
        return {make(count / 2, 0, FeedPath::A), make(count - count / 2, count / 2, FeedPath::B)};
    const int shared = make(count, 0, FeedPath::None);
    return {shared, shared};
}

// "UPS A/B (A)": the half of a 2N group that serves one side.
QString halfName(const QString &name, FeedPath half)
{
    if (half == FeedPath::None)
        return {};
    return half == FeedPath::A ? QCoreApplication::translate("hectare::TopologyCompile", "%1 (A)").arg(name)
                               : QCoreApplication::translate("hectare::TopologyCompile", "%1 (B)").arg(name);
}

// kW per rack position at the load basis.
std::vector<double> rackKw(const SiteModel &model, const CompileOptions &options)
{
    std::vector<double> kw(model.racks.size(), 0.0);
    std::vector<Id> hallOf(model.racks.size(), kNoId);
    for (std::size_t i = 0; i < model.racks.size(); ++i)
        hallOf[i] = model.hallOfRack(model.racks[i]);
    const auto usable = [&](std::size_t i) { return model.racks[i].state != RackState::Blocked; };
    if (options.load == LoadBasis::Design) {
        for (std::size_t i = 0; i < model.racks.size(); ++i)
            kw[i] = usable(i) ? model.racks[i].designKw : 0.0;
        return kw;
    }
    // A contract's kW goes to its tenant's positions in its hall, by their design kW (evenly when
    // none is given); a contract without positions there (a cage sold by area) to the hall's positions.
    const auto spread = [&](double contractKw, const auto &takes) {
        double weight = 0;
        int count = 0;
        for (std::size_t i = 0; i < model.racks.size(); ++i)
            if (takes(i)) {
                weight += model.racks[i].designKw;
                ++count;
            }
        if (count == 0)
            return false;
        for (std::size_t i = 0; i < model.racks.size(); ++i)
            if (takes(i))
                kw[i] += contractKw * (weight > 0 ? model.racks[i].designKw / weight : 1.0 / count);
        return true;
    };
    for (const Contract &c : model.contracts) {
        if (!isCommitted(c, options.asOf) && !isReserved(c))
            continue;
        const bool placed = spread(c.committedKw, [&](std::size_t i) {
            return usable(i) && hallOf[i] == c.hallId && model.racks[i].tenantId == c.tenantId;
        });
        if (!placed)
            spread(c.committedKw, [&](std::size_t i) { return usable(i) && hallOf[i] == c.hallId; });
    }
    return kw;
}

void addRack(LoadRef &load, const Rack &rack, double kw)
{
    load.rackIds.push_back(rack.id);
    auto share = std::ranges::find_if(load.tenants, [&](const LoadRef::TenantShare &t) { return t.tenantId == rack.tenantId; });
    if (share == load.tenants.end()) {
        share = load.tenants.insert(std::ranges::upper_bound(load.tenants, rack.tenantId, {}, &LoadRef::TenantShare::tenantId),
                                    LoadRef::TenantShare{rack.tenantId, 0, 0});
    }
    share->kw += kw;
    ++share->racks;
}

// "Colocation: RPP-C-A1 + RPP-C-B1 (12 racks)".
QString loadName(const SiteModel &model, const LoadRef &load)
{
    const Hall *hall = model.hall(load.hallId);
    QStringList pdus;
    for (Id id : {load.pduA, load.pduB})
        if (const Pdu *pdu = model.pdu(id))
            pdus << pdu->name;
    const int racks = int(load.rackIds.size());
    return QCoreApplication::translate("hectare::TopologyCompile", "%1: %2 (%n rack(s))", nullptr, racks)
        .arg(hall ? hall->name : QString(), pdus.join(QStringLiteral(" + ")));
}

} // namespace

double hallHeatCapacityKjPerK(const Hall &hall)
{
    const double airM3 = polygonAreaM2(hall.outline) * hall.ceilingHeightM;
    return airM3 * kAirDensityKgPerM3 * kAirHeatKjPerKgK + hall.thermalMassKjPerK;
}

double rideThroughMinutes(const Hall &hall, double heatKw)
{
    if (!(heatKw > 0))
        return kNever;
    // kJ/K × K / kW = seconds
    return hallHeatCapacityKjPerK(hall) * hall.inletLimitRiseK / heatKw / 60.0;
}

double fuelTankHours(const SiteModel &model, const GeneratorGroup &generators, double loadKw)
{
    double litres = 0;
    for (const FuelTank &tank : model.fuelTanks)
        litres += tank.litres;
    const double unitKw = generators.unitKva * generators.powerFactor;
    if (!(loadKw > 0) || !(unitKw > 0))
        return kNever;
    const int running = std::max(1, int(std::ceil(loadKw / unitKw - 1e-9)));
    const FuelCurve curve{unitKw, {generators.fuelLph25, generators.fuelLph50, generators.fuelLph75,
                                   generators.fuelLph100}};
    const double litresPerHour = running * fuelLitresPerHour(curve, loadKw / (running * unitKw));
    return litresPerHour > 0 ? litres / litresPerHour : kNever;
}

Result<CompiledSite> compileSite(const SiteModel &model, const CompileOptions &options)
{
    Result<ReliabilityLibrary> bundled = Error{};
    if (!options.library) {
        bundled = bundledReliabilityLibrary();
        if (!bundled)
            return bundled.error();
    }
    const ReliabilityLibrary &library = options.library ? *options.library : bundled.value();
    if (model.generators.size() > 1)
        return Error{QCoreApplication::translate("hectare::TopologyCompile", "Generators"),
                     QCoreApplication::translate("hectare::TopologyCompile",
                                                 "more than one generator group is not supported yet")};

    CompiledSite site;
    site.basis = options.load;
    site.asOf = options.asOf;
    Network &n = site.network;
    Builder build(model, library, site);
    const double ambientC = options.ambientC.value_or(model.site.designAmbientC);
    site.ambientC = ambientC;
    const FacilityLoadModel facility = facilityLoadModel(model);

    // Loads: racks grouped by their pair of PDUs.
    const std::vector<double> kwOfRack = rackKw(model, options);
    std::map<std::pair<Id, Id>, std::size_t> loadOfFeeds;
    std::vector<std::pair<Id, Id>> loadFeeds;
    std::vector<Id> loadHall;
    for (std::size_t i = 0; i < model.racks.size(); ++i) {
        const Rack &rack = model.racks[i];
        if (!(kwOfRack[i] > 0) || (rack.feedAPduId == kNoId && rack.feedBPduId == kNoId))
            continue;
        const auto key = std::make_pair(rack.feedAPduId, rack.feedBPduId);
        auto [it, added] = loadOfFeeds.try_emplace(key, n.loads.size());
        if (added) {
            n.loads.push_back(Load{int(n.loads.size()) + 1, 0, Cording::Dual, -1, -1, -1, {}});
            loadFeeds.push_back(key);
            loadHall.push_back(model.hallOfRack(rack));
            site.loads.push_back(LoadRef{loadHall.back(), key.first, key.second, {}, {}});
        }
        n.loads[it->second].kw += kwOfRack[i];
        addRack(site.loads[it->second], rack, kwOfRack[i]);
    }
    for (std::size_t l = 0; l < n.loads.size(); ++l)
        n.loads[l].name = loadName(model, site.loads[l]);

    // IT kW through each PDU and each UPS group side.
    QHash<Id, double> pduKw;
    for (std::size_t l = 0; l < n.loads.size(); ++l)
        for (Id pdu : {loadFeeds[l].first, loadFeeds[l].second})
            if (pdu != kNoId)
                pduKw[pdu] += n.loads[l].kw;
    double itKw = 0;
    for (const Load &load : n.loads)
        itKw += load.kw;
    const double facilityKw = facility.facilityKw(itKw);

    // Upstream of every path: transformers and switchgear of its side; they carry the whole
    // facility (the mechanical plant hangs off the same boards) when the other side is out.
    std::vector<Sided> upstream;
    for (const TransformerGroup &t : model.transformers)
        upstream.push_back(sided(t.path, t.redundancy, t.count, [&](int count, int first, FeedPath half) {
            const int g = build.group(kinds::kTransformer, t.id, t.name, count, t.unitKva * model.site.loadPowerFactor,
                                      first, halfName(t.name, half));
            n.groups[std::size_t(g)].loadKw = facilityKw;
            return g;
        }));
    for (const Switchgear &s : model.switchgear)
        upstream.push_back(sided(s.path, s.redundancy, s.count, [&](int count, int first, FeedPath half) {
            const QString kind = s.kind == SwitchgearKind::Ats ? kinds::kAts : kinds::kSwitchgear;
            const int g = build.group(kind, s.id, s.name, count, s.ratedKw, first, halfName(s.name, half));
            n.groups[std::size_t(g)].loadKw = facilityKw;
            return g;
        }));

    // UPS groups: each side (half of a 2N group) carries on its own all the IT load that has a path
    // through it; a shared group, every load behind it, each counted once.
    QHash<Id, double> upsKwA, upsKwB, upsKw;
    for (std::size_t l = 0; l < n.loads.size(); ++l) {
        QSet<Id> onA, onB;
        for (Id pduId : {loadFeeds[l].first, loadFeeds[l].second})
            if (const Pdu *pdu = model.pdu(pduId); pdu && pdu->upsGroupId != kNoId)
                (sideOf(pdu->path) == Side::A ? onA : onB).insert(pdu->upsGroupId);
        for (Id ups : onA)
            upsKwA[ups] += n.loads[l].kw;
        for (Id ups : onB)
            upsKwB[ups] += n.loads[l].kw;
        for (Id ups : onA | onB)
            upsKw[ups] += n.loads[l].kw;
    }
    QHash<Id, Sided> upsSides;
    for (const UpsGroup &u : model.upsGroups) {
        const Sided s = sided(FeedPath::None, u.redundancy, u.moduleCount, [&](int count, int first, FeedPath half) {
            return build.group(kinds::kUpsModule, u.id, u.name, count, u.moduleKw, first, halfName(u.name, half));
        });
        n.groups[std::size_t(s.a)].loadKw = s.a == s.b ? upsKw.value(u.id) : upsKwA.value(u.id);
        n.groups[std::size_t(s.b)].loadKw = s.a == s.b ? upsKw.value(u.id) : upsKwB.value(u.id);
        upsSides.insert(u.id, s);
    }

    // One path per PDU: upstream groups of its side → the UPS battery → UPS modules and the PDU.
    QHash<Id, int> pathOfPdu;
    for (const Pdu &pdu : model.pdus) {
        const Side side = sideOf(pdu.path);
        Path path{int(pdu.id), side, {}, {}, {}, pdu.name};
        for (const Sided &s : upstream)
            if (s.of(side) >= 0)
                path.upstream.push_back(s.of(side));
        if (const UpsGroup *ups = model.upsGroup(pdu.upsGroupId)) {
            const int upsGroup = upsSides.value(ups->id).of(side);
            path.battery = UpsBattery{ups->batteryMinutes,
                                      n.units[std::size_t(n.groups[std::size_t(upsGroup)].units.front())].capacityKw
                                          * double(unitsUsable(int(n.groups[std::size_t(upsGroup)].units.size()),
                                                               ups->redundancy == Redundancy::TwoN ? Redundancy::N
                                                                                                   : ups->redundancy)),
                                      n.groups[std::size_t(upsGroup)].loadKw};
            path.downstream.push_back(upsGroup);
        }
        const int pduGroup = build.group(kinds::kPdu, pdu.id, pdu.name, 1, pduUsableKw(pdu));
        n.groups[std::size_t(pduGroup)].loadKw = pduKw.value(pdu.id);
        path.downstream.push_back(pduGroup);
        pathOfPdu.insert(pdu.id, int(n.paths.size()));
        site.pathPdu.push_back(pdu.id);
        n.paths.push_back(std::move(path));
    }

    // Cooling per hall: chillers (derated to the ambient) → pumps → the hall's CRAH/CRAC units.
    QHash<Id, double> hallKw;
    for (std::size_t l = 0; l < n.loads.size(); ++l)
        hallKw[loadHall[l]] += n.loads[l].kw;
    std::vector<int> plant;
    for (const ChillerGroup &c : model.chillers) {
        plant.push_back(build.group(kinds::kChiller, c.id, c.name, c.count, chillerUnitKwAt(c, ambientC)));
        n.groups[std::size_t(plant.back())].loadKw = itKw;
    }
    for (const PumpGroup &p : model.pumps) {
        plant.push_back(build.group(kinds::kPump, p.id, p.name, p.count, p.unitKw));
        n.groups[std::size_t(plant.back())].loadKw = itKw;
    }
    QHash<Id, int> coolingOfHall;
    for (const Hall &hall : model.halls) {
        Cooling cooling{int(hall.id), plant, true, rideThroughMinutes(hall, hallKw.value(hall.id)),
                        kDefaultCoolingRestartMinutes, QCoreApplication::translate("hectare::TopologyCompile", "Cooling of %1").arg(hall.name)};
        for (const CrahGroup &c : model.crahs)
            if (c.hallId == hall.id) {
                cooling.groups.push_back(build.group(kinds::kCrah, c.id, c.name, c.count, c.unitKw));
                n.groups[std::size_t(cooling.groups.back())].loadKw = hallKw.value(hall.id);
            }
        if (cooling.groups.empty())
            continue;
        coolingOfHall.insert(hall.id, int(n.coolings.size()));
        site.coolingHall.push_back(hall.id);
        n.coolings.push_back(std::move(cooling));
    }

    // Each load on its PDUs' paths; a single feed (or one PDU on no path) makes it single-corded.
    for (std::size_t l = 0; l < n.loads.size(); ++l) {
        Load &load = n.loads[l];
        for (Id pduId : {loadFeeds[l].first, loadFeeds[l].second}) {
            const Pdu *pdu = model.pdu(pduId);
            if (!pdu)
                continue;
            int &slot = sideOf(pdu->path) == Side::A ? load.pathA : load.pathB;
            if (slot < 0)
                slot = pathOfPdu.value(pdu->id);
        }
        load.cording = load.pathA >= 0 && load.pathB >= 0 ? Cording::Dual
                       : load.pathA >= 0                  ? Cording::SingleA
                                                          : Cording::SingleB;
        load.cooling = coolingOfHall.value(loadHall[l], -1);
    }

    // The source: the utility backed by the generators and their fuel.
    const GridOutageProfile &grid = model.site.grid;
    n.grid = GridProfile{grid.outagesPerYear, grid.meanHours, grid.tailShare, grid.tailMeanHours};
    if (!model.generators.empty()) {
        const GeneratorGroup &g = model.generators.front();
        n.generators = build.group(kinds::kGenerator, g.id, g.name, g.count, g.unitKva * g.powerFactor);
        n.groups[std::size_t(n.generators)].loadKw = facilityKw;
        for (int u : n.groups[std::size_t(n.generators)].units) {
            n.units[std::size_t(u)].failToStart = g.failToStart;
            n.units[std::size_t(u)].startHours = g.startSeconds / 3600.0;
        }
        n.fuel.tankHours = fuelTankHours(model, g, facilityKw);
        n.fuel.refuelLeadHours = 0;
        for (const FuelTank &tank : model.fuelTanks)
            n.fuel.refuelLeadHours = std::max(n.fuel.refuelLeadHours, tank.refuelLeadHours);
    }

    if (Status valid = validate(n); !valid)
        return valid.error();
    return site;
}

Result<Network> compileNetwork(const SiteModel &model, const CompileOptions &options)
{
    Result<CompiledSite> site = compileSite(model, options);
    if (!site)
        return site.error();
    return std::move(site.value().network);
}

} // namespace hectare::reliability
