// Tests core/dxf's import on a drawing Hectare did not write: tests/data/architect-hall.dxf, made
// by tests/data/make_architect_dxf.py with ezdxf (metres, $INSUNITS 6). The expected shapes are
// those the script draws; see its docstring.
#include "dxf_test_support.h"

#include "dxf/dxf_import.h"
#include "dxf/dxf_import_change.h"
#include "model/layout_change.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <set>
#include <tuple>

using namespace hectare;

namespace {

constexpr double kToleranceM = 0.0001;   // 0.1 mm

QString architectFile() { return QStringLiteral(HECTARE_TEST_DATA "/architect-hall.dxf"); }

DxfImportOptions architectLayers()
{
    DxfImportOptions options;
    options.layers[QStringLiteral("A-WALL")] = DxfLayerRole::forOutline();
    options.layers[QStringLiteral("a-cols")] = DxfLayerRole::forObstacles(ObstacleKind::Column);   // any case
    options.layers[QStringLiteral("A-DOOR")] = DxfLayerRole::forObstacles(ObstacleKind::Door);
    options.layers[QStringLiteral("M-CRAH")] = DxfLayerRole::forObstacles(ObstacleKind::Crah);
    options.layers[QStringLiteral("A-PART")] = DxfLayerRole::forObstacles(ObstacleKind::Wall);
    return options;
}

// A DXF as small as a hand-written one: no $INSUNITS, one LINE on layer W.
QString writeBareDxf(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("bare.dxf"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("0\nSECTION\n2\nENTITIES\n0\nLINE\n8\nW\n10\n1000\n20\n500\n11\n4000\n21\n500\n0\nENDSEC\n0\nEOF\n");
    return path;
}

} // namespace

class TestDxfImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsLayers()
    {
        const Result<std::vector<DxfLayerInfo>> layers = readDxfLayers(architectFile());
        QVERIFY2(layers.ok(), layers.ok() ? "" : qPrintable(layers.error().text()));
        std::map<QString, DxfLayerInfo> byName;
        for (const DxfLayerInfo &layer : layers.value())
            byName[layer.name] = layer;
        QVERIFY(byName.count(QStringLiteral("A-FURN")));
        const DxfLayerInfo &wall = byName[QStringLiteral("A-WALL")];
        QCOMPARE(wall.usable, 1);     // the closed outline
        QCOMPARE(wall.unusable, 1);   // the open polyline
        QCOMPARE(wall.labels, 1);
        const DxfLayerInfo &columns = byName[QStringLiteral("A-COLS")];
        QCOMPARE(columns.usable, 6);  // 3 circles, a square, 2 block references
        QCOMPARE(columns.unusable, 1);   // the spline
        QCOMPARE(columns.entities.at(QStringLiteral("INSERT")), 2);
        const DxfLayerInfo &furniture = byName[QStringLiteral("A-FURN")];
        QCOMPARE(furniture.usable, 6);    // 3 circles, 3 lines
        QCOMPARE(furniture.unusable, 2);  // a spline, a hatch
    }

    void readsTheArchitectsHall()
    {
        const Result<DxfHallImport> read = readHallDxf(architectFile(), architectLayers());
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().text()));
        QCOMPARE(read->metresPerUnit, 1.0);
        QVERIFY(read->unitsFromFile);
        QCOMPARE(read->outlineLayer, QStringLiteral("A-WALL"));

        const std::vector<PointM> outline{{-0.5, -0.5}, {21, -0.5}, {21, 21}, {5, 21}, {5, 20.5}, {-0.5, 20.5}};
        QCOMPARE(read->outline.size(), outline.size());
        for (size_t i = 0; i < outline.size(); ++i)
            QVERIFY(std::hypot(read->outline[i].x - outline[i].x, read->outline[i].y - outline[i].y) <= kToleranceM);

        struct Expected
        {
            const char *name;
            ObstacleKind kind;
            PointM centre;
            double width, depth, rotation;
        };
        // Columns numbered from the bottom left; the square takes the TEXT inside it; the block
        // references are their block's 0.4 m square. The first CRAH is named by its TEXT; both are
        // 2.5 × 0.9 m along y and face into the hall: +x on the west wall (90°), −x on the east (270°).
        const std::vector<Expected> expected{
            {"Column 1", ObstacleKind::Column, {2, 5}, 0.4, 0.4, 0},
            {"Column 2", ObstacleKind::Column, {18, 5}, 0.4, 0.4, 0},
            {"Column 3", ObstacleKind::Column, {2, 10}, 0.4, 0.4, 0},
            {"C-7", ObstacleKind::Column, {18, 10}, 0.5, 0.5, 0},
            {"Column 4", ObstacleKind::Column, {2, 15}, 0.4, 0.4, 0},
            {"Column 5", ObstacleKind::Column, {18, 15}, 0.4, 0.4, 0},
            {"Wall 1", ObstacleKind::Wall, {19.5, 2}, 2.0, 0.2, 0},
            {"Door 1", ObstacleKind::Door, {10, 20.7}, 1.0, 0.2, 0},
            {"CRAH-01", ObstacleKind::Crah, {0.5, 10}, 2.5, 0.9, 90},
            {"CRAH 1", ObstacleKind::Crah, {20.4, 10}, 2.5, 0.9, 270},
        };
        QStringList names;
        for (const Obstacle &o : read->obstacles)
            names << QStringLiteral("%1 (%2, %3)").arg(o.name).arg(o.centre.x).arg(o.centre.y);
        QVERIFY2(read->obstacles.size() == expected.size(), qPrintable(names.join(QStringLiteral(", "))));
        for (size_t i = 0; i < expected.size(); ++i) {
            const Obstacle &o = read->obstacles[i];
            const Expected &e = expected[i];
            QCOMPARE(o.name, QString::fromUtf8(e.name));
            QCOMPARE(o.kind, e.kind);
            QVERIFY2(std::hypot(o.centre.x - e.centre.x, o.centre.y - e.centre.y) <= kToleranceM, e.name);
            QVERIFY2(std::abs(o.widthM - e.width) <= kToleranceM, e.name);
            QVERIFY2(std::abs(o.depthM - e.depth) <= kToleranceM, e.name);
            QVERIFY2(std::abs(o.rotationDeg - e.rotation) <= 1e-6, qPrintable(QString::number(o.rotationDeg)));
        }
        QCOMPARE(read->wallsFromLines, 1);
        const std::vector<ObstacleKind> kinds{ObstacleKind::Column, ObstacleKind::Wall, ObstacleKind::Door,
                                              ObstacleKind::Crah};
        QCOMPARE(std::set<ObstacleKind>(read->replacedKinds.begin(), read->replacedKinds.end()),
                 std::set<ObstacleKind>(kinds.begin(), kinds.end()));

        // What could not be read on the chosen layers, and nothing from the furniture layer.
        std::set<std::tuple<QString, QString, int>> skipped;
        for (const DxfSkipped &s : read->skipped) {
            skipped.insert({s.layer, s.entityType, s.count});
            QVERIFY(!s.reason.isEmpty());
        }
        const std::set<std::tuple<QString, QString, int>> expectedSkipped{
            {QStringLiteral("A-WALL"), QStringLiteral("LWPOLYLINE"), 1},
            {QStringLiteral("A-WALL"), QStringLiteral("TEXT"), 1},
            {QStringLiteral("A-COLS"), QStringLiteral("SPLINE"), 1},
            {QStringLiteral("A-DOOR"), QStringLiteral("ARC"), 1},
        };
        QCOMPARE(skipped, expectedSkipped);
    }

    void changeReplacesOutlineAndKinds()
    {
        const SiteModel model = test::sampleWithLayout();
        const Hall *hall = model.hallByName(QStringLiteral("Colocation"));
        const Result<DxfHallImport> read = readHallDxf(architectFile(), architectLayers());
        QVERIFY(read.ok());
        const LayoutChange change = dxfImportChange(model, hall->id, read.value());
        QCOMPARE(change.halls.size(), size_t(1));
        QCOMPARE(change.halls.front().id, hall->id);
        QCOMPARE(change.halls.front().outline, read->outline);
        QCOMPARE(change.halls.front().name, hall->name);
        // The hall's columns, walls, doors and CRAHs go; its PDUs stay.
        for (const Obstacle &o : model.obstacles) {
            const bool removed = std::find(change.removedObstacles.begin(), change.removedObstacles.end(), o.id)
                                 != change.removedObstacles.end();
            const bool replacedKind = o.kind != ObstacleKind::Pdu && o.kind != ObstacleKind::FireCylinder;
            QCOMPARE(removed, o.hallId == hall->id && replacedKind);
        }
        QCOMPARE(change.obstacles.size(), read->obstacles.size());
        const Id first = nextObstacleId(model);
        for (size_t i = 0; i < change.obstacles.size(); ++i) {
            QCOMPARE(change.obstacles[i].id, first + Id(i));
            QCOMPARE(change.obstacles[i].hallId, hall->id);
            QCOMPARE(change.obstacles[i].name, read->obstacles[i].name);
        }
    }

    void unitsFromTheUserWhenTheFileSaysNone()
    {
        QTemporaryDir dir;
        const QString path = writeBareDxf(dir);
        DxfImportOptions options;
        options.layers[QStringLiteral("W")] = DxfLayerRole::forObstacles(ObstacleKind::Wall);
        const Result<DxfHallImport> unknown = readHallDxf(path, options);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().where, path);
        QVERIFY2(unknown.error().message.contains(QLatin1String("$INSUNITS")), qPrintable(unknown.error().message));

        options.metresPerUnit = 0.001;
        const Result<DxfHallImport> read = readHallDxf(path, options);
        QVERIFY(read.ok());
        QCOMPARE(read->obstacles.size(), size_t(1));
        const Obstacle &wall = read->obstacles.front();
        QVERIFY(std::abs(wall.centre.x - 2.5) <= kToleranceM && std::abs(wall.centre.y - 0.5) <= kToleranceM);
        QVERIFY(std::abs(wall.widthM - 3) <= kToleranceM);
        QCOMPARE(wall.depthM, kDxfWallThicknessM);
        QCOMPARE(read->wallsFromLines, 1);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("no such layer") << QStringLiteral("A-NOPE") << QStringLiteral("column") << QStringLiteral("A-NOPE");
        QTest::newRow("no closed outline") << QStringLiteral("A-PART") << QStringLiteral("outline")
                                           << QStringLiteral("no closed polyline");
    }

    void errors()
    {
        QFETCH(QString, layer);
        QFETCH(QString, role);
        QFETCH(QString, fragment);
        DxfImportOptions options;
        options.layers[layer] = *dxfLayerRoleFromKey(role);
        const Result<DxfHallImport> read = readHallDxf(architectFile(), options);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().where, architectFile());
        QVERIFY2(read.error().message.contains(fragment), qPrintable(read.error().message));
    }

    void notADxf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.dxf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        const Result<std::vector<DxfLayerInfo>> layers = readDxfLayers(path);
        QVERIFY(!layers.ok());
        QVERIFY2(layers.error().message.contains(QLatin1String("not a DXF")), qPrintable(layers.error().message));
        QVERIFY(!readDxfLayers(dir.filePath(QStringLiteral("missing.dxf"))).ok());
    }

    void roleKeys()
    {
        QCOMPARE(dxfLayerRoleKeys(), (QStringList{QStringLiteral("outline"), QStringLiteral("column"), QStringLiteral("wall"),
                                                  QStringLiteral("door"), QStringLiteral("crah"), QStringLiteral("pdu"),
                                                  QStringLiteral("fire-cylinder")}));
        for (const QString &key : dxfLayerRoleKeys())
            QCOMPARE(toKey(*dxfLayerRoleFromKey(key)), key);
        QVERIFY(!dxfLayerRoleFromKey(QStringLiteral("sofa")));
    }
};

QTEST_GUILESS_MAIN(TestDxfImport)
#include "tst_dxf_import.moc"
