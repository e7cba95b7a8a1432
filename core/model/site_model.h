#pragma once

#include "cooling.h"
#include "failure_scenario_spec.h"
#include "hall.h"
#include "layout.h"
#include "power_chain.h"
#include "price_book.h"
#include "quote.h"
#include "scenario.h"
#include "site.h"
#include "tenant.h"

#include <vector>

namespace hectare {

// The whole document in memory: flat vectors of plain structs, cross-referenced by id.
// Order within each vector is by id, as loaded from the file.
struct SiteModel
{
    Site site;
    std::vector<Building> buildings;
    std::vector<Hall> halls;
    std::vector<Row> rows;
    std::vector<Rack> racks;
    std::vector<Obstacle> obstacles;
    std::vector<Cage> cages;
    std::vector<Tenant> tenants;
    std::vector<Contract> contracts;
    std::vector<UtilityFeed> utilityFeeds;
    std::vector<TransformerGroup> transformers;
    std::vector<GeneratorGroup> generators;
    std::vector<UpsGroup> upsGroups;
    std::vector<Pdu> pdus;
    std::vector<ChillerGroup> chillers;
    std::vector<CrahGroup> crahs;
    // Topology for the failure analysis (the groups above are its capacity nodes).
    std::vector<FuelTank> fuelTanks;
    std::vector<Switchgear> switchgear;
    std::vector<PumpGroup> pumps;
    std::vector<ComponentReliability> componentReliability;   // by (kind, component id)
    // Named failure scenarios (grid outage, chiller failure at an ambient, failure in maintenance).
    std::vector<FailureScenarioSpec> failureScenarios;
    // Growth scenarios: layers of assumptions over everything above, which they never change.
    std::vector<Scenario> scenarios;
    // What colocation costs here (one book per site; empty, with default terms, until priced).
    PriceBook priceBook;
    // Quotes issued, with their frozen prices and, while reserved, the capacity they hold.
    std::vector<Quote> quotes;

    bool operator==(const SiteModel &) const = default;

    const Hall *hall(Id id) const;
    const Hall *hallByName(const QString &name) const;
    const Row *row(Id id) const;
    const Rack *rack(Id id) const;
    const Obstacle *obstacle(Id id) const;
    const Cage *cage(Id id) const;
    const Tenant *tenant(Id id) const;
    const Pdu *pdu(Id id) const;
    const UpsGroup *upsGroup(Id id) const;
    const Scenario *scenarioByName(const QString &name) const;
    const FailureScenarioSpec *failureScenarioByName(const QString &name) const;
    const Quote *quote(Id id) const;
    const Contract *contract(Id id) const;
    // The hall a rack stands in (through its row), or kNoId.
    Id hallOfRack(const Rack &rack) const;
};

} // namespace hectare
