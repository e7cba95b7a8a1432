// Tests core/layout/clearance: aisles between rows, the clearance rules (aisles, service zones,
// walls) on small halls built here and on the sample site, and the plan's dimension lines.
#include "io/sample_site.h"
#include "io/synthetic_site.h"
#include "layout/clearance.h"
#include "layout_site.h"

#include <QLocale>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace hectare;

namespace {

using Ref = LayoutObjectRef;

QString metres(double value) { return QLocale().toString(value, 'f', 2) + QStringLiteral(" m"); }

// One empty 20 × 20 m hall "Test" at the origin with the default clearance rules.
SiteModel emptyHall()
{
    SiteModel m;
    m.site.name = QStringLiteral("Clearance test");
    Hall hall;
    hall.id = 1;
    hall.name = QStringLiteral("Test");
    hall.outline = {{0, 0}, {20, 0}, {20, 20}, {0, 20}};
    m.halls = {hall};
    return m;
}

// Adds an obstacle to hall 1, with the next id.
void addObstacle(SiteModel &m, ObstacleKind kind, const QString &name, PointM centre, double widthM, double depthM,
                 double rotationDeg)
{
    m.obstacles.push_back(
        test::makeObstacle(Id(m.obstacles.size()) + 1, 1, kind, name, centre, widthM, depthM, rotationDeg));
}

// Row "A" runs +x from (4, 10): racks in y ∈ [10, 11.2], front (y = 10) looking towards −y.
// Row "B" runs −x from (10, 10 − gap): racks in y ∈ [8.8 − gap, 10 − gap], front looking +y.
SiteModel frontToFront(double gap)
{
    SiteModel m = emptyHall();
    test::addRackRow(m, QStringLiteral("A"), {4, 10}, 0);
    test::addRackRow(m, QStringLiteral("B"), {10, 10 - gap}, 180);
    return m;
}

// The same hall turned by `degrees` about its centre (10, 10): rows keep their widths.
SiteModel turned(SiteModel m, double degrees)
{
    const double a = degrees * M_PI / 180;
    for (Row &row : m.rows) {
        const double x = row.origin.x - 10;
        const double y = row.origin.y - 10;
        row.origin = {10 + x * std::cos(a) - y * std::sin(a), 10 + x * std::sin(a) + y * std::cos(a)};
        row.orientationDeg += degrees;
    }
    return m;
}

std::vector<ClearanceViolation> ofRule(const std::vector<ClearanceViolation> &all, ClearanceRule rule)
{
    std::vector<ClearanceViolation> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const ClearanceViolation &v) { return v.rule == rule; });
    return out;
}

bool contains(const std::vector<Ref> &refs, Ref ref) { return std::find(refs.begin(), refs.end(), ref) != refs.end(); }

double length(const PointM &a, const PointM &b) { return std::hypot(b.x - a.x, b.y - a.y); }

} // namespace

class TestClearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coldAisleWideEnough();
    void coldAisleTooNarrow();
    void hotAisleTooNarrow();
    void frontFacingBackIsMixed();
    void turnedRowsKeepTheirWidths_data();
    void turnedRowsKeepTheirWidths();
    void rowsNotFacingHaveNoAisle();
    void nearestFaceOnly();
    void crahWithRackInFront();
    void serviceZoneLeavingHall();
    void doorsDoNotBlock();
    void rackTooCloseToWall();
    void rowEndAndFrontAreSeparate();
    void wallObstacleCounts();
    void sampleColocationAisles();
    void sampleGovernmentWalls();
    void dimensions();
    void syntheticSiteIsClear();
    void ruleNames();
};

void TestClearance::coldAisleWideEnough()
{
    const SiteModel m = frontToFront(1.2);
    const std::vector<Aisle> aisles = measureAisles(m, 1);
    QCOMPARE(aisles.size(), std::size_t(1));
    QCOMPARE(aisles[0].rowA, Id(1));
    QCOMPARE(aisles[0].rowB, Id(2));
    QCOMPARE(aisles[0].kind, AisleKind::Cold);
    QVERIFY(std::abs(aisles[0].widthM - 1.2) < 1e-9);
    // Across the aisle, from row A's face to row B's, in the middle of their common stretch (x 4…10).
    QVERIFY(std::abs(aisles[0].from.x - 7) < 1e-9 && std::abs(aisles[0].from.y - 10) < 1e-9);
    QVERIFY(std::abs(aisles[0].to.x - 7) < 1e-9 && std::abs(aisles[0].to.y - 8.8) < 1e-9);
    QVERIFY(checkClearances(m, 1).empty());
}

void TestClearance::coldAisleTooNarrow()
{
    const SiteModel m = frontToFront(1.0);
    const std::vector<ClearanceViolation> v = checkClearances(m, 1);
    QCOMPARE(v.size(), std::size_t(1));
    QCOMPARE(v[0].rule, ClearanceRule::ColdAisle);
    QCOMPARE(v[0].hallId, Id(1));
    QVERIFY(std::abs(v[0].measuredM - 1.0) < 1e-9);
    QCOMPARE(v[0].requiredM, 1.2);
    QVERIFY(contains(v[0].culprits, {Ref::Kind::Row, 1}));
    QVERIFY(contains(v[0].culprits, {Ref::Kind::Row, 2}));
    QVERIFY(std::abs(length(v[0].from, v[0].to) - 1.0) < 1e-9);
    QCOMPARE(v[0].message, QStringLiteral("Hall \"Test\", rows \"A\" and \"B\": cold aisle %1, at least %2")
                               .arg(metres(1.0), metres(1.2)));

    // The site's own rule decides.
    SiteModel relaxed = m;
    relaxed.site.clearance.coldAisleMinM = 1.0;
    QVERIFY(checkClearances(relaxed, 1).empty());
}

void TestClearance::hotAisleTooNarrow()
{
    // Back to back: A's back at y = 11.2 looks +y; B runs −x from (10, 13.2), its back at 12.0 looks −y.
    SiteModel m = emptyHall();
    test::addRackRow(m, QStringLiteral("A"), {4, 10}, 0);
    test::addRackRow(m, QStringLiteral("B"), {10, 13.2}, 180);
    const std::vector<Aisle> aisles = measureAisles(m, 1);
    QCOMPARE(aisles.size(), std::size_t(1));
    QCOMPARE(aisles[0].kind, AisleKind::Hot);
    QVERIFY(std::abs(aisles[0].widthM - 0.8) < 1e-9);

    const std::vector<ClearanceViolation> v = checkClearances(m, 1);
    QCOMPARE(v.size(), std::size_t(1));
    QCOMPARE(v[0].rule, ClearanceRule::HotAisle);
    QVERIFY(std::abs(v[0].measuredM - 0.8) < 1e-9);
    QCOMPARE(v[0].requiredM, 0.9);
    QVERIFY(v[0].message.contains(QStringLiteral("hot aisle %1, at least %2").arg(metres(0.8), metres(0.9))));

    // A row whose cold aisle is at its back makes the same faces a cold aisle.
    m.rows[0].coldAisle = AisleSide::Back;
    m.rows[1].coldAisle = AisleSide::Back;
    QCOMPARE(measureAisles(m, 1).at(0).kind, AisleKind::Cold);
    QCOMPARE(checkClearances(m, 1).at(0).rule, ClearanceRule::ColdAisle);
}

void TestClearance::frontFacingBackIsMixed()
{
    // B runs +x like A, 2.4 m lower: B's back (y = 8.8) faces A's front (y = 10).
    SiteModel m = emptyHall();
    test::addRackRow(m, QStringLiteral("A"), {4, 10}, 0);
    test::addRackRow(m, QStringLiteral("B"), {4, 7.6}, 0);
    const std::vector<Aisle> aisles = measureAisles(m, 1);
    QCOMPARE(aisles.size(), std::size_t(1));
    QCOMPARE(aisles[0].kind, AisleKind::Mixed);
    QVERIFY(std::abs(aisles[0].widthM - 1.2) < 1e-9);

    // Wide enough for any aisle, still wrong: B blows hot air into A's intake.
    const std::vector<ClearanceViolation> v = checkClearances(m, 1);
    QCOMPARE(v.size(), std::size_t(1));
    QCOMPARE(v[0].rule, ClearanceRule::MixedAisle);
    QVERIFY(contains(v[0].culprits, {Ref::Kind::Row, 1}));
    QVERIFY(contains(v[0].culprits, {Ref::Kind::Row, 2}));
    QVERIFY(v[0].message.contains(QStringLiteral("the hot side of row \"B\" faces the cold side of row \"A\"")));
}

void TestClearance::turnedRowsKeepTheirWidths_data()
{
    QTest::addColumn<double>("degrees");
    QTest::addColumn<double>("gap");
    for (double degrees : {90.0, 180.0, 270.0, 33.0})
        for (double gap : {1.0, 1.2})
            QTest::addRow("%g° gap %g", degrees, gap) << degrees << gap;
}

void TestClearance::turnedRowsKeepTheirWidths()
{
    QFETCH(double, degrees);
    QFETCH(double, gap);
    const SiteModel m = turned(frontToFront(gap), degrees);
    const std::vector<Aisle> aisles = measureAisles(m, 1);
    QCOMPARE(aisles.size(), std::size_t(1));
    QCOMPARE(aisles[0].kind, AisleKind::Cold);
    QVERIFY2(std::abs(aisles[0].widthM - gap) < 1e-9, qPrintable(QString::number(aisles[0].widthM, 'g', 17)));
    const std::vector<ClearanceViolation> v = checkClearances(m, 1);
    QCOMPARE(v.size(), std::size_t(gap < 1.2 ? 1 : 0));
}

void TestClearance::rowsNotFacingHaveNoAisle()
{
    SiteModel m = emptyHall();
    test::addRackRow(m, QStringLiteral("A"), {4, 10}, 0);
    test::addRackRow(m, QStringLiteral("B"), {4, 2}, 90);             // perpendicular
    test::addRackRow(m, QStringLiteral("C"), {12, 8.8}, 180, 3);     // parallel, but no common stretch (x 10.2…12)
    test::addRackRow(m, QStringLiteral("D"), {4, 17.5}, 0);          // behind A, 6.3 m from its back: too far
    QVERIFY(measureAisles(m, 1).empty());
}

void TestClearance::nearestFaceOnly()
{
    // Three rows in a stack: A's front sees B, not C behind B.
    SiteModel m = emptyHall();
    test::addRackRow(m, QStringLiteral("A"), {4, 10}, 0);
    test::addRackRow(m, QStringLiteral("B"), {10, 8.8}, 180);   // cold aisle 1.2 with A
    test::addRackRow(m, QStringLiteral("C"), {4, 5.4}, 0);      // hot aisle 1.0 with B (backs at 7.6 and 6.6)
    const std::vector<Aisle> aisles = measureAisles(m, 1);
    QCOMPARE(aisles.size(), std::size_t(2));
    QCOMPARE(aisles[0].rowA, Id(1));
    QCOMPARE(aisles[0].rowB, Id(2));
    QCOMPARE(aisles[1].rowA, Id(2));
    QCOMPARE(aisles[1].rowB, Id(3));
    QCOMPARE(aisles[1].kind, AisleKind::Hot);
    QVERIFY(std::abs(aisles[1].widthM - 1.0) < 1e-9);
}

void TestClearance::crahWithRackInFront()
{
    // CRAH turned 180°: its front looks +y from y = 2.45; rack A01 (x 9.7…10.3) has its front at 3.05.
    SiteModel m = emptyHall();
    addObstacle(m, ObstacleKind::Crah, QStringLiteral("CRAH-1"), {10, 2}, 1.8, 0.9, 180);
    test::addRackRow(m, QStringLiteral("A"), {9.7, 3.05}, 0, 1);
    const std::vector<ClearanceViolation> v = checkClearances(m, 1);
    QCOMPARE(v.size(), std::size_t(1));
    QCOMPARE(v[0].rule, ClearanceRule::Service);
    QCOMPARE(v[0].culprits.size(), std::size_t(2));
    QCOMPARE(v[0].culprits[0], (Ref{Ref::Kind::Obstacle, 1}));
    QCOMPARE(v[0].culprits[1], (Ref{Ref::Kind::Rack, 1}));
    QVERIFY(std::abs(v[0].measuredM - 0.6) < 1e-9);
    QCOMPARE(v[0].requiredM, 1.2);
    QVERIFY(std::abs(v[0].from.y - 2.45) < 1e-9 && std::abs(v[0].to.y - 3.05) < 1e-9);
    QCOMPARE(v[0].message, QStringLiteral("Hall \"Test\", CRAH \"CRAH-1\": %1 free in front, at least %2 "
                                          "(rack \"A01\" is in the way)")
                               .arg(metres(0.6), metres(1.2)));

    // Moved 1.2 m away, or beside the zone, the rack is no longer in the way.
    SiteModel clear = m;
    clear.rows[0].origin.y = 3.65;
    QVERIFY(checkClearances(clear, 1).empty());
    clear = m;
    clear.rows[0].origin.x = 10.9;   // flush with the CRAH's side: touching is not overlapping
    QVERIFY(checkClearances(clear, 1).empty());

    // A column in the zone counts too, and so does a PDU.
    SiteModel column = clear;
    addObstacle(column, ObstacleKind::Column, QStringLiteral("C1"), {9.5, 3.2}, 0.4, 0.4, 0);
    const std::vector<ClearanceViolation> c = checkClearances(column, 1);
    QCOMPARE(c.size(), std::size_t(1));
    QCOMPARE(c[0].culprits.at(1), (Ref{Ref::Kind::Obstacle, 2}));
    QVERIFY(std::abs(c[0].measuredM - 0.55) < 1e-9);
    QVERIFY(c[0].message.contains(QStringLiteral("(column \"C1\" is in the way)")));
}

void TestClearance::serviceZoneLeavingHall()
{
    // A PDU 0.55 m from the wall it faces.
    SiteModel m = emptyHall();
    addObstacle(m, ObstacleKind::Pdu, QStringLiteral("RPP-1"), {10, 0.85}, 0.8, 0.6, 0);
    const std::vector<ClearanceViolation> v = checkClearances(m, 1);
    QCOMPARE(v.size(), std::size_t(1));
    QCOMPARE(v[0].rule, ClearanceRule::Service);
    QVERIFY(contains(v[0].culprits, {Ref::Kind::Hall, 1}));
    QVERIFY(std::abs(v[0].measuredM - 0.55) < 1e-9);
    QVERIFY(v[0].message.startsWith(QStringLiteral("Hall \"Test\", PDU \"RPP-1\": %1 free in front").arg(metres(0.55))));

    // Turned to face the room, with its back against the wall: fine.
    m.obstacles[0].rotationDeg = 180;
    m.obstacles[0].centre.y = 0.3;
    QVERIFY(checkClearances(m, 1).empty());
}

void TestClearance::doorsDoNotBlock()
{
    SiteModel m = emptyHall();
    addObstacle(m, ObstacleKind::Crah, QStringLiteral("CRAH-1"), {10, 2}, 1.8, 0.9, 180);
    addObstacle(m, ObstacleKind::Door, QStringLiteral("Door"), {10, 3}, 1.0, 0.2, 0);
    QVERIFY(checkClearances(m, 1).empty());
    m.obstacles[1].kind = ObstacleKind::FireCylinder;
    QCOMPARE(checkClearances(m, 1).size(), std::size_t(1));
}

void TestClearance::rackTooCloseToWall()
{
    // Row A's front (y = 0.5) looks at the wall y = 0.
    SiteModel m = emptyHall();
    test::addRackRow(m, QStringLiteral("A"), {4, 0.5}, 0);
    const std::vector<ClearanceViolation> v = checkClearances(m, 1);
    QCOMPARE(v.size(), std::size_t(1));   // one for the row, not one per rack
    QCOMPARE(v[0].rule, ClearanceRule::Wall);
    QCOMPARE(v[0].culprits.size(), std::size_t(11));
    QCOMPARE(v[0].culprits[0], (Ref{Ref::Kind::Row, 1}));
    QCOMPARE(v[0].culprits[1], (Ref{Ref::Kind::Rack, 1}));
    QVERIFY(std::abs(v[0].measuredM - 0.5) < 1e-9);
    QCOMPARE(v[0].requiredM, 1.0);
    QVERIFY(std::abs(v[0].from.y - 0.5) < 1e-9 && std::abs(v[0].to.y) < 1e-9);
    QCOMPARE(v[0].message, QStringLiteral("Hall \"Test\", row \"A\" (A01%1A10): %2 from the wall, at least %3")
                               .arg(QChar(0x2026))
                               .arg(metres(0.5), metres(1.0)));

    // Exactly at the minimum is enough.
    m.rows[0].origin.y = 1.0;
    QVERIFY(checkClearances(m, 1).empty());
}

void TestClearance::rowEndAndFrontAreSeparate()
{
    // Row A starts 0.5 m from the wall x = 0 (only A01 is too close: A02 is 1.1 m away) and its
    // front is 0.7 m from y = 0: two sides, two violations.
    SiteModel m = emptyHall();
    test::addRackRow(m, QStringLiteral("A"), {0.5, 0.7}, 0);
    std::vector<ClearanceViolation> v = ofRule(checkClearances(m, 1), ClearanceRule::Wall);
    QCOMPARE(v.size(), std::size_t(2));
    std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.measuredM < b.measuredM; });
    QVERIFY(std::abs(v[0].measuredM - 0.5) < 1e-9);
    QCOMPARE(v[0].culprits, (std::vector<Ref>{{Ref::Kind::Row, 1}, {Ref::Kind::Rack, 1}}));
    QVERIFY(v[0].message.contains(QStringLiteral("row \"A\" (A01): %1 from the wall").arg(metres(0.5))));
    QVERIFY(std::abs(v[0].from.x - 0.5) < 1e-9 && std::abs(v[0].to.x) < 1e-9);
    QVERIFY(std::abs(v[1].measuredM - 0.7) < 1e-9);
    QCOMPARE(v[1].culprits.size(), std::size_t(11));
}

void TestClearance::wallObstacleCounts()
{
    // A wall 0.2 m thick whose face is 0.7 m behind row A's back (y = 11.2).
    SiteModel m = emptyHall();
    test::addRackRow(m, QStringLiteral("A"), {4, 10}, 0);
    addObstacle(m, ObstacleKind::Wall, QStringLiteral("Partition"), {10, 12.0}, 20, 0.2, 0);
    const std::vector<ClearanceViolation> v = checkClearances(m, 1);
    QCOMPARE(v.size(), std::size_t(1));
    QCOMPARE(v[0].rule, ClearanceRule::Wall);
    QVERIFY(std::abs(v[0].measuredM - 0.7) < 1e-9);
    // Columns are not walls.
    m.obstacles[0].kind = ObstacleKind::Column;
    QVERIFY(checkClearances(m, 1).empty());
}

void TestClearance::sampleColocationAisles()
{
    Result<SiteModel> sample = sampleSiteModel();
    QVERIFY(sample);
    const SiteModel &m = *sample;
    const Hall *colo = m.hallByName(QStringLiteral("Colocation"));
    QVERIFY(colo);

    // Rows A…H alternate: fronts face fronts over cold aisles (A|B, C|D, E|F, G|H), backs face
    // backs over hot aisles (B|C, D|E, F|G), every one 1.2 m wide.
    const std::vector<Aisle> aisles = measureAisles(m, colo->id);
    QCOMPARE(aisles.size(), std::size_t(7));
    const QString names[] = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                             QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G"), QStringLiteral("H")};
    for (std::size_t i = 0; i < aisles.size(); ++i) {
        QCOMPARE(m.row(aisles[i].rowA)->name, names[i]);
        QCOMPARE(m.row(aisles[i].rowB)->name, names[i + 1]);
        QCOMPARE(aisles[i].kind, i % 2 == 0 ? AisleKind::Cold : AisleKind::Hot);
        QVERIFY2(std::abs(aisles[i].widthM - 1.2) < 1e-9, qPrintable(QString::number(aisles[i].widthM, 'g', 17)));
    }
    const std::vector<ClearanceViolation> v = checkClearances(m, colo->id);
    QVERIFY(ofRule(v, ClearanceRule::ColdAisle).empty());
    QVERIFY(ofRule(v, ClearanceRule::HotAisle).empty());
    QVERIFY(ofRule(v, ClearanceRule::MixedAisle).empty());
    // A's back and H's back are exactly 1.0 m from the walls: enough.
    QVERIFY(ofRule(v, ClearanceRule::Wall).empty());
}

void TestClearance::sampleGovernmentWalls()
{
    Result<SiteModel> sample = sampleSiteModel();
    QVERIFY(sample);
    const SiteModel &m = *sample;
    const Hall *gov = m.hallByName(QStringLiteral("Government"));
    QVERIFY(gov);
    const std::vector<Aisle> aisles = measureAisles(m, gov->id);
    QCOMPARE(aisles.size(), std::size_t(3));
    for (const Aisle &a : aisles)
        QVERIFY(std::abs(a.widthM - 1.2) < 1e-9);

    // G1's and G4's backs are 0.8 m from the walls y = 0 and y = 10.
    const std::vector<ClearanceViolation> walls = ofRule(checkClearances(m, gov->id), ClearanceRule::Wall);
    QCOMPARE(walls.size(), std::size_t(2));
    QCOMPARE(walls[0].message, QStringLiteral("Hall \"Government\", row \"G1\" (G1-01%1G1-10): %2 from the wall, at least %3")
                                   .arg(QChar(0x2026))
                                   .arg(metres(0.8), metres(1.0)));
    QVERIFY(walls[1].message.contains(QStringLiteral("row \"G4\" (G4-01%1G4-10)").arg(QChar(0x2026))));
    QCOMPARE(walls[1].culprits.size(), std::size_t(11));

    // The whole site is checked hall by hall, in hall order.
    const std::vector<ClearanceViolation> all = checkClearances(m);
    QVERIFY(all.size() >= walls.size());
    QVERIFY(std::is_sorted(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.hallId < b.hallId; }));
}

void TestClearance::dimensions()
{
    // A cold aisle 1.0 m wide; row A's back 1.5 m from the wall y = 20 (within 3 m, not too close);
    // a CRAH 0.6 m in front of rack C01.
    SiteModel m = frontToFront(1.0);
    m.rows[0].origin.y = 17.3;
    m.rows[1].origin.y = 16.3;
    addObstacle(m, ObstacleKind::Crah, QStringLiteral("CRAH-1"), {10, 2}, 1.8, 0.9, 180);
    test::addRackRow(m, QStringLiteral("C"), {9.7, 3.05}, 0, 1);

    const std::vector<LayoutDimension> d = layoutDimensions(m, 1);
    const auto ofKind = [&](LayoutDimension::Kind kind) {
        std::vector<LayoutDimension> out;
        std::copy_if(d.begin(), d.end(), std::back_inserter(out), [&](const LayoutDimension &x) { return x.kind == kind; });
        return out;
    };
    const std::vector<LayoutDimension> aisles = ofKind(LayoutDimension::Kind::Aisle);
    QCOMPARE(aisles.size(), std::size_t(1));
    QVERIFY(std::abs(aisles[0].lengthM - 1.0) < 1e-9);
    QCOMPARE(aisles[0].requiredM, 1.2);
    QVERIFY(aisles[0].violates);

    const std::vector<LayoutDimension> walls = ofKind(LayoutDimension::Kind::Wall);
    QCOMPARE(walls.size(), std::size_t(1));
    QVERIFY(std::abs(walls[0].lengthM - 1.5) < 1e-9);
    QVERIFY(!walls[0].violates);
    QVERIFY(std::abs(length(walls[0].from, walls[0].to) - 1.5) < 1e-9);

    const std::vector<LayoutDimension> service = ofKind(LayoutDimension::Kind::Service);
    QCOMPARE(service.size(), std::size_t(1));
    QVERIFY(std::abs(service[0].lengthM - 0.6) < 1e-9);
    QVERIFY(service[0].violates);

    // Deterministic: the same model gives the same lines.
    const std::vector<LayoutDimension> again = layoutDimensions(m, 1);
    QCOMPARE(again.size(), d.size());
    for (std::size_t i = 0; i < d.size(); ++i)
        QVERIFY(again[i].from == d[i].from && again[i].to == d[i].to && again[i].kind == d[i].kind);

    // Without the rack, the service line shows the 3 m the plan looks at.
    m.racks.pop_back();
    m.rows.pop_back();
    const std::vector<LayoutDimension> open = layoutDimensions(m, 1);
    const auto it = std::find_if(open.begin(), open.end(), [](const auto &x) { return x.kind == LayoutDimension::Kind::Service; });
    QVERIFY(it != open.end());
    QVERIFY(std::abs(it->lengthM - 3.0) < 1e-9);
    QVERIFY(!it->violates);
}

void TestClearance::syntheticSiteIsClear()
{
    // Generated halls: row pairs around 1.2 m cold aisles, 1.2 m hot aisles, margins to the walls.
    const SiteModel m = generateSyntheticSite({2, 200, 20, 1});
    QVERIFY(checkClearances(m).empty());
    int rowsInHall = 0;
    for (const Row &row : m.rows)
        rowsInHall += row.hallId == 1 ? 1 : 0;
    const std::vector<Aisle> aisles = measureAisles(m, 1);
    QCOMPARE(int(aisles.size()), rowsInHall - 1);
}

void TestClearance::ruleNames()
{
    const ClearanceRule rules[] = {ClearanceRule::ColdAisle, ClearanceRule::HotAisle, ClearanceRule::MixedAisle,
                                   ClearanceRule::Service, ClearanceRule::Wall};
    QStringList names;
    for (ClearanceRule rule : rules) {
        QVERIFY(!displayName(rule).isEmpty());
        names << displayName(rule);
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), 5);
}

QTEST_GUILESS_MAIN(TestClearance)
#include "tst_clearance.moc"
