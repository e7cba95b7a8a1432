// hectare-cli availability: the Monte Carlo on the bundled sample site per tenant, hall and site,
// the same figures on 1 and 2 threads, the Tier III comparison and the importance ranking, in text
// and JSON; usage errors for bad numbers, 2 for a missing file.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>

using namespace hectare::test;

namespace {

QStringList availability(const QStringList &extra)
{
    return QStringList{QStringLiteral("availability"), QStringLiteral("--years"), QStringLiteral("3000"),
                       QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--today"), QStringLiteral("2026-06-01")}
        + extra;
}

QJsonObject jsonOf(const CliRun &run) { return QJsonDocument::fromJson(run.out).object(); }

// The figures, without what depends on the run (its time and thread count).
QJsonObject figuresOf(QJsonObject json)
{
    json.remove(QStringLiteral("seconds"));
    json.remove(QStringLiteral("threads"));
    return json;
}

} // namespace

class TestCliAvailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameFiguresOnOneAndTwoThreads()
    {
        const CliRun one = runCli(QStringList{QStringLiteral("--json")} + availability({QStringLiteral("--threads"), QStringLiteral("1")}));
        const CliRun two = runCli(QStringList{QStringLiteral("--json")} + availability({QStringLiteral("--threads"), QStringLiteral("2")}));
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QVERIFY2(two.exitCode == 0, qPrintable(two.err));
        QCOMPARE(jsonOf(one).value(QStringLiteral("threads")).toInt(), 1);
        QCOMPARE(jsonOf(two).value(QStringLiteral("threads")).toInt(), 2);
        QVERIFY(!jsonOf(one).value(QStringLiteral("site")).toObject().isEmpty());
        QCOMPARE(figuresOf(jsonOf(one)), figuresOf(jsonOf(two)));
        // Another seed gives other figures: the comparison above compares something.
        const CliRun other = runCli({QStringLiteral("--json"), QStringLiteral("availability"), QStringLiteral("--years"),
                                     QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("8"),
                                     QStringLiteral("--today"), QStringLiteral("2026-06-01")});
        QCOMPARE(other.exitCode, 0);
        QVERIFY(jsonOf(other).value(QStringLiteral("site")) != jsonOf(one).value(QStringLiteral("site")));
    }

    // Contracted on 2026-06-01: 16 tenants hold 529 kW in 113 racks, Colocation 409 kW, Government 120 kW.
    void jsonHasRowsPerTenantHallAndSite()
    {
        const CliRun run = runCli(QStringList{QStringLiteral("--json")} + availability({QStringLiteral("--threads"), QStringLiteral("2")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(QStringLiteral("years")).toInt(), 3000);
        QCOMPARE(json.value(QStringLiteral("seed")).toString(), QStringLiteral("7"));
        QCOMPARE(json.value(QStringLiteral("basis")).toString(), QStringLiteral("contracted"));
        QCOMPARE(json.value(QStringLiteral("asOf")).toString(), QStringLiteral("2026-06-01"));
        QCOMPARE(json.value(QStringLiteral("tier3Availability")).toDouble(), 0.99982);
        QVERIFY(json.value(QStringLiteral("seconds")).toDouble() > 0);

        const QJsonArray tenants = json.value(QStringLiteral("tenants")).toArray();
        QCOMPARE(tenants.size(), 16);
        double tenantKw = 0;
        for (const QJsonValue &t : tenants) {
            QCOMPARE(t.toObject().value(QStringLiteral("scope")).toString(), QStringLiteral("tenant"));
            tenantKw += t.toObject().value(QStringLiteral("itKw")).toDouble();
        }
        QVERIFY(qAbs(tenantKw - 529) < 1e-6);
        const QJsonArray halls = json.value(QStringLiteral("halls")).toArray();
        QCOMPARE(halls.size(), 2);
        QCOMPARE(halls[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Colocation"));
        QCOMPARE(halls[0].toObject().value(QStringLiteral("itKw")).toDouble(), 409.0);
        QCOMPARE(halls[1].toObject().value(QStringLiteral("itKw")).toDouble(), 120.0);

        const QJsonObject site = json.value(QStringLiteral("site")).toObject();
        QCOMPARE(site.value(QStringLiteral("racks")).toInt(), 113);
        const double availability = site.value(QStringLiteral("availability")).toDouble();
        const double downtime = site.value(QStringLiteral("downtimeHoursPerYear")).toDouble();
        QVERIFY(availability > 0.99 && availability <= 1);
        QVERIFY(qAbs(availability - (1 - downtime / 8760)) < 1e-12);
        QCOMPARE(site.value(QStringLiteral("meetsTier3")).toBool(), availability >= 0.99982);
        QVERIFY(site.value(QStringLiteral("downtimeP90Hours")).toDouble() >= 0);
        const double noOutage = site.value(QStringLiteral("noOutageYearShare")).toDouble();
        QVERIFY(noOutage > 0 && noOutage < 1);
        // A hall is down no more than the site (down while any rack is down).
        for (const QJsonValue &h : halls)
            QVERIFY(h.toObject().value(QStringLiteral("downtimeHoursPerYear")).toDouble() <= downtime + 1e-12);

        const QJsonArray importance = json.value(QStringLiteral("importance")).toArray();
        QVERIFY(!importance.isEmpty());
        for (qsizetype i = 1; i < importance.size(); ++i)
            QVERIFY(importance[i - 1].toObject().value(QStringLiteral("share")).toDouble()
                    >= importance[i].toObject().value(QStringLiteral("share")).toDouble());
        const QJsonObject first = importance.first().toObject();
        QVERIFY(!first.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(qAbs(first.value(QStringLiteral("hoursPerYear")).toDouble()
                     - first.value(QStringLiteral("share")).toDouble() * downtime) < 1e-9);
        // The histogram holds the years with downtime, in rising bins.
        qint64 histogramYears = 0;
        double from = -1;
        for (const QJsonValue &value : json.value(QStringLiteral("siteDowntimeHistogram")).toArray()) {
            const QJsonObject bin = value.toObject();
            QVERIFY(bin.value(QStringLiteral("fromHours")).toDouble() > from);
            QVERIFY(bin.value(QStringLiteral("toHours")).toDouble() > bin.value(QStringLiteral("fromHours")).toDouble());
            from = bin.value(QStringLiteral("fromHours")).toDouble();
            histogramYears += bin.value(QStringLiteral("years")).toInteger();
        }
        QCOMPARE(histogramYears, qRound64(3000 * (1 - noOutage)));
    }

    void textTableAndImportance()
    {
        const CliRun run = runCli(availability({QStringLiteral("--threads"), QStringLiteral("1")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = run.outText();
        QVERIFY2(text.contains(QStringLiteral("Lomé Carrier Hotel (sample): availability over 3,000 simulated years (seed 7, threads: 1, ")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Basis: contracted load on 2026-06-01, 529.0 kW of IT in 113 racks")));
        QVERIFY(text.contains(QStringLiteral("Tier III: at least 99.982 % availability, at most 1.58 h of downtime a year.")));
        for (const QString &header : {QStringLiteral("Availability"), QStringLiteral("Downtime h/yr"), QStringLiteral("P90 h/yr"),
                                      QStringLiteral("No-outage years"), QStringLiteral("Outages/yr"), QStringLiteral("Tier III")})
            QVERIFY2(text.contains(header), qPrintable(header));
        const QStringList lines = text.split(QLatin1Char('\n'));
        const auto rowStarting = [&](const QString &start) {
            return std::count_if(lines.begin(), lines.end(), [&](const QString &l) { return l.startsWith(start); });
        };
        QCOMPARE(rowStarting(QStringLiteral("Tenant  ")), 16);
        QCOMPARE(rowStarting(QStringLiteral("Hall    Colocation")), 1);
        QCOMPARE(rowStarting(QStringLiteral("Hall    Government")), 1);
        QCOMPARE(rowStarting(QStringLiteral("Site    Lomé Carrier Hotel (sample)")), 1);
        // The importance table: at most the top 10, ranked from 1.
        const auto importance = std::find_if(lines.begin(), lines.end(), [](const QString &l) {
            return l.startsWith(QStringLiteral("Importance: the share of the site's downtime"));
        });
        QVERIFY(importance != lines.end());
        QStringList ranked;
        for (auto it = importance + 3; it != lines.end() && !it->isEmpty(); ++it)   // past the heading and its rule
            ranked << it->trimmed();
        QVERIFY2(!ranked.isEmpty() && ranked.size() <= 10, qPrintable(text));
        QVERIFY(ranked.first().startsWith(QStringLiteral("1  ")));
        QVERIFY(ranked.last().startsWith(QStringLiteral("%1  ").arg(ranked.size())));
    }

    void badNumbersAndMissingFiles()
    {
        for (const QString &years : {QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("many")}) {
            const CliRun run = runCli({QStringLiteral("availability"), QStringLiteral("--years"), years});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("--years must be a whole number")), qPrintable(run.err));
        }
        QCOMPARE(runCli({QStringLiteral("availability"), QStringLiteral("--threads"), QStringLiteral("x")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("availability"), QStringLiteral("--basis"), QStringLiteral("peak")}).exitCode, 1);
        const CliRun missing = runCli({QStringLiteral("availability"), QStringLiteral("/nonexistent/site.hectare"),
                                       QStringLiteral("--years"), QStringLiteral("10")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!missing.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAvailability)
#include "tst_cli_availability.moc"
