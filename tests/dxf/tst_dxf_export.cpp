// Tests core/dxf's export: each hall of the sample site written as DXF and read back, by our own
// reader (outline, obstacles, names) and by a bare dxflib reader (rack footprints), within 0.1 mm;
// then by ezdxf, an independent reader: units, layers, entity counts, dimension lengths.
#include "dxf_test_support.h"

#include "dxf/dxf_export.h"
#include "dxf/dxf_import.h"
#include "dxf/dxf_layers.h"
#include "layout/clearance.h"
#include "model/geometry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numbers>

using namespace hectare;

namespace {

constexpr double kToleranceMm = 0.1;

std::vector<PointM> cornersOf(const Obstacle &o)
{
    const double c = std::cos(o.rotationDeg * std::numbers::pi / 180);
    const double s = std::sin(o.rotationDeg * std::numbers::pi / 180);
    std::vector<PointM> corners;
    for (const auto &[lx, ly] : {std::pair{-o.widthM / 2, -o.depthM / 2}, std::pair{o.widthM / 2, -o.depthM / 2},
                                 std::pair{o.widthM / 2, o.depthM / 2}, std::pair{-o.widthM / 2, o.depthM / 2}})
        corners.push_back({o.centre.x + lx * c - ly * s, o.centre.y + lx * s + ly * c});
    return corners;
}

bool nearMm(const PointM &aM, const PointM &bM) { return std::hypot(aM.x - bM.x, aM.y - bM.y) * 1000 <= kToleranceMm; }

// The same rectangle, whichever corner each list starts from and whichever side is called width.
bool sameCorners(const std::vector<PointM> &a, const std::vector<PointM> &b)
{
    if (a.size() != b.size())
        return false;
    return std::all_of(a.begin(), a.end(), [&](const PointM &p) {
        return std::any_of(b.begin(), b.end(), [&](const PointM &q) { return nearMm(p, q); });
    });
}

QString text(const PointM &p) { return QStringLiteral("(%1, %2)").arg(p.x, 0, 'f', 4).arg(p.y, 0, 'f', 4); }

DxfImportOptions everyLayer()
{
    DxfImportOptions options;
    options.layers[QString::fromLatin1(dxf_layer::kOutline)] = DxfLayerRole::forOutline();
    for (ObstacleKind kind : kObstacleKinds)
        options.layers[QString::fromStdString(obstacleLayerName(kind))] = DxfLayerRole::forObstacles(kind);
    return options;
}

} // namespace

class TestDxfExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("hallName");
        QTest::newRow("Colocation") << QStringLiteral("Colocation");
        QTest::newRow("Government") << QStringLiteral("Government");
    }

    void roundTrip()
    {
        QFETCH(QString, hallName);
        const SiteModel model = test::sampleWithLayout();
        const Hall *hall = model.hallByName(hallName);
        QVERIFY(hall);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.dxf"));
        const Status written = exportHallDxf(model, hall->id, path);
        QVERIFY2(written.ok(), qPrintable(written.error().text()));
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));

        const Result<DxfHallImport> read = readHallDxf(path, everyLayer());
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().text()));
        QCOMPARE(read->metresPerUnit, 0.001);   // $INSUNITS 4
        QVERIFY(read->unitsFromFile);
        for (const DxfSkipped &skipped : read->skipped)
            QFAIL(qPrintable(QStringLiteral("skipped %1 %2 on %3: %4")
                                 .arg(skipped.count)
                                 .arg(skipped.entityType, skipped.layer, skipped.reason)));

        QCOMPARE(read->outline.size(), hall->outline.size());
        for (size_t i = 0; i < hall->outline.size(); ++i)
            QVERIFY2(nearMm(read->outline[i], hall->outline[i]), qPrintable(text(read->outline[i])));

        // Every obstacle comes back with its kind, its name (from its label) and its rectangle.
        std::vector<const Obstacle *> expected;
        for (const Obstacle &o : model.obstacles)
            if (o.hallId == hall->id)
                expected.push_back(&o);
        QVERIFY(expected.size() >= 3);
        QCOMPARE(read->obstacles.size(), expected.size());
        for (const Obstacle *o : expected) {
            const auto found = std::find_if(read->obstacles.begin(), read->obstacles.end(),
                                            [&](const Obstacle &r) { return r.name == o->name; });
            QVERIFY2(found != read->obstacles.end(), qPrintable(o->name));
            QCOMPARE(found->kind, o->kind);
            QVERIFY2(nearMm(found->centre, o->centre), qPrintable(o->name + QLatin1Char(' ') + text(found->centre)));
            QVERIFY2(sameCorners(cornersOf(*found), cornersOf(*o)), qPrintable(o->name));
        }

        // Rack footprints, in millimetres, with their corners in the order rackFootprint() gives.
        const std::vector<std::vector<PointM>> racks = test::closedPolylinesOn(path, dxf_layer::kRacks);
        std::vector<QuadM> expectedRacks;
        for (const Row &row : model.rows)
            if (row.hallId == hall->id)
                for (const Rack &rack : model.racks)
                    if (rack.rowId == row.id)
                        expectedRacks.push_back(rackFootprint(row, rack));
        QVERIFY(!expectedRacks.empty());
        QCOMPARE(racks.size(), expectedRacks.size());
        for (const QuadM &footprint : expectedRacks) {
            const bool found = std::any_of(racks.begin(), racks.end(), [&](const std::vector<PointM> &polyline) {
                if (polyline.size() != 4)
                    return false;
                for (size_t i = 0; i < 4; ++i)
                    if (std::hypot(polyline[i].x - footprint[i].x * 1000, polyline[i].y - footprint[i].y * 1000) > kToleranceMm)
                        return false;
                return true;
            });
            QVERIFY2(found, qPrintable(text(footprint[0])));
        }
    }

    void ezdxfReadsIt()
    {
        if (!test::ezdxfAvailable())
            QSKIP("python3-ezdxf is not installed (scripts/setup installs it)");
        const SiteModel model = test::sampleWithLayout();
        const Hall *hall = model.hallByName(QStringLiteral("Colocation"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("colocation.dxf"));
        QVERIFY(exportHallDxf(model, hall->id, path).ok());
        QString error;
        const QJsonObject report = test::readWithEzdxf(path, &error);
        QVERIFY2(!report.isEmpty(), qPrintable(error));

        QCOMPARE(report[QStringLiteral("version")].toString(), QStringLiteral("AC1015"));
        QCOMPARE(report[QStringLiteral("insunits")].toInt(), 4);
        QCOMPARE(report[QStringLiteral("measurement")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("errors")].toInt(), 0);
        const QJsonArray layers = report[QStringLiteral("layers")].toArray();
        for (const DxfLayerStyle &layer : planLayers())
            QVERIFY2(layers.contains(QString::fromStdString(layer.name)), layer.name.c_str());

        int racks = 0, rowsWithRacks = 0, obstacles = 0, cages = 0;
        for (const Row &row : model.rows) {
            if (row.hallId != hall->id)
                continue;
            const int inRow = int(std::count_if(model.racks.begin(), model.racks.end(),
                                                [&](const Rack &r) { return r.rowId == row.id; }));
            racks += inRow;
            rowsWithRacks += inRow > 0;
        }
        std::map<ObstacleKind, int> byKind;
        for (const Obstacle &o : model.obstacles)
            if (o.hallId == hall->id) {
                ++byKind[o.kind];
                ++obstacles;
            }
        for (const Cage &c : model.cages)
            cages += c.hallId == hall->id;
        const QJsonObject counts = report[QStringLiteral("counts")].toObject();
        const auto count = [&](const char *layer, const char *type) {
            return counts[QLatin1String(layer)].toObject()[QLatin1String(type)].toInt();
        };
        QCOMPARE(count(dxf_layer::kOutline, "LWPOLYLINE"), 1);
        QCOMPARE(count(dxf_layer::kRacks, "LWPOLYLINE"), racks);
        QCOMPARE(count(dxf_layer::kRows, "LINE"), rowsWithRacks);
        QCOMPARE(count(dxf_layer::kCages, "LWPOLYLINE"), cages);
        for (const auto &[kind, n] : byKind)
            QCOMPARE(count(obstacleLayerName(kind).c_str(), "LWPOLYLINE"), n);
        // One name per rack, row, obstacle and cage.
        QCOMPARE(count(dxf_layer::kLabels, "TEXT"), racks + rowsWithRacks + obstacles + cages);

        // Real aligned DIMENSION entities (ezdxf drops those without their block), measuring what core measures.
        std::vector<double> expected;
        for (const LayoutDimension &d : layoutDimensions(model, hall->id))
            if (d.lengthM > 0)
                expected.push_back(d.lengthM * 1000);
        std::sort(expected.begin(), expected.end());
        const QJsonArray measured = report[QStringLiteral("dimensions")].toArray();
        QCOMPARE(count(dxf_layer::kDimensions, "DIMENSION"), int(expected.size()));
        QCOMPARE(measured.size(), qsizetype(expected.size()));
        for (qsizetype i = 0; i < measured.size(); ++i)
            QVERIFY2(std::abs(measured[i].toDouble() - expected[size_t(i)]) <= kToleranceMm,
                     qPrintable(QStringLiteral("%1 mm, expected %2 mm").arg(measured[i].toDouble()).arg(expected[size_t(i)])));
    }

    void namesSurviveAccents()
    {
        // "Poteau Ø1" is written as \U+00D8 in the R2000 file and read back as Ø.
        const SiteModel model = test::sampleWithLayout();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accents.dxf"));
        QVERIFY(exportHallDxf(model, model.halls.front().id, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Poteau \\U+00D81"));
        const Result<DxfHallImport> read = readHallDxf(path, everyLayer());
        QVERIFY(read.ok());
        QVERIFY(std::any_of(read->obstacles.begin(), read->obstacles.end(),
                            [](const Obstacle &o) { return o.name == QStringLiteral("Poteau Ø1"); }));
    }

    void errorsNameThePath()
    {
        const SiteModel model = test::sampleWithLayout();
        const QString path = QStringLiteral("/nonexistent/dir/plan.dxf");
        const Status written = exportHallDxf(model, model.halls.front().id, path);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().where, path);
        QVERIFY(written.error().message.contains(QLatin1String("cannot be written")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));

        const Status unknown = exportHallDxf(model, 999, QDir::temp().filePath(QStringLiteral("x.dxf")));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().where.contains(QLatin1String("999")));
    }

    void replacesAnExistingFile()
    {
        const SiteModel model = test::sampleWithLayout();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.dxf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        QVERIFY(exportHallDxf(model, model.halls.front().id, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("OUTLINE"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("plan.dxf")});
    }
};

QTEST_GUILESS_MAIN(TestDxfExport)
#include "tst_dxf_export.moc"
