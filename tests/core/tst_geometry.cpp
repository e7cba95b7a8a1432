// Tests core/model/geometry: areas, point and rectangle containment, rack footprints, overlap;
// obstacle rectangles, simple polygons, the area two polygons share, polygons inside polygons.
#include "model/geometry.h"

#include <QTest>

using namespace hectare;

Q_DECLARE_METATYPE(hectare::PointM)
Q_DECLARE_METATYPE(hectare::QuadM)

namespace {

using Polygon = std::vector<PointM>;

Polygon square10() { return {{0, 0}, {10, 0}, {10, 10}, {0, 10}}; }
// An L: 10 × 10 with the 5 × 5 top-right quarter cut away (75 m²).
Polygon lShape() { return {{0, 0}, {10, 0}, {10, 5}, {5, 5}, {5, 10}, {0, 10}}; }

// An axis-aligned rectangle as a QuadM, counter-clockwise.
QuadM box(double x0, double y0, double x1, double y1) { return {PointM{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}; }

bool near(const PointM &a, const PointM &b) { return std::abs(a.x - b.x) < 1e-9 && std::abs(a.y - b.y) < 1e-9; }

} // namespace

class TestGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void area_data();
    void area();
    void pointInPolygon_data();
    void pointInPolygon();
    void footprint_data();
    void footprint();
    void overlap_data();
    void overlap();
    void insideHall_data();
    void insideHall();
    void rotatedRectangle_data();
    void rotatedRectangle();
    void simple_data();
    void simple();
    void overlapArea_data();
    void overlapArea();
    void polygonInside_data();
    void polygonInside();
};

void TestGeometry::area_data()
{
    QTest::addColumn<Polygon>("polygon");
    QTest::addColumn<double>("expected");
    QTest::newRow("10 × 10 square = 100") << square10() << 100.0;
    Polygon clockwise = square10();
    std::reverse(clockwise.begin(), clockwise.end());
    QTest::newRow("same square clockwise = 100, not −100") << clockwise << 100.0;
    QTest::newRow("L shape: 100 − 5 × 5 = 75") << lShape() << 75.0;
    QTest::newRow("20 × 20 colocation hall off the origin = 400")
        << Polygon{{30, 5}, {50, 5}, {50, 25}, {30, 25}} << 400.0;
    QTest::newRow("two points = 0") << Polygon{{0, 0}, {1, 1}} << 0.0;
    QTest::newRow("collinear = 0") << Polygon{{0, 0}, {1, 0}, {2, 0}} << 0.0;
}

void TestGeometry::area()
{
    QFETCH(Polygon, polygon);
    QFETCH(double, expected);
    QCOMPARE(polygonAreaM2(polygon), expected);
}

void TestGeometry::pointInPolygon_data()
{
    QTest::addColumn<Polygon>("polygon");
    QTest::addColumn<PointM>("point");
    QTest::addColumn<bool>("inside");
    QTest::newRow("square, centre") << square10() << PointM{5, 5} << true;
    QTest::newRow("square, outside right") << square10() << PointM{11, 5} << false;
    QTest::newRow("square, on an edge") << square10() << PointM{10, 5} << true;
    QTest::newRow("square, on a corner") << square10() << PointM{0, 0} << true;
    QTest::newRow("square, 0.5 mm outside (within 1 mm)") << square10() << PointM{10.0005, 5} << true;
    QTest::newRow("square, 2 mm outside") << square10() << PointM{10.002, 5} << false;
    QTest::newRow("L, inner arm") << lShape() << PointM{2, 8} << true;
    QTest::newRow("L, in the cut-away quarter") << lShape() << PointM{7, 7} << false;
    QTest::newRow("L, on the re-entrant corner") << lShape() << PointM{5, 5} << true;
    QTest::newRow("L, level with a vertex, outside") << lShape() << PointM{12, 5} << false;
}

void TestGeometry::pointInPolygon()
{
    QFETCH(Polygon, polygon);
    QFETCH(PointM, point);
    QFETCH(bool, inside);
    QCOMPARE(hectare::pointInPolygon(point, polygon), inside);
}

void TestGeometry::footprint_data()
{
    QTest::addColumn<double>("orientationDeg");
    QTest::addColumn<QuadM>("expected");
    // Row origin (2, 3); the rack at 1200 mm is 600 wide and 1200 deep.
    QTest::newRow("0°: along +x, depth towards +y") << 0.0 << box(3.2, 3, 3.8, 4.2);
    QTest::newRow("90°: along +y, depth towards −x")
        << 90.0 << QuadM{PointM{2, 4.2}, {2, 4.8}, {0.8, 4.8}, {0.8, 4.2}};
    QTest::newRow("180°: along −x, depth towards −y")
        << 180.0 << QuadM{PointM{0.8, 3}, {0.2, 3}, {0.2, 1.8}, {0.8, 1.8}};
}

void TestGeometry::footprint()
{
    QFETCH(double, orientationDeg);
    QFETCH(QuadM, expected);
    Row row;
    row.origin = {2, 3};
    row.orientationDeg = orientationDeg;
    Rack rack;
    rack.offsetMm = 1200;
    rack.widthMm = 600;
    rack.depthMm = 1200;
    const QuadM quad = rackFootprint(row, rack);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(near(quad[i], expected[i]), qPrintable(QStringLiteral("corner %1: (%2, %3), expected (%4, %5)")
                                                            .arg(i)
                                                            .arg(quad[i].x)
                                                            .arg(quad[i].y)
                                                            .arg(expected[i].x)
                                                            .arg(expected[i].y)));
    QCOMPARE(polygonAreaM2({quad.begin(), quad.end()}), 0.6 * 1.2);
}

void TestGeometry::overlap_data()
{
    QTest::addColumn<QuadM>("a");
    QTest::addColumn<QuadM>("b");
    QTest::addColumn<bool>("overlaps");
    const QuadM rack = box(0, 0, 0.6, 1.2);
    QTest::newRow("same rectangle") << rack << rack << true;
    QTest::newRow("half a rack along the row") << rack << box(0.3, 0, 0.9, 1.2) << true;
    QTest::newRow("neighbours sharing an edge") << rack << box(0.6, 0, 1.2, 1.2) << false;
    QTest::newRow("back to back, sharing the back edge") << rack << box(0, 1.2, 0.6, 2.4) << false;
    QTest::newRow("touching at a corner") << rack << box(0.6, 1.2, 1.2, 2.4) << false;
    QTest::newRow("0.5 mm into the neighbour (within 1 mm)") << rack << box(0.5995, 0, 1.1995, 1.2) << false;
    QTest::newRow("5 mm into the neighbour") << rack << box(0.595, 0, 1.195, 1.2) << true;
    QTest::newRow("across a 1.2 m aisle") << rack << box(0, 2.4, 0.6, 3.6) << false;
    // A rack turned 45° about (1, 1): its bounding boxes meet the other's but SAT separates them.
    const double h = std::sqrt(0.5) * 0.6;
    const QuadM diamond{PointM{1.0 + h, 1.0}, {1.0 + 2 * h, 1.0 + h}, {1.0 + h, 1.0 + 2 * h}, {1.0, 1.0 + h}};
    QTest::newRow("45° rack, bounding boxes meet, shapes do not") << box(0, 0, 1.05, 1.05) << diamond << false;
    QTest::newRow("45° rack cutting a corner") << box(0, 0, 1.3, 1.3) << diamond << true;
}

void TestGeometry::overlap()
{
    QFETCH(QuadM, a);
    QFETCH(QuadM, b);
    QFETCH(bool, overlaps);
    QCOMPARE(rectanglesOverlap(a, b), overlaps);
    QCOMPARE(rectanglesOverlap(b, a), overlaps);
}

void TestGeometry::insideHall_data()
{
    QTest::addColumn<Polygon>("hall");
    QTest::addColumn<QuadM>("rect");
    QTest::addColumn<bool>("inside");
    QTest::newRow("well inside") << square10() << box(1, 1, 1.6, 2.2) << true;
    QTest::newRow("against the wall") << square10() << box(9.4, 0, 10, 1.2) << true;
    QTest::newRow("0.5 mm through the wall (within 1 mm)") << square10() << box(9.4005, 0, 10.0005, 1.2) << true;
    QTest::newRow("half through the wall") << square10() << box(9.7, 1, 10.3, 2.2) << false;
    QTest::newRow("wholly outside") << square10() << box(11, 1, 11.6, 2.2) << false;
    QTest::newRow("L, in the lower arm") << lShape() << box(6, 1, 6.6, 2.2) << true;
    QTest::newRow("L, in the cut-away quarter") << lShape() << box(7, 7, 7.6, 8.2) << false;
    // A rectangle turned 45° with all four corners inside the L; the re-entrant corner (5, 5)
    // pokes into it and (5.5, 5.5), inside the rectangle, is in the cut-away quarter.
    QTest::newRow("L, corners inside, notch cutting in")
        << lShape() << QuadM{PointM{2, 6}, {6, 2}, {8, 4}, {4, 8}} << false;
    QTest::newRow("L, 45° rectangle short of the notch")
        << lShape() << QuadM{PointM{1, 5}, {5, 1}, {6, 2}, {2, 6}} << true;
    QTest::newRow("L, spanning the notch corner to corner") << lShape() << box(4, 4, 6, 6) << false;
    // A 0.2 m slot cut into the hall from the far wall down to y = 2: the rectangle's corners are
    // all inside, the slot's two walls cross it.
    const Polygon slot{{0, 0}, {10, 0}, {10, 10}, {5.1, 10}, {5.1, 2}, {4.9, 2}, {4.9, 10}, {0, 10}};
    QTest::newRow("slot, crossing the rectangle") << slot << box(3, 4, 7, 5) << false;
    QTest::newRow("slot, rectangle below its end") << slot << box(3, 0.5, 7, 2) << true;
    QTest::newRow("slot, rectangle beside it") << slot << box(3, 4, 4.9, 5) << true;
    // A U whose notch is exactly the rectangle: every corner on the outline, the inside outside.
    const Polygon u{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}};
    QTest::newRow("U, rectangle filling the notch") << u << box(1, 1, 2, 3) << false;
    QTest::newRow("U, rectangle in one arm") << u << box(0, 1, 1, 3) << true;
}

void TestGeometry::insideHall()
{
    QFETCH(Polygon, hall);
    QFETCH(QuadM, rect);
    QFETCH(bool, inside);
    QCOMPARE(rectangleInsidePolygon(rect, hall), inside);
}

void TestGeometry::rotatedRectangle_data()
{
    QTest::addColumn<double>("rotationDeg");
    QTest::addColumn<QuadM>("expected");
    // Centre (10, 5), 2 m wide, 1 m deep; corners from the front (local −y) start, counter-clockwise.
    QTest::newRow("0°: width along x, front towards −y") << 0.0 << box(9, 4.5, 11, 5.5);
    QTest::newRow("90°: width along y, front towards +x")
        << 90.0 << QuadM{PointM{10.5, 4}, {10.5, 6}, {9.5, 6}, {9.5, 4}};
    QTest::newRow("270°: front towards −x") << 270.0 << QuadM{PointM{9.5, 6}, {9.5, 4}, {10.5, 4}, {10.5, 6}};
}

void TestGeometry::rotatedRectangle()
{
    QFETCH(double, rotationDeg);
    QFETCH(QuadM, expected);
    const QuadM quad = hectare::rotatedRectangle({10, 5}, 2, 1, rotationDeg);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(std::abs(quad[i].x - expected[i].x) < 1e-12 && std::abs(quad[i].y - expected[i].y) < 1e-12,
                 qPrintable(QStringLiteral("corner %1: (%2, %3)").arg(i).arg(quad[i].x).arg(quad[i].y)));
}

void TestGeometry::simple_data()
{
    QTest::addColumn<Polygon>("polygon");
    QTest::addColumn<bool>("simple");
    QTest::newRow("square") << square10() << true;
    Polygon clockwise = lShape();
    std::reverse(clockwise.begin(), clockwise.end());
    QTest::newRow("L, clockwise") << clockwise << true;
    QTest::newRow("a point in the middle of an edge") << Polygon{{0, 0}, {5, 0}, {10, 0}, {10, 10}, {0, 10}} << true;
    QTest::newRow("bow tie: two edges cross") << Polygon{{0, 0}, {10, 10}, {10, 0}, {0, 10}} << false;
    QTest::newRow("figure eight: a corner visited twice")
        << Polygon{{0, 0}, {5, 5}, {10, 0}, {10, 10}, {5, 5}, {0, 10}} << false;
    QTest::newRow("a corner on another edge") << Polygon{{0, 0}, {10, 0}, {10, 10}, {5, 0}, {0, 10}} << false;
    QTest::newRow("repeated point") << Polygon{{0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}} << false;
    QTest::newRow("an edge going back over the previous one")
        << Polygon{{0, 0}, {10, 0}, {10, 10}, {10, 5}, {0, 10}} << false;
    QTest::newRow("two points") << Polygon{{0, 0}, {1, 1}} << false;
    QTest::newRow("not a number") << Polygon{{0, 0}, {10, 0}, {qQNaN(), 10}} << false;
}

void TestGeometry::simple()
{
    QFETCH(Polygon, polygon);
    QFETCH(bool, simple);
    QCOMPARE(polygonIsSimple(polygon), simple);
}

void TestGeometry::overlapArea_data()
{
    QTest::addColumn<Polygon>("a");
    QTest::addColumn<Polygon>("b");
    QTest::addColumn<double>("expected");
    const auto moved = [](Polygon p, double dx, double dy) {
        for (PointM &q : p)
            q = {q.x + dx, q.y + dy};
        return p;
    };
    QTest::newRow("same square") << square10() << square10() << 100.0;
    QTest::newRow("squares sharing an edge") << square10() << moved(square10(), 10, 0) << 0.0;
    QTest::newRow("squares touching at a corner") << square10() << moved(square10(), 10, 10) << 0.0;
    QTest::newRow("squares half over each other") << square10() << moved(square10(), 5, 0) << 50.0;
    // Two Ls: their bounds share [2.5, 10]² (56.25 m²), less the first L's cut-away quarter [5, 10]²
    // (25 m², which holds the second's, [7.5, 10]²).
    QTest::newRow("two L shapes") << lShape() << moved(lShape(), 2.5, 2.5) << 31.25;
    QTest::newRow("L and the quarter cut from it: two edges shared, no area")
        << lShape() << Polygon{{5, 5}, {10, 5}, {10, 10}, {5, 10}} << 0.0;
    QTest::newRow("L and a square on its re-entrant corner: 4 − 1")
        << lShape() << Polygon{{4, 4}, {6, 4}, {6, 6}, {4, 6}} << 3.0;
    QTest::newRow("square with points along its edges")
        << Polygon{{0, 0}, {5, 0}, {10, 0}, {10, 5}, {10, 10}, {0, 10}, {0, 5}} << square10() << 100.0;
    // A U (3 × 3 less its 1 × 2 notch) and a bar across the notch: only the two arms count.
    const Polygon u{{0, 0}, {3, 0}, {3, 3}, {2, 3}, {2, 1}, {1, 1}, {1, 3}, {0, 3}};
    QTest::newRow("U and a bar through its notch") << u << Polygon{{-1, 1.5}, {4, 1.5}, {4, 2.5}, {-1, 2.5}} << 2.0;
    QTest::newRow("triangle inside a square") << square10() << Polygon{{1, 1}, {5, 1}, {1, 4}} << 6.0;
    QTest::newRow("far apart") << square10() << moved(lShape(), 50, 0) << 0.0;
    QTest::newRow("two points") << square10() << Polygon{{1, 1}, {2, 2}} << 0.0;
}

void TestGeometry::overlapArea()
{
    QFETCH(Polygon, a);
    QFETCH(Polygon, b);
    QFETCH(double, expected);
    Polygon reversed = b;
    std::reverse(reversed.begin(), reversed.end());
    for (const double area : {polygonOverlapAreaM2(a, b), polygonOverlapAreaM2(b, a), polygonOverlapAreaM2(a, reversed)})
        QVERIFY2(std::abs(area - expected) < 1e-9, qPrintable(QStringLiteral("%1, expected %2").arg(area).arg(expected)));
}

void TestGeometry::polygonInside_data()
{
    QTest::addColumn<Polygon>("hall");
    QTest::addColumn<Polygon>("cage");
    QTest::addColumn<bool>("inside");
    QTest::newRow("the hall itself") << square10() << square10() << true;
    QTest::newRow("an L in a square") << square10() << lShape() << true;
    QTest::newRow("0.5 mm through the wall (within 1 mm)")
        << square10() << Polygon{{5, 5}, {10.0005, 5}, {10.0005, 8}, {5, 8}} << true;
    QTest::newRow("5 mm through the wall") << square10() << Polygon{{5, 5}, {10.005, 5}, {10.005, 8}, {5, 8}} << false;
    QTest::newRow("in the L's cut-away quarter") << lShape() << Polygon{{6, 6}, {8, 6}, {8, 8}, {6, 8}} << false;
    // Every corner inside the L, the edge from (4, 8) to (8, 4) across the cut-away quarter.
    QTest::newRow("corners inside, an edge outside") << lShape() << Polygon{{1, 1}, {8, 4}, {4, 8}} << false;
    const Polygon slot{{0, 0}, {10, 0}, {10, 10}, {5.1, 10}, {5.1, 2}, {4.9, 2}, {4.9, 10}, {0, 10}};
    QTest::newRow("across a slot in the hall") << slot << Polygon{{3, 4}, {7, 4}, {7, 5}, {3, 5}} << false;
    QTest::newRow("below the slot") << slot << Polygon{{3, 0.5}, {7, 0.5}, {7, 2}, {3, 2}} << true;
}

void TestGeometry::polygonInside()
{
    QFETCH(Polygon, hall);
    QFETCH(Polygon, cage);
    QFETCH(bool, inside);
    QCOMPARE(polygonInsidePolygon(cage, hall), inside);
}

QTEST_APPLESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
