#include "capacity/binding_constraint.h"
#include "capacity/capacity_budget.h"
#include "capacity/capacity_json.h"
#include "capacity/contract_load.h"
#include "capacity/facility_load.h"
#include "capacity/plant_ratings.h"
#include "capacity/resource.h"

#include "model/site_model.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace hectare;

// Doubles are compared within a relative tolerance; the message shows both values.
#define COMPARE_NEAR(actual, expected, tolerance)                                                                   \
    do {                                                                                                            \
        const double a_ = (actual);                                                                                 \
        const double e_ = (expected);                                                                               \
        QVERIFY2(std::abs(a_ - e_) <= (tolerance) * std::max(1.0, std::abs(e_)),                                    \
                 qPrintable(QStringLiteral("%1 is %2, expected %3").arg(QString::fromUtf8(#actual)).arg(a_, 0, 'g', 12) \
                                .arg(e_, 0, 'g', 12)));                                                             \
    } while (false)
#define COMPARE_KW(actual, expected) COMPARE_NEAR(actual, expected, 1e-9)

namespace {

const QDate kAsOf(2025, 6, 1);
const double kSqrt3 = std::sqrt(3.0);
// One 400 V × 400 A three-phase PDU: 400 × 400 × √3 / 1000 = 277.128 kW, usable × 0.8 = 221.703 kW.
const double kPduRatingKw = 400.0 * 400.0 * kSqrt3 / 1000.0;
const double kPduUsableKw = 0.8 * kPduRatingKw;

Rack makeRack(Id id, Id rowId, double designKw, RackState state)
{
    Rack r;
    r.id = id;
    r.rowId = rowId;
    r.name = QString::number(id);
    r.offsetMm = 600.0 * double(id);
    r.widthMm = 600;
    r.depthMm = 1200;
    r.designKw = designKw;
    r.maxWeightKg = 1000;
    r.state = state;
    return r;
}

Pdu makePdu(Id id, Id hallId, Id upsGroupId, FeedPath path, double breakerA = 400)
{
    Pdu p;
    p.id = id;
    p.hallId = hallId;
    p.upsGroupId = upsGroupId;
    p.name = QStringLiteral("PDU %1").arg(id);
    p.path = path;
    p.breakerA = breakerA;
    p.voltageV = 400;
    p.phases = 3;
    return p;
}

Contract makeContract(Id id, Id hallId, double kw, ContractStatus status, QDate start = QDate(2024, 1, 1),
                      QDate end = QDate())
{
    Contract c;
    c.id = id;
    c.tenantId = 1;
    c.hallId = hallId;
    c.committedKw = kw;
    c.rampStartPct = 100;
    c.rampMonths = 0;
    c.drawRatio = 1;
    c.start = start;
    c.end = end;
    c.status = status;
    return c;
}

UpsGroup makeUps(Id id, double moduleKw, int count, Redundancy redundancy, double efficiency = 0.8)
{
    UpsGroup u;
    u.id = id;
    u.name = QStringLiteral("UPS %1").arg(id);
    u.moduleKw = moduleKw;
    u.moduleCount = count;
    u.redundancy = redundancy;
    u.efficiency = efficiency;
    return u;
}

Hall makeHall(Id id, const QString &name)
{
    Hall h;
    h.id = id;
    h.name = name;
    h.outline = {{0, 0}, {10, 0}, {10, 8}, {0, 8}};   // 10 m × 8 m = 80 m²
    h.floorLoadKgPerM2 = 1200;
    h.status = HallStatus::Live;
    return h;
}

// Adds a hall with one row of `racks` positions of `designKw`, in state `state`; the hall's
// PDUs (one on A, one on B, 400 V × 400 A) are fed by UPS group 1, and it has 4 × 100 kW N+1 CRAHs.
void addHall(SiteModel &m, Id hallId, int racks, double designKw, RackState state = RackState::Free)
{
    m.halls.push_back(makeHall(hallId, QStringLiteral("Hall %1").arg(hallId)));
    Row row;
    row.id = hallId;
    row.hallId = hallId;
    row.name = QStringLiteral("R1");
    m.rows.push_back(row);
    for (int i = 0; i < racks; ++i)
        m.racks.push_back(makeRack(hallId * 1000 + i + 1, row.id, designKw, state));
    m.pdus.push_back(makePdu(hallId * 10 + 1, hallId, 1, FeedPath::A));
    m.pdus.push_back(makePdu(hallId * 10 + 2, hallId, 1, FeedPath::B));
    CrahGroup crah;
    crah.id = hallId;
    crah.hallId = hallId;
    crah.unitKw = 100;
    crah.count = 4;
    crah.redundancy = Redundancy::NPlus1;   // (4 − 1) × 100 = 300 kW usable
    m.crahs.push_back(crah);
}

// The plant every test starts from, chosen so that the facility load is easy to write out:
//   UPS 3 × 500 kW N+1, η 0.8 → usable 1000 kW, 1/η = 1.25
//   chillers 3 × 500 kW N+1 rated at 35 °C, site design ambient 35 °C → usable 1000 kW, COP 4 → 1/COP = 0.25
//   auxiliary 50 kW, so F(L) = 1.25 L + 0.25 L + 50 = 1.5 L + 50
//   generators 2 × 2000 kVA N+1, pf 0.8 → usable 2000 kVA; no transformers (no limit).
SiteModel plantOnlyModel()
{
    SiteModel m;
    m.site.name = QStringLiteral("Test site");
    m.site.designAmbientC = 35;
    m.site.auxiliaryKw = 50;
    m.site.loadPowerFactor = 0.9;
    m.upsGroups.push_back(makeUps(1, 500, 3, Redundancy::NPlus1));
    ChillerGroup chiller;
    chiller.id = 1;
    chiller.unitRatedKw = 500;
    chiller.ratedAmbientC = 35;
    chiller.deratePctPerC = 1.2;
    chiller.cop = 4;
    chiller.count = 3;
    chiller.redundancy = Redundancy::NPlus1;
    m.chillers.push_back(chiller);
    GeneratorGroup generator;
    generator.id = 1;
    generator.unitKva = 2000;
    generator.count = 2;
    generator.powerFactor = 0.8;
    generator.redundancy = Redundancy::NPlus1;
    m.generators.push_back(generator);
    return m;
}

// One hall of ten 5 kW positions on the plant above: hall power usable = min(221.703 PDU, 1000 UPS).
SiteModel oneHallModel(int racks = 10, double designKw = 5, RackState state = RackState::Free)
{
    SiteModel m = plantOnlyModel();
    addHall(m, 1, racks, designKw, state);
    return m;
}

void setRackStates(SiteModel &m, const QList<RackState> &states)
{
    for (qsizetype i = 0; i < states.size(); ++i)
        m.racks[std::size_t(i)].state = states[i];
}

} // namespace

class TestCapacityBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resourceKeys_data();
    void resourceKeys();

    void pduRating_data();
    void pduRating();
    void pduPaths_data();
    void pduPaths();
    void upsStage_data();
    void upsStage();
    void upsGroupsPerPath();

    void chillerDerating_data();
    void chillerDerating();
    void crahAndChillerStages();

    void facilityLoadAndGenerators();
    void weightedPlantFigures();
    void transformerLimitAndPue();
    void pueIsNanWithNothingCommitted();

    void allowedWeight_data();
    void allowedWeight();
    void weightBudget();
    void spaceBudgetAndFloorArea();

    void wholeMonths_data();
    void wholeMonths();
    void ramp_data();
    void ramp();
    void contractStatus_data();
    void contractStatus();

    void hallFreeCappedBySite();
    void overCommitmentStaysNegative();

    void bindingResource_data();
    void bindingResource();
    void spaceBindsStrandsPower();
    void powerBindsStrandsPositions();
    void generatorsBind();
    void siteStrandedSeesBothLevels();

    void emptyHall();
    void emptyModel();

    void json();
};

void TestCapacityBudget::resourceKeys_data()
{
    QTest::addColumn<Resource>("resource");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("unit");
    QTest::newRow("space") << Resource::Space << "space" << "positions";
    QTest::newRow("power") << Resource::Power << "power" << "kW";
    QTest::newRow("cooling") << Resource::Cooling << "cooling" << "kW";
    QTest::newRow("weight") << Resource::Weight << "weight" << "kg";
    QTest::newRow("generator") << Resource::Generator << "generator" << "kVA";
}

void TestCapacityBudget::resourceKeys()
{
    QFETCH(Resource, resource);
    QFETCH(QString, key);
    QFETCH(QString, unit);
    QCOMPARE(resourceKey(resource), key);
    QCOMPARE(resourceUnitKey(resource), unit);
    QVERIFY(!resourceDisplayName(resource).isEmpty());
    QVERIFY(!resourceUnitName(resource).isEmpty());
    QCOMPARE(kAllResources[std::size_t(resourceIndex(resource))], resource);
}

void TestCapacityBudget::pduRating_data()
{
    QTest::addColumn<double>("voltageV");
    QTest::addColumn<double>("breakerA");
    QTest::addColumn<int>("phases");
    QTest::addColumn<double>("ratingKw");

    QTest::newRow("3 phases: 400 V × 400 A × √3 / 1000 = 277.128 kW") << 400.0 << 400.0 << 3 << 277.128129;
    QTest::newRow("3 phases: 400 V × 63 A × √3 / 1000 = 43.648 kW") << 400.0 << 63.0 << 3 << 43.647680;
    QTest::newRow("1 phase: 230 V × 32 A / 1000 = 7.36 kW") << 230.0 << 32.0 << 1 << 7.36;
}

void TestCapacityBudget::pduRating()
{
    QFETCH(double, voltageV);
    QFETCH(double, breakerA);
    QFETCH(int, phases);
    QFETCH(double, ratingKw);

    Pdu pdu = makePdu(1, 1, 1, FeedPath::None, breakerA);
    pdu.voltageV = voltageV;
    pdu.phases = phases;
    COMPARE_NEAR(pduRatingKw(pdu), ratingKw, 1e-6);
    COMPARE_NEAR(pduUsableKw(pdu), 0.8 * ratingKw, 1e-6);   // continuous loading: 80 % of the breaker

    // Through the budget: one PDU, UPS far larger, so the PDU sets the hall's power.
    SiteModel m = oneHallModel();
    m.pdus = {pdu};
    const CapacityReport r = computeCapacity(m, kAsOf);
    COMPARE_NEAR(r.halls[0].power.installed, ratingKw, 1e-6);
    COMPARE_NEAR(r.halls[0].power.usable, 0.8 * ratingKw, 1e-6);
}

void TestCapacityBudget::pduPaths_data()
{
    QTest::addColumn<int>("onA");
    QTest::addColumn<int>("onB");
    QTest::addColumn<int>("onNoPath");
    QTest::addColumn<double>("usableKw");   // in 400 V × 400 A PDUs of 221.703 kW usable each

    QTest::newRow("A only, 2 PDUs: no split, Σ = 2 × 221.70 = 443.41") << 2 << 0 << 0 << 2 * kPduUsableKw;
    QTest::newRow("A 2, B 1: min(443.41, 221.70) = 221.70") << 2 << 1 << 0 << kPduUsableKw;
    QTest::newRow("A 2, B 2: min(443.41, 443.41) = 443.41") << 2 << 2 << 0 << 2 * kPduUsableKw;
    QTest::newRow("A 1, B 1, none 1: min(A + none, B + none) = 443.41") << 1 << 1 << 1 << 2 * kPduUsableKw;
    QTest::newRow("A 2, B 1, none 1: min(665.11, 443.41) = 443.41") << 2 << 1 << 1 << 2 * kPduUsableKw;
    QTest::newRow("no path, 3 PDUs: Σ = 665.11") << 0 << 0 << 3 << 3 * kPduUsableKw;
}

void TestCapacityBudget::pduPaths()
{
    QFETCH(int, onA);
    QFETCH(int, onB);
    QFETCH(int, onNoPath);
    QFETCH(double, usableKw);

    SiteModel m = oneHallModel();
    m.upsGroups = {makeUps(1, 1000, 4, Redundancy::N)};   // 4000 kW: the PDUs bind
    m.pdus.clear();
    Id id = 1;
    for (int i = 0; i < onA; ++i)
        m.pdus.push_back(makePdu(id++, 1, 1, FeedPath::A));
    for (int i = 0; i < onB; ++i)
        m.pdus.push_back(makePdu(id++, 1, 1, FeedPath::B));
    for (int i = 0; i < onNoPath; ++i)
        m.pdus.push_back(makePdu(id++, 1, 1, FeedPath::None));

    const CapacityReport r = computeCapacity(m, kAsOf);
    COMPARE_KW(r.halls[0].power.installed, (onA + onB + onNoPath) * kPduRatingKw);   // installed counts every PDU
    COMPARE_KW(r.halls[0].power.usable, usableKw);
}

void TestCapacityBudget::upsStage_data()
{
    QTest::addColumn<double>("moduleKw");
    QTest::addColumn<int>("modules");
    QTest::addColumn<Redundancy>("redundancy");
    QTest::addColumn<double>("installedKw");
    QTest::addColumn<double>("usableKw");

    QTest::newRow("N+1, 3 × 500 kW: installed 1500, usable (3 − 1) × 500 = 1000")
        << 500.0 << 3 << Redundancy::NPlus1 << 1500.0 << 1000.0;
    QTest::newRow("2N, 4 × 250 kW: installed 1000, usable (4 / 2) × 250 = 500")
        << 250.0 << 4 << Redundancy::TwoN << 1000.0 << 500.0;
    QTest::newRow("N+2, 4 × 200 kW: installed 800, usable (4 − 2) × 200 = 400")
        << 200.0 << 4 << Redundancy::NPlus2 << 800.0 << 400.0;
    QTest::newRow("N+1, 1 × 500 kW: installed 500, usable 0") << 500.0 << 1 << Redundancy::NPlus1 << 500.0 << 0.0;
}

void TestCapacityBudget::upsStage()
{
    QFETCH(double, moduleKw);
    QFETCH(int, modules);
    QFETCH(Redundancy, redundancy);
    QFETCH(double, installedKw);
    QFETCH(double, usableKw);

    SiteModel m = oneHallModel();
    m.upsGroups = {makeUps(1, moduleKw, modules, redundancy)};
    // A and B PDUs of 400 V × 4000 A: 2771 kW rating, 2217 kW usable each, so the UPS binds.
    m.pdus = {makePdu(1, 1, 1, FeedPath::A, 4000), makePdu(2, 1, 1, FeedPath::B, 4000)};

    const UpsGroup &ups = m.upsGroups[0];
    COMPARE_KW(upsInstalledKw(ups), installedKw);
    COMPARE_KW(upsUsableKw(ups), usableKw);

    const CapacityReport r = computeCapacity(m, kAsOf);
    // Both PDUs hang on the same group, which counts once.
    COMPARE_KW(r.halls[0].power.installed, installedKw);
    COMPARE_KW(r.halls[0].power.usable, usableKw);
    COMPARE_KW(r.power.installed, installedKw);
    COMPARE_KW(r.power.usable, usableKw);
}

void TestCapacityBudget::upsGroupsPerPath()
{
    // UPS-A (2 × 500 N = 1000) feeds the A PDU, UPS-B (2 × 400 N = 800) the B PDU: the nameplate
    // is 1800 kW, but either side must carry the hall alone, so usable = min(1000, 800) = 800.
    SiteModel m = oneHallModel();
    m.upsGroups = {makeUps(1, 500, 2, Redundancy::N), makeUps(2, 400, 2, Redundancy::N)};
    m.pdus = {makePdu(1, 1, 1, FeedPath::A, 4000), makePdu(2, 1, 2, FeedPath::B, 4000)};
    CapacityReport r = computeCapacity(m, kAsOf);
    COMPARE_KW(r.halls[0].power.installed, 1800.0);
    COMPARE_KW(r.halls[0].power.usable, 800.0);

    // A third PDU on no path, fed by UPS 3 (1 × 300 N), is behind both sides: min(1300, 1100) = 1100.
    m.upsGroups.push_back(makeUps(3, 300, 1, Redundancy::N));
    m.pdus.push_back(makePdu(3, 1, 3, FeedPath::None, 4000));
    r = computeCapacity(m, kAsOf);
    COMPARE_KW(r.halls[0].power.installed, 2100.0);
    COMPARE_KW(r.halls[0].power.usable, 1100.0);
}

void TestCapacityBudget::chillerDerating_data()
{
    QTest::addColumn<double>("ambientC");
    QTest::addColumn<double>("unitKw");
    QTest::addColumn<double>("usableKw");

    QTest::newRow("38 °C: 500 × (1 − 1.2 % × 3) = 482, N+1 → 2 × 482 = 964") << 38.0 << 482.0 << 964.0;
    QTest::newRow("35 °C, at the rating: 500, N+1 → 1000") << 35.0 << 500.0 << 1000.0;
    QTest::newRow("25 °C, below the rating: no uplift, 500 → 1000") << 25.0 << 500.0 << 1000.0;
    QTest::newRow("45 °C: 500 × (1 − 12 %) = 440 → 880") << 45.0 << 440.0 << 880.0;
    QTest::newRow("150 °C: 1 − 1.2 % × 115 < 0 → 0") << 150.0 << 0.0 << 0.0;
}

void TestCapacityBudget::chillerDerating()
{
    QFETCH(double, ambientC);
    QFETCH(double, unitKw);
    QFETCH(double, usableKw);

    SiteModel m = oneHallModel();
    m.site.designAmbientC = ambientC;
    m.crahs[0].count = 20;
    m.crahs[0].redundancy = Redundancy::N;   // 2000 kW of CRAHs: the chillers bind
    const ChillerGroup &chiller = m.chillers[0];   // 3 × 500 kW rated at 35 °C, 1.2 %/°C, N+1
    COMPARE_KW(chillerUnitKwAt(chiller, ambientC), unitKw);
    COMPARE_KW(chillerUsableKw(chiller, ambientC), usableKw);
    COMPARE_KW(chillerInstalledKw(chiller), 1500.0);   // installed is the rating, whatever the weather

    const CapacityReport r = computeCapacity(m, kAsOf);
    COMPARE_KW(r.cooling.installed, 1500.0);   // min(2000 CRAH, 1500 chillers)
    COMPARE_KW(r.cooling.usable, usableKw);
}

void TestCapacityBudget::crahAndChillerStages()
{
    // Hall: 4 × 100 kW N+1 CRAHs → installed 400, usable 300; the chillers (1000 usable) do not bind.
    SiteModel m = oneHallModel();
    m.contracts = {makeContract(1, 1, 120, ContractStatus::Active), makeContract(2, 1, 30, ContractStatus::Reserved)};
    const CapacityReport r = computeCapacity(m, kAsOf);
    const HallCapacity &h = r.halls[0];
    COMPARE_KW(h.cooling.installed, 400.0);
    COMPARE_KW(h.cooling.usable, 300.0);
    COMPARE_KW(h.cooling.committed, 120.0);   // IT heat = IT power
    COMPARE_KW(h.cooling.reserved, 30.0);
    COMPARE_KW(h.cooling.free, 150.0);   // 300 − 120 − 30
    COMPARE_KW(r.cooling.installed, 400.0);   // min(400, 1500)
    COMPARE_KW(r.cooling.usable, 300.0);      // min(300, 1000)
}

void TestCapacityBudget::facilityLoadAndGenerators()
{
    // F(L) = L / 0.8 + L / 4 + 50 = 1.5 L + 50; generators 2 × 2000 kVA N+1 at pf 0.8.
    SiteModel m = oneHallModel();
    Contract committed = makeContract(1, 1, 100, ContractStatus::Signed);
    committed.drawRatio = 0.5;   // expected draw 50 kW
    m.contracts = {committed, makeContract(2, 1, 40, ContractStatus::Reserved)};

    const FacilityLoadModel f = facilityLoadModel(m);
    COMPARE_KW(f.facilityKwPerItKw(), 1.5);
    COMPARE_KW(f.facilityKw(100), 200.0);
    COMPARE_KW(f.itKwForFacilityKw(200), 100.0);
    COMPARE_KW(f.itKwForFacilityKw(20), 0.0);   // the auxiliary load alone needs 50

    const CapacityReport r = computeCapacity(m, kAsOf);
    COMPARE_KW(r.upsEfficiency, 0.8);
    COMPARE_KW(r.chillerCop, 4.0);
    COMPARE_KW(r.generatorPowerFactor, 0.8);
    COMPARE_KW(r.facilityKwAtCommitted, 200.0);   // 1.5 × 100 + 50
    COMPARE_KW(r.generator.installed, 4000.0);     // 2 × 2000
    COMPARE_KW(r.generator.usable, 2000.0);        // (2 − 1) × 2000
    COMPARE_KW(r.generator.committed, 250.0);      // F(100) / 0.8 = 200 / 0.8
    COMPARE_KW(r.generator.reserved, 75.0);        // F(140) / 0.8 − 250 = 260 / 0.8 − 250 = 325 − 250
    COMPARE_KW(r.generator.expectedDraw, 156.25);  // F(50) / 0.8 = 125 / 0.8
    COMPARE_KW(r.generator.free, 1675.0);          // 2000 − 250 − 75
    COMPARE_KW(r.itKwSupportedByGenerators, 1550.0 / 1.5);   // F(L) = 2000 × 0.8 = 1600 → L = 1550 / 1.5 = 1033.3
    COMPARE_KW(r.generatorFreeItKw, 1675.0 * 0.8 / 1.5);     // 893.3 IT kW at the margin
    QVERIFY(std::isinf(r.itKwSupportedByTransformers));      // no transformers, no limit
}

void TestCapacityBudget::weightedPlantFigures()
{
    SiteModel m = oneHallModel();
    // UPS 1: usable 1000 kW at η 0.8; UPS 2: 2 × 500 N+1 → usable 500 kW at η 0.95.
    // Usable-weighted: (1000 × 0.8 + 500 × 0.95) / 1500 = 1275 / 1500 = 0.85.
    m.upsGroups.push_back(makeUps(2, 500, 2, Redundancy::NPlus1, 0.95));
    // Chillers: group 1 usable 1000 at COP 4; group 2 1 × 1000 N at COP 2.5 → (4000 + 2500) / 2000 = 3.25.
    ChillerGroup second = m.chillers[0];
    second.id = 2;
    second.unitRatedKw = 1000;
    second.count = 1;
    second.redundancy = Redundancy::N;
    second.cop = 2.5;
    m.chillers.push_back(second);
    // Generators: group 1 usable 2000 kVA at pf 0.8; group 2 1 × 1000 kVA N at pf 0.9 → (1600 + 900) / 3000.
    GeneratorGroup gen = m.generators[0];
    gen.id = 2;
    gen.unitKva = 1000;
    gen.count = 1;
    gen.redundancy = Redundancy::N;
    gen.powerFactor = 0.9;
    m.generators.push_back(gen);
    // Transformers: 2 × 1000 kVA 2N at 0.98 (usable 1000) and 1 × 500 kVA N at 0.96 (usable 500).
    TransformerGroup t1, t2;
    t1.id = 1;
    t1.unitKva = 1000;
    t1.count = 2;
    t1.redundancy = Redundancy::TwoN;
    t1.efficiency = 0.98;
    t2.id = 2;
    t2.unitKva = 500;
    t2.count = 1;
    t2.redundancy = Redundancy::N;
    t2.efficiency = 0.96;
    m.transformers = {t1, t2};

    const FacilityLoadModel f = facilityLoadModel(m);
    COMPARE_KW(f.upsEfficiency, 0.85);
    COMPARE_KW(f.chillerCop, 3.25);
    COMPARE_KW(f.generatorPowerFactor, 2500.0 / 3000.0);
    COMPARE_KW(f.transformerEfficiency, (1000 * 0.98 + 500 * 0.96) / 1500.0);
}

void TestCapacityBudget::transformerLimitAndPue()
{
    // Transformers 2 × 500 kVA N+1 at η 0.9 → 500 kVA usable; site pf 0.9.
    // F(L) / 0.9 = 500 × 0.9 = 450 → F(L) = 405 → 1.5 L + 50 = 405 → L = 236.667 kW.
    SiteModel m = oneHallModel();
    TransformerGroup t;
    t.id = 1;
    t.unitKva = 500;
    t.count = 2;
    t.redundancy = Redundancy::NPlus1;
    t.efficiency = 0.9;
    m.transformers = {t};
    // Two PDUs a side → hall usable min(443.41, 443.41) = 443.41, above the transformers' limit.
    m.pdus.push_back(makePdu(13, 1, 1, FeedPath::A));
    m.pdus.push_back(makePdu(14, 1, 1, FeedPath::B));
    m.contracts = {makeContract(1, 1, 100, ContractStatus::Active)};

    const CapacityReport r = computeCapacity(m, kAsOf);
    COMPARE_KW(r.itKwSupportedByTransformers, 355.0 / 1.5);
    COMPARE_KW(r.power.usable, 355.0 / 1.5);   // min(443.41 halls, 1000 UPS, 236.67 transformers)
    COMPARE_KW(r.halls[0].power.usable, 2 * kPduUsableKw);   // the hall's own stage is unchanged
    COMPARE_KW(r.halls[0].localFreePowerKw, 2 * kPduUsableKw - 100);
    COMPARE_KW(r.halls[0].power.free, 355.0 / 1.5 - 100);   // capped by the site: 136.67

    // PUE at 100 kW committed: F(100) = 200, incoming 200 / 0.9 = 222.22, PUE 2.2222.
    COMPARE_KW(r.transformerEfficiency, 0.9);
    COMPARE_KW(r.facilityKwAtCommitted, 200.0);
    COMPARE_KW(r.incomingKwAtCommitted, 200.0 / 0.9);
    COMPARE_KW(r.pueAtCommitted, 2.0 / 0.9);
}

void TestCapacityBudget::pueIsNanWithNothingCommitted()
{
    SiteModel m = oneHallModel();
    m.contracts = {makeContract(1, 1, 100, ContractStatus::Reserved)};   // reserved is not committed
    const CapacityReport r = computeCapacity(m, kAsOf);
    QVERIFY2(std::isnan(r.pueAtCommitted), qPrintable(QString::number(r.pueAtCommitted)));
    COMPARE_KW(r.facilityKwAtCommitted, 50.0);       // F(0) = the auxiliary load
    COMPARE_KW(r.generator.committed, 62.5);         // 50 / 0.8
    COMPARE_KW(r.generator.reserved, 150.0 / 0.8);   // F(100) / 0.8 − 62.5 = 250 − 62.5 = 187.5
}

void TestCapacityBudget::allowedWeight_data()
{
    QTest::addColumn<double>("floorLoadKgPerM2");
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("depthMm");
    QTest::addColumn<double>("maxWeightKg");
    QTest::addColumn<double>("allowedKg");

    QTest::newRow("floor limits: 1200 kg/m² × 0.6 × 1.2 m = 864 < 1000") << 1200.0 << 600.0 << 1200.0 << 1000.0
                                                                          << 864.0;
    QTest::newRow("rack limits: 500 < 864") << 1200.0 << 600.0 << 1200.0 << 500.0 << 500.0;
    QTest::newRow("wide: 1200 × 0.8 × 1.2 = 1152 < 1500") << 1200.0 << 800.0 << 1200.0 << 1500.0 << 1152.0;
    QTest::newRow("strong floor: 2000 × 0.72 = 1440 > 1000 → 1000") << 2000.0 << 600.0 << 1200.0 << 1000.0
                                                                    << 1000.0;
}

void TestCapacityBudget::allowedWeight()
{
    QFETCH(double, floorLoadKgPerM2);
    QFETCH(double, widthMm);
    QFETCH(double, depthMm);
    QFETCH(double, maxWeightKg);
    QFETCH(double, allowedKg);

    Rack rack = makeRack(1, 1, 5, RackState::Free);
    rack.widthMm = widthMm;
    rack.depthMm = depthMm;
    rack.maxWeightKg = maxWeightKg;
    COMPARE_KW(allowedWeightKg(rack, floorLoadKgPerM2), allowedKg);
}

void TestCapacityBudget::weightBudget()
{
    // Four 1000 kg positions on a 1200 kg/m² floor, each allowed 864 kg: occupied, reserved, free, blocked.
    SiteModel m = oneHallModel(4);
    setRackStates(m, {RackState::Occupied, RackState::Reserved, RackState::Free, RackState::Blocked});
    m.racks[3].maxWeightKg = 700;   // the blocked one still counts in installed, not in usable
    const CapacityReport r = computeCapacity(m, kAsOf);
    const Budget &w = r.halls[0].weight;
    COMPARE_KW(w.installed, 3700.0);   // 3 × 1000 + 700
    COMPARE_KW(w.usable, 2592.0);      // 3 × 864
    COMPARE_KW(w.committed, 864.0);
    COMPARE_KW(w.reserved, 864.0);
    COMPARE_KW(w.expectedDraw, 864.0);
    COMPARE_KW(w.free, 864.0);   // 2592 − 864 − 864
    COMPARE_KW(r.halls[0].averageAllowedKg, 864.0);
    COMPARE_KW(r.weight.usable, 2592.0);
}

void TestCapacityBudget::spaceBudgetAndFloorArea()
{
    SiteModel m = oneHallModel(6);
    setRackStates(m, {RackState::Occupied, RackState::Occupied, RackState::Reserved, RackState::Free,
                      RackState::Free, RackState::Blocked});
    m.racks[5].designKw = 20;   // blocked: left out of the average
    m.halls[0].outline = {{0, 0}, {10, 0}, {10, 4}, {4, 4}, {4, 8}, {0, 8}};   // L: 10 × 4 + 4 × 4 = 56 m²
    const CapacityReport r = computeCapacity(m, kAsOf);
    const HallCapacity &h = r.halls[0];
    QCOMPARE(h.positions, 6);
    QCOMPARE(h.blockedPositions, 1);
    COMPARE_KW(h.space.installed, 6.0);
    COMPARE_KW(h.space.usable, 5.0);
    COMPARE_KW(h.space.committed, 2.0);
    COMPARE_KW(h.space.reserved, 1.0);
    COMPARE_KW(h.space.expectedDraw, 2.0);
    COMPARE_KW(h.space.free, 2.0);
    COMPARE_KW(h.floorAreaM2, 56.0);
    COMPARE_KW(h.rackFootprintM2, 6 * 0.72);   // 0.6 × 1.2 m each
    COMPARE_KW(h.averageDesignKw, 5.0);        // the 20 kW blocked position does not count
    QCOMPARE(h.hallName, QStringLiteral("Hall 1"));
    QCOMPARE(h.hallId, Id(1));

    // Clockwise, the same area.
    std::reverse(m.halls[0].outline.begin(), m.halls[0].outline.end());
    COMPARE_KW(computeCapacity(m, kAsOf).halls[0].floorAreaM2, 56.0);
}

void TestCapacityBudget::wholeMonths_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("months");
    QTest::newRow("same day: 0") << QDate(2024, 1, 15) << QDate(2024, 1, 15) << 0;
    QTest::newRow("15 Jan → 14 Jul: 6 − 1 = 5") << QDate(2024, 1, 15) << QDate(2024, 7, 14) << 5;
    QTest::newRow("15 Jan → 15 Jul: 6") << QDate(2024, 1, 15) << QDate(2024, 7, 15) << 6;
    QTest::newRow("31 Jan → 29 Feb: 1 − 1 = 0") << QDate(2024, 1, 31) << QDate(2024, 2, 29) << 0;
    QTest::newRow("15 Nov 2024 → 15 Jan 2025: 2") << QDate(2024, 11, 15) << QDate(2025, 1, 15) << 2;
    QTest::newRow("backwards 15 Jul → 14 Jan: −5") << QDate(2024, 7, 15) << QDate(2024, 1, 16) << -5;
}

void TestCapacityBudget::wholeMonths()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, months);
    QCOMPARE(wholeMonthsBetween(from, to), months);
}

void TestCapacityBudget::ramp_data()
{
    // 100 kW committed, draw ratio 0.8, starting 15 Jan 2024 at 25 %.
    QTest::addColumn<int>("rampMonths");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<double>("ramp");
    QTest::addColumn<double>("drawKw");

    QTest::newRow("12 months, day before start: 0") << 12 << QDate(2024, 1, 14) << 0.0 << 0.0;
    QTest::newRow("12 months, start day, m = 0: s = 0.25 → 100 × 0.8 × 0.25 = 20")
        << 12 << QDate(2024, 1, 15) << 0.25 << 20.0;
    QTest::newRow("12 months, 14 Jul, m = 5: 0.25 + 0.75 × 5/12 = 0.5625 → 45")
        << 12 << QDate(2024, 7, 14) << 0.5625 << 45.0;
    QTest::newRow("12 months, 15 Jul, m = 6: 0.25 + 0.75 × 6/12 = 0.625 → 50")
        << 12 << QDate(2024, 7, 15) << 0.625 << 50.0;
    QTest::newRow("12 months, 15 Jan 2025, m = 12: 1 → 80") << 12 << QDate(2025, 1, 15) << 1.0 << 80.0;
    QTest::newRow("12 months, 2030, m = 71: capped at 1 → 80") << 12 << QDate(2030, 1, 1) << 1.0 << 80.0;
    QTest::newRow("no ramp, start day: 1 → 80") << 0 << QDate(2024, 1, 15) << 1.0 << 80.0;
    QTest::newRow("no ramp, day before start: 0") << 0 << QDate(2024, 1, 14) << 0.0 << 0.0;
}

void TestCapacityBudget::ramp()
{
    QFETCH(int, rampMonths);
    QFETCH(QDate, asOf);
    QFETCH(double, ramp);
    QFETCH(double, drawKw);

    Contract c = makeContract(1, 1, 100, ContractStatus::Signed, QDate(2024, 1, 15));
    c.rampStartPct = 25;
    c.rampMonths = rampMonths;
    c.drawRatio = 0.8;
    COMPARE_KW(rampFactor(c, asOf), ramp);
    COMPARE_KW(expectedDrawKw(c, asOf), drawKw);

    SiteModel m = oneHallModel();
    m.contracts = {c};
    const CapacityReport r = computeCapacity(m, asOf);
    COMPARE_KW(r.halls[0].power.expectedDraw, drawKw);
    COMPARE_KW(r.halls[0].cooling.expectedDraw, drawKw);
    COMPARE_KW(r.halls[0].power.committed, 100.0);   // signed: committed even before it starts
}

void TestCapacityBudget::contractStatus_data()
{
    // 100 kW, draw ratio 1, no ramp; report date 1 June 2025.
    QTest::addColumn<ContractStatus>("status");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<double>("committedKw");
    QTest::addColumn<double>("reservedKw");
    QTest::addColumn<double>("drawKw");

    const QDate started(2024, 1, 1);
    QTest::newRow("quoted: nothing") << ContractStatus::Quoted << started << QDate() << 0.0 << 0.0 << 0.0;
    QTest::newRow("reserved: reserved only") << ContractStatus::Reserved << started << QDate() << 0.0 << 100.0
                                             << 0.0;
    QTest::newRow("signed: committed, drawing") << ContractStatus::Signed << started << QDate() << 100.0 << 0.0
                                                << 100.0;
    QTest::newRow("active: committed, drawing") << ContractStatus::Active << started << QDate() << 100.0 << 0.0
                                                << 100.0;
    QTest::newRow("ended: nothing") << ContractStatus::Ended << started << QDate() << 0.0 << 0.0 << 0.0;
    QTest::newRow("active, ended 31 May: nothing") << ContractStatus::Active << started << QDate(2025, 5, 31) << 0.0
                                                   << 0.0 << 0.0;
    QTest::newRow("active, ends on the report date: committed")
        << ContractStatus::Active << started << QDate(2025, 6, 1) << 100.0 << 0.0 << 100.0;
    QTest::newRow("signed, starts 1 Sep: committed, no draw yet")
        << ContractStatus::Signed << QDate(2025, 9, 1) << QDate() << 100.0 << 0.0 << 0.0;
    QTest::newRow("signed, no start date: committed, fully drawn")
        << ContractStatus::Signed << QDate() << QDate() << 100.0 << 0.0 << 100.0;
}

void TestCapacityBudget::contractStatus()
{
    QFETCH(ContractStatus, status);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(double, committedKw);
    QFETCH(double, reservedKw);
    QFETCH(double, drawKw);

    SiteModel m = oneHallModel();
    m.contracts = {makeContract(1, 1, 100, status, start, end)};
    const CapacityReport r = computeCapacity(m, kAsOf);
    for (const Budget *b : {&r.halls[0].power, &r.halls[0].cooling, &r.power, &r.cooling}) {
        COMPARE_KW(b->committed, committedKw);
        COMPARE_KW(b->reserved, reservedKw);
        COMPARE_KW(b->expectedDraw, drawKw);
    }
    COMPARE_KW(r.halls[0].power.free, kPduUsableKw - committedKw - reservedKw);
    COMPARE_KW(r.halls[0].cooling.free, 300.0 - committedKw - reservedKw);
}

void TestCapacityBudget::hallFreeCappedBySite()
{
    // Two halls share UPS 1 (1000 kW usable). Each has an A and a B PDU of 400 V × 1000 A:
    // 692.82 kW rating, 554.26 kW usable → hall usable min(554.26, 1000) = 554.26.
    // Site usable = min(2 × 554.26, 1000) = 1000.
    SiteModel m = plantOnlyModel();
    addHall(m, 1, 10, 5);
    addHall(m, 2, 10, 5);
    for (Pdu &p : m.pdus)
        p.breakerA = 1000;
    const double hallUsable = 0.8 * 400 * 1000 * kSqrt3 / 1000;
    // Chillers 1 × 450 kW N: site cooling usable = min(300 + 300 CRAH, 450) = 450.
    m.chillers[0].count = 1;
    m.chillers[0].unitRatedKw = 450;
    m.chillers[0].redundancy = Redundancy::N;
    m.contracts = {makeContract(1, 1, 250, ContractStatus::Active), makeContract(2, 1, 250, ContractStatus::Signed)};

    const CapacityReport r = computeCapacity(m, kAsOf);
    QCOMPARE(r.halls.size(), std::size_t(2));
    COMPARE_KW(r.power.installed, 1500.0);   // min(4 × 692.82 PDU, 1500 UPS nameplate)
    COMPARE_KW(r.power.usable, 1000.0);
    COMPARE_KW(r.power.free, 500.0);   // 1000 − 500
    COMPARE_KW(r.halls[0].localFreePowerKw, hallUsable - 500);
    COMPARE_KW(r.halls[0].power.free, hallUsable - 500);   // 54.26: its own limit is lower
    COMPARE_KW(r.halls[1].localFreePowerKw, hallUsable);
    COMPARE_KW(r.halls[1].power.free, 500.0);   // 554.26 locally, but the site has 500 left

    COMPARE_KW(r.cooling.usable, 450.0);
    COMPARE_KW(r.cooling.free, -50.0);                // 450 − 500: over-committed
    COMPARE_KW(r.halls[0].cooling.free, -200.0);      // 300 − 500, below the site's −50
    COMPARE_KW(r.halls[1].cooling.free, -50.0);       // 300 locally, capped at −50

    // Site space and weight are the halls' sums.
    COMPARE_KW(r.space.installed, 20.0);
    COMPARE_KW(r.space.free, 20.0);
    COMPARE_KW(r.weight.usable, 20 * 864.0);
}

void TestCapacityBudget::overCommitmentStaysNegative()
{
    SiteModel m = oneHallModel();
    m.contracts = {makeContract(1, 1, 200, ContractStatus::Active), makeContract(2, 1, 50, ContractStatus::Reserved)};
    const CapacityReport r = computeCapacity(m, kAsOf);
    COMPARE_KW(r.halls[0].power.free, kPduUsableKw - 250);   // 221.70 − 250 = −28.30
    QVERIFY(r.halls[0].power.free < 0);
    QCOMPARE(r.halls[0].binding, Resource::Power);
    QCOMPARE(r.halls[0].stranded.positions, 10);   // no power left for any of the 10 free positions
    COMPARE_KW(r.halls[0].stranded.coolingKw, 50.0);   // 300 − 250, none of it sellable
}

void TestCapacityBudget::bindingResource_data()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::addColumn<double>("space");
    QTest::addColumn<double>("power");
    QTest::addColumn<double>("cooling");
    QTest::addColumn<double>("weight");
    QTest::addColumn<double>("generator");
    QTest::addColumn<Resource>("binding");

    QTest::newRow("fewest: power 2.5") << 10.0 << 2.5 << 4.0 << 9.0 << 100.0 << Resource::Power;
    QTest::newRow("fewest: generator 1") << 10.0 << 2.5 << 4.0 << 9.0 << 1.0 << Resource::Generator;
    QTest::newRow("tie space = weight = 3: space first") << 3.0 << 5.0 << 5.0 << 3.0 << 5.0 << Resource::Space;
    QTest::newRow("tie power = cooling = 2: power first") << 3.0 << 2.0 << 2.0 << 3.0 << 5.0 << Resource::Power;
    QTest::newRow("NaN never binds") << 3.0 << nan << nan << nan << nan << Resource::Space;
    QTest::newRow("negative binds") << 3.0 << 4.0 << -1.0 << nan << 5.0 << Resource::Cooling;
}

void TestCapacityBudget::bindingResource()
{
    QFETCH(double, space);
    QFETCH(double, power);
    QFETCH(double, cooling);
    QFETCH(double, weight);
    QFETCH(double, generator);
    QFETCH(Resource, binding);
    QCOMPARE(hectare::bindingResource(RackEquivalents{space, power, cooling, weight, generator}), binding);
}

void TestCapacityBudget::spaceBindsStrandsPower()
{
    // 10 × 5 kW positions, 8 occupied and 2 free; 40 kW committed.
    SiteModel m = oneHallModel();
    setRackStates(m, QList<RackState>(8, RackState::Occupied));
    m.contracts = {makeContract(1, 1, 40, ContractStatus::Active)};
    const CapacityReport r = computeCapacity(m, kAsOf);
    const HallCapacity &h = r.halls[0];
    COMPARE_KW(h.freeRacks[resourceIndex(Resource::Space)], 2.0);
    COMPARE_KW(h.freeRacks[resourceIndex(Resource::Power)], (kPduUsableKw - 40) / 5);   // 181.70 / 5 = 36.34
    COMPARE_KW(h.freeRacks[resourceIndex(Resource::Cooling)], 52.0);                      // (300 − 40) / 5
    COMPARE_KW(h.freeRacks[resourceIndex(Resource::Weight)], 2.0);                        // 2 × 864 / 864
    // Generators: (2000 − F(40) / 0.8) × 0.8 / 1.5 = (2000 − 137.5) × 0.8 / 1.5 = 993.33 kW → 198.67 racks
    COMPARE_KW(h.freeRacks[resourceIndex(Resource::Generator)], 1862.5 * 0.8 / 1.5 / 5);
    QCOMPARE(h.binding, Resource::Space);   // space and weight tie at 2: space comes first
    QCOMPARE(h.stranded.positions, 0);
    COMPARE_KW(h.stranded.powerKw, kPduUsableKw - 40 - 2 * 5);   // 181.70 − 2 × 5 = 171.70
    COMPARE_KW(h.stranded.coolingKw, 250.0);                      // 260 − 2 × 5
}

void TestCapacityBudget::powerBindsStrandsPositions()
{
    // 10 free × 5 kW positions; 210 kW committed leaves 11.70 kW: 2.34 racks of power.
    SiteModel m = oneHallModel();
    m.contracts = {makeContract(1, 1, 210, ContractStatus::Active)};
    const CapacityReport r = computeCapacity(m, kAsOf);
    const HallCapacity &h = r.halls[0];
    COMPARE_KW(h.freeRacks[resourceIndex(Resource::Power)], (kPduUsableKw - 210) / 5);
    QCOMPARE(h.binding, Resource::Power);
    QCOMPARE(h.stranded.positions, 8);   // 10 − ⌊2.34⌋
    COMPARE_KW(h.stranded.powerKw, 0.0);
    COMPARE_KW(h.stranded.coolingKw, 90.0 - (kPduUsableKw - 210));   // (300 − 210) − 2.34 × 5 = 78.30
    QCOMPARE(r.binding, Resource::Power);   // one hall: the site agrees
    QCOMPARE(r.stranded.positions, 8);
}

void TestCapacityBudget::generatorsBind()
{
    // Generators 2 × 100 kVA N+1 → 100 kVA usable; F(0) / 0.8 = 62.5 kVA committed (auxiliary only);
    // free 37.5 kVA × 0.8 / 1.5 = 20 IT kW → 4 racks of 5 kW, fewer than 10 free positions.
    SiteModel m = oneHallModel();
    m.generators[0].unitKva = 100;
    const CapacityReport r = computeCapacity(m, kAsOf);
    COMPARE_KW(r.generator.free, 37.5);
    COMPARE_KW(r.generatorFreeItKw, 20.0);
    const HallCapacity &h = r.halls[0];
    COMPARE_KW(h.freeRacks[resourceIndex(Resource::Generator)], 4.0);
    QCOMPARE(h.binding, Resource::Generator);
    QCOMPARE(h.stranded.positions, 6);                   // 10 − 4
    COMPARE_KW(h.stranded.powerKw, kPduUsableKw - 20);   // 221.70 − 4 × 5
    COMPARE_KW(h.stranded.coolingKw, 280.0);             // 300 − 20
    QCOMPARE(r.binding, Resource::Generator);
}

void TestCapacityBudget::siteStrandedSeesBothLevels()
{
    // Hall 1 is full (10 occupied, 40 kW committed): its power is stranded.
    // Hall 2 is empty but 215 kW committed leaves it 6.70 kW: its positions are stranded.
    // Summed at site level, free positions (10) and free power (188.41 kW) look like they match;
    // the site must still report what each hall strands.
    SiteModel m = plantOnlyModel();
    addHall(m, 1, 10, 5, RackState::Occupied);
    addHall(m, 2, 10, 5);
    m.contracts = {makeContract(1, 1, 40, ContractStatus::Active), makeContract(2, 2, 215, ContractStatus::Active)};
    const CapacityReport r = computeCapacity(m, kAsOf);

    QCOMPARE(r.halls[0].binding, Resource::Space);
    COMPARE_KW(r.halls[0].stranded.powerKw, kPduUsableKw - 40);   // 181.70, no position to sell it with
    QCOMPARE(r.halls[1].binding, Resource::Power);
    QCOMPARE(r.halls[1].stranded.positions, 9);   // 10 − ⌊6.70 / 5⌋

    COMPARE_KW(r.power.free, 2 * kPduUsableKw - 255);   // 188.41
    QCOMPARE(r.binding, Resource::Space);   // 10 positions < 37.68 racks of power
    QCOMPARE(r.stranded.positions, 9);
    // Site formula alone: 188.41 − 10 × 5 = 138.41; the halls: 181.70 (within the site's 188.41).
    COMPARE_KW(r.stranded.powerKw, kPduUsableKw - 40);
    // Cooling: hall 1 260 (space binds), hall 2 85 − 6.70 = 78.30; Σ 338.30 < site free 345;
    // the site formula alone would say 345 − 50 = 295.
    COMPARE_KW(r.stranded.coolingKw, 260 + 85 - (kPduUsableKw - 215));
}

void TestCapacityBudget::emptyHall()
{
    // A hall with an outline and nothing else: no positions, PDUs, CRAHs, plant or contracts.
    SiteModel m;
    m.halls = {makeHall(1, QStringLiteral("Empty"))};
    const CapacityReport r = computeCapacity(m, kAsOf);
    QCOMPARE(r.halls.size(), std::size_t(1));
    const HallCapacity &h = r.halls[0];
    QCOMPARE(h.positions, 0);
    COMPARE_KW(h.floorAreaM2, 80.0);
    COMPARE_KW(h.averageDesignKw, 0.0);
    COMPARE_KW(h.averageAllowedKg, 0.0);
    COMPARE_KW(h.power.usable, 0.0);
    COMPARE_KW(h.cooling.usable, 0.0);
    COMPARE_KW(h.freeRacks[resourceIndex(Resource::Space)], 0.0);
    for (Resource res : {Resource::Power, Resource::Cooling, Resource::Weight, Resource::Generator})
        QVERIFY2(std::isnan(h.freeRacks[resourceIndex(res)]), qPrintable(resourceKey(res)));
    QCOMPARE(h.binding, Resource::Space);
    QCOMPARE(h.stranded.positions, 0);
    COMPARE_KW(h.stranded.powerKw, 0.0);
    QVERIFY(std::isnan(r.pueAtCommitted));
    QVERIFY(std::isinf(r.itKwSupportedByTransformers));
    COMPARE_KW(r.upsEfficiency, 1.0);   // no UPS: no loss term
    COMPARE_KW(r.chillerCop, 0.0);      // no chillers: no cooling term
    COMPARE_KW(r.generator.usable, 0.0);
    COMPARE_KW(r.generator.free, 0.0);   // F(0) = auxiliary 0
    QCOMPARE(r.binding, Resource::Space);

    const QJsonObject json = capacityToJson(r);
    QVERIFY(json[QStringLiteral("plant")][QStringLiteral("pueAtCommitted")].isNull());
    QVERIFY(json[QStringLiteral("plant")][QStringLiteral("itKwSupportedByTransformers")].isNull());
    const QJsonObject racks = json[QStringLiteral("halls")].toArray().at(0)[QStringLiteral("freeRacks")].toObject();
    QVERIFY(racks[QStringLiteral("power")].isNull());
    QCOMPARE(racks[QStringLiteral("space")].toDouble(-1), 0.0);
}

void TestCapacityBudget::emptyModel()
{
    const CapacityReport r = computeCapacity(SiteModel{}, kAsOf);
    QVERIFY(r.halls.empty());
    COMPARE_KW(r.space.installed, 0.0);
    COMPARE_KW(r.power.free, 0.0);
    QCOMPARE(r.binding, Resource::Space);
    QCOMPARE(r.asOf, kAsOf);
}

void TestCapacityBudget::json()
{
    SiteModel m = oneHallModel();
    setRackStates(m, QList<RackState>(8, RackState::Occupied));
    m.contracts = {makeContract(1, 1, 40, ContractStatus::Active), makeContract(2, 1, 10, ContractStatus::Reserved)};
    const CapacityReport r = computeCapacity(m, kAsOf);
    const QJsonObject json = capacityToJson(r);

    QCOMPARE(json[QStringLiteral("asOf")].toString(), QStringLiteral("2025-06-01"));
    QCOMPARE(json[QStringLiteral("units")][QStringLiteral("generator")].toString(), QStringLiteral("kVA"));

    const QJsonObject site = json[QStringLiteral("site")].toObject();
    for (Resource res : kAllResources)
        QVERIFY2(site.contains(resourceKey(res)), qPrintable(resourceKey(res)));
    const QStringList budgetKeys{QStringLiteral("committed"), QStringLiteral("expectedDraw"), QStringLiteral("free"),
                                 QStringLiteral("installed"), QStringLiteral("reserved"), QStringLiteral("usable")};
    QCOMPARE(site[QStringLiteral("power")].toObject().keys(), budgetKeys);
    COMPARE_KW(site[QStringLiteral("power")][QStringLiteral("usable")].toDouble(), kPduUsableKw);
    COMPARE_KW(site[QStringLiteral("power")][QStringLiteral("committed")].toDouble(), 40.0);
    COMPARE_KW(site[QStringLiteral("power")][QStringLiteral("reserved")].toDouble(), 10.0);
    COMPARE_KW(site[QStringLiteral("power")][QStringLiteral("free")].toDouble(), kPduUsableKw - 50);
    COMPARE_KW(site[QStringLiteral("generator")][QStringLiteral("committed")].toDouble(), 137.5);   // F(40) / 0.8
    QCOMPARE(site[QStringLiteral("binding")].toString(), QStringLiteral("space"));
    COMPARE_KW(site[QStringLiteral("stranded")][QStringLiteral("powerKw")].toDouble(), kPduUsableKw - 50 - 10);
    QCOMPARE(site[QStringLiteral("stranded")][QStringLiteral("positions")].toInt(-1), 0);
    COMPARE_KW(site[QStringLiteral("freeRacks")][QStringLiteral("space")].toDouble(), 2.0);

    const QJsonObject plant = json[QStringLiteral("plant")].toObject();
    COMPARE_KW(plant[QStringLiteral("pueAtCommitted")].toDouble(), 110.0 / 40);   // F(40) = 110, no transformers
    COMPARE_KW(plant[QStringLiteral("upsEfficiency")].toDouble(), 0.8);
    COMPARE_KW(plant[QStringLiteral("itKwSupportedByGenerators")].toDouble(), 1550.0 / 1.5);

    const QJsonArray halls = json[QStringLiteral("halls")].toArray();
    QCOMPARE(halls.size(), 1);
    const QJsonObject hall = halls[0].toObject();
    QCOMPARE(hall[QStringLiteral("name")].toString(), QStringLiteral("Hall 1"));
    QCOMPARE(hall[QStringLiteral("id")].toInteger(), qint64(1));
    QVERIFY(!hall.contains(QStringLiteral("generator")));   // the generator plant is site-wide
    QCOMPARE(hall[QStringLiteral("space")].toObject().keys(), budgetKeys);
    COMPARE_KW(hall[QStringLiteral("space")][QStringLiteral("committed")].toDouble(), 8.0);
    COMPARE_KW(hall[QStringLiteral("weight")][QStringLiteral("free")].toDouble(), 2 * 864.0);
    COMPARE_KW(hall[QStringLiteral("floorAreaM2")].toDouble(), 80.0);
    QCOMPARE(hall[QStringLiteral("positions")].toInt(), 10);
    QCOMPARE(hall[QStringLiteral("binding")].toString(), QStringLiteral("space"));
    COMPARE_KW(hall[QStringLiteral("stranded")][QStringLiteral("coolingKw")].toDouble(), 300.0 - 50 - 10);
}

QTEST_GUILESS_MAIN(TestCapacityBudget)
#include "tst_capacity_budget.moc"
