#pragma once

// A model that uses every table and every key of the JSON format, for interchange tests:
// references set and null, dates set and unknown, empty strings, non-ASCII names, doubles
// that have no short decimal form, ids beyond 2^53 and vectors not in id order; two growth
// scenarios with prospects and expansions. Its values are plausible (it validates against the
// JSON Schema), not a consistent site.
#include "layout_site.h"
#include "model/site_model.h"

namespace hectare::test {

inline SiteModel richSite()
{
    SiteModel m;
    m.site = Site{QStringLiteral("Lomé Carrier Hotel"), QStringLiteral("Lomé, Togo — Zone portuaire"), 10600.5,
                  QStringLiteral("XOF"), 36.6, 120.25, 0.92, ClearanceRules{1.35, 0.6 + 1.0 / 3.0, 1.5, 0.8},
                  QStringLiteral("Ligne 1\nLigne 2, \"quoted\"\t✓"), GridOutageProfile{}};
    m.buildings = {Building{1, QStringLiteral("Bâtiment principal")}, Building{2, QString()}};   // no hall in it, and no name

    Hall a;
    a.id = 1;
    a.buildingId = 1;
    a.name = QStringLiteral("Salle A");
    a.outline = {{0, 0}, {24.6, 0}, {24.6, 18.3}, {0.1, 18.3}};
    a.floorLoadKgPerM2 = 1500;
    a.status = HallStatus::Live;
    a.commissioned = QDate(2019, 11, 4);
    Hall b;
    b.id = 9007199254740993;   // 2^53 + 1: has no exact double, so ids must travel as integers
    b.buildingId = kNoId;   // a hall need not be in a building
    b.name = QStringLiteral("Salle B (extension)");
    b.tileM = 0.6;
    b.ceilingHeightM = 4.25;
    b.status = HallStatus::Planned;   // commissioned stays unknown: null
    m.halls = {b, a};

    Row r1;
    r1.id = 10;
    r1.hallId = 1;
    r1.name = QStringLiteral("A1");
    r1.origin = {1.2, 2.4};
    r1.containment = Containment::ColdAisle;
    Row r2;
    r2.id = 11;
    r2.hallId = 9007199254740993;
    r2.name = QStringLiteral("B1");
    r2.origin = {-3.5, 1e-9};
    r2.orientationDeg = -90;
    r2.coldAisle = AisleSide::Back;
    r2.containment = Containment::Chimney;
    m.rows = {r1, r2};

    m.tenants = {Tenant{1, QStringLiteral("Société Générale Togo"), QStringLiteral("banque"),
                        QStringLiteral("noc@example.tg")},
                 Tenant{2, QStringLiteral("Ω Networks, \"Ltd\""), QStringLiteral("carrier"), QString()},
                 Tenant{3, QStringLiteral("État togolais — 政府"), QString(), QString()}};

    Contract c1;
    c1.id = 100;
    c1.tenantId = 1;
    c1.hallId = 1;
    c1.racks = 4;
    c1.committedKw = 18.5;
    c1.rampStartPct = 25;
    c1.rampMonths = 12;
    c1.drawRatio = 0.1;
    c1.start = QDate(2024, 2, 29);
    c1.end = QDate(2029, 2, 28);
    c1.status = ContractStatus::Active;
    Contract c2;
    c2.id = 101;
    c2.tenantId = 2;
    c2.hallId = 9007199254740993;
    c2.cageM2 = 1.0 / 3.0;
    c2.committedKw = 0.30000000000000004;
    c2.status = ContractStatus::Quoted;   // no dates yet: both null
    m.contracts = {c1, c2};

    m.utilityFeeds = {UtilityFeed{1, QStringLiteral("CEET 20 kV"), 2500}};
    m.transformers = {TransformerGroup{1, QStringLiteral("TR"), 1600, 2, Redundancy::TwoN, 0.985}};
    m.generators = {GeneratorGroup{1, QStringLiteral("Groupes électrogènes"), 1250, 3, 0.8, Redundancy::NPlus1}};
    m.upsGroups = {UpsGroup{5, QStringLiteral("UPS A"), 250, 3, Redundancy::NPlus1, 0.96},
                   UpsGroup{6, QStringLiteral("UPS B"), 250, 3, Redundancy::NPlus2, 0.955}};
    m.pdus = {Pdu{1, 1, 5, QStringLiteral("RPP-A1"), FeedPath::A, 125, 400, 3},
              Pdu{2, 1, 6, QStringLiteral("RPP-B1"), FeedPath::B, 125, 400, 3},
              Pdu{3, 9007199254740993, kNoId, QStringLiteral("PDU monophasé"), FeedPath::None, 32, 230, 1}};

    Rack k1;
    k1.id = 7;
    k1.rowId = 10;
    k1.name = QStringLiteral("A1-01");
    k1.designKw = 6.5;
    k1.maxWeightKg = 1200;
    k1.state = RackState::Occupied;
    k1.tenantId = 1;
    k1.feedAPduId = 1;
    k1.feedBPduId = 2;
    Rack k2 = k1;
    k2.id = 3;
    k2.name = QStringLiteral("A1-02");
    k2.offsetMm = 600;
    k2.state = RackState::Reserved;
    k2.tenantId = 2;
    k2.feedBPduId = kNoId;
    Rack k3;
    k3.id = 12;
    k3.rowId = 11;
    k3.name = QStringLiteral("B1-01");
    k3.offsetMm = 1e-9;
    k3.widthMm = 800;
    k3.depthMm = 1070.5;
    k3.heightU = 48;
    k3.designKw = 0.1;
    k3.maxWeightKg = 1e3 / 7;
    k3.state = RackState::Blocked;
    k3.feedAPduId = 3;
    Rack k4;   // defaults everywhere it can
    k4.id = 13;
    k4.rowId = 11;
    k4.name = QStringLiteral("B1-02");
    m.racks = {k1, k2, k3, k4};

    // Obstacles and cages out of id order; a cage that is an L, another with nothing set.
    m.obstacles = {makeObstacle(21, 1, ObstacleKind::Crah, QStringLiteral("CRAH-A1"), {0.5, 9.15}, 2, 0.9, 90),
                   makeObstacle(4, 9007199254740993, ObstacleKind::FireCylinder, QStringLiteral("Bouteille FM-200 « B »"),
                                {1e-9, -2.5}, 1.0 / 3.0, 0.4, -45.5)};
    Cage omega;
    omega.id = 8;
    omega.hallId = 1;
    omega.tenantId = 2;
    omega.name = QStringLiteral("Cage Ω");
    omega.outline = {{10, 10}, {14.6, 10}, {14.6, 12.4}, {12.2, 12.4}, {12.2, 13.3}, {10, 13.3}};
    Cage bare;
    bare.id = 3;
    bare.hallId = 1;
    bare.tenantId = 1;
    m.cages = {omega, bare};

    m.chillers = {ChillerGroup{1, QStringLiteral("Refroidisseurs"), 450, 35, 1.2, 3.1, 4, Redundancy::NPlus1}};
    m.crahs = {CrahGroup{1, 1, QStringLiteral("CRAH A"), 90, 6, Redundancy::NPlus2},
               CrahGroup{2, 9007199254740993, QStringLiteral("CRAH B"), 90, 4, Redundancy::N}};

    // Topology (schema 6): every new figure away from its default, so a lost field shows.
    m.site.grid = GridOutageProfile{97.5, 2.25, 0.05, 30};
    m.halls.front().thermalMassKjPerK = 12500.5;
    m.halls.front().inletLimitRiseK = 8;
    m.transformers.front().path = FeedPath::B;
    m.generators.front().failToStart = 0.012;
    m.generators.front().startSeconds = 45;
    m.generators.front().fuelLph25 = 80.5;
    m.generators.front().fuelLph50 = 140.25;
    m.generators.front().fuelLph75 = 200.125;
    m.generators.front().fuelLph100 = 270;
    m.upsGroups.front().batteryMinutes = 7.5;
    m.fuelTanks = {FuelTank{2, QStringLiteral("Cuve « est »"), 30000, 36}, FuelTank{5, QStringLiteral("Cuve 2"), 1e-3, 0}};
    m.switchgear = {Switchgear{1, QStringLiteral("ATS A"), SwitchgearKind::Ats, FeedPath::A, 2, Redundancy::NPlus1, 1600},
                    Switchgear{3, QStringLiteral("TGBT B"), SwitchgearKind::Switchgear, FeedPath::B, 1, Redundancy::N, 0}};
    m.pumps = {PumpGroup{4, QStringLiteral("Pompes EG"), 600, 3, Redundancy::NPlus1}};
    m.componentReliability = {ComponentReliability{QStringLiteral("chiller"), 1, 12000, 30},
                              ComponentReliability{QStringLiteral("diesel-generator"), 1, 900.5, 24}};

    // Failure scenarios (schema 7): one at the site's ambient with a grid outage (no component)
    // and a failure to start, one at its own ambient without refuel; events not in time order.
    FailureScenarioSpec outage;
    outage.id = 2;
    outage.name = QStringLiteral("Coupure « longue » 72 h");
    outage.description = QStringLiteral("Délestage\nmai 2024");
    outage.horizonHours = 80.5;
    outage.events = {ScenarioEventSpec{ScenarioEventKind::GridOutage, 0, 72, QString(), kNoId, 1},
                     ScenarioEventSpec{ScenarioEventKind::GeneratorFailsToStart, 1.0 / 3.0, 0,
                                       QStringLiteral("diesel-generator"), 1, 2}};
    FailureScenarioSpec hot;
    hot.id = 9007199254740993;
    hot.name = QStringLiteral("Chiller at 38.5 °C");
    hot.horizonHours = 24;
    hot.ambientC = 38.5;
    hot.refuel = false;
    hot.events = {ScenarioEventSpec{ScenarioEventKind::ComponentFails, 2.25, 0, QStringLiteral("chiller"), 1, 3},
                  ScenarioEventSpec{ScenarioEventKind::ComponentInMaintenance, 0.1, 8, QStringLiteral("ups-module"), 5, 1}};
    m.failureScenarios = {outage, hot};

    // Scenarios out of id order; their children in id order (the file reads them back so).
    Scenario base;
    base.id = 4;
    base.name = QStringLiteral("Base — « prudent »");
    base.notes = QStringLiteral("Croissance 4 %/an\nchurn 15 %");
    base.start = QDate(2026, 1, 1);
    base.growthPctPerYear = 4.1;
    base.tenantGrowth = {TenantGrowth{3, 1, 15}, TenantGrowth{8, 2, -2.5}};
    base.nonRenewalProbability = 0.15;
    base.earlyExitPerYear = 1.0 / 3.0;
    base.newRackDesignKw = 6.5;
    base.densityGrowthPctPerYear = 3;
    Prospect sme;
    sme.id = 2;
    sme.name = QStringLiteral("PME « Kpalimé »");
    sme.racks = 2;
    sme.committedKw = 8;
    sme.probability = 0.7;
    sme.signMonth = 8;
    sme.signSpreadMonths = 3;
    Prospect bank;   // in hall A, kW only, single-corded
    bank.id = 5;
    bank.name = QStringLiteral("Banque");
    bank.hallId = 1;
    bank.committedKw = 0.30000000000000004;
    bank.dualCorded = false;
    bank.probability = 0.3;
    bank.signMonth = 24;
    bank.rampStartPct = 25;
    bank.rampMonths = 24;
    bank.drawRatio = 0.7;
    base.prospects = {sme, bank};
    Scenario anchor;
    anchor.id = 2;
    anchor.name = QStringLiteral("Anchor");
    anchor.start = QDate(2027, 6, 1);
    anchor.horizonMonths = 60;
    anchor.decisionRisk = 0.05;
    anchor.defaultLeadTimeMonths = 24;
    Expansion generator;
    generator.id = 1;
    generator.name = QStringLiteral("G3");
    generator.kind = ExpansionKind::Generator;
    generator.generatorKva = 1250;
    generator.capexXof = 12760000000;   // more than 2^31 francs
    generator.leadTimeMonths = 14;      // "when needed": onlineMonth stays empty
    Expansion hall;
    hall.id = 7;
    hall.name = QStringLiteral("Salle B, 1re tranche");
    hall.kind = ExpansionKind::Hall;
    hall.hallId = 9007199254740993;
    hall.positions = 120;
    hall.powerKw = 600;
    hall.coolingKw = 650.5;
    hall.onlineMonth = 30;
    anchor.expansions = {generator, hall};
    m.scenarios = {base, anchor};
    return m;
}

} // namespace hectare::test
