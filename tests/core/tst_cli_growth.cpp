// Tests `hectare-cli growth` (app/cli/growth_command.cpp) as a user runs it: exit codes 0/1/2,
// the JSON keys, the CSV table, --compare, thread independence, and that it changes no file.
#include "cli_runner.h"
#include "store/migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

const QString kAnchor = QStringLiteral("Bank + telco anchor tenant");

using hectare::test::CliRun;
using hectare::test::copyFixture;
using hectare::test::sha256Of;

// `hectare-cli growth` with these arguments.
CliRun cli(QStringList args)
{
    args.prepend(QStringLiteral("growth"));
    return hectare::test::runCli(args);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestCliGrowth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrFragment");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QString();
        QTest::newRow("sample, default scenario") << QStringList{QStringLiteral("--runs"), QStringLiteral("200")} << 0
                                                  << QString();
        QTest::newRow("expected values only") << QStringList{QStringLiteral("--runs"), QStringLiteral("0")} << 0
                                              << QString();
        QTest::newRow("negative runs") << QStringList{QStringLiteral("--runs"), QStringLiteral("-5")} << 1
                                       << QStringLiteral("--runs");
        QTest::newRow("runs not a number") << QStringList{QStringLiteral("--runs"), QStringLiteral("many")} << 1
                                           << QStringLiteral("--runs");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("-1")} << 1
                                  << QStringLiteral("--seed");
        QTest::newRow("bad threads") << QStringList{QStringLiteral("--threads"), QStringLiteral("two")} << 1
                                     << QStringLiteral("--threads");
        QTest::newRow("json and csv") << QStringList{QStringLiteral("--json"), QStringLiteral("--csv")} << 1
                                      << QStringLiteral("--csv");
        QTest::newRow("compare needs two") << QStringList{QStringLiteral("--compare"), QStringLiteral("Base")} << 1
                                           << QStringLiteral("--compare");
        QTest::newRow("compare and scenario") << QStringList{QStringLiteral("--compare"), QStringLiteral("Base,Base"),
                                                             QStringLiteral("--scenario"), QStringLiteral("Base")}
                                              << 1 << QStringLiteral("--compare");
        QTest::newRow("two files") << QStringList{QStringLiteral("a.hectare"), QStringLiteral("b.hectare")} << 1
                                   << QStringLiteral("FILE");
        QTest::newRow("unknown scenario") << QStringList{QStringLiteral("--scenario"), QStringLiteral("Nope")} << 2
                                          << QStringLiteral("Scenario \"Nope\": not found in this document");
        QTest::newRow("unknown scenario in a comparison")
            << QStringList{QStringLiteral("--compare"), QStringLiteral("Base,Nope")} << 2 << QStringLiteral("\"Nope\"");
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/site.hectare")} << 2
                                      << QStringLiteral("/nonexistent/site.hectare");
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrFragment);
        const CliRun run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        if (!stderrFragment.isEmpty())
            QVERIFY2(run.err.contains(stderrFragment), qPrintable(run.err));
        if (exitCode == 0)
            QVERIFY(!run.out.isEmpty());
    }

    void jsonHasTheDocumentedKeys()
    {
        const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("--scenario"), kAnchor, QStringLiteral("--runs"),
                                QStringLiteral("500")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(sorted(root.keys()), sorted({"scenario", "start", "horizonMonths", "runs", "seed", "decisionRisk",
                                              "months", "site", "halls", "expansions"}));
        QCOMPARE(root.value("scenario").toString(), kAnchor);
        QCOMPARE(root.value("start").toString(), QStringLiteral("2026-01"));
        QCOMPARE(root.value("runs").toInt(), 500);
        QCOMPARE(root.value("months").toArray().size(), 120);
        QCOMPARE(root.value("months").toArray().last().toString(), QStringLiteral("2035-12"));
        const QJsonObject resources = root.value("site").toObject().value("resources").toObject();
        QCOMPARE(sorted(resources.keys()), sorted({"space", "power", "cooling", "generator"}));
        const QJsonObject generator = resources.value("generator").toObject();
        QCOMPARE(sorted(generator.keys()), sorted({"unit", "exhaustion", "decision", "series"}));
        QCOMPARE(generator.value("unit").toString(), QStringLiteral("kVA"));
        QCOMPARE(sorted(generator.value("exhaustion").toObject().keys()),
                 sorted({"expected", "p10", "p50", "p90", "atRisk", "shareWithinHorizon"}));
        QCOMPARE(sorted(generator.value("decision").toObject().keys()),
                 sorted({"month", "late", "leadTimeMonths", "expansionId"}));
        const QJsonObject series = generator.value("series").toObject();
        QCOMPARE(sorted(series.keys()), sorted({"capacity", "expected", "p10", "p50", "p90", "exceedance", "exhaustion"}));
        for (const QString &key : series.keys())
            QCOMPARE(series.value(key).toArray().size(), 120);
        double exhausted = 0;   // the distribution of the exhaustion month adds up to the share within the horizon
        for (const QJsonValue &share : series.value("exhaustion").toArray())
            exhausted += share.toDouble();
        QVERIFY(std::abs(exhausted - generator.value("exhaustion").toObject().value("shareWithinHorizon").toDouble()) < 1e-9);
        const QJsonArray halls = root.value("halls").toArray();
        QCOMPARE(halls.size(), 2);
        QCOMPARE(sorted(halls.at(0).toObject().value("resources").toObject().keys()), sorted({"space", "power", "cooling"}));
        // The third generator comes "when needed": its month is set by the rule.
        const QJsonObject g3 = root.value("expansions").toArray().at(0).toObject();
        QCOMPARE(g3.value("name").toString(), QStringLiteral("Generator G3"));
        QVERIFY(g3.value("whenNeeded").toBool());
        QVERIFY(g3.value("online").isString());
        QCOMPARE(g3.value("trigger").toObject().value("resource").toString(), QStringLiteral("generator"));
    }

    void csvHasAHeaderAndARowPerMonth()
    {
        const CliRun run = cli({QStringLiteral("--csv"), QStringLiteral("--runs"), QStringLiteral("200")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("scenario,scope,resource,unit,month,capacity,expected,p10,p50,p90,exceedance,exhausted\r"));
        // Site: 4 resources, 2 halls: 3 each, 120 months: 1,200 rows, the header, and the empty
        // piece after the last line end.
        QCOMPARE(lines.size(), 1 + 1200 + 1);
        QVERIFY(lines.at(1).startsWith("Base,site,space,positions,2026-01,190,"));
        QVERIFY(run.out.contains("\r\nBase,Colocation,power,kW,2035-12,"));

        const CliRun runsZero = cli({QStringLiteral("--csv"), QStringLiteral("--runs"), QStringLiteral("0")});
        QVERIFY(runsZero.out.split('\n').at(1).endsWith(",,,,,\r"));   // no Monte Carlo columns
    }

    void compareShowsTwoScenarios()
    {
        const QStringList compare{QStringLiteral("--compare"), QStringLiteral("Base,") + kAnchor, QStringLiteral("--runs"),
                                  QStringLiteral("300")};
        const CliRun text = cli(compare);
        QCOMPARE(text.exitCode, 0);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("scenario A \"Base\" and scenario B \"") + kAnchor), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("A P10")) && out.contains(QStringLiteral("B decide by")));

        const CliRun json = cli(QStringList(compare) << QStringLiteral("--json"));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray both = QJsonDocument::fromJson(json.out).object().value("compare").toArray();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).toObject().value("scenario").toString(), QStringLiteral("Base"));
        QCOMPARE(both.at(1).toObject().value("scenario").toString(), kAnchor);

        const CliRun csv = cli(QStringList(compare) << QStringLiteral("--csv"));
        QCOMPARE(csv.out.count("\r\n"), 1 + 2 * 1200);
    }

    void threadsDoNotChangeTheOutput()
    {
        const QStringList args{QStringLiteral("--json"), QStringLiteral("--scenario"), kAnchor, QStringLiteral("--runs"),
                               QStringLiteral("1000"), QStringLiteral("--seed"), QStringLiteral("42")};
        const CliRun one = cli(QStringList(args) << QStringLiteral("--threads") << QStringLiteral("1"));
        const CliRun two = cli(QStringList(args) << QStringLiteral("--threads") << QStringLiteral("2"));
        QCOMPARE(one.exitCode, 0);
        QVERIFY(!one.out.isEmpty());
        QCOMPARE(two.out, one.out);
    }

    void textNamesDatesUnitsAndDecisions()
    {
        const CliRun run = cli({QStringLiteral("--scenario"), kAnchor, QStringLiteral("--runs"), QStringLiteral("500")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        for (const char *fragment : {"growth scenario \"Bank + telco anchor tenant\", 2026-01 to 2035-12 (120 months)",
                                     "500 runs, seed 1", "Decide by", "kVA", "positions", "Generator G3", "Chiller CH4",
                                     "when needed: Generators (site) exhausted in 20"})
            QVERIFY2(out.contains(QString::fromUtf8(fragment)), qPrintable(fragment + QStringLiteral("\n") + out));

        const CliRun french = cli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--runs"),
                                   QStringLiteral("10000")});
        QCOMPARE(french.exitCode, 0);
        QVERIFY2(QString::fromUtf8(french.out).contains(QStringLiteral("10\u202F000")), french.out.constData());
    }

    // A document opened to run scenarios is not written: its bytes stay the same. (The fixture of
    // the current schema: an older one is upgraded on opening.)
    void runningChangesNoFile()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v%1.hectare").arg(hectare::kSchemaVersion));
        const QByteArray before = sha256Of(path);
        QCOMPARE(cli({path, QStringLiteral("--compare"), QStringLiteral("Base,") + kAnchor, QStringLiteral("--runs"),
                      QStringLiteral("200")})
                     .exitCode,
                 0);
        QCOMPARE(sha256Of(path), before);
    }

    // A document without scenarios (the version-1 fixture, upgraded) runs its contracts alone.
    void documentWithoutScenariosRunsItsContracts()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QStringLiteral("site-v1.hectare"));
        const CliRun run = cli({path, QStringLiteral("--runs"), QStringLiteral("100"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("scenario").toString(), QStringLiteral("Contracts only"));
    }
};

QTEST_GUILESS_MAIN(TestCliGrowth)
#include "tst_cli_growth.moc"
