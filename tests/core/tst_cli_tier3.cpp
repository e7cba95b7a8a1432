// hectare-cli tier3: the bundled sample site passes at its contracted load and fails on the
// generators at its design load; tests/data/broken-tier3.json, imported into a document at run
// time, fails with its violations named; the JSON carries each component's document reference and
// each dropped load's racks. Exit codes: 0 passes, 1 fails, 2 errors. The figures are derived in
// tst_tier3_site.cpp. Expected texts stop short of plural words ("1 load(s)" untranslated, "1 load" in English).
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace hectare::test;

namespace {

const QStringList kAt{QStringLiteral("--today"), QStringLiteral("2026-06-01")};

QJsonObject jsonOf(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

// The broken variant as a document in `dir`, made the way a user would.
QString brokenDocument(const QTemporaryDir &dir, QString *error)
{
    const QString document = dir.filePath(QStringLiteral("broken-tier3.hectare"));
    const CliRun run = runCli({QStringLiteral("import-json"), QStringLiteral(HECTARE_TEST_DATA "/broken-tier3.json"), document});
    if (run.exitCode != 0) {
        *error = run.err;
        return {};
    }
    return document;
}

QJsonObject findingNamed(const QJsonArray &findings, const QString &name)
{
    for (const QJsonValue &f : findings)
        if (f.toObject().value(QStringLiteral("component")).toObject().value(QStringLiteral("name")).toString() == name)
            return f.toObject();
    return {};
}

bool near(double a, double b, double tolerance) { return std::abs(a - b) < tolerance; }

} // namespace

class TestCliTier3 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplePassesAtTheContractedLoad()
    {
        const CliRun run = runCli(QStringList{QStringLiteral("tier3")} + kAt);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.outText()));
        const QString text = run.outText();
        QVERIFY2(text.contains(QStringLiteral("Basis: contracted load on 2026-06-01, 529.0 kW of IT in 113 racks")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Tier III: passed.")));
        QVERIFY(text.contains(QStringLiteral("Maintenance violations: none")));
        QVERIFY(text.contains(QStringLiteral("Generators G1/G2: with one of 2 sets out, 800.0 kW carry the 770.3 kW load (margin 29.7 kW)")));
        QVERIFY(text.contains(QStringLiteral("Fuel lasts 87.0 h at full load (1,299.0 kW; at least 12.0 h required)")));
    }

    void sampleFailsAtTheDesignLoad()
    {
        const CliRun run = runCli(QStringList{QStringLiteral("tier3"), QStringLiteral("--basis"), QStringLiteral("design")} + kAt);
        QCOMPARE(run.exitCode, 1);
        const QString text = run.outText();
        QVERIFY2(text.contains(QStringLiteral("Basis: design load (every position's design kW), 912.0 kW of IT in 190 racks")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Tier III: failed.")));
        QVERIFY(text.contains(QStringLiteral("Maintenance violations: 2")));
        QVERIFY(text.contains(QStringLiteral("Generators G1/G2 unit 1 out for maintenance drops 5 load")));
        QVERIFY(text.contains(QStringLiteral("800.0 kW are left for a 1,299.0 kW load (499.0 kW short): not N+1")));
    }

    void brokenVariantFailsWithItsViolationsNamed()
    {
        QTemporaryDir dir;
        QString error;
        const QString file = brokenDocument(dir, &error);
        QVERIFY2(!file.isEmpty(), qPrintable(error));
        const CliRun run = runCli(QStringList{QStringLiteral("tier3"), file} + kAt);
        QCOMPARE(run.exitCode, 1);
        const QString text = run.outText();
        QVERIFY2(text.contains(QStringLiteral("Maintenance violations: 16")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("  - RPP-C-A1 out for maintenance drops 1 load")));
        QVERIFY(text.contains(QStringLiteral(", 136.0 kW: RPP-C-A1 is 136.0 kW short (units left: 0, needed: 1)\n")));
        QVERIFY(text.contains(QStringLiteral("      Colocation: RPP-C-A1 (34 rack")));
        QVERIFY(text.contains(QStringLiteral(") loses power (136.0 kW)\n")));
        QVERIFY(text.contains(QStringLiteral("  - Air-cooled chillers CH1–CH3 unit 1 out for maintenance drops 5 load")));
        QVERIFY(text.contains(QStringLiteral(", 529.0 kW: Air-cooled chillers CH1–CH3 is 29.0 kW short (units left: 1, needed: 2)")));
        QVERIFY(text.contains(QStringLiteral("      Government: RPP-G-A (30 rack")));
        QVERIFY(text.contains(QStringLiteral(") loses cooling (120.0 kW)\n")));
        QVERIFY(text.contains(QStringLiteral("  - side A out for maintenance drops 5 load")));
        QVERIFY(text.contains(QStringLiteral("Single points of failure (grid present; informational): 10")));
        QVERIFY(text.contains(QStringLiteral("Fuel lasts only 8.7 h at full load (1,299.0 kW), at least 12.0 h required")));
    }

    void brokenVariantAsJson()
    {
        QTemporaryDir dir;
        QString error;
        const QString file = brokenDocument(dir, &error);
        QVERIFY2(!file.isEmpty(), qPrintable(error));
        const CliRun run = runCli(QStringList{QStringLiteral("--json"), QStringLiteral("tier3"), file} + kAt);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(QStringLiteral("passed")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("basis")).toString(), QStringLiteral("contracted"));
        QCOMPARE(json.value(QStringLiteral("asOf")).toString(), QStringLiteral("2026-06-01"));
        QCOMPARE(json.value(QStringLiteral("itKw")).toDouble(), 529.0);
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("violations")).toInt(), 16);
        QCOMPARE(summary.value(QStringLiteral("singlePointsOfFailure")).toInt(), 10);
        const QJsonArray violations = json.value(QStringLiteral("violations")).toArray();
        QCOMPARE(violations.size(), 16);

        const QJsonObject rpp = findingNamed(violations, QStringLiteral("RPP-C-A1"));
        const QJsonObject unit = rpp.value(QStringLiteral("component")).toObject();
        QCOMPARE(unit.value(QStringLiteral("type")).toString(), QStringLiteral("unit"));
        QCOMPARE(unit.value(QStringLiteral("kind")).toString(), QStringLiteral("pdu-rpp"));
        QCOMPARE(unit.value(QStringLiteral("componentId")).toInteger(), 1);
        QCOMPARE(unit.value(QStringLiteral("member")).toInt(), 1);
        const QJsonArray drops = rpp.value(QStringLiteral("drops")).toArray();
        QCOMPARE(drops.size(), 1);
        const QJsonObject drop = drops.first().toObject();
        QVERIFY(drop.value(QStringLiteral("load")).toString().startsWith(QStringLiteral("Colocation: RPP-C-A1 (34 rack")));
        QCOMPARE(drop.value(QStringLiteral("kw")).toDouble(), 136.0);
        QCOMPARE(drop.value(QStringLiteral("cording")).toString(), QStringLiteral("single-a"));
        QCOMPARE(drop.value(QStringLiteral("lostPower")).toBool(), true);
        QCOMPARE(drop.value(QStringLiteral("lostCooling")).toBool(), false);
        QCOMPARE(drop.value(QStringLiteral("hallId")).toInteger(), 1);
        QCOMPARE(drop.value(QStringLiteral("rackIds")).toArray().size(), 34);
        QCOMPARE(drop.value(QStringLiteral("pathsDown")).toArray(), QJsonArray{QStringLiteral("RPP-C-A1")});

        const QJsonObject chiller = findingNamed(violations, QStringLiteral("Air-cooled chillers CH1–CH3 unit 2"));
        const QJsonObject chillerUnit = chiller.value(QStringLiteral("component")).toObject();
        QCOMPARE(chillerUnit.value(QStringLiteral("kind")).toString(), QStringLiteral("chiller"));
        QCOMPARE(chillerUnit.value(QStringLiteral("member")).toInt(), 2);
        const QJsonObject shortfall = chiller.value(QStringLiteral("shortfalls")).toArray().first().toObject();
        QVERIFY(near(shortfall.value(QStringLiteral("shortfallKw")).toDouble(), 29, 1e-9));
        QCOMPARE(chiller.value(QStringLiteral("drops")).toArray().first().toObject().value(QStringLiteral("cooling")).toString(),
                 QStringLiteral("Cooling of Colocation"));

        const QJsonObject path = findingNamed(violations, QStringLiteral("path RPP-G-A (side A)")).value(QStringLiteral("component")).toObject();
        QCOMPARE(path.value(QStringLiteral("type")).toString(), QStringLiteral("path"));
        QCOMPARE(path.value(QStringLiteral("pduId")).toInteger(), 9);
        QCOMPARE(path.value(QStringLiteral("side")).toString(), QStringLiteral("A"));

        const QJsonObject generators = json.value(QStringLiteral("generators")).toObject();
        QCOMPARE(generators.value(QStringLiteral("passed")).toBool(), true);
        QVERIFY(near(generators.value(QStringLiteral("marginKw")).toDouble(), 29.74, 0.005));
        const QJsonObject fuel = json.value(QStringLiteral("fuel")).toObject();
        QCOMPARE(fuel.value(QStringLiteral("passed")).toBool(true), false);
        QCOMPARE(fuel.value(QStringLiteral("atFullLoad")).toBool(), true);
        QVERIFY(near(fuel.value(QStringLiteral("tankHours")).toDouble(), 8.70, 0.005));
    }

    // 2: a missing file, an unknown basis, a bad date, two files; 1 stays "fails Tier III".
    void errorsExitWithTwo()
    {
        const CliRun missing = runCli({QStringLiteral("tier3"), QStringLiteral("/nonexistent/site.hectare")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!missing.err.isEmpty());
        const CliRun basis = runCli({QStringLiteral("tier3"), QStringLiteral("--basis"), QStringLiteral("peak")});
        QCOMPARE(basis.exitCode, 2);
        QVERIFY2(basis.err.contains(QStringLiteral("--basis must be contracted or design")), qPrintable(basis.err));
        const CliRun date = runCli({QStringLiteral("tier3"), QStringLiteral("--today"), QStringLiteral("2026-13-01")});
        QCOMPARE(date.exitCode, 2);
        const CliRun option = runCli({QStringLiteral("tier3"), QStringLiteral("--no-such-option")});
        QCOMPARE(option.exitCode, 2);
        const CliRun files = runCli({QStringLiteral("tier3"), QStringLiteral("a.hectare"), QStringLiteral("b.hectare")});
        QCOMPARE(files.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTier3)
#include "tst_cli_tier3.moc"
