#pragma once

// The Hectare JSON format, version 1: which key holds which member, in one place.
// The writer and the reader in model_json.cpp both walk these lists, so what is written is
// exactly what is read back. docs/model-format.md and data/schema/hectare-model.schema.json
// describe the same keys for people and for other tools: change all three together.
//
// An Io for one object provides
//   id(key, id)                      the object's own id: required, > 0, unique in its table
//   ref(key, id, table)              required id of an object in `table`
//   nullableRef(key, id, table)      the same, or null (kNoId)
//   name(key, text)                  required string
//   text / number / integer / date / choice / point / points (key, member)   optional
//   boolean / money (qint64 francs) / nullableInteger (std::optional<int>, null when empty)
//   anyId(key, id)                   required id of an object in a table the object itself names
//                                    (a reliability override's component), not checked here
//   nullableAnyId(key, id)           the same, or null (kNoId): a failure scenario event's component
//   nullableNumber(key, optional)    optional number, null when empty (a failure scenario's ambient)
//   list(key, table, vector)         optional array of objects nested in this one (a scenario's
//                                    prospects), their ids unique in `table`
// An Io for the document provides object(key, site), optionalObject(key, priceBook) (absent from
// a file: the default, empty book) and table(key, table, vector), called
// in an order where every table comes after the tables it refers to.

#include "model/site_model.h"

#include <QString>

#include <concepts>
#include <type_traits>

namespace hectare::modeljson {

using namespace Qt::Literals::StringLiterals;

inline constexpr int kFormatVersion = 1;
inline constexpr QLatin1StringView kFormatName = "hectare-site"_L1;

enum class Table { Buildings, Halls, Rows, Racks, Tenants, Obstacles, Cages, Contracts, UtilityFeeds, Transformers,
                   Generators, UpsGroups, Pdus, Chillers, Crahs, Scenarios, TenantGrowth, Prospects, Expansions,
                   PriceItems, TermDiscounts, FuelTanks, Switchgear, Pumps, ComponentReliability, FailureScenarios,
                   FailureScenarioEvents };
inline constexpr int kTableCount = static_cast<int>(Table::FailureScenarioEvents) + 1;

// `S` is T or const T: the writer walks const objects, the reader fills mutable ones.
template<typename S, typename T>
concept Of = std::same_as<std::remove_const_t<S>, T>;

template<typename Io, Of<Site> S>
void fields(Io &io, S &s)
{
    io.name("name"_L1, s.name);
    io.text("location"_L1, s.location);
    io.number("landAreaM2"_L1, s.landAreaM2);
    io.text("currency"_L1, s.currency);
    io.number("designAmbientC"_L1, s.designAmbientC);
    io.number("auxiliaryKw"_L1, s.auxiliaryKw);
    io.number("loadPowerFactor"_L1, s.loadPowerFactor);
    io.number("coldAisleMinM"_L1, s.clearance.coldAisleMinM);
    io.number("hotAisleMinM"_L1, s.clearance.hotAisleMinM);
    io.number("serviceMinM"_L1, s.clearance.serviceMinM);
    io.number("wallMinM"_L1, s.clearance.wallMinM);
    io.number("gridOutagesPerYear"_L1, s.grid.outagesPerYear);
    io.number("gridOutageMeanHours"_L1, s.grid.meanHours);
    io.number("gridOutageTailShare"_L1, s.grid.tailShare);
    io.number("gridOutageTailMeanHours"_L1, s.grid.tailMeanHours);
    io.text("notes"_L1, s.notes);
}

template<typename Io, Of<Building> S>
void fields(Io &io, S &b)
{
    io.id("id"_L1, b.id);
    io.name("name"_L1, b.name);
}

template<typename Io, Of<Hall> S>
void fields(Io &io, S &h)
{
    io.id("id"_L1, h.id);
    io.nullableRef("buildingId"_L1, h.buildingId, Table::Buildings);
    io.name("name"_L1, h.name);
    io.points("outline"_L1, h.outline);
    io.number("tileM"_L1, h.tileM);
    io.number("floorLoadKgPerM2"_L1, h.floorLoadKgPerM2);
    io.number("ceilingHeightM"_L1, h.ceilingHeightM);
    io.choice("status"_L1, h.status, hallStatusFromKey);
    io.date("commissioned"_L1, h.commissioned);
    io.number("thermalMassKjPerK"_L1, h.thermalMassKjPerK);
    io.number("inletLimitRiseK"_L1, h.inletLimitRiseK);
}

template<typename Io, Of<Row> S>
void fields(Io &io, S &r)
{
    io.id("id"_L1, r.id);
    io.ref("hallId"_L1, r.hallId, Table::Halls);
    io.name("name"_L1, r.name);
    io.point("origin"_L1, r.origin);
    io.number("orientationDeg"_L1, r.orientationDeg);
    io.choice("coldAisle"_L1, r.coldAisle, aisleSideFromKey);
    io.choice("containment"_L1, r.containment, containmentFromKey);
}

template<typename Io, Of<Rack> S>
void fields(Io &io, S &r)
{
    io.id("id"_L1, r.id);
    io.ref("rowId"_L1, r.rowId, Table::Rows);
    io.name("name"_L1, r.name);
    io.number("offsetMm"_L1, r.offsetMm);
    io.number("widthMm"_L1, r.widthMm);
    io.number("depthMm"_L1, r.depthMm);
    io.integer("heightU"_L1, r.heightU);
    io.number("designKw"_L1, r.designKw);
    io.number("maxWeightKg"_L1, r.maxWeightKg);
    io.choice("state"_L1, r.state, rackStateFromKey);
    io.nullableRef("tenantId"_L1, r.tenantId, Table::Tenants);
    io.nullableRef("feedAPduId"_L1, r.feedAPduId, Table::Pdus);
    io.nullableRef("feedBPduId"_L1, r.feedBPduId, Table::Pdus);
}

template<typename Io, Of<Tenant> S>
void fields(Io &io, S &t)
{
    io.id("id"_L1, t.id);
    io.name("name"_L1, t.name);
    io.text("sector"_L1, t.sector);
    io.text("contact"_L1, t.contact);
}

template<typename Io, Of<Obstacle> S>
void fields(Io &io, S &o)
{
    io.id("id"_L1, o.id);
    io.ref("hallId"_L1, o.hallId, Table::Halls);
    io.choice("kind"_L1, o.kind, obstacleKindFromKey);
    io.name("name"_L1, o.name);
    io.point("centre"_L1, o.centre);
    io.number("widthM"_L1, o.widthM);
    io.number("depthM"_L1, o.depthM);
    io.number("rotationDeg"_L1, o.rotationDeg);
}

template<typename Io, Of<Cage> S>
void fields(Io &io, S &c)
{
    io.id("id"_L1, c.id);
    io.ref("hallId"_L1, c.hallId, Table::Halls);
    io.ref("tenantId"_L1, c.tenantId, Table::Tenants);
    io.name("name"_L1, c.name);
    io.points("outline"_L1, c.outline);
}

template<typename Io, Of<Contract> S>
void fields(Io &io, S &c)
{
    io.id("id"_L1, c.id);
    io.ref("tenantId"_L1, c.tenantId, Table::Tenants);
    io.ref("hallId"_L1, c.hallId, Table::Halls);
    io.integer("racks"_L1, c.racks);
    io.number("cageM2"_L1, c.cageM2);
    io.number("committedKw"_L1, c.committedKw);
    io.number("rampStartPct"_L1, c.rampStartPct);
    io.integer("rampMonths"_L1, c.rampMonths);
    io.number("drawRatio"_L1, c.drawRatio);
    io.date("start"_L1, c.start);
    io.date("end"_L1, c.end);
    io.choice("status"_L1, c.status, contractStatusFromKey);
}

template<typename Io, Of<UtilityFeed> S>
void fields(Io &io, S &u)
{
    io.id("id"_L1, u.id);
    io.name("name"_L1, u.name);
    io.number("kva"_L1, u.kva);
}

template<typename Io, Of<TransformerGroup> S>
void fields(Io &io, S &t)
{
    io.id("id"_L1, t.id);
    io.name("name"_L1, t.name);
    io.number("unitKva"_L1, t.unitKva);
    io.integer("count"_L1, t.count);
    io.choice("redundancy"_L1, t.redundancy, redundancyFromKey);
    io.number("efficiency"_L1, t.efficiency);
    io.choice("path"_L1, t.path, feedPathFromKey);
}

template<typename Io, Of<GeneratorGroup> S>
void fields(Io &io, S &g)
{
    io.id("id"_L1, g.id);
    io.name("name"_L1, g.name);
    io.number("unitKva"_L1, g.unitKva);
    io.integer("count"_L1, g.count);
    io.number("powerFactor"_L1, g.powerFactor);
    io.choice("redundancy"_L1, g.redundancy, redundancyFromKey);
    io.number("failToStart"_L1, g.failToStart);
    io.number("startSeconds"_L1, g.startSeconds);
    io.number("fuelLph25"_L1, g.fuelLph25);
    io.number("fuelLph50"_L1, g.fuelLph50);
    io.number("fuelLph75"_L1, g.fuelLph75);
    io.number("fuelLph100"_L1, g.fuelLph100);
}

template<typename Io, Of<UpsGroup> S>
void fields(Io &io, S &u)
{
    io.id("id"_L1, u.id);
    io.name("name"_L1, u.name);
    io.number("moduleKw"_L1, u.moduleKw);
    io.integer("moduleCount"_L1, u.moduleCount);
    io.choice("redundancy"_L1, u.redundancy, redundancyFromKey);
    io.number("efficiency"_L1, u.efficiency);
    io.number("batteryMinutes"_L1, u.batteryMinutes);
}

template<typename Io, Of<Pdu> S>
void fields(Io &io, S &p)
{
    io.id("id"_L1, p.id);
    io.ref("hallId"_L1, p.hallId, Table::Halls);
    io.nullableRef("upsGroupId"_L1, p.upsGroupId, Table::UpsGroups);
    io.name("name"_L1, p.name);
    io.choice("path"_L1, p.path, feedPathFromKey);
    io.number("breakerA"_L1, p.breakerA);
    io.number("voltageV"_L1, p.voltageV);
    io.integer("phases"_L1, p.phases);
}

template<typename Io, Of<ChillerGroup> S>
void fields(Io &io, S &c)
{
    io.id("id"_L1, c.id);
    io.name("name"_L1, c.name);
    io.number("unitRatedKw"_L1, c.unitRatedKw);
    io.number("ratedAmbientC"_L1, c.ratedAmbientC);
    io.number("deratePctPerC"_L1, c.deratePctPerC);
    io.number("cop"_L1, c.cop);
    io.integer("count"_L1, c.count);
    io.choice("redundancy"_L1, c.redundancy, redundancyFromKey);
}

template<typename Io, Of<CrahGroup> S>
void fields(Io &io, S &c)
{
    io.id("id"_L1, c.id);
    io.ref("hallId"_L1, c.hallId, Table::Halls);
    io.name("name"_L1, c.name);
    io.number("unitKw"_L1, c.unitKw);
    io.integer("count"_L1, c.count);
    io.choice("redundancy"_L1, c.redundancy, redundancyFromKey);
}

template<typename Io, Of<FuelTank> S>
void fields(Io &io, S &t)
{
    io.id("id"_L1, t.id);
    io.name("name"_L1, t.name);
    io.number("litres"_L1, t.litres);
    io.number("refuelLeadHours"_L1, t.refuelLeadHours);
}

template<typename Io, Of<Switchgear> S>
void fields(Io &io, S &g)
{
    io.id("id"_L1, g.id);
    io.name("name"_L1, g.name);
    io.choice("kind"_L1, g.kind, switchgearKindFromKey);
    io.choice("path"_L1, g.path, feedPathFromKey);
    io.integer("count"_L1, g.count);
    io.choice("redundancy"_L1, g.redundancy, redundancyFromKey);
    io.number("ratedKw"_L1, g.ratedKw);
}

template<typename Io, Of<PumpGroup> S>
void fields(Io &io, S &p)
{
    io.id("id"_L1, p.id);
    io.name("name"_L1, p.name);
    io.number("unitKw"_L1, p.unitKw);
    io.integer("count"_L1, p.count);
    io.choice("redundancy"_L1, p.redundancy, redundancyFromKey);
}

template<typename Io, Of<ComponentReliability> S>
void fields(Io &io, S &c)
{
    io.name("kind"_L1, c.kind);
    io.anyId("componentId"_L1, c.componentId);
    io.number("mtbfHours"_L1, c.mtbfHours);
    io.number("mttrHours"_L1, c.mttrHours);
}

// A failure scenario's event: the component is checked by the validator (its table depends on the kind).
template<typename Io, Of<ScenarioEventSpec> S>
void fields(Io &io, S &e)
{
    io.choice("kind"_L1, e.kind, scenarioEventKindFromKey);
    io.number("atHours"_L1, e.atHours);
    io.number("durationHours"_L1, e.durationHours);
    io.text("componentKind"_L1, e.componentKind);
    io.nullableAnyId("componentId"_L1, e.componentId);
    io.integer("member"_L1, e.member);
}

template<typename Io, Of<FailureScenarioSpec> S>
void fields(Io &io, S &f)
{
    io.id("id"_L1, f.id);
    io.name("name"_L1, f.name);
    io.text("description"_L1, f.description);
    io.number("horizonHours"_L1, f.horizonHours);
    io.nullableNumber("ambientC"_L1, f.ambientC);
    io.boolean("refuel"_L1, f.refuel);
    io.list("events"_L1, Table::FailureScenarioEvents, f.events);
}

template<typename Io, Of<TenantGrowth> S>
void fields(Io &io, S &g)
{
    io.id("id"_L1, g.id);
    io.ref("tenantId"_L1, g.tenantId, Table::Tenants);
    io.number("growthPctPerYear"_L1, g.growthPctPerYear);
}

template<typename Io, Of<Prospect> S>
void fields(Io &io, S &p)
{
    io.id("id"_L1, p.id);
    io.name("name"_L1, p.name);
    io.nullableRef("hallId"_L1, p.hallId, Table::Halls);
    io.integer("racks"_L1, p.racks);
    io.number("committedKw"_L1, p.committedKw);
    io.boolean("dualCorded"_L1, p.dualCorded);
    io.number("probability"_L1, p.probability);
    io.integer("signMonth"_L1, p.signMonth);
    io.integer("signSpreadMonths"_L1, p.signSpreadMonths);
    io.number("rampStartPct"_L1, p.rampStartPct);
    io.integer("rampMonths"_L1, p.rampMonths);
    io.number("drawRatio"_L1, p.drawRatio);
}

template<typename Io, Of<Expansion> S>
void fields(Io &io, S &e)
{
    io.id("id"_L1, e.id);
    io.name("name"_L1, e.name);
    io.choice("kind"_L1, e.kind, expansionKindFromKey);
    io.nullableRef("hallId"_L1, e.hallId, Table::Halls);
    io.integer("positions"_L1, e.positions);
    io.number("powerKw"_L1, e.powerKw);
    io.number("coolingKw"_L1, e.coolingKw);
    io.number("generatorKva"_L1, e.generatorKva);
    io.money("capexXof"_L1, e.capexXof);
    io.integer("leadTimeMonths"_L1, e.leadTimeMonths);
    io.nullableInteger("onlineMonth"_L1, e.onlineMonth);
}

template<typename Io, Of<Scenario> S>
void fields(Io &io, S &c)
{
    io.id("id"_L1, c.id);
    io.name("name"_L1, c.name);
    io.text("notes"_L1, c.notes);
    io.date("start"_L1, c.start);
    io.integer("horizonMonths"_L1, c.horizonMonths);
    io.number("growthPctPerYear"_L1, c.growthPctPerYear);
    io.list("tenantGrowth"_L1, Table::TenantGrowth, c.tenantGrowth);
    io.number("nonRenewalProbability"_L1, c.nonRenewalProbability);
    io.number("earlyExitPerYear"_L1, c.earlyExitPerYear);
    io.number("newRackDesignKw"_L1, c.newRackDesignKw);
    io.number("densityGrowthPctPerYear"_L1, c.densityGrowthPctPerYear);
    io.number("decisionRisk"_L1, c.decisionRisk);
    io.integer("defaultLeadTimeMonths"_L1, c.defaultLeadTimeMonths);
    io.list("prospects"_L1, Table::Prospects, c.prospects);
    io.list("expansions"_L1, Table::Expansions, c.expansions);
}

template<typename Io, Of<PriceItem> S>
void fields(Io &io, S &i)
{
    io.id("id"_L1, i.id);
    io.name("key"_L1, i.key);
    io.name("name"_L1, i.name);
    io.choice("kind"_L1, i.kind, priceKindFromKey);
    io.choice("unit"_L1, i.unit, priceUnitFromKey);
    io.money("unitPrice"_L1, i.unitPrice);
    io.number("densityBandMinKw"_L1, i.densityBandMinKw);
    io.number("densityBandMaxKw"_L1, i.densityBandMaxKw);
}

template<typename Io, Of<PriceTermDiscount> S>
void fields(Io &io, S &d)
{
    io.integer("months"_L1, d.months);
    io.integer("basisPoints"_L1, d.basisPoints);
}

template<typename Io, Of<PriceBook> S>
void fields(Io &io, S &b)
{
    io.text("currency"_L1, b.currency);
    io.integer("vatBasisPoints"_L1, b.vatBasisPoints);
    io.integer("escalatorBasisPoints"_L1, b.escalatorBasisPoints);
    io.integer("validityDays"_L1, b.validityDays);
    io.integer("renewalMonths"_L1, b.renewalMonths);
    io.integer("noticeMonths"_L1, b.noticeMonths);
    io.boolean("illustrative"_L1, b.illustrative);
    io.text("notes"_L1, b.notes);
    io.list("items"_L1, Table::PriceItems, b.items);
    io.list("termDiscounts"_L1, Table::TermDiscounts, b.termDiscounts);
}

// The document's top level, besides "format" and "formatVersion".
template<typename Io, Of<SiteModel> M>
void document(Io &io, M &m)
{
    io.object("site"_L1, m.site);
    io.table("buildings"_L1, Table::Buildings, m.buildings);
    io.table("halls"_L1, Table::Halls, m.halls);
    io.table("rows"_L1, Table::Rows, m.rows);
    io.table("tenants"_L1, Table::Tenants, m.tenants);
    io.table("obstacles"_L1, Table::Obstacles, m.obstacles);
    io.table("cages"_L1, Table::Cages, m.cages);
    io.table("contracts"_L1, Table::Contracts, m.contracts);
    io.table("utilityFeeds"_L1, Table::UtilityFeeds, m.utilityFeeds);
    io.table("transformers"_L1, Table::Transformers, m.transformers);
    io.table("generators"_L1, Table::Generators, m.generators);
    io.table("upsGroups"_L1, Table::UpsGroups, m.upsGroups);
    io.table("pdus"_L1, Table::Pdus, m.pdus);
    io.table("racks"_L1, Table::Racks, m.racks);
    io.table("chillers"_L1, Table::Chillers, m.chillers);
    io.table("crahs"_L1, Table::Crahs, m.crahs);
    io.table("fuelTanks"_L1, Table::FuelTanks, m.fuelTanks);
    io.table("switchgear"_L1, Table::Switchgear, m.switchgear);
    io.table("pumps"_L1, Table::Pumps, m.pumps);
    io.table("componentReliability"_L1, Table::ComponentReliability, m.componentReliability);
    io.table("failureScenarios"_L1, Table::FailureScenarios, m.failureScenarios);
    io.table("scenarios"_L1, Table::Scenarios, m.scenarios);
    io.optionalObject("priceBook"_L1, m.priceBook);
}

} // namespace hectare::modeljson
