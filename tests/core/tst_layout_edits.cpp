// Tests core/layout/layout_edits: the plan's edits as LayoutChanges, applied with applyTo() and
// checked with validateModel() where the result must be a valid site.
#include "io/sample_site.h"
#include "layout/layout_edits.h"
#include "model/geometry.h"
#include "model/model_validation.h"
#include "layout_site.h"
#include "test_site.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace hectare;

namespace {

using Ref = LayoutObjectRef;

SiteModel sample()
{
    Result<SiteModel> model = sampleSiteModel();
    if (!model)
        qFatal("sample site: %s", qPrintable(model.error().text()));
    return *model;
}

const Row &rowNamed(const SiteModel &m, Id hallId, const QString &name)
{
    const auto it = std::find_if(m.rows.begin(), m.rows.end(),
                                 [&](const Row &r) { return r.hallId == hallId && r.name == name; });
    if (it == m.rows.end())
        qFatal("no row %s", qPrintable(name));
    return *it;
}

const Rack &rackNamed(const SiteModel &m, const QString &name)
{
    const auto it = std::find_if(m.racks.begin(), m.racks.end(), [&](const Rack &r) { return r.name == name; });
    if (it == m.racks.end())
        qFatal("no rack %s", qPrintable(name));
    return *it;
}

const Obstacle &obstacleNamed(const SiteModel &m, const QString &name)
{
    const auto it = std::find_if(m.obstacles.begin(), m.obstacles.end(), [&](const Obstacle &o) { return o.name == name; });
    if (it == m.obstacles.end())
        qFatal("no obstacle %s", qPrintable(name));
    return *it;
}

std::vector<const Rack *> racksOf(const SiteModel &m, Id rowId)
{
    std::vector<const Rack *> racks;
    for (const Rack &rack : m.racks)
        if (rack.rowId == rowId)
            racks.push_back(&rack);
    std::sort(racks.begin(), racks.end(), [](const Rack *a, const Rack *b) { return a->offsetMm < b->offsetMm; });
    return racks;
}

BoundsM rowBounds(const SiteModel &m, Id rowId)
{
    const Row &row = *m.row(rowId);
    const std::vector<const Rack *> racks = racksOf(m, rowId);
    BoundsM b = boundsOf(rackFootprint(row, *racks.front()));
    for (const Rack *rack : racks) {
        const BoundsM r = boundsOf(rackFootprint(row, *rack));
        b = {std::min(b.minX, r.minX), std::min(b.minY, r.minY), std::max(b.maxX, r.maxX), std::max(b.maxY, r.maxY)};
    }
    return b;
}

bool near(double a, double b) { return std::abs(a - b) < 1e-9; }
bool near(const PointM &a, const PointM &b) { return near(a.x, b.x) && near(a.y, b.y); }

QString errorsOf(const SiteModel &m)
{
    QStringList lines;
    for (const Error &e : validateModel(m))
        lines << e.text();
    return lines.join(QLatin1Char('\n'));
}

#define VERIFY_VALID(model)                                                                                          \
    do {                                                                                                              \
        const QString errors = errorsOf(model);                                                                       \
        QVERIFY2(errors.isEmpty(), qPrintable(errors));                                                               \
    } while (false)

SiteModel applied(SiteModel m, const LayoutChange &change)
{
    applyTo(m, change);
    return m;
}

// The small test site with its hall grown to 30 × 30 m and three more rows at different places:
// A (5 racks from (2, 6)), B (3 racks from (6, 10)), C (4 racks from (10, 14)), all running +x,
// and a column at (20, 20). Row R1 (4 racks from (1, 1)) is the test site's own.
SiteModel roomy()
{
    SiteModel m = test::smallSite();
    m.halls[0].outline = {{0, 0}, {30, 0}, {30, 30}, {0, 30}};
    test::addRackRow(m, QStringLiteral("A"), {2, 6}, 0, 5);
    test::addRackRow(m, QStringLiteral("B"), {6, 10}, 0, 3);
    test::addRackRow(m, QStringLiteral("C"), {10, 14}, 0, 4);
    m.obstacles = {test::makeObstacle(1, 1, ObstacleKind::Column, QStringLiteral("Column 1"), {20, 20}, 0.4, 0.4)};
    return m;
}

Ref row(Id id) { return {Ref::Kind::Row, id}; }
Ref rack(Id id) { return {Ref::Kind::Rack, id}; }
Ref obstacle(Id id) { return {Ref::Kind::Obstacle, id}; }
Ref cage(Id id) { return {Ref::Kind::Cage, id}; }

} // namespace

class TestLayoutEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsValid();
    void move();
    void racksStandForTheirRows();
    void rotateQuarterFourTimes();
    void rotateKeepsTheCentre();
    void alignLeftAndTop();
    void distributeEqualGaps();
    void pasteNamesAndIds();
    void pasteIsValid();
    void addRowNamesAndPositions();
    void appendRackPositions();
    void removeRackPositionsRefusesTaken();
    void renumberRowsInOrder();
    void removeObjects();
    void snapToTile();
};

void TestLayoutEdits::startsValid()
{
    VERIFY_VALID(sample());
    VERIFY_VALID(roomy());
}

void TestLayoutEdits::move()
{
    const SiteModel m = sample();
    const Row &a = rowNamed(m, 1, QStringLiteral("A"));
    const Row &b = rowNamed(m, 1, QStringLiteral("B"));
    const Obstacle &column = obstacleNamed(m, QStringLiteral("Column C-1"));
    const Cage &cage2 = *m.cage(2);
    const LayoutChange change = moveObjects(m, {row(a.id), rack(rackNamed(m, QStringLiteral("B01")).id), obstacle(column.id),
                                                cage(cage2.id)},
                                            -0.6, 0.3);
    QCOMPARE(change.rows.size(), std::size_t(2));
    QVERIFY(change.racks.empty());   // racks are placed relative to their row
    QVERIFY(near(change.rows[0].origin, {a.origin.x - 0.6, a.origin.y + 0.3}));
    QVERIFY(near(change.rows[1].origin, {b.origin.x - 0.6, b.origin.y + 0.3}));
    QCOMPARE(change.rows[0].orientationDeg, a.orientationDeg);
    QCOMPARE(change.obstacles.size(), std::size_t(1));
    QVERIFY(near(change.obstacles[0].centre, {column.centre.x - 0.6, column.centre.y + 0.3}));
    QCOMPARE(change.cages.size(), std::size_t(1));
    for (std::size_t i = 0; i < cage2.outline.size(); ++i)
        QVERIFY(near(change.cages[0].outline[i], {cage2.outline[i].x - 0.6, cage2.outline[i].y + 0.3}));

    const SiteModel after = applied(m, change);
    QVERIFY(near(rackFootprint(*after.row(a.id), rackNamed(after, QStringLiteral("A05")))[0].x,
                 rackFootprint(a, rackNamed(m, QStringLiteral("A05")))[0].x - 0.6));
    VERIFY_VALID(after);

    QVERIFY(moveObjects(m, {row(a.id)}, 0, 0).isEmpty());
    QVERIFY(moveObjects(m, {}, 1, 1).isEmpty());
}

void TestLayoutEdits::racksStandForTheirRows()
{
    const SiteModel m = sample();
    const Row &a = rowNamed(m, 1, QStringLiteral("A"));
    const LayoutChange change = moveObjects(
        m, {rack(rackNamed(m, QStringLiteral("A01")).id), rack(rackNamed(m, QStringLiteral("A02")).id), row(a.id),
            {Ref::Kind::Hall, 1}, row(9999)},
        0.1, 0);
    QCOMPARE(change.rows.size(), std::size_t(1));
    QCOMPARE(change.rows[0].id, a.id);
}

void TestLayoutEdits::rotateQuarterFourTimes()
{
    const SiteModel m = sample();
    const LayoutSelection selection{row(rowNamed(m, 1, QStringLiteral("A")).id), row(rowNamed(m, 1, QStringLiteral("B")).id),
                                    obstacle(obstacleNamed(m, QStringLiteral("Column C-1")).id), cage(1)};
    SiteModel turning = m;
    for (int i = 0; i < 4; ++i) {
        const LayoutChange change = rotateObjects(turning, selection, 90);
        QCOMPARE(change.rows.size(), std::size_t(2));
        QCOMPARE(change.obstacles.size(), std::size_t(1));
        QCOMPARE(change.cages.size(), std::size_t(1));
        applyTo(turning, change);
    }
    for (std::size_t i = 0; i < m.rows.size(); ++i) {
        QVERIFY(near(turning.rows[i].origin, m.rows[i].origin));
        QCOMPARE(turning.rows[i].orientationDeg, m.rows[i].orientationDeg);
    }
    for (std::size_t i = 0; i < m.obstacles.size(); ++i) {
        QVERIFY(near(turning.obstacles[i].centre, m.obstacles[i].centre));
        QCOMPARE(turning.obstacles[i].rotationDeg, m.obstacles[i].rotationDeg);
    }
    for (std::size_t i = 0; i < m.cages.size(); ++i)
        for (std::size_t k = 0; k < m.cages[i].outline.size(); ++k)
            QVERIFY(near(turning.cages[i].outline[k], m.cages[i].outline[k]));
    QVERIFY(rotateObjects(m, selection, 360).isEmpty());
}

void TestLayoutEdits::rotateKeepsTheCentre()
{
    const SiteModel m = roomy();
    const LayoutSelection selection{row(2), row(3)};   // A: x 2…5, y 6…7.2; B: x 6…7.8, y 10…11.2
    const LayoutChange change = rotateObjects(m, selection, 90);
    const SiteModel after = applied(m, change);
    QCOMPARE(after.row(2)->orientationDeg, 90.0);
    QCOMPARE(rotateObjects(after, selection, -180).rows.at(0).orientationDeg, 270.0);

    // Bounds x 2…7.8, y 6…11.2 turn about their centre (4.9, 8.6): x 2.3…7.5, y 5.7…11.5.
    const BoundsM a = rowBounds(after, 2);
    const BoundsM b = rowBounds(after, 3);
    QVERIFY(near(std::min(a.minX, b.minX), 2.3) && near(std::max(a.maxX, b.maxX), 7.5));
    QVERIFY(near(std::min(a.minY, b.minY), 5.7) && near(std::max(a.maxY, b.maxY), 11.5));
    // Row A's origin (2, 6) goes to (4.9 + 2.6, 8.6 − 2.9).
    QVERIFY(near(after.row(2)->origin, {7.5, 5.7}));
    VERIFY_VALID(after);
}

void TestLayoutEdits::alignLeftAndTop()
{
    const SiteModel m = roomy();
    const LayoutSelection selection{row(2), row(3), row(4), obstacle(1)};
    const SiteModel left = applied(m, alignObjects(m, selection, AlignEdge::Left));
    for (Id id : {2, 3, 4})
        QVERIFY(near(rowBounds(left, id).minX, 2));
    QVERIFY(near(left.obstacles[0].centre.x, 2.2));
    VERIFY_VALID(left);

    // Top is the smallest y (the plan draws y downwards).
    const SiteModel top = applied(m, alignObjects(m, {row(2), row(3), row(4)}, AlignEdge::Top));
    for (Id id : {2, 3, 4})
        QVERIFY(near(rowBounds(top, id).minY, 6));
    VERIFY_VALID(top);

    const SiteModel right = applied(m, alignObjects(m, {row(2), row(3), row(4)}, AlignEdge::Right));
    for (Id id : {2, 3, 4})
        QVERIFY(near(rowBounds(right, id).maxX, 12.4));

    // Aligning one object, or objects already aligned, changes nothing.
    QVERIFY(alignObjects(m, {row(2)}, AlignEdge::Left).isEmpty());
    QVERIFY(alignObjects(left, {row(2), row(3)}, AlignEdge::Left).isEmpty());
}

void TestLayoutEdits::distributeEqualGaps()
{
    // Along x: A 2…5, B 6…7.8, C 10…12.4, column 19.8…20.2: 18.2 m, 7.6 m of it objects.
    const SiteModel m = roomy();
    const LayoutChange change = distributeObjects(m, {obstacle(1), row(4), row(2), row(3)}, DistributeAxis::Horizontal);
    QCOMPARE(change.rows.size(), std::size_t(2));   // the first and the last stay
    QVERIFY(change.obstacles.empty());
    const SiteModel after = applied(m, change);
    const BoundsM a = rowBounds(after, 2);
    const BoundsM b = rowBounds(after, 3);
    const BoundsM c = rowBounds(after, 4);
    const double gap = (18.2 - 7.6) / 3;
    QVERIFY(near(b.minX - a.maxX, gap));
    QVERIFY(near(c.minX - b.maxX, gap));
    QVERIFY(near(19.8 - c.maxX, gap));
    QVERIFY(near(b.minY, 10));   // only along the axis
    VERIFY_VALID(after);

    QVERIFY(distributeObjects(m, {row(2), row(3)}, DistributeAxis::Horizontal).isEmpty());
}

void TestLayoutEdits::pasteNamesAndIds()
{
    const SiteModel m = sample();
    const Row &a = rowNamed(m, 1, QStringLiteral("A"));
    const Row &g1 = rowNamed(m, 2, QStringLiteral("G1"));
    const Id firstRow = nextRowId(m);
    const Id firstRack = nextRackId(m);
    const LayoutChange change =
        pasteCopies(m, {rack(rackNamed(m, QStringLiteral("G1-03")).id), row(a.id), row(rowNamed(m, 1, QStringLiteral("B")).id),
                        obstacle(obstacleNamed(m, QStringLiteral("CRAH-C1")).id), cage(1)},
                    0, 0.5);

    // Rows in id order: A → "I", B → "J" (after H), G1 → "G5" (after G4).
    QCOMPARE(change.rows.size(), std::size_t(3));
    QCOMPARE(change.rows[0].id, firstRow);
    QCOMPARE(change.rows[1].id, firstRow + 1);
    QCOMPARE(change.rows[2].id, firstRow + 2);
    QCOMPARE(change.rows[0].name, QStringLiteral("I"));
    QCOMPARE(change.rows[1].name, QStringLiteral("J"));
    QCOMPARE(change.rows[2].name, QStringLiteral("G5"));
    QCOMPARE(change.rows[2].hallId, g1.hallId);
    QVERIFY(near(change.rows[0].origin, {a.origin.x, a.origin.y + 0.5}));

    QCOMPARE(change.racks.size(), std::size_t(20 + 20 + 10));
    for (std::size_t i = 0; i < change.racks.size(); ++i) {
        const Rack &r = change.racks[i];
        QCOMPARE(r.id, firstRack + Id(i));
        QCOMPARE(r.state, RackState::Free);
        QCOMPARE(r.tenantId, kNoId);
        QCOMPARE(r.feedAPduId, kNoId);
        QCOMPARE(r.feedBPduId, kNoId);
    }
    QCOMPARE(change.racks[0].name, QStringLiteral("I01"));
    QCOMPARE(change.racks[0].rowId, firstRow);
    QCOMPARE(change.racks[19].name, QStringLiteral("I20"));
    QCOMPARE(change.racks[19].offsetMm, 11400.0);
    QCOMPARE(change.racks[20].name, QStringLiteral("J01"));
    QCOMPARE(change.racks[40].name, QStringLiteral("G5-01"));
    QCOMPARE(change.racks[49].name, QStringLiteral("G5-10"));
    QCOMPARE(change.racks[49].rowId, firstRow + 2);

    // CRAH-C1 → the first free "CRAH-Cn"; the cage gets a number.
    QCOMPARE(change.obstacles.size(), std::size_t(1));
    QCOMPARE(change.obstacles[0].id, nextObstacleId(m));
    QCOMPARE(change.obstacles[0].name, QStringLiteral("CRAH-C5"));
    QCOMPARE(change.cages.size(), std::size_t(1));
    QCOMPARE(change.cages[0].id, nextCageId(m));
    QCOMPARE(change.cages[0].name, m.cage(1)->name + QStringLiteral(" 2"));
}

void TestLayoutEdits::pasteIsValid()
{
    const SiteModel m = roomy();
    const LayoutChange change = pasteCopies(m, {row(2), obstacle(1)}, 0, 2);   // A's copy at y 8…9.2
    QCOMPARE(change.rows.at(0).name, QStringLiteral("D"));
    QCOMPARE(change.racks.at(4).name, QStringLiteral("D05"));
    QCOMPARE(change.obstacles.at(0).name, QStringLiteral("Column 2"));
    const SiteModel after = applied(m, change);
    VERIFY_VALID(after);
    QCOMPARE(after.rows.size(), m.rows.size() + 1);
    QCOMPARE(after.racks.size(), m.racks.size() + 5);
}

void TestLayoutEdits::addRowNamesAndPositions()
{
    const SiteModel m = roomy();
    NewRowSpec spec;
    spec.origin = {2, 20};
    spec.positions = 4;
    spec.designKw = 7;
    const LayoutChange change = addRow(m, 1, spec);
    QCOMPARE(change.rows.size(), std::size_t(1));
    QCOMPARE(change.rows[0].id, nextRowId(m));
    QCOMPARE(change.rows[0].name, QStringLiteral("D"));
    QCOMPARE(change.racks.size(), std::size_t(4));
    QCOMPARE(change.racks[3].name, QStringLiteral("D04"));
    QCOMPARE(change.racks[3].offsetMm, 1800.0);
    QCOMPARE(change.racks[3].designKw, 7.0);
    QCOMPARE(change.racks[3].state, RackState::Free);
    VERIFY_VALID(applied(m, change));

    // In the sample's Government hall, after G1…G4: "G5" with racks "G5-01"….
    const SiteModel s = sample();
    const LayoutChange gov = addRow(s, 2, spec);
    QCOMPARE(gov.rows.at(0).name, QStringLiteral("G5"));
    QCOMPARE(gov.racks.at(0).name, QStringLiteral("G5-01"));
    QCOMPARE(addRow(s, 1, spec).rows.at(0).name, QStringLiteral("I"));
    QVERIFY(addRow(s, 999, spec).isEmpty());
}

void TestLayoutEdits::appendRackPositions()
{
    const SiteModel m = sample();
    const Row &g1 = rowNamed(m, 2, QStringLiteral("G1"));
    const Rack &last = rackNamed(m, QStringLiteral("G1-10"));
    const LayoutChange change = hectare::appendRackPositions(m, g1.id, 2);
    QCOMPARE(change.racks.size(), std::size_t(2));
    QCOMPARE(change.racks[0].id, nextRackId(m));
    QCOMPARE(change.racks[1].id, nextRackId(m) + 1);
    QCOMPARE(change.racks[0].name, QStringLiteral("G1-11"));
    QCOMPARE(change.racks[1].name, QStringLiteral("G1-12"));
    QCOMPARE(change.racks[0].offsetMm, last.offsetMm + last.widthMm);
    QCOMPARE(change.racks[1].offsetMm, last.offsetMm + 2 * last.widthMm);
    for (const Rack &r : change.racks) {
        QCOMPARE(r.rowId, g1.id);
        QCOMPARE(r.widthMm, last.widthMm);
        QCOMPARE(r.depthMm, last.depthMm);
        QCOMPARE(r.heightU, last.heightU);
        QCOMPARE(r.designKw, last.designKw);
        QCOMPARE(r.maxWeightKg, last.maxWeightKg);
        QCOMPARE(r.state, RackState::Free);
        QCOMPARE(r.tenantId, kNoId);
    }
    VERIFY_VALID(applied(m, change));

    QCOMPARE(hectare::appendRackPositions(m, rowNamed(m, 1, QStringLiteral("A")).id, 1).racks.at(0).name,
             QStringLiteral("A21"));
    QVERIFY(hectare::appendRackPositions(m, g1.id, 0).isEmpty());
}

void TestLayoutEdits::removeRackPositionsRefusesTaken()
{
    const SiteModel m = sample();
    const Rack &a01 = rackNamed(m, QStringLiteral("A01"));   // blocked
    const Rack &a02 = rackNamed(m, QStringLiteral("A02"));   // occupied
    const Rack &a19 = rackNamed(m, QStringLiteral("A19"));   // free
    const Rack &d01 = rackNamed(m, QStringLiteral("D01"));   // reserved
    QCOMPARE(a01.state, RackState::Blocked);
    QCOMPARE(a02.state, RackState::Occupied);
    QCOMPARE(a19.state, RackState::Free);
    QCOMPARE(d01.state, RackState::Reserved);

    QStringList refused;
    const LayoutChange change = removeRackPositions(m, {a19.id, a02.id, a01.id, a19.id, d01.id}, &refused);
    QCOMPARE(change.removedRacks, (std::vector<Id>{a01.id, a19.id}));
    QCOMPARE(refused.size(), 2);
    QVERIFY2(refused[0].contains(QStringLiteral("rack \"A02\"")) && refused[0].contains(QStringLiteral("occupied")),
             qPrintable(refused[0]));
    QVERIFY2(refused[1].contains(QStringLiteral("rack \"D01\"")) && refused[1].contains(QStringLiteral("reserved")),
             qPrintable(refused[1]));
    QVERIFY(refused[0].startsWith(QStringLiteral("Hall \"Colocation\", row \"A\"")));
    VERIFY_VALID(applied(m, change));
    QVERIFY(removeRackPositions(m, {a02.id}).isEmpty());
}

void TestLayoutEdits::renumberRowsInOrder()
{
    // The sample's Colocation is already A…H from the lowest y up, racks A01…: nothing to do.
    const SiteModel s = sample();
    QVERIFY(renumberRows(s, 1, false).isEmpty());
    // Government's G1…G4 become 1…4, racks "1-01"….
    const SiteModel gov = applied(s, renumberRows(s, 2, true));
    QCOMPARE(gov.row(rowNamed(s, 2, QStringLiteral("G1")).id)->name, QStringLiteral("1"));
    QCOMPARE(gov.row(rowNamed(s, 2, QStringLiteral("G4")).id)->name, QStringLiteral("4"));
    QCOMPARE(gov.rack(rackNamed(s, QStringLiteral("G3-07")).id)->name, QStringLiteral("3-07"));
    VERIFY_VALID(gov);

    // Rows named out of order: C (y 14) above B (y 10) above A (y 6) above R1 (y 1).
    SiteModel m = roomy();
    m.rows[0].name = QStringLiteral("Z");   // R1, lowest y
    std::swap(m.rows[1].name, m.rows[3].name);
    const LayoutChange change = renumberRows(m, 1, false);
    const SiteModel after = applied(m, change);
    QCOMPARE(after.row(1)->name, QStringLiteral("A"));
    QCOMPARE(after.row(2)->name, QStringLiteral("B"));
    QCOMPARE(after.row(3)->name, QStringLiteral("C"));
    QCOMPARE(after.row(4)->name, QStringLiteral("D"));
    // Racks numbered along each row in the sample's style.
    const std::vector<const Rack *> first = racksOf(after, 1);
    QCOMPARE(first.front()->name, QStringLiteral("A01"));
    QCOMPARE(first.back()->name, QStringLiteral("A04"));
    QCOMPARE(racksOf(after, 4).back()->name, QStringLiteral("D04"));
    VERIFY_VALID(after);
}

void TestLayoutEdits::removeObjects()
{
    const SiteModel m = sample();
    const Row &a = rowNamed(m, 1, QStringLiteral("A"));
    const Obstacle &column = obstacleNamed(m, QStringLiteral("Column C-2"));
    const LayoutChange change = hectare::removeObjects(m, {rack(rackNamed(m, QStringLiteral("A05")).id), row(a.id),
                                                            obstacle(column.id), cage(2)});
    QCOMPARE(change.removedRows, (std::vector<Id>{a.id}));
    std::vector<Id> racksOfA;
    for (const Rack *r : racksOf(m, a.id))
        racksOfA.push_back(r->id);
    std::sort(racksOfA.begin(), racksOfA.end());
    QCOMPARE(change.removedRacks, racksOfA);
    QCOMPARE(change.removedObstacles, (std::vector<Id>{column.id}));
    QCOMPARE(change.removedCages, (std::vector<Id>{2}));

    const SiteModel after = applied(m, change);
    QVERIFY(!after.row(a.id));
    QCOMPARE(after.racks.size(), m.racks.size() - 20);
    QVERIFY(!after.obstacle(column.id));
}

void TestLayoutEdits::snapToTile()
{
    // Government's outline starts at (24, 0) with 0.6 m tiles.
    const Hall &gov = *sample().hall(2);
    QVERIFY(near(hectare::snapToTile(gov, 25.0, false), 25.2));
    QVERIFY(near(hectare::snapToTile(gov, 24.25, false), 24.0));
    QVERIFY(near(hectare::snapToTile(gov, 0.31, true), 0.6));
    Hall offset = gov;
    offset.outline.front() = {24.1, 0.2};
    QVERIFY(near(hectare::snapToTile(offset, 25.05, false), 25.3));
    QVERIFY(near(hectare::snapToTile(offset, 0.31, true), 0.2));
}

QTEST_GUILESS_MAIN(TestLayoutEdits)
#include "tst_layout_edits.moc"
