#pragma once

// A small, valid site built in code for store and CLI tests: one hall of 10 × 10 m with one
// row of four 600 × 1200 mm positions, one tenant holding one of them, A and B feeds.
#include "model/site_model.h"

namespace hectare::test {

inline SiteModel smallSite()
{
    SiteModel m;
    m.site = Site{QStringLiteral("Test site"), QStringLiteral("Lomé, Togo"), 10600, QStringLiteral("XOF"), 35, 20,
                  0.9, ClearanceRules{}, QStringLiteral("for tests"), GridOutageProfile{}};
    m.buildings = {Building{1, QStringLiteral("Main")}};
    Hall hall;
    hall.id = 1;
    hall.buildingId = 1;
    hall.name = QStringLiteral("Hall A");
    hall.outline = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    hall.status = HallStatus::Live;
    hall.commissioned = QDate(2023, 6, 1);
    m.halls = {hall};
    Row row;
    row.id = 1;
    row.hallId = 1;
    row.name = QStringLiteral("R1");
    row.origin = {1, 1};
    m.rows = {row};
    m.upsGroups = {UpsGroup{1, QStringLiteral("UPS"), 100, 4, Redundancy::TwoN, 0.95}};
    m.pdus = {Pdu{1, 1, 1, QStringLiteral("RPP-A"), FeedPath::A, 100, 400, 3},
              Pdu{2, 1, 1, QStringLiteral("RPP-B"), FeedPath::B, 100, 400, 3}};
    for (int i = 0; i < 4; ++i) {
        Rack rack;
        rack.id = i + 1;
        rack.rowId = 1;
        rack.name = QStringLiteral("R1-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        rack.offsetMm = 600.0 * i;
        rack.designKw = 5;
        rack.maxWeightKg = 1000;
        rack.feedAPduId = 1;
        rack.feedBPduId = 2;
        m.racks.push_back(rack);
    }
    m.racks[0].state = RackState::Occupied;
    m.racks[0].tenantId = 1;
    m.tenants = {Tenant{1, QStringLiteral("Société Test"), QStringLiteral("SME"), QString()}};
    Contract contract;
    contract.id = 1;
    contract.tenantId = 1;
    contract.hallId = 1;
    contract.racks = 1;
    contract.committedKw = 5;
    contract.start = QDate(2024, 1, 1);
    contract.status = ContractStatus::Active;
    m.contracts = {contract};
    m.generators = {GeneratorGroup{1, QStringLiteral("Gensets"), 500, 2, 0.8, Redundancy::NPlus1}};
    m.chillers = {ChillerGroup{1, QStringLiteral("Chillers"), 100, 35, 1.2, 3, 2, Redundancy::NPlus1}};
    m.crahs = {CrahGroup{1, 1, QStringLiteral("CRAH"), 50, 2, Redundancy::NPlus1}};
    return m;
}

} // namespace hectare::test
