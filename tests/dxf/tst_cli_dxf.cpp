// Tests `hectare-cli import-dxf` and `floorplan -o plan.dxf` as a user runs them: an architect's
// drawing imported into a copy of the sample site (exit 0, obstacles in the file), one whose
// outline would leave racks outside (exit 1, the racks named, the file byte for byte unchanged),
// the layer listing, usage errors, and a DXF plan that ezdxf opens.
#include "cli_runner.h"
#include "dxf_test_support.h"

#include "store/document.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace hectare;

namespace {

using test::CliRun;
using test::runCli;
using test::sha256Of;

QString architectFile() { return QStringLiteral(HECTARE_TEST_DATA "/architect-hall.dxf"); }

const QString kLayers = QStringLiteral("A-WALL=outline,A-COLS=column,A-DOOR=door,M-CRAH=crah,A-PART=wall");

} // namespace

class TestCliDxf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;

private Q_SLOTS:
    // A writable copy of the sample site, made the way a user would: export the JSON, import it.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_site = test::sampleDocument(m_dir, &error);
        QVERIFY2(!m_site.isEmpty(), qPrintable(error));
    }

    void importsIntoAHallWhereItFits()
    {
        const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("import-dxf"), m_site, QStringLiteral("--hall"),
                                   QStringLiteral("Colocation"), QStringLiteral("--layers"), kLayers, architectFile()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report[QStringLiteral("hall")].toString(), QStringLiteral("Colocation"));
        QCOMPARE(report[QStringLiteral("metresPerUnit")].toDouble(), 1.0);
        QCOMPARE(report[QStringLiteral("obstacles")].toArray().size(), 10);
        QCOMPARE(report[QStringLiteral("wallsFromLines")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("outline")][QStringLiteral("points")].toArray().size(), 6);
        QStringList skipped;
        for (const QJsonValue &s : report[QStringLiteral("skipped")].toArray())
            skipped << s[QStringLiteral("layer")].toString() + QLatin1Char('/') + s[QStringLiteral("entity")].toString();
        skipped.sort();
        QCOMPARE(skipped, (QStringList{QStringLiteral("A-COLS/SPLINE"), QStringLiteral("A-DOOR/ARC"),
                                       QStringLiteral("A-WALL/LWPOLYLINE"), QStringLiteral("A-WALL/TEXT")}));

        // The file holds them now.
        {
            Result<std::unique_ptr<Document>> document = Document::open(m_site);
            QVERIFY2(document.ok(), document.ok() ? "" : qPrintable(document.error().text()));
            const SiteModel &model = document.value()->model();
            const Hall *hall = model.hallByName(QStringLiteral("Colocation"));
            QCOMPARE(hall->outline.size(), size_t(6));
            QStringList names;
            for (const Obstacle &o : model.obstacles)
                if (o.hallId == hall->id && o.kind != ObstacleKind::Pdu && o.kind != ObstacleKind::FireCylinder)
                    names << o.name;
            names.sort();
            QCOMPARE(names, (QStringList{QStringLiteral("C-7"), QStringLiteral("CRAH 1"), QStringLiteral("CRAH-01"),
                                         QStringLiteral("Column 1"), QStringLiteral("Column 2"), QStringLiteral("Column 3"),
                                         QStringLiteral("Column 4"), QStringLiteral("Column 5"), QStringLiteral("Door 1"),
                                         QStringLiteral("Wall 1")}));
        }
        // … and so does the JSON a user would export.
        const CliRun exported = runCli({QStringLiteral("export-json"), m_site});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains("\"C-7\"") && exported.out.contains("\"CRAH-01\""), exported.out.left(400).constData());

        // The plain report says what was skipped and why.
        const CliRun text = runCli({QStringLiteral("import-dxf"), m_site, QStringLiteral("--hall"), QStringLiteral("Colocation"),
                                    QStringLiteral("--layers"), kLayers, architectFile()});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains("SPLINE"));
        QVERIFY(text.out.contains("a curve"));
        QVERIFY(text.out.contains("10 imported, 10 replaced"));
    }

    void refusesWhenRacksWouldBeOutside()
    {
        // The drawing's hall lies between x = -0.5 and 21 m; hall "Government" stands at 24 to 34 m.
        const QByteArray before = sha256Of(m_site);
        const CliRun run = runCli({QStringLiteral("import-dxf"), m_site, QStringLiteral("--hall"), QStringLiteral("Government"),
                                   QStringLiteral("--layers"), QStringLiteral("A-WALL=outline"), architectFile()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Hall \"Government\", row \"G1\", rack \"G1-01\"")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("outline")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("Nothing was imported")));
        QCOMPARE(sha256Of(m_site), before);
    }

    void listsLayers()
    {
        const CliRun text = runCli({QStringLiteral("import-dxf"), QStringLiteral("--list-layers"), architectFile()});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains("A-COLS"));
        QVERIFY(text.out.contains("SPLINE 1"));
        const CliRun json = runCli({QStringLiteral("--json"), QStringLiteral("import-dxf"), QStringLiteral("--list-layers"),
                                    architectFile()});
        QCOMPARE(json.exitCode, 0);
        bool found = false;
        for (const QJsonValue &layer : QJsonDocument::fromJson(json.out).object()[QStringLiteral("layers")].toArray())
            if (layer[QStringLiteral("name")].toString() == QLatin1String("M-CRAH")) {
                found = true;
                QCOMPARE(layer[QStringLiteral("usable")].toInt(), 2);
                QCOMPARE(layer[QStringLiteral("labels")].toInt(), 1);
            }
        QVERIFY(found);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrFragment");
        const QString file = QStringLiteral("/nonexistent/site.hectare");
        QTest::newRow("bad role") << QStringList{QStringLiteral("import-dxf"), file, QStringLiteral("--layers"),
                                                 QStringLiteral("A-WALL=sofa"), architectFile()}
                                  << 1 << QStringLiteral("A-WALL=sofa");
        QTest::newRow("no layers") << QStringList{QStringLiteral("import-dxf"), file, architectFile()} << 1
                                   << QStringLiteral("--layers");
        QTest::newRow("bad units") << QStringList{QStringLiteral("import-dxf"), file, QStringLiteral("--layers"),
                                                  QStringLiteral("A-WALL=outline"), QStringLiteral("--units"),
                                                  QStringLiteral("ft"), architectFile()}
                                   << 1 << QStringLiteral("--units");
        QTest::newRow("missing document") << QStringList{QStringLiteral("import-dxf"), file, QStringLiteral("--layers"),
                                                         QStringLiteral("A-WALL=outline"), architectFile()}
                                          << 2 << file;
        QTest::newRow("missing drawing") << QStringList{QStringLiteral("import-dxf"), QStringLiteral("--list-layers"),
                                                        QStringLiteral("/nonexistent/plan.dxf")}
                                         << 2 << QStringLiteral("/nonexistent/plan.dxf: does not exist");
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrFragment);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(stderrFragment), qPrintable(run.err));
    }

    void unknownLayerIsABadInput()
    {
        const QByteArray before = sha256Of(m_site);
        const CliRun run = runCli({QStringLiteral("import-dxf"), m_site, QStringLiteral("--hall"), QStringLiteral("Colocation"),
                                   QStringLiteral("--layers"), QStringLiteral("A-NOPE=column"), architectFile()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("has no layer \"A-NOPE\"")), qPrintable(run.err));
        QCOMPARE(sha256Of(m_site), before);
    }

    void floorplanWritesDxf()
    {
        const QString path = m_dir.filePath(QStringLiteral("government.dxf"));
        const CliRun run = runCli({QStringLiteral("floorplan"), QStringLiteral("--hall"), QStringLiteral("Government"),
                                   QStringLiteral("-o"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("government.dxf"));
        if (!test::ezdxfAvailable())
            QSKIP("python3-ezdxf is not installed (scripts/setup installs it)");
        QString error;
        const QJsonObject report = test::readWithEzdxf(path, &error);
        QVERIFY2(!report.isEmpty(), qPrintable(error));
        QCOMPARE(report[QStringLiteral("insunits")].toInt(), 4);
        QCOMPARE(report[QStringLiteral("counts")][QStringLiteral("OUTLINE")][QStringLiteral("LWPOLYLINE")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("counts")][QStringLiteral("RACKS")][QStringLiteral("LWPOLYLINE")].toInt(), 40);
    }
};

QTEST_GUILESS_MAIN(TestCliDxf)
#include "tst_cli_dxf.moc"
