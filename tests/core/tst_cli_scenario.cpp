// hectare-cli scenario: the bundled sample site's failure scenarios listed and replayed, as text and
// as JSON, from the sample and from the version-7 fixture. The figures are those worked out by hand
// in tst_stored_scenario.cpp (sample site, 2026-06-01): at the contracted 529 kW nothing is lost in
// the three scenarios; at the design load (760 + 152 kW) a grid outage costs each hall its cooling
// from its ride-through (3.670 / 4.862 min) to the chillers' restart at 5.5 min, 24.80 kW·h in all.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace hectare::test;

namespace {

const QString kToday = QStringLiteral("2026-06-01");

QJsonObject jsonOf(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

QStringList replay(const QString &name, const QStringList &more = {})
{
    return QStringList{QStringLiteral("scenario"), QStringLiteral("--name"), name, QStringLiteral("--today"), kToday}
           + more;
}

bool near(double a, double b, double tolerance) { return std::abs(a - b) < tolerance; }

} // namespace

class TestCliScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheSampleScenarios()
    {
        const CliRun text = runCli({QStringLiteral("scenario"), QStringLiteral("--list")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        for (const char *name : {"Grid outage 72 h", "Chiller fails at 38 °C", "UPS module fails during maintenance"})
            QVERIFY2(text.outText().contains(QString::fromUtf8(name)), qPrintable(text.outText()));

        const CliRun json = runCli({QStringLiteral("--json"), QStringLiteral("scenario"), QStringLiteral("--list")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray list = jsonOf(json).value(QStringLiteral("failureScenarios")).toArray();
        QCOMPARE(list.size(), 3);
        const QJsonObject chiller = list.at(1).toObject();
        QCOMPARE(chiller.value(QStringLiteral("name")).toString(), QStringLiteral("Chiller fails at 38 °C"));
        QCOMPARE(chiller.value(QStringLiteral("ambientC")).toDouble(), 38.0);
        QCOMPARE(chiller.value(QStringLiteral("horizonHours")).toDouble(), 24.0);
        QVERIFY(list.at(0).toObject().value(QStringLiteral("ambientC")).isNull());
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("events")).toInt(), 2);
    }

    // The version-7 fixture holds the same scenarios as the sample it was made from.
    void listsTheScenariosOfADocument()
    {
        QTemporaryDir dir;
        const QString file = copyFixture(dir, QStringLiteral("site-v7.hectare"));
        const CliRun run = runCli({QStringLiteral("--json"), QStringLiteral("scenario"), file, QStringLiteral("--list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(jsonOf(run).value(QStringLiteral("failureScenarios")).toArray().size(), 3);
    }

    // Side A's UPS half goes short 2–8 h; the dual-corded racks ride on B: nothing is lost.
    void upsScenarioLosesNothing()
    {
        const CliRun run = runCli(replay(QStringLiteral("UPS module fails during maintenance")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString out = run.outText();
        QVERIFY2(out.contains(QStringLiteral("failure scenario \"UPS module fails during maintenance\"")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Basis: contracted load on 2026-06-01, 529.0 kW of IT in ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Horizon 12 h at the site's design ambient (35 °C); fuel delivered every "
                                             "tank's lead time.")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("1. UPS A/B unit 1 in maintenance from 0 h to 8 h")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("2. UPS A/B unit 2 fails at 2 h, repaired in its MTTR (6 h)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("No load loses power or cooling.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("IT load dropped: 0.0 kW·h over 0 of 5 loads.")), qPrintable(out));
    }

    // At the design load the grid outage drops cooling in both halls for a few minutes.
    void gridOutageAtDesignLoadAsText()
    {
        const CliRun run = runCli(replay(QStringLiteral("Grid outage 72 h"), {QStringLiteral("--basis"), QStringLiteral("design")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString out = run.outText();
        QVERIFY2(out.contains(QStringLiteral("Basis: design load (every position's design kW), 912.0 kW of IT in ")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("1. grid outage at 0 h for 72 h")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  Colocation: RPP-C-A1 + RPP-C-B1 (")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  Government: RPP-G-A + RPP-G-B (")), qPrintable(out));
        // Colocation: 3.670 min = 0:03:40; Government: 4.862 min = 0:04:52; both until 5.5 min.
        QVERIFY2(out.contains(QStringLiteral("no cooling from 0:03:40 to 0:05:30 (1.8 min)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("no cooling from 0:04:52 to 0:05:30 (0.6 min)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("why: grid outage at 0 h → generators starting (0.5 min) → source lost → "
                                             "power back at 0.01 h, Cooling of Colocation restarting (5 min) → thermal "
                                             "ride-through of Cooling of Colocation exhausted after 3.67 min → Cooling of "
                                             "Colocation lost")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Tenants: ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("IT load dropped: 24.8 kW·h over 5 of 5 loads.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Generators: at most 2 of 2 sets running.")), qPrintable(out));
    }

    void gridOutageAsJson()
    {
        const CliRun design = runCli(QStringList{QStringLiteral("--json")}
                                     + replay(QStringLiteral("Grid outage 72 h"), {QStringLiteral("--basis"), QStringLiteral("design")}));
        QVERIFY2(design.exitCode == 0, qPrintable(design.err));
        const QJsonObject root = jsonOf(design);
        QCOMPARE(root.value(QStringLiteral("basis")).toString(), QStringLiteral("design"));
        QCOMPARE(root.value(QStringLiteral("asOf")).toString(), kToday);
        QCOMPARE(root.value(QStringLiteral("ambientC")).toDouble(), 35.0);
        const QJsonArray losses = root.value(QStringLiteral("losses")).toArray();
        QCOMPARE(losses.size(), 5);
        const QJsonObject first = losses.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("what")).toString(), QStringLiteral("cooling"));
        QVERIFY(near(first.value(QStringLiteral("endHours")).toDouble(), 5.5 / 60, 1e-6));
        QVERIFY(!first.value(QStringLiteral("rackIds")).toArray().isEmpty());
        QVERIFY(!first.value(QStringLiteral("tenants")).toArray().isEmpty());
        QVERIFY(first.value(QStringLiteral("tenants")).toArray().at(0).toObject().contains(QStringLiteral("tenantId")));
        const QJsonArray chain = first.value(QStringLiteral("causes")).toArray().at(0).toArray();
        QCOMPARE(chain.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("grid-outage"));
        QCOMPARE(chain.last().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("cooling-lost"));
        const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
        QVERIFY(near(summary.value(QStringLiteral("droppedKwHours")).toDouble(), 24.80, 0.01));
        QCOMPARE(summary.value(QStringLiteral("loadsAffected")).toInt(), 5);
        // Every 15 min over 80 h: 321 samples.
        const QJsonArray samples = root.value(QStringLiteral("samples")).toArray();
        QCOMPARE(samples.size(), 80 * 4 + 1);
        const QJsonObject quarter = samples.at(1).toObject();
        QCOMPARE(quarter.value(QStringLiteral("hours")).toDouble(), 0.25);
        QVERIFY(near(quarter.value(QStringLiteral("itKwCarried")).toDouble(), 912, 1e-6));
        QCOMPARE(quarter.value(QStringLiteral("generatorsRunning")).toInt(), 2);
        QVERIFY(quarter.contains(QStringLiteral("batteryMinutesMin")));
        QVERIFY(quarter.contains(QStringLiteral("rideThroughMinutesMin")));

        // At the contracted 529 kW: nothing lost; the tanks' 144.93 h are lowest just before each
        // 24 h delivery, 144.93 − 23.98 = 120.95 h at 23:59.
        const CliRun contracted = runCli(QStringList{QStringLiteral("--json")} + replay(QStringLiteral("Grid outage 72 h")));
        QVERIFY2(contracted.exitCode == 0, qPrintable(contracted.err));
        const QJsonObject c = jsonOf(contracted);
        QVERIFY(c.value(QStringLiteral("losses")).toArray().isEmpty());
        const QJsonObject cs = c.value(QStringLiteral("summary")).toObject();
        QVERIFY(near(cs.value(QStringLiteral("itKw")).toDouble(), 529, 1e-6));
        QVERIFY(near(cs.value(QStringLiteral("fuelLowHours")).toDouble(), 120.95, 0.01));
        QVERIFY(near(cs.value(QStringLiteral("fuelLowAtHours")).toDouble(), 23 + 59.0 / 60, 1e-6));
        const QJsonObject at23 = c.value(QStringLiteral("samples")).toArray().at(23 * 4).toObject();
        QVERIFY(near(at23.value(QStringLiteral("fuelHoursLeft")).toDouble(), 144.93 - 23, 0.01));
        QVERIFY(near(at23.value(QStringLiteral("batteryMinutesMin")).toDouble(), 10 * 1000 / 529.0, 1e-6));
    }

    // 38 °C: 3 × 482 kW for 529 kW, N+1 holds; no grid outage, so no generator or fuel line.
    void chillerScenarioAsText()
    {
        const CliRun run = runCli(replay(QStringLiteral("Chiller fails at 38 °C")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString out = run.outText();
        QVERIFY2(out.contains(QStringLiteral("chillers at 38.0 °C")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Horizon 24 h at 38 °C outside")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("1. Air-cooled chillers CH1–CH3 unit 3 fails at 1 h, repaired in its MTTR (26 h)")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("No load loses power or cooling.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("No grid outage: the generators are not called on.")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("Fuel low point")), qPrintable(out));
    }

    void unknownNameFails()
    {
        const CliRun run = runCli(replay(QStringLiteral("Flood")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("Failure scenario \"Flood\": not found in this document (it has "
                                                 "\"Grid outage 72 h\", \"Chiller fails at 38 °C\"")),
                 qPrintable(run.err));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("scenario")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("scenario"), QStringLiteral("--list"), QStringLiteral("--name"), QStringLiteral("x")}).exitCode, 1);
        const CliRun basis = runCli(replay(QStringLiteral("Grid outage 72 h"), {QStringLiteral("--basis"), QStringLiteral("peak")}));
        QCOMPARE(basis.exitCode, 1);
        QVERIFY2(basis.err.contains(QStringLiteral("--basis must be contracted or design")), qPrintable(basis.err));
        QCOMPARE(runCli({QStringLiteral("scenario"), QStringLiteral("--list"), QStringLiteral("--today"), QStringLiteral("soon")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliScenario)
#include "tst_cli_scenario.moc"
