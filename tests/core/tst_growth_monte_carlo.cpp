// Tests core/growth's Monte Carlo (monte_carlo, growth_run) against closed forms: certain
// prospects give the projection, an uncertain one its probability within 3σ, churn its survival
// within 3σ; results depend on the seed only, not on the number of threads; progress and cancel.
#include "growth/growth_engine.h"
#include "growth/growth_json.h"
#include "io/sample_site.h"

#include "growth_site.h"

#include <QtTest>

#include <cmath>

using namespace hectare;
using namespace hectare::test;

namespace {

GrowthResult simulated(const SiteModel &model, const Scenario &scenario, int runs, quint64 seed = 1, int threads = 1)
{
    GrowthOptions options;
    options.runs = runs;
    options.seed = seed;
    options.threads = threads;
    Result<GrowthResult> result = runGrowth(model, scenario, options);
    if (!result) {
        qWarning("%s", qPrintable(result.error().text()));
        return {};
    }
    return std::move(result.value());
}

// Hall A holds a contract of 40 kW fully drawn: 15.43 kW of power left before the 55.43 kW usable.
SiteModel fortyKwSite() { return rampSite(40, 0); }

bool sameSeries(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::abs(a[i] - b[i]) > 1e-9 * std::max(1.0, std::abs(b[i])))
            return false;
    return true;
}

} // namespace

class TestGrowthMonteCarlo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // With every probability 0 or 1, no spread and no churn, each run is the projection: its
    // percentiles are the expected demand, and every run runs out in the expected month.
    void certainProspectsGiveTheProjection_data()
    {
        QTest::addColumn<double>("probability");
        QTest::newRow("p = 1: the prospects sign, in their month") << 1.0;
        QTest::newRow("p = 0: they never do") << 0.0;
    }

    void certainProspectsGiveTheProjection()
    {
        QFETCH(double, probability);
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        const Scenario *anchor = sample->scenarioByName(QStringLiteral("Bank + telco anchor tenant"));
        QVERIFY(anchor && !anchor->prospects.empty());
        Scenario s = *anchor;
        s.nonRenewalProbability = 0;
        s.earlyExitPerYear = 0;
        for (Prospect &p : s.prospects) {
            p.probability = probability;
            p.signSpreadMonths = 0;
        }
        const GrowthResult r = simulated(sample.value(), s, 300, 7, 2);
        std::vector<const ScopeOutlook *> scopes{&r.site};
        for (const ScopeOutlook &hall : r.halls)
            scopes.push_back(&hall);
        int compared = 0;
        for (const ScopeOutlook *scope : scopes)
            for (const ResourceOutlook &o : scope->resources) {
                QVERIFY(sameSeries(o.p10, o.expected));
                QVERIFY(sameSeries(o.p50, o.expected));
                QVERIFY(sameSeries(o.p90, o.expected));
                for (std::size_t t = 0; t < o.expected.size(); ++t)
                    QCOMPARE(o.exceedance[t], o.expected[t] > o.capacity[t] ? 1.0 : 0.0);
                QCOMPARE(o.exhaustionP10, o.expectedExhaustion);
                QCOMPARE(o.exhaustionP90, o.expectedExhaustion);
                ++compared;
            }
        QCOMPARE(compared, 4 + 3 + 3);
        // Without churn the generators run out either way, and the third one is brought in.
        QVERIFY(r.expansions.at(0).onlineMonth.has_value());
    }

    // One 20 kW prospect signing in month 0 with probability p pushes Hall A from 40 to 60 kW,
    // over its 55.43 kW: the share of runs over capacity is p within 3σ, σ = √(p(1 − p)/N).
    void uncertainProspectExceedsWithItsProbability_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<int>("runs");
        QTest::newRow("p = 0.3, N = 10000: σ = √(0.21 / 10000) = 0.00458") << 0.3 << 10000;
        QTest::newRow("p = 0.3, N = 1000: σ = 0.0145") << 0.3 << 1000;
        QTest::newRow("p = 0.05, N = 4000: σ = 0.00345") << 0.05 << 4000;
    }

    void uncertainProspectExceedsWithItsProbability()
    {
        QFETCH(double, p);
        QFETCH(int, runs);
        Scenario s = plainScenario(24);
        s.prospects = {prospect(1, 20, 0, p, 0)};
        const GrowthResult r = simulated(fortyKwSite(), s, runs, 2024);
        const double sigma = std::sqrt(p * (1 - p) / runs);
        const ResourceOutlook &power = *r.halls.at(0).resource(Resource::Power);
        for (int month : {0, 23}) {
            const double share = power.exceedance.at(std::size_t(month));
            QVERIFY2(std::abs(share - p) <= 3 * sigma,
                     qPrintable(QStringLiteral("month %1: %2 vs %3 ± 3 × %4").arg(month).arg(share).arg(p).arg(sigma)));
        }
        QCOMPARE(power.exhaustedShare, power.exceedance.front());   // those runs run out in month 0
        // The expected demand is 40 + 20 p, under capacity: the projection alone would miss it.
        QVERIFY(std::abs(power.expected.front() - (40 + 20 * p)) < 1e-9);
    }

    // 40 kW, 12-month terms from 2026-01, not renewed with q = 0.5: the share of runs still above
    // a 30 kW line in month 13 is the survival 1 − q, within 3σ.
    void churnLeavesWithItsProbability()
    {
        SiteModel m = fortyKwSite();
        m.contracts.front().end = QDate(2027, 1, 1);
        m.pdus[0].breakerA = m.pdus[1].breakerA = 54.127;   // 0.8 × 400 × 54.127 × √3 / 1000 = 30.0 kW
        Scenario s = plainScenario(24);
        s.nonRenewalProbability = 0.5;
        const int runs = 8000;
        const GrowthResult r = simulated(m, s, runs, 99);
        const ResourceOutlook &power = *r.halls.at(0).resource(Resource::Power);
        QVERIFY(std::abs(power.capacity.front() - 30.0) < 0.01);
        const double sigma = std::sqrt(0.25 / runs);
        QCOMPARE(power.exceedance.at(12), 1.0);
        QVERIFY2(std::abs(power.exceedance.at(13) - 0.5) <= 3 * sigma, qPrintable(QString::number(power.exceedance.at(13))));
        QVERIFY(std::abs(power.expected.at(13) - 20.0) < 1e-9);   // 40 × 0.5
        QCOMPARE(power.p10.at(13), 0.0);
        QCOMPARE(power.p90.at(13), 40.0);
    }

    // A seed per run, not per thread: 1, 2 and 3 threads give the same numbers, to the bit.
    void threadCountDoesNotChangeTheResult_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("2 threads") << 2;
        QTest::newRow("3 threads") << 3;
    }

    void threadCountDoesNotChangeTheResult()
    {
        QFETCH(int, threads);
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        const Scenario &s = *sample->scenarioByName(QStringLiteral("Bank + telco anchor tenant"));
        const GrowthResult one = simulated(sample.value(), s, 1000, 5, 1);
        const GrowthResult many = simulated(sample.value(), s, 1000, 5, threads);
        QCOMPARE(growthToJson(many), growthToJson(one));
        QCOMPARE(one.site.resource(Resource::Generator)->exhaustionRuns,
                 many.site.resource(Resource::Generator)->exhaustionRuns);
    }

    void theSeedDecides()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        const Scenario &s = sample->scenarios.front();
        const QJsonObject first = growthToJson(simulated(sample.value(), s, 500, 11, 2));
        QCOMPARE(growthToJson(simulated(sample.value(), s, 500, 11, 2)), first);
        QVERIFY(growthToJson(simulated(sample.value(), s, 500, 12, 2)) != first);
    }

    void reportsProgressAndCanBeCancelled()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        const Scenario &s = *sample->scenarioByName(QStringLiteral("Bank + telco anchor tenant"));
        std::vector<double> seen;
        GrowthOptions options;
        options.runs = 2000;
        options.threads = 2;
        options.progress = [&](double share) { seen.push_back(share); };
        QVERIFY(runGrowth(sample.value(), s, options).ok());
        QVERIFY(seen.size() > 2);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 1.0);

        std::atomic<bool> cancel{false};
        options.cancel = &cancel;
        options.progress = [&](double share) {
            if (share > 0.2)
                cancel = true;
        };
        const Result<GrowthResult> cancelled = runGrowth(sample.value(), s, options);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().message, QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestGrowthMonteCarlo)
#include "tst_growth_monte_carlo.moc"
