// Tests core/model/model_validation: a small valid site built here, then one defect per row.
#include "io/model_json.h"
#include "io/synthetic_site.h"
#include "model/geometry.h"
#include "model/model_validation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>

using namespace hectare;

using Defect = std::function<void(SiteModel &)>;
Q_DECLARE_METATYPE(Defect)

namespace {

const QString kMinus = QString(QChar(0x2212));

// Two halls. "Colocation 1" (10 × 10 m at the origin) has rows C and D facing each other across
// a 1.2 m cold aisle; "Government" (10 × 10 m at x = 20) has row G. Tenant 1 holds C01 and C02
// under a 2-rack contract and has a quote in Government; tenant 2 holds D01 and G01 under one
// contract in each hall. C04 is blocked, C03, D02 and G02 are free.
SiteModel validSite()
{
    SiteModel m;
    m.site = Site{QStringLiteral("Test site"), QStringLiteral("Lomé, Togo"), 10600, QStringLiteral("XOF"), 35, 40,
                  0.9, ClearanceRules{}, QString(), GridOutageProfile{}};
    m.buildings = {Building{1, QStringLiteral("Main")}};
    Hall colo;
    colo.id = 1;
    colo.buildingId = 1;
    colo.name = QStringLiteral("Colocation 1");
    colo.outline = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    colo.status = HallStatus::Live;
    Hall gov = colo;
    gov.id = 2;
    gov.name = QStringLiteral("Government");
    gov.outline = {{20, 0}, {30, 0}, {30, 10}, {20, 10}};
    m.halls = {colo, gov};

    // Row C runs towards −x from (5, 2.2) with its depth towards −y: racks in y ∈ [1, 2.2].
    // Row D runs towards +x from (1, 3.4): racks in y ∈ [3.4, 4.6]; the cold aisle is between.
    m.rows = {Row{1, 1, QStringLiteral("C"), {5, 2.2}, 180, AisleSide::Front, Containment::ColdAisle},
              Row{2, 1, QStringLiteral("D"), {1, 3.4}, 0, AisleSide::Front, Containment::ColdAisle},
              Row{3, 2, QStringLiteral("G"), {21, 1}, 0, AisleSide::Front, Containment::None}};
    m.upsGroups = {UpsGroup{1, QStringLiteral("UPS 1"), 250, 4, Redundancy::TwoN, 0.955}};
    m.pdus = {Pdu{1, 1, 1, QStringLiteral("RPP-C-A"), FeedPath::A, 400, 400, 3},
              Pdu{2, 1, 1, QStringLiteral("RPP-C-B"), FeedPath::B, 400, 400, 3},
              Pdu{3, 2, 1, QStringLiteral("RPP-G-A"), FeedPath::A, 400, 400, 3},
              Pdu{4, 2, 1, QStringLiteral("RPP-G-B"), FeedPath::B, 400, 400, 3},
              Pdu{5, 2, 1, QStringLiteral("RPP-G-spare"), FeedPath::None, 250, 400, 3}};
    const auto rack = [&](Id id, Id rowId, const char *name, int position, RackState state, Id tenant) {
        const Id pduA = rowId == 3 ? 3 : 1;
        Rack r;
        r.id = id;
        r.rowId = rowId;
        r.name = QString::fromLatin1(name);
        r.offsetMm = 600.0 * position;
        r.designKw = state == RackState::Blocked ? 0 : 5;
        r.maxWeightKg = 1200;
        r.state = state;
        r.tenantId = tenant;
        r.feedAPduId = pduA;
        r.feedBPduId = pduA + 1;
        m.racks.push_back(r);
    };
    rack(1, 1, "C01", 0, RackState::Occupied, 1);
    rack(2, 1, "C02", 1, RackState::Reserved, 1);
    rack(3, 1, "C03", 2, RackState::Free, kNoId);
    rack(4, 1, "C04", 3, RackState::Blocked, kNoId);
    rack(5, 2, "D01", 0, RackState::Occupied, 2);
    rack(6, 2, "D02", 1, RackState::Free, kNoId);
    rack(7, 3, "G01", 0, RackState::Occupied, 2);
    rack(8, 3, "G02", 1, RackState::Free, kNoId);

    m.tenants = {Tenant{1, QStringLiteral("Banque Test"), QStringLiteral("bank"), QString()},
                 Tenant{2, QStringLiteral("Ministère Test"), QStringLiteral("government"), QString()}};
    const auto contract = [&](Id id, Id tenant, Id hall, int racks, ContractStatus status) {
        Contract c;
        c.id = id;
        c.tenantId = tenant;
        c.hallId = hall;
        c.racks = racks;
        c.committedKw = 4.0 * racks;
        c.rampStartPct = 50;
        c.rampMonths = 12;
        c.drawRatio = 0.7;
        c.start = QDate(2024, 1, 1);
        c.end = QDate(2027, 1, 1);
        c.status = status;
        m.contracts.push_back(c);
    };
    contract(1, 1, 1, 2, ContractStatus::Active);
    contract(2, 2, 1, 1, ContractStatus::Signed);
    contract(3, 2, 2, 1, ContractStatus::Active);
    contract(4, 1, 2, 5, ContractStatus::Quoted);

    m.utilityFeeds = {UtilityFeed{1, QStringLiteral("Feed 1"), 2000}};
    m.transformers = {TransformerGroup{1, QStringLiteral("TX"), 2000, 2, Redundancy::TwoN, 0.985}};
    m.generators = {GeneratorGroup{1, QStringLiteral("Gensets"), 1000, 2, 0.8, Redundancy::NPlus1}};
    m.chillers = {ChillerGroup{1, QStringLiteral("Chillers"), 500, 35, 1.2, 3, 3, Redundancy::NPlus1}};
    m.crahs = {CrahGroup{1, 1, QStringLiteral("CRAH C"), 120, 3, Redundancy::NPlus1},
               CrahGroup{2, 2, QStringLiteral("CRAH G"), 100, 2, Redundancy::NPlus1}};

    m.obstacles = {Obstacle{1, 1, ObstacleKind::Crah, QStringLiteral("CRAH-1"), {9.5, 5}, 2, 0.9, 270},
                   Obstacle{2, 1, ObstacleKind::Column, QStringLiteral("C2"), {7, 7}, 0.4, 0.4, 0},
                   Obstacle{3, 1, ObstacleKind::Door, QStringLiteral("Door 1"), {0, 8}, 1, 0.2, 90},
                   Obstacle{4, 2, ObstacleKind::Wall, QStringLiteral("Partition"), {25, 10}, 4, 0.2, 0},
                   Obstacle{5, 2, ObstacleKind::Pdu, QStringLiteral("RPP-G"), {28, 5}, 0.8, 0.6, 0}};
    m.cages = {Cage{1, 1, 1, QStringLiteral("Cage Banque"), {{3.7, 0.8}, {5.2, 0.8}, {5.2, 2.3}, {3.7, 2.3}}},
               Cage{2, 1, 2, QStringLiteral("Cage Ministère"), {{0.9, 3.3}, {1.7, 3.3}, {1.7, 4.7}, {0.9, 4.7}}}};
    return m;
}

Obstacle &obstacleNamed(SiteModel &m, const char *name)
{
    for (Obstacle &o : m.obstacles)
        if (o.name == QLatin1String(name))
            return o;
    qFatal("no obstacle %s", name);
}

Rack &rackNamed(SiteModel &m, const char *name)
{
    for (Rack &r : m.racks)
        if (r.name == QLatin1String(name))
            return r;
    qFatal("no rack %s", name);
}

QString listed(const std::vector<Error> &errors)
{
    QStringList lines;
    for (const Error &e : errors)
        lines << e.text();
    return lines.join(QLatin1Char('\n'));
}

const QString kRackC01 = QStringLiteral("Hall \"Colocation 1\", row \"C\", rack \"C01\"");
const QString kColumn = QStringLiteral("Hall \"Colocation 1\", obstacle \"C2\"");
const QString kMinistryCage = QStringLiteral("Hall \"Colocation 1\", cage \"Cage Ministère\"");

} // namespace

class TestModelValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validSiteHasNoErrors();
    void defect_data();
    void defect();
    void validVariant_data();
    void validVariant();
    void maxErrors();
    void sampleSiteIsValid();
    void largeSiteWithObstaclesIsFast();
};

void TestModelValidation::validSiteHasNoErrors()
{
    const std::vector<Error> errors = validateModel(validSite());
    QVERIFY2(errors.empty(), qPrintable(listed(errors)));
}

void TestModelValidation::defect_data()
{
    QTest::addColumn<Defect>("defect");
    QTest::addColumn<int>("count");   // errors expected in all
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    // Site
    QTest::newRow("negative land area") << Defect([](SiteModel &m) { m.site.landAreaM2 = -1; }) << 1
                                        << QStringLiteral("Site \"Test site\": land area")
                                        << QString(QStringLiteral("must be 0 or more (got ") + kMinus + QStringLiteral("1)"));
    QTest::newRow("design ambient 70 °C") << Defect([](SiteModel &m) { m.site.designAmbientC = 70; }) << 1
                                          << QStringLiteral("Site \"Test site\": design ambient")
                                          << QString(QStringLiteral("between ") + kMinus + QStringLiteral("40 and 60 (got 70)"));
    QTest::newRow("power factor 0") << Defect([](SiteModel &m) { m.site.loadPowerFactor = 0; }) << 1
                                    << QStringLiteral("Site \"Test site\": load power factor")
                                    << QStringLiteral("greater than 0 and at most 1 (got 0)");
    QTest::newRow("power factor 1.2") << Defect([](SiteModel &m) { m.site.loadPowerFactor = 1.2; }) << 1
                                      << QStringLiteral("Site \"Test site\": load power factor")
                                      << QStringLiteral("(got 1.2)");
    QTest::newRow("power factor NaN") << Defect([](SiteModel &m) { m.site.loadPowerFactor = qQNaN(); }) << 1
                                      << QStringLiteral("Site \"Test site\": load power factor")
                                      << QStringLiteral("at most 1");
    QTest::newRow("cold aisle clearance 0") << Defect([](SiteModel &m) { m.site.clearance.coldAisleMinM = 0; }) << 1
                                            << QStringLiteral("Site \"Test site\": cold aisle clearance")
                                            << QStringLiteral("must be greater than 0 and less than 10 m (got 0)");
    QTest::newRow("hot aisle clearance NaN") << Defect([](SiteModel &m) { m.site.clearance.hotAisleMinM = qQNaN(); })
                                             << 1 << QStringLiteral("Site \"Test site\": hot aisle clearance")
                                             << QStringLiteral("less than 10 m");
    QTest::newRow("service clearance −1") << Defect([](SiteModel &m) { m.site.clearance.serviceMinM = -1; }) << 1
                                          << QStringLiteral("Site \"Test site\": service clearance")
                                          << QString(QStringLiteral("(got ") + kMinus + QStringLiteral("1)"));
    QTest::newRow("wall clearance 10 m") << Defect([](SiteModel &m) { m.site.clearance.wallMinM = 10; }) << 1
                                         << QStringLiteral("Site \"Test site\": wall clearance")
                                         << QStringLiteral("less than 10 m (got 10)");

    // Halls and rows
    QTest::newRow("hall without a name") << Defect([](SiteModel &m) { m.halls[1].name.clear(); }) << 1
                                         << QStringLiteral("Hall #2: name") << QStringLiteral("must not be empty");
    QTest::newRow("two halls with one name")
        << Defect([](SiteModel &m) { m.halls[1].name = QStringLiteral("Colocation 1"); }) << 1
        << QStringLiteral("Hall \"Colocation 1\": name") << QStringLiteral("another hall has the same name");
    QTest::newRow("outline of 2 points") << Defect([](SiteModel &m) { m.halls[1].outline.resize(2); }) << 1
                                         << QStringLiteral("Hall \"Government\": outline")
                                         << QStringLiteral("at least 3 points (got 2)");
    QTest::newRow("outline without area")
        << Defect([](SiteModel &m) { m.halls[1].outline = {{20, 0}, {25, 0}, {30, 0}}; }) << 1
        << QStringLiteral("Hall \"Government\": outline") << QStringLiteral("area greater than 0");
    QTest::newRow("tile 0") << Defect([](SiteModel &m) { m.halls[0].tileM = 0; }) << 1
                            << QStringLiteral("Hall \"Colocation 1\": tile size")
                            << QStringLiteral("must be greater than 0 (got 0)");
    QTest::newRow("negative floor load") << Defect([](SiteModel &m) { m.halls[0].floorLoadKgPerM2 = -5; }) << 1
                                         << QStringLiteral("Hall \"Colocation 1\": floor load")
                                         << QString(QStringLiteral("greater than 0 (got ") + kMinus + QStringLiteral("5)"));
    QTest::newRow("ceiling 0") << Defect([](SiteModel &m) { m.halls[0].ceilingHeightM = 0; }) << 1
                               << QStringLiteral("Hall \"Colocation 1\": ceiling height")
                               << QStringLiteral("greater than 0");
    QTest::newRow("hall in a missing building") << Defect([](SiteModel &m) { m.halls[1].buildingId = 5; }) << 1
                                                << QStringLiteral("Hall \"Government\": building")
                                                << QStringLiteral("building #5, which does not exist");
    QTest::newRow("two rows with one name in a hall")
        << Defect([](SiteModel &m) { m.rows[1].name = QStringLiteral("C"); }) << 1
        << QStringLiteral("Hall \"Colocation 1\", row \"C\": name")
        << QStringLiteral("another row in this hall has the same name");
    QTest::newRow("row in a missing hall") << Defect([](SiteModel &m) { m.rows[2].hallId = 9; }) << 1
                                           << QStringLiteral("Row \"G\": hall")
                                           << QStringLiteral("hall #9, which does not exist");

    // Racks
    QTest::newRow("negative design kW") << Defect([](SiteModel &m) { rackNamed(m, "C01").designKw = -2; }) << 1
                                        << QString(kRackC01 + QStringLiteral(": design kW"))
                                        << QString(QStringLiteral("must be 0 or more (got ") + kMinus + QStringLiteral("2)"));
    QTest::newRow("width 0") << Defect([](SiteModel &m) { rackNamed(m, "C03").widthMm = 0; }) << 1
                             << QStringLiteral("Hall \"Colocation 1\", row \"C\", rack \"C03\": width")
                             << QStringLiteral("greater than 0 (got 0)");
    QTest::newRow("depth −1200") << Defect([](SiteModel &m) { rackNamed(m, "C03").depthMm = -1200; }) << 1
                                 << QStringLiteral("Hall \"Colocation 1\", row \"C\", rack \"C03\": depth")
                                 << QStringLiteral("greater than 0");
    QTest::newRow("height 61 U") << Defect([](SiteModel &m) { rackNamed(m, "C01").heightU = 61; }) << 1
                                 << QString(kRackC01 + QStringLiteral(": height"))
                                 << QStringLiteral("between 1 and 60 U (got 61)");
    QTest::newRow("height 0 U") << Defect([](SiteModel &m) { rackNamed(m, "C01").heightU = 0; }) << 1
                                << QString(kRackC01 + QStringLiteral(": height")) << QStringLiteral("(got 0)");
    QTest::newRow("max weight 0") << Defect([](SiteModel &m) { rackNamed(m, "C01").maxWeightKg = 0; }) << 1
                                  << QString(kRackC01 + QStringLiteral(": max weight")) << QStringLiteral("greater than 0");
    QTest::newRow("two racks with one name in a row")
        << Defect([](SiteModel &m) { rackNamed(m, "C02").name = QStringLiteral("C01"); }) << 1
        << QString(kRackC01 + QStringLiteral(": name")) << QStringLiteral("another rack in this row has the same name");
    QTest::newRow("rack in a missing row") << Defect([](SiteModel &m) { rackNamed(m, "C03").rowId = 99; }) << 1
                                           << QStringLiteral("Rack \"C03\": row")
                                           << QStringLiteral("row #99, which does not exist");
    QTest::newRow("occupied without a tenant") << Defect([](SiteModel &m) { rackNamed(m, "C01").tenantId = kNoId; })
                                               << 1 << QString(kRackC01 + QStringLiteral(": tenant"))
                                               << QStringLiteral("an occupied rack needs a tenant");
    QTest::newRow("reserved without a tenant") << Defect([](SiteModel &m) { rackNamed(m, "C02").tenantId = kNoId; })
                                               << 1 << QStringLiteral("Hall \"Colocation 1\", row \"C\", rack \"C02\": tenant")
                                               << QStringLiteral("a reserved rack needs a tenant");
    QTest::newRow("free with a tenant") << Defect([](SiteModel &m) { rackNamed(m, "C03").tenantId = 1; }) << 1
                                        << QStringLiteral("Hall \"Colocation 1\", row \"C\", rack \"C03\": tenant")
                                        << QStringLiteral("a free rack cannot have a tenant (has \"Banque Test\")");
    QTest::newRow("blocked with a tenant") << Defect([](SiteModel &m) { rackNamed(m, "C04").tenantId = 2; }) << 1
                                           << QStringLiteral("Hall \"Colocation 1\", row \"C\", rack \"C04\": tenant")
                                           << QStringLiteral("a blocked rack cannot have a tenant");
    QTest::newRow("occupied by a missing tenant") << Defect([](SiteModel &m) { rackNamed(m, "C01").tenantId = 99; })
                                                  << 1 << QString(kRackC01 + QStringLiteral(": tenant"))
                                                  << QStringLiteral("tenant #99, which does not exist");
    QTest::newRow("feed A from a PDU in another hall")
        << Defect([](SiteModel &m) { rackNamed(m, "C01").feedAPduId = 3; }) << 1 << QString(kRackC01 + QStringLiteral(": feed A"))
        << QStringLiteral("PDU \"RPP-G-A\" is in hall \"Government\", not in the rack's hall");
    QTest::newRow("feed B from a missing PDU") << Defect([](SiteModel &m) { rackNamed(m, "C01").feedBPduId = 99; })
                                               << 1 << QString(kRackC01 + QStringLiteral(": feed B"))
                                               << QStringLiteral("PDU #99, which does not exist");
    // C03 moved to 900 mm (towards −x from 5 m: x ∈ [3.5, 4.1]) covers half of C02 (x ∈ [3.8, 4.4]).
    QTest::newRow("overlapping racks in a row") << Defect([](SiteModel &m) { rackNamed(m, "C03").offsetMm = 900; })
                                                << 1
                                                << QStringLiteral("Hall \"Colocation 1\", row \"C\", rack \"C03\": position")
                                                << QStringLiteral("overlaps rack \"C02\" in row \"C\"");
    // Row D moved into row C: D01 lands on C04 (blocked) and D02 on C03.
    QTest::newRow("overlapping rows") << Defect([](SiteModel &m) { m.rows[1].origin = {2.6, 1.5}; }) << 2
                                      << QStringLiteral("Hall \"Colocation 1\", row \"D\", rack \"D01\": position")
                                      << QStringLiteral("overlaps rack \"C04\" in row \"C\"");
    QTest::newRow("rack through the wall") << Defect([](SiteModel &m) { rackNamed(m, "G02").offsetMm = 8700; }) << 1
                                           << QStringLiteral("Hall \"Government\", row \"G\", rack \"G02\": position")
                                           << QStringLiteral("is not inside the hall's outline");
    QTest::newRow("row turned out of the hall") << Defect([](SiteModel &m) { m.rows[2].orientationDeg = 180; }) << 2
                                                << QStringLiteral("Hall \"Government\", row \"G\", rack \"G01\": position")
                                                << QStringLiteral("is not inside the hall's outline");

    // Obstacles
    QTest::newRow("obstacle in a missing hall") << Defect([](SiteModel &m) { obstacleNamed(m, "C2").hallId = 9; }) << 1
                                                << QStringLiteral("Obstacle \"C2\": hall")
                                                << QStringLiteral("hall #9, which does not exist");
    QTest::newRow("obstacle width 0") << Defect([](SiteModel &m) { obstacleNamed(m, "C2").widthM = 0; }) << 1
                                      << QString(kColumn + QStringLiteral(": width"))
                                      << QStringLiteral("must be greater than 0 (got 0)");
    QTest::newRow("obstacle depth infinite") << Defect([](SiteModel &m) { obstacleNamed(m, "C2").depthM = qInf(); })
                                             << 1 << QString(kColumn + QStringLiteral(": depth"))
                                             << QStringLiteral("must be a finite number");
    QTest::newRow("obstacle centre NaN") << Defect([](SiteModel &m) { obstacleNamed(m, "C2").centre.y = qQNaN(); })
                                         << 1 << QString(kColumn + QStringLiteral(": centre"))
                                         << QStringLiteral("finite coordinates");
    QTest::newRow("obstacle without a name") << Defect([](SiteModel &m) { obstacleNamed(m, "C2").name.clear(); }) << 1
                                             << QStringLiteral("Hall \"Colocation 1\", obstacle \"\": name")
                                             << QStringLiteral("must not be empty");
    QTest::newRow("two obstacles with one name in a hall")
        << Defect([](SiteModel &m) { obstacleNamed(m, "C2").name = QStringLiteral("CRAH-1"); }) << 1
        << QStringLiteral("Hall \"Colocation 1\", obstacle \"CRAH-1\": name")
        << QStringLiteral("another obstacle in this hall has the same name");
    QTest::newRow("column outside the hall") << Defect([](SiteModel &m) { obstacleNamed(m, "C2").centre = {11, 7}; })
                                             << 1 << QString(kColumn + QStringLiteral(": position"))
                                             << QStringLiteral("is not inside the hall's outline");
    QTest::newRow("column half through the wall")
        << Defect([](SiteModel &m) { obstacleNamed(m, "C2").centre = {9.9, 7}; }) << 1
        << QString(kColumn + QStringLiteral(": position")) << QStringLiteral("is not inside the hall's outline");
    QTest::newRow("door off the outline") << Defect([](SiteModel &m) { obstacleNamed(m, "Door 1").centre = {-0.5, 8}; })
                                          << 1 << QStringLiteral("Hall \"Colocation 1\", obstacle \"Door 1\": position")
                                          << QStringLiteral("its centre is neither inside nor on the hall's outline");
    // The column at x 3.9–4.3 stands on C02 (x 3.8–4.4), not on C01 (x 4.4–5.0).
    QTest::newRow("rack on a column") << Defect([](SiteModel &m) { obstacleNamed(m, "C2").centre = {4.1, 1.6}; }) << 1
                                      << QStringLiteral("Hall \"Colocation 1\", row \"C\", rack \"C02\": position")
                                      << QStringLiteral("overlaps column \"C2\"");
    // Turned 270°, the CRAH is 0.9 m across x (4.25–5.15): it covers C01 and 15 cm of C02.
    QTest::newRow("CRAH on two racks") << Defect([](SiteModel &m) { obstacleNamed(m, "CRAH-1").centre = {4.7, 1.6}; })
                                       << 2 << QString(kRackC01 + QStringLiteral(": position"))
                                       << QStringLiteral("overlaps CRAH/CRAC unit \"CRAH-1\"");
    QTest::newRow("rack on a wall") << Defect([](SiteModel &m) {
        m.rows[1].origin = {0, 3.4};   // D01 against the west wall, x 0–0.6
        m.obstacles.push_back(Obstacle{6, 1, ObstacleKind::Wall, QStringLiteral("West wall"), {0, 4}, 2, 0.3, 90});
    }) << 1 << QStringLiteral("Hall \"Colocation 1\", row \"D\", rack \"D01\": position")
       << QStringLiteral("overlaps wall \"West wall\"");

    // Cages
    QTest::newRow("cage in a missing hall") << Defect([](SiteModel &m) { m.cages[1].hallId = 9; }) << 1
                                            << QStringLiteral("Cage \"Cage Ministère\": hall")
                                            << QStringLiteral("hall #9, which does not exist");
    QTest::newRow("cage of a missing tenant") << Defect([](SiteModel &m) { m.cages[1].tenantId = 9; }) << 1
                                              << QString(kMinistryCage + QStringLiteral(": tenant"))
                                              << QStringLiteral("tenant #9, which does not exist");
    QTest::newRow("cage without a name") << Defect([](SiteModel &m) { m.cages[1].name.clear(); }) << 1
                                         << QStringLiteral("Hall \"Colocation 1\", cage \"\": name")
                                         << QStringLiteral("must not be empty");
    QTest::newRow("two cages with one name in a hall")
        << Defect([](SiteModel &m) { m.cages[1].name = QStringLiteral("Cage Banque"); }) << 1
        << QStringLiteral("Hall \"Colocation 1\", cage \"Cage Banque\": name")
        << QStringLiteral("another cage in this hall has the same name");
    QTest::newRow("cage of 2 points") << Defect([](SiteModel &m) { m.cages[1].outline.resize(2); }) << 1
                                      << QString(kMinistryCage + QStringLiteral(": outline"))
                                      << QStringLiteral("at least 3 points (got 2)");
    QTest::newRow("cage without area") << Defect([](SiteModel &m) { m.cages[1].outline = {{1, 4}, {2, 4}, {3, 4}}; })
                                       << 1 << QString(kMinistryCage + QStringLiteral(": outline"))
                                       << QStringLiteral("area greater than 0");
    QTest::newRow("cage crossing itself")
        << Defect([](SiteModel &m) { m.cages[1].outline = {{1, 5}, {4, 8}, {4, 5}, {1, 7}}; }) << 1
        << QString(kMinistryCage + QStringLiteral(": outline")) << QStringLiteral("must not cross or touch itself");
    QTest::newRow("cage through the wall") << Defect([](SiteModel &m) {
        m.cages[1].outline = {{8, 6.5}, {10.5, 6.5}, {10.5, 8}, {8, 8}};
    }) << 1 << QString(kMinistryCage + QStringLiteral(": outline")) << QStringLiteral("is not inside the hall's outline");
    // Tenant 2's cage moved to x 3.0–4.0 shares 0.3 × 1.5 m with tenant 1's (x 3.7–5.2, y 0.8–2.3).
    QTest::newRow("two tenants' cages overlapping")
        << Defect([](SiteModel &m) { m.cages[1].outline = {{3, 0.5}, {4, 0.5}, {4, 2.5}, {3, 2.5}}; }) << 1
        << QString(kMinistryCage + QStringLiteral(": outline"))
        << QStringLiteral("the cage of \"Ministère Test\" overlaps cage \"Cage Banque\" of \"Banque Test\" "
                          "(0.45 m² in common)");

    // Tenants, contracts, allocation
    QTest::newRow("tenant without a name") << Defect([](SiteModel &m) { m.tenants[1].name.clear(); }) << 1
                                           << QStringLiteral("Tenant #2: name") << QStringLiteral("must not be empty");
    QTest::newRow("two tenants with one name")
        << Defect([](SiteModel &m) { m.tenants[1].name = QStringLiteral("Banque Test"); }) << 1
        << QStringLiteral("Tenant \"Banque Test\": name") << QStringLiteral("another tenant has the same name");
    QTest::newRow("negative committed kW") << Defect([](SiteModel &m) { m.contracts[0].committedKw = -5; }) << 1
                                           << QStringLiteral("Tenant \"Banque Test\", contract #1: committed kW")
                                           << QString(QStringLiteral("must be 0 or more (got ") + kMinus + QStringLiteral("5)"));
    QTest::newRow("negative racks") << Defect([](SiteModel &m) { m.contracts[3].racks = -1; }) << 1
                                    << QStringLiteral("Tenant \"Banque Test\", contract #4: racks")
                                    << QStringLiteral("must be 0 or more");
    QTest::newRow("negative cage") << Defect([](SiteModel &m) { m.contracts[3].cageM2 = -10; }) << 1
                                   << QStringLiteral("Tenant \"Banque Test\", contract #4: cage area")
                                   << QStringLiteral("must be 0 or more");
    QTest::newRow("ramp start 120 %") << Defect([](SiteModel &m) { m.contracts[0].rampStartPct = 120; }) << 1
                                      << QStringLiteral("Tenant \"Banque Test\", contract #1: ramp start")
                                      << QStringLiteral("between 0 and 100 (got 120)");
    QTest::newRow("negative ramp months") << Defect([](SiteModel &m) { m.contracts[0].rampMonths = -3; }) << 1
                                          << QStringLiteral("Tenant \"Banque Test\", contract #1: ramp months")
                                          << QStringLiteral("must be 0 or more");
    QTest::newRow("draw ratio 1.6") << Defect([](SiteModel &m) { m.contracts[0].drawRatio = 1.6; }) << 1
                                    << QStringLiteral("Tenant \"Banque Test\", contract #1: draw ratio")
                                    << QStringLiteral("between 0 and 1.5 (got 1.6)");
    QTest::newRow("end before start") << Defect([](SiteModel &m) { m.contracts[1].end = QDate(2023, 12, 31); }) << 1
                                      << QStringLiteral("Tenant \"Ministère Test\", contract #2: end")
                                      << QStringLiteral("must be after the start, 2024-01-01 (got 2023-12-31)");
    QTest::newRow("end on the start day") << Defect([](SiteModel &m) { m.contracts[1].end = m.contracts[1].start; })
                                          << 1 << QStringLiteral("Tenant \"Ministère Test\", contract #2: end")
                                          << QStringLiteral("must be after the start");
    QTest::newRow("contract of a missing tenant") << Defect([](SiteModel &m) { m.contracts[3].tenantId = 99; }) << 1
                                                  << QStringLiteral("Contract #4: tenant")
                                                  << QStringLiteral("tenant #99, which does not exist");
    QTest::newRow("contract in a missing hall") << Defect([](SiteModel &m) { m.contracts[3].hallId = 99; }) << 1
                                                << QStringLiteral("Tenant \"Banque Test\", contract #4: hall")
                                                << QStringLiteral("hall #99, which does not exist");
    // Tenant 1 holds C01, C02 and now C03 in Colocation 1: 3 > the 2 racks of contract 1.
    QTest::newRow("tenant over-allocated") << Defect([](SiteModel &m) {
        Rack &r = rackNamed(m, "C03");
        r.state = RackState::Reserved;
        r.tenantId = 1;
    }) << 1 << QStringLiteral("Tenant \"Banque Test\", hall \"Colocation 1\": racks")
       << QStringLiteral("holds 3 rack(s) but its contracts in this hall grant 2");
    // Tenant 1's only contract in Government is a quote: a quote grants nothing.
    QTest::newRow("holding racks on a quote") << Defect([](SiteModel &m) {
        Rack &r = rackNamed(m, "G02");
        r.state = RackState::Occupied;
        r.tenantId = 1;
    }) << 1 << QStringLiteral("Tenant \"Banque Test\", hall \"Government\": racks")
       << QStringLiteral("holds 1 rack(s) but its contracts in this hall grant 0");
    QTest::newRow("holding racks on an ended contract")
        << Defect([](SiteModel &m) { m.contracts[2].status = ContractStatus::Ended; }) << 1
        << QStringLiteral("Tenant \"Ministère Test\", hall \"Government\": racks")
        << QStringLiteral("holds 1 rack(s) but its contracts in this hall grant 0");
    // Tenant 2's contract is for Colocation 1; its racks in Government are not covered by it.
    QTest::newRow("contract in the wrong hall") << Defect([](SiteModel &m) { m.contracts[2].hallId = 1; }) << 1
                                                << QStringLiteral("Tenant \"Ministère Test\", hall \"Government\": racks")
                                                << QStringLiteral("grant 0");

    // Power chain
    QTest::newRow("utility feed 0 kVA") << Defect([](SiteModel &m) { m.utilityFeeds[0].kva = 0; }) << 1
                                        << QStringLiteral("Utility feed \"Feed 1\": kVA") << QStringLiteral("greater than 0");
    QTest::newRow("transformer 0 kVA") << Defect([](SiteModel &m) { m.transformers[0].unitKva = 0; }) << 1
                                       << QStringLiteral("Transformer group \"TX\": unit kVA")
                                       << QStringLiteral("greater than 0");
    QTest::newRow("transformer 2N with 3 units") << Defect([](SiteModel &m) { m.transformers[0].count = 3; }) << 1
                                                 << QStringLiteral("Transformer group \"TX\": count")
                                                 << QStringLiteral("2N needs an even number of units, at least 2 (got 3)");
    QTest::newRow("transformer efficiency 1.1") << Defect([](SiteModel &m) { m.transformers[0].efficiency = 1.1; })
                                                << 1 << QStringLiteral("Transformer group \"TX\": efficiency")
                                                << QStringLiteral("at most 1 (got 1.1)");
    QTest::newRow("generator N+1 with 1 unit") << Defect([](SiteModel &m) { m.generators[0].count = 1; }) << 1
                                               << QStringLiteral("Generator group \"Gensets\": count")
                                               << QStringLiteral("N+1 needs at least 2 units (got 1)");
    QTest::newRow("generator power factor 0") << Defect([](SiteModel &m) { m.generators[0].powerFactor = 0; }) << 1
                                              << QStringLiteral("Generator group \"Gensets\": power factor")
                                              << QStringLiteral("greater than 0 and at most 1");
    QTest::newRow("UPS 2N with 5 modules") << Defect([](SiteModel &m) { m.upsGroups[0].moduleCount = 5; }) << 1
                                           << QStringLiteral("UPS group \"UPS 1\": module count")
                                           << QStringLiteral("2N needs an even number");
    QTest::newRow("UPS with no modules") << Defect([](SiteModel &m) {
        m.upsGroups[0].redundancy = Redundancy::N;
        m.upsGroups[0].moduleCount = 0;
    }) << 1 << QStringLiteral("UPS group \"UPS 1\": module count") << QStringLiteral("must be at least 1 (got 0)");
    QTest::newRow("UPS 0 kW modules") << Defect([](SiteModel &m) { m.upsGroups[0].moduleKw = 0; }) << 1
                                      << QStringLiteral("UPS group \"UPS 1\": module kW") << QStringLiteral("greater than 0");
    QTest::newRow("UPS efficiency 0") << Defect([](SiteModel &m) { m.upsGroups[0].efficiency = 0; }) << 1
                                      << QStringLiteral("UPS group \"UPS 1\": efficiency")
                                      << QStringLiteral("greater than 0 and at most 1 (got 0)");
    const QString spare = QStringLiteral("Hall \"Government\", PDU \"RPP-G-spare\"");
    QTest::newRow("PDU breaker 0") << Defect([](SiteModel &m) { m.pdus[4].breakerA = 0; }) << 1
                                   << QString(spare + QStringLiteral(": breaker")) << QStringLiteral("greater than 0");
    QTest::newRow("PDU voltage 0") << Defect([](SiteModel &m) { m.pdus[4].voltageV = 0; }) << 1
                                   << QString(spare + QStringLiteral(": voltage")) << QStringLiteral("greater than 0");
    QTest::newRow("PDU 2 phases") << Defect([](SiteModel &m) { m.pdus[4].phases = 2; }) << 1
                                  << QString(spare + QStringLiteral(": phases")) << QStringLiteral("must be 1 or 3 (got 2)");
    QTest::newRow("PDU in a missing hall") << Defect([](SiteModel &m) { m.pdus[4].hallId = 9; }) << 1
                                           << QStringLiteral("PDU \"RPP-G-spare\": hall")
                                           << QStringLiteral("hall #9, which does not exist");
    QTest::newRow("PDU on a missing UPS group") << Defect([](SiteModel &m) { m.pdus[4].upsGroupId = 7; }) << 1
                                                << QString(spare + QStringLiteral(": UPS group"))
                                                << QStringLiteral("UPS group #7, which does not exist");

    // Cooling
    QTest::newRow("chiller N+2 with 2 units") << Defect([](SiteModel &m) {
        m.chillers[0].redundancy = Redundancy::NPlus2;
        m.chillers[0].count = 2;
    }) << 1 << QStringLiteral("Chiller group \"Chillers\": count") << QStringLiteral("N+2 needs at least 3 units (got 2)");
    QTest::newRow("chiller COP 0") << Defect([](SiteModel &m) { m.chillers[0].cop = 0; }) << 1
                                   << QStringLiteral("Chiller group \"Chillers\": COP") << QStringLiteral("greater than 0");
    QTest::newRow("chiller derating 11 %/°C") << Defect([](SiteModel &m) { m.chillers[0].deratePctPerC = 11; }) << 1
                                              << QStringLiteral("Chiller group \"Chillers\": derating")
                                              << QStringLiteral("between 0 and 10 (got 11)");
    QTest::newRow("chiller −500 kW") << Defect([](SiteModel &m) { m.chillers[0].unitRatedKw = -500; }) << 1
                                     << QStringLiteral("Chiller group \"Chillers\": unit kW")
                                     << QString(QStringLiteral("(got ") + kMinus + QStringLiteral("500)"));
    QTest::newRow("CRAH in a missing hall") << Defect([](SiteModel &m) { m.crahs[1].hallId = 9; }) << 1
                                            << QStringLiteral("CRAH group \"CRAH G\": hall")
                                            << QStringLiteral("hall #9, which does not exist");
    QTest::newRow("CRAH 0 kW") << Defect([](SiteModel &m) { m.crahs[0].unitKw = 0; }) << 1
                               << QStringLiteral("Hall \"Colocation 1\", CRAH group \"CRAH C\": unit kW")
                               << QStringLiteral("greater than 0");

    // Topology (schema 6): grid profile, fuel, buffers, reliability overrides
    QTest::newRow("grid tail share 1.5") << Defect([](SiteModel &m) { m.site.grid.tailShare = 1.5; }) << 1
                                         << QStringLiteral("Site \"Test site\": grid outage tail share")
                                         << QStringLiteral("1.5");
    QTest::newRow("fuel tank −1 L") << Defect([](SiteModel &m) {
        m.fuelTanks = {FuelTank{1, QStringLiteral("Cuve"), -1, 24}};
    }) << 1 << QStringLiteral("Fuel tank \"Cuve\": litres") << QStringLiteral("0 or more");
    QTest::newRow("fuel falling with load") << Defect([](SiteModel &m) { m.generators[0].fuelLph75 = 50; }) << 1
                                            << QStringLiteral("Generator group \"Gensets\": fuel at 75 %")
                                            << QStringLiteral("must not be less than at a lower load");
    QTest::newRow("override of a missing generator") << Defect([](SiteModel &m) {
        m.componentReliability = {ComponentReliability{QStringLiteral("diesel-generator"), 99, 1000, 10}};
    }) << 1 << QStringLiteral("Reliability of \"diesel-generator\" #99: component")
       << QStringLiteral("which does not exist");
    QTest::newRow("override twice") << Defect([](SiteModel &m) {
        m.componentReliability = {ComponentReliability{QStringLiteral("diesel-generator"), 1, 1000, 10},
                                  ComponentReliability{QStringLiteral("diesel-generator"), 1, 2000, 10}};
    }) << 1 << QStringLiteral("Reliability of \"diesel-generator\" #1: component") << QStringLiteral("overridden twice");
    QTest::newRow("override MTBF 0") << Defect([](SiteModel &m) {
        m.componentReliability = {ComponentReliability{QStringLiteral("diesel-generator"), 1, 0, 10}};
    }) << 1 << QStringLiteral("Reliability of \"diesel-generator\" #1: MTBF") << QStringLiteral("greater than 0");
    QTest::newRow("override MTTR −1") << Defect([](SiteModel &m) {
        m.componentReliability = {ComponentReliability{QStringLiteral("diesel-generator"), 1, 1000, -1}};
    }) << 1 << QStringLiteral("Reliability of \"diesel-generator\" #1: MTTR") << QStringLiteral("0 or more");
}

void TestModelValidation::defect()
{
    QFETCH(Defect, defect);
    QFETCH(int, count);
    QFETCH(QString, where);
    QFETCH(QString, message);

    SiteModel model = validSite();
    defect(model);
    const std::vector<Error> errors = validateModel(model);
    QVERIFY2(int(errors.size()) == count,
             qPrintable(QStringLiteral("expected %1 error(s), got:\n%2").arg(count).arg(listed(errors))));
    QCOMPARE(errors.front().where, where);
    QVERIFY2(errors.front().message.contains(message),
             qPrintable(QStringLiteral("\"%1\" does not contain \"%2\"").arg(errors.front().message, message)));
}

// Near misses that are fine and must stay fine.
void TestModelValidation::validVariant_data()
{
    QTest::addColumn<Defect>("change");
    QTest::newRow("rows back to back, sharing an edge") << Defect([](SiteModel &m) {
        // Row C from (1, 1) towards +x: racks in y ∈ [1, 2.2], backs at 2.2. Row D from (3.4, 3.4)
        // towards −x: racks in y ∈ [2.2, 3.4]; D01 and D02 stand back to back with C04 and C03.
        m.rows[0].origin = {1, 1};
        m.rows[0].orientationDeg = 0;
        m.rows[1].origin = {3.4, 3.4};
        m.rows[1].orientationDeg = 180;
    });
    QTest::newRow("rack against the wall") << Defect([](SiteModel &m) { rackNamed(m, "G02").offsetMm = 8400; });
    QTest::newRow("row along y") << Defect([](SiteModel &m) {
        m.rows[2].origin = {29, 1};
        m.rows[2].orientationDeg = 90;
    });
    QTest::newRow("same rack name in two rows")
        << Defect([](SiteModel &m) { rackNamed(m, "D01").name = QStringLiteral("C01"); });
    QTest::newRow("same row name in two halls") << Defect([](SiteModel &m) { m.rows[2].name = QStringLiteral("C"); });
    QTest::newRow("open-ended contract without dates") << Defect([](SiteModel &m) {
        m.contracts[0].start = {};
        m.contracts[0].end = {};
    });
    QTest::newRow("reserved contract grants racks")
        << Defect([](SiteModel &m) { m.contracts[1].status = ContractStatus::Reserved; });
    QTest::newRow("two contracts add up") << Defect([](SiteModel &m) {
        Rack &r = rackNamed(m, "C03");
        r.state = RackState::Reserved;
        r.tenantId = 1;
        Contract more = m.contracts[0];
        more.id = 5;
        more.racks = 1;
        m.contracts.push_back(more);
    });
    QTest::newRow("holding fewer racks than granted")
        << Defect([](SiteModel &m) { m.contracts[0].racks = 40; });
    QTest::newRow("design kW 0 on a free rack") << Defect([](SiteModel &m) { rackNamed(m, "C03").designKw = 0; });
    QTest::newRow("N with 1 unit, 2N with 2") << Defect([](SiteModel &m) {
        m.generators[0].redundancy = Redundancy::N;
        m.generators[0].count = 1;
        m.upsGroups[0].moduleCount = 2;
    });
    QTest::newRow("single-phase PDU, no UPS") << Defect([](SiteModel &m) {
        m.pdus[4].phases = 1;
        m.pdus[4].voltageV = 230;
        m.pdus[4].upsGroupId = kNoId;
    });
    QTest::newRow("L-shaped hall") << Defect([](SiteModel &m) {
        m.halls[1].outline = {{20, 0}, {30, 0}, {30, 5}, {25, 5}, {25, 10}, {20, 10}};
        m.obstacles[3].centre = {22, 10};   // the partition along the shorter north wall
        m.obstacles[4].centre = {28, 3};
    });
    QTest::newRow("clearances just under 10 m") << Defect([](SiteModel &m) {
        m.site.clearance = ClearanceRules{9.99, 0.01, 9.99, 9.99};
    });
    QTest::newRow("rack against a column") << Defect([](SiteModel &m) { obstacleNamed(m, "C2").centre = {5.2, 1.6}; });
    QTest::newRow("rack in a doorway") << Defect([](SiteModel &m) {
        m.rows[1].origin = {0, 3.4};   // D01 against the west wall, x 0–0.6, the door 0.1 m into it
        obstacleNamed(m, "Door 1").centre = {0, 4};
    });
    QTest::newRow("column turned 45° in the aisle") << Defect([](SiteModel &m) {
        obstacleNamed(m, "C2").centre = {3, 2.8};   // between rows C (y ≤ 2.2) and D (y ≥ 3.4)
        obstacleNamed(m, "C2").rotationDeg = 45;
    });
    QTest::newRow("wall on the outline, centre 0.5 mm outside")
        << Defect([](SiteModel &m) { obstacleNamed(m, "Partition").centre = {25, 10.0005}; });
    QTest::newRow("same obstacle name in two halls")
        << Defect([](SiteModel &m) { obstacleNamed(m, "RPP-G").name = QStringLiteral("C2"); });
    QTest::newRow("two tenants' cages sharing a fence") << Defect([](SiteModel &m) {
        m.cages[1].outline = {{2.7, 0.8}, {3.7, 0.8}, {3.7, 2.3}, {2.7, 2.3}};
    });
    QTest::newRow("one tenant's cages overlapping") << Defect([](SiteModel &m) {
        m.cages[1].tenantId = 1;
        m.cages[1].outline = {{3, 0.5}, {4, 0.5}, {4, 2.5}, {3, 2.5}};
    });
    QTest::newRow("L-shaped cage, clockwise, filling a corner of the hall") << Defect([](SiteModel &m) {
        m.cages[1].outline = {{0, 3}, {0, 10}, {3, 10}, {3, 5}, {2, 5}, {2, 3}};
    });
    QTest::newRow("same cage name in two halls") << Defect([](SiteModel &m) {
        m.cages[1].hallId = 2;
        m.cages[1].name = QStringLiteral("Cage Banque");
        m.cages[1].outline = {{21, 3}, {23, 3}, {23, 5}, {21, 5}};
    });
}

void TestModelValidation::validVariant()
{
    QFETCH(Defect, change);
    SiteModel model = validSite();
    change(model);
    const std::vector<Error> errors = validateModel(model);
    QVERIFY2(errors.empty(), qPrintable(listed(errors)));
}

void TestModelValidation::maxErrors()
{
    SiteModel model = validSite();
    for (Rack &rack : model.racks)
        rack.designKw = -1;   // 8 errors
    model.upsGroups[0].moduleCount = 3;   // and a 9th
    QCOMPARE(int(validateModel(model).size()), 9);
    QCOMPARE(int(validateModel(model, 3).size()), 3);
    QCOMPARE(int(validateModel(model, 9).size()), 9);
    QCOMPARE(int(validateModel(model, 0).size()), 9);   // 0: no limit
    QCOMPARE(validateModel(model, 3).back().where,
             QStringLiteral("Hall \"Colocation 1\", row \"C\", rack \"C03\": design kW"));
    QCOMPARE(validateModel(model).back().where, QStringLiteral("UPS group \"UPS 1\": module count"));
}

// The bundled sample site (data/sample-site.json) must import and be valid.
void TestModelValidation::sampleSiteIsValid()
{
    QFile file(QStringLiteral(HECTARE_SOURCE_DIR "/data/sample-site.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const Result<SiteModel> imported = importModelJson(file.readAll());
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().text()));
    const SiteModel &model = imported.value();
    const std::vector<Error> errors = validateModel(model);
    QVERIFY2(errors.empty(), qPrintable(listed(errors)));
    QCOMPARE(int(model.racks.size()), 200);
    QCOMPARE(int(model.halls.size()), 2);
    QCOMPARE(int(model.tenants.size()), 18);
    QCOMPARE(int(model.obstacles.size()), 15);
    QCOMPARE(int(model.cages.size()), 2);
    QVERIFY(model.site.clearance == ClearanceRules{});
    // The bank's cage is the 18 m² of its contract.
    QCOMPARE(polygonAreaM2(model.cages.front().outline), 18.0);
}

// The generated 10-hall site has 10,000 racks in 320 rows; a column just past the end of every row
// and a cage around every row (tenants taking turns) must not make validation quadratic.
void TestModelValidation::largeSiteWithObstaclesIsFast()
{
    SiteModel model = generateSyntheticSite({10, 1000, 200, 1});
    std::map<Id, std::pair<const Rack *, const Rack *>> ends;   // row → first and last rack
    for (const Rack &rack : model.racks) {
        auto &[first, last] = ends[rack.rowId];
        if (!first || rack.offsetMm < first->offsetMm)
            first = &rack;
        if (!last || rack.offsetMm > last->offsetMm)
            last = &rack;
    }
    for (const Row &row : model.rows) {
        const auto [first, last] = ends.at(row.id);
        const QuadM start = rackFootprint(row, *first);
        const QuadM end = rackFootprint(row, *last);
        // 0.4 m past the row's last rack, on its centre line.
        const PointM along{end[1].x - end[0].x, end[1].y - end[0].y};
        const double length = std::hypot(along.x, along.y);
        const PointM centre{(end[1].x + end[2].x) / 2 + along.x / length * 0.4,
                            (end[1].y + end[2].y) / 2 + along.y / length * 0.4};
        model.obstacles.push_back(Obstacle{Id(model.obstacles.size() + 1), row.hallId, ObstacleKind::Column,
                                           QStringLiteral("Column ") + row.name, centre, 0.4, 0.4, 0});
        model.cages.push_back(Cage{Id(model.cages.size() + 1), row.hallId, Id(1 + model.cages.size() % 200),
                                   QStringLiteral("Cage ") + row.name, {start[0], end[1], end[2], start[3]}});
    }
    QCOMPARE(int(model.racks.size()), 10000);

    QElapsedTimer timer;
    timer.start();
    const std::vector<Error> errors = validateModel(model);
    const qint64 ms = timer.elapsed();
    qInfo("validate %lld ms (%zu racks, %zu obstacles, %zu cages)", ms, model.racks.size(), model.obstacles.size(),
          model.cages.size());
    QVERIFY2(errors.empty(), qPrintable(listed(errors)));
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));

    // And a column moved onto a rack of the last hall is found among them.
    model.obstacles.back().centre = rackFootprint(model.rows.back(), *ends.at(model.rows.back().id).first)[0];
    const std::vector<Error> found = validateModel(model);
    QCOMPARE(int(found.size()), 1);
    QVERIFY2(found.front().message.contains(QStringLiteral("overlaps column")), qPrintable(listed(found)));
}

QTEST_APPLESS_MAIN(TestModelValidation)
#include "tst_model_validation.moc"
