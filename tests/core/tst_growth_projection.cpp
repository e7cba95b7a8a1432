// Tests core/growth's deterministic projection (demand_projection, growth_capacity,
// decision_date through runGrowth with runs = 0) against closed forms, and that running a
// scenario never changes the base site.
#include "growth/growth_engine.h"
#include "io/sample_site.h"
#include "store/document.h"

#include "growth_site.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace hectare;
using namespace hectare::test;

namespace {

GrowthResult projected(const SiteModel &model, const Scenario &scenario, int runs = 0)
{
    GrowthOptions options;
    options.runs = runs;
    options.threads = 1;
    Result<GrowthResult> result = runGrowth(model, scenario, options);
    if (!result) {
        qWarning("%s", qPrintable(result.error().text()));
        return {};
    }
    return std::move(result.value());
}

constexpr int kNone = std::numeric_limits<int>::min();   // no month

std::optional<int> month(int m) { return m == kNone ? std::nullopt : std::optional<int>(m); }

const ResourceOutlook &hallA(const GrowthResult &r, Resource resource) { return *r.halls.at(0).resource(resource); }
const ResourceOutlook &site(const GrowthResult &r, Resource resource) { return *r.site.resource(resource); }

QByteArray sha256(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class TestGrowthProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTestSiteHasTheCapacityTheFormulasUse()
    {
        const GrowthResult r = projected(rampSite(10, 12), plainScenario());
        QCOMPARE(r.months, 120);
        QCOMPARE(hallA(r, Resource::Power).capacity.front(), kHallAPowerKw);
        QCOMPARE(site(r, Resource::Power).capacity.front(), kHallAPowerKw);
        QCOMPARE(hallA(r, Resource::Cooling).capacity.back(), kHallACoolingKw);
        QCOMPARE(site(r, Resource::Space).capacity.front(), 4.0);
        QVERIFY(r.halls.at(0).resource(Resource::Generator) == nullptr);   // halls have no generator plant
    }

    // Draw C × t / R in month t runs out in the first month with C × t / R > U: ⌊U × R / C⌋ + 1.
    void singleLinearRampRunsOutInItsMonth_data()
    {
        QTest::addColumn<double>("committedKw");
        QTest::addColumn<int>("rampMonths");
        QTest::addColumn<int>("powerMonth");     // kNone: not within 120 months
        QTest::addColumn<int>("coolingMonth");
        QTest::newRow("100 kW over 50 months: power ⌊55.43 × 50 / 100⌋ + 1 = 28, cooling ⌊50 × 50 / 100⌋ + 1 = 26")
            << 100.0 << 50 << 28 << 26;
        QTest::newRow("200 kW over 24 months: ⌊55.43 × 24 / 200⌋ + 1 = 7; ⌊50 × 24 / 200⌋ + 1 = 7")
            << 200.0 << 24 << 7 << 7;
        QTest::newRow("60 kW over 120 months: ⌊55.43 × 120 / 60⌋ + 1 = 111; 50 × 120 / 60 = 100 exactly, so 101")
            << 60.0 << 120 << 111 << 101;
        QTest::newRow("50 kW over 12 months: never above 55.43; 50 is not above 50") << 50.0 << 12 << kNone << kNone;
        QTest::newRow("1000 kW at once (ramp 0 months): month 0") << 1000.0 << 0 << 0 << 0;
    }

    void singleLinearRampRunsOutInItsMonth()
    {
        QFETCH(double, committedKw);
        QFETCH(int, rampMonths);
        QFETCH(int, powerMonth);
        QFETCH(int, coolingMonth);
        const auto expected = month;
        const GrowthResult r = projected(rampSite(committedKw, rampMonths), plainScenario());
        QCOMPARE(hallA(r, Resource::Power).expectedExhaustion, expected(powerMonth));
        QCOMPARE(site(r, Resource::Power).expectedExhaustion, expected(powerMonth));
        QCOMPARE(hallA(r, Resource::Cooling).expectedExhaustion, expected(coolingMonth));
        // Nothing is random, so every run runs out in the same month.
        const GrowthResult mc = projected(rampSite(committedKw, rampMonths), plainScenario(), 50);
        const ResourceOutlook &power = hallA(mc, Resource::Power);
        QCOMPARE(power.exhaustionP10, expected(powerMonth));
        QCOMPARE(power.exhaustionP50, expected(powerMonth));
        QCOMPARE(power.exhaustionP90, expected(powerMonth));
        QCOMPARE(power.exhaustedShare, powerMonth == kNone ? 0.0 : 1.0);
    }

    // 10 kW fully drawn, growing g %/year compounded monthly: 10 × (1 + g)^(t / 12). Growth takes
    // racks at the design kW per new rack: 1 + 10 × ((1 + g)^(t / 12) − 1) / 5.
    void organicGrowthCompounds_data()
    {
        QTest::addColumn<double>("growthPct");
        QTest::addColumn<int>("month");
        QTest::addColumn<double>("kw");
        QTest::addColumn<double>("racks");
        QTest::newRow("12 %/yr, month 24: 10 × 1.12² = 12.544 kW, 1 + 2.544 / 5 racks") << 12.0 << 24 << 12.544 << 1.5088;
        QTest::newRow("12 %/yr, month 6: 10 × √1.12") << 12.0 << 6 << 10 * std::sqrt(1.12) << 1 + (10 * std::sqrt(1.12) - 10) / 5;
        QTest::newRow("−50 %/yr, month 12: 5 kW, racks stay 1") << -50.0 << 12 << 5.0 << 1.0;
        QTest::newRow("0 %/yr: 10 kW, 1 rack") << 0.0 << 119 << 10.0 << 1.0;
    }

    void organicGrowthCompounds()
    {
        QFETCH(double, growthPct);
        QFETCH(int, month);
        QFETCH(double, kw);
        QFETCH(double, racks);
        Scenario s = plainScenario();
        s.growthPctPerYear = growthPct;
        s.newRackDesignKw = 5;
        const GrowthResult r = projected(rampSite(10, 0), s);
        QVERIFY(qFuzzyCompare(hallA(r, Resource::Power).expected.at(std::size_t(month)), kw));
        QVERIFY(qFuzzyCompare(hallA(r, Resource::Space).expected.at(std::size_t(month)), racks));
        // A tenant's own rate replaces the default.
        s.tenantGrowth = {TenantGrowth{1, 1, 0}};
        const GrowthResult flat = projected(rampSite(10, 0), s);
        QCOMPARE(hallA(flat, Resource::Power).expected.at(std::size_t(month)), 10.0);
    }

    // 10 kW from 2026-01 to 2027-01 (12-month terms, first end in month 12): still there in month t
    // with probability (1 − y)^(t / 12) × (1 − q)^(term ends before t).
    void churnLeavesItsExpectedShare_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<double>("kw");
        QTest::newRow("month 12: 10 × 0.9¹") << 12 << 10 * 0.9;
        QTest::newRow("month 13: 10 × 0.9^(13/12) × 0.8") << 13 << 10 * std::pow(0.9, 13 / 12.0) * 0.8;
        QTest::newRow("month 25: 10 × 0.9^(25/12) × 0.8²") << 25 << 10 * std::pow(0.9, 25 / 12.0) * 0.64;
        QTest::newRow("month 0: 10") << 0 << 10.0;
    }

    void churnLeavesItsExpectedShare()
    {
        QFETCH(int, month);
        QFETCH(double, kw);
        SiteModel m = rampSite(10, 0);
        m.contracts.front().end = QDate(2027, 1, 1);
        Scenario s = plainScenario();
        s.nonRenewalProbability = 0.2;
        s.earlyExitPerYear = 0.1;
        const GrowthResult r = projected(m, s);
        QVERIFY2(qFuzzyCompare(hallA(r, Resource::Power).expected.at(std::size_t(month)), kw),
                 qPrintable(QString::number(hallA(r, Resource::Power).expected.at(std::size_t(month)))));
    }

    // p = 0.3, 30 kW and 3 racks expected in month 10 ± 2: weights 1, 2, 3, 2, 1 (ninths) for months 8 … 12.
    void prospectBringsItsExpectedShare_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<double>("kw");
        QTest::newRow("month 7: nothing yet") << 7 << 0.0;
        QTest::newRow("month 8: 0.3 × 30 × 1/9 = 1") << 8 << 1.0;
        QTest::newRow("month 10: 0.3 × 30 × 6/9 = 6") << 10 << 6.0;
        QTest::newRow("month 11: 0.3 × 30 × 8/9 = 8") << 11 << 8.0;
        QTest::newRow("month 12 on: 0.3 × 30 = 9") << 40 << 9.0;
    }

    void prospectBringsItsExpectedShare()
    {
        QFETCH(int, month);
        QFETCH(double, kw);
        SiteModel m = rampSite(0, 0);
        Scenario s = plainScenario();
        s.prospects = {prospect(1, 30, 3, 0.3, 10, 2)};
        const GrowthResult r = projected(m, s);
        QVERIFY(std::abs(hallA(r, Resource::Power).expected.at(std::size_t(month)) - kw) < 1e-12);
        QVERIFY(std::abs(hallA(r, Resource::Space).expected.at(std::size_t(month)) - (1 + kw / 10)) < 1e-12);
    }

    // A prospect for "any hall" goes where the most power is free: on the sample site, Colocation
    // (886.8 kW usable) rather than Government (221.7 kW).
    void anyHallMeansTheHallWithTheMostFreePower()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        Scenario s = plainScenario(24);
        s.prospects = {prospect(1, 100, 10, 1, 0)};
        const GrowthResult with = projected(sample.value(), s);
        s.prospects.clear();
        const GrowthResult without = projected(sample.value(), s);
        const auto added = [&](std::size_t hall) {
            return with.halls[hall].resource(Resource::Space)->expected.back()
                   - without.halls[hall].resource(Resource::Space)->expected.back();
        };
        QCOMPARE(with.halls[0].name, QStringLiteral("Colocation"));
        QCOMPARE(added(0), 10.0);
        QCOMPARE(added(1), 0.0);
    }

    // Capacity: base plus each expansion from its month, in its hall and at the site.
    void expansionsAddTheirCapacity()
    {
        Scenario s = plainScenario(24);
        Expansion block;
        block.id = 1;
        block.name = QStringLiteral("Block");
        block.hallId = 1;
        block.powerKw = 100;
        block.onlineMonth = 12;
        Expansion generator;
        generator.id = 2;
        generator.name = QStringLiteral("G3");
        generator.kind = ExpansionKind::Generator;
        generator.generatorKva = 500;
        generator.onlineMonth = 6;
        s.expansions = {block, generator};
        const GrowthResult r = projected(rampSite(10, 0), s);
        QCOMPARE(hallA(r, Resource::Power).capacity.at(11), kHallAPowerKw);
        QCOMPARE(hallA(r, Resource::Power).capacity.at(12), kHallAPowerKw + 100);
        QCOMPARE(site(r, Resource::Power).capacity.at(23), kHallAPowerKw + 100);
        QCOMPARE(site(r, Resource::Generator).capacity.at(5), 500.0);   // 2 × 500 kVA N+1
        QCOMPARE(site(r, Resource::Generator).capacity.at(6), 1000.0);
        QCOMPARE(r.expansions.at(1).onlineMonth, std::optional<int>(6));
        QCOMPARE(r.expansions.at(1).decisionMonth, std::optional<int>(6 - 12));   // lead 12: already late
    }

    // 100 kW over 50 months runs out of power in month 28 and of cooling in month 26. A power
    // block "when needed" with a 6-month lead comes online in month 28, decided in month 22.
    void whenNeededComesOnlineWhenItRunsOut_data()
    {
        QTest::addColumn<int>("runs");
        QTest::addColumn<int>("leadTime");
        QTest::addColumn<int>("online");            // max(28, lead)
        QTest::addColumn<int>("powerDecision");     // of the power resource afterwards
        QTest::newRow("projection, lead 6: online 28, decided 22") << 0 << 6 << 28 << kNone;
        QTest::newRow("200 runs, lead 6: the same") << 200 << 6 << 28 << kNone;
        QTest::newRow("lead 40: online 40, power still short in 28, decision 28 − 40 = −12 (late)")
            << 0 << 40 << 40 << -12;
    }

    void whenNeededComesOnlineWhenItRunsOut()
    {
        QFETCH(int, runs);
        QFETCH(int, leadTime);
        QFETCH(int, online);
        QFETCH(int, powerDecision);
        Scenario s = plainScenario();
        Expansion block;
        block.id = 3;
        block.name = QStringLiteral("Block");
        block.hallId = 1;
        block.powerKw = 100;
        block.leadTimeMonths = leadTime;
        s.expansions = {block};
        const GrowthResult r = projected(rampSite(100, 50), s, runs);
        const ExpansionOutcome &e = r.expansions.at(0);
        QVERIFY(e.whenNeeded);
        QCOMPARE(e.onlineMonth, std::optional<int>(online));
        QCOMPARE(e.decisionMonth, std::optional<int>(online - leadTime));
        QCOMPARE(e.triggerResource, std::optional<Resource>(Resource::Power));
        QCOMPARE(e.triggerHallId, Id(1));
        QCOMPARE(e.triggerMonth, std::optional<int>(28));
        const ResourceOutlook &power = hallA(r, Resource::Power);
        QCOMPARE(power.capacity.at(std::size_t(online)), kHallAPowerKw + 100);
        QCOMPARE(power.decisionMonth, month(powerDecision));
        QCOMPARE(power.lateDecision(), powerDecision != kNone && powerDecision < 0);
        // Cooling has no expansion: month 26 less the scenario's default 18 months.
        const ResourceOutlook &cooling = hallA(r, Resource::Cooling);
        QCOMPARE(cooling.exhaustionAtRisk, std::optional<int>(26));
        QCOMPARE(cooling.leadTimeMonths, 18);
        QCOMPARE(cooling.decisionMonth, std::optional<int>(26 - 18));
        QCOMPARE(cooling.nextExpansionId, kNoId);
    }

    // Running every scenario of a document leaves the model and the file as they were.
    void aScenarioNeverChangesTheBase()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        QVERIFY(sample->scenarios.size() >= 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("base.hectare"));
        QVERIFY(Document::create(path, sample.value()).ok());
        const QByteArray before = sha256(path);
        {
            Result<std::unique_ptr<Document>> doc = Document::open(path);
            QVERIFY(doc.ok());
            const SiteModel model = doc.value()->model();
            QVERIFY(model == sample.value());
            for (const Scenario &scenario : model.scenarios) {
                const GrowthResult r = projected(doc.value()->model(), scenario, 200);
                QCOMPARE(r.scenarioName, scenario.name);
            }
            QVERIFY(doc.value()->model() == model);
        }
        QCOMPARE(sha256(path), before);
    }

    void scenarioThatCannotRunIsAnError()
    {
        Scenario s = plainScenario();
        s.start = QDate();
        const Result<GrowthResult> r = runGrowth(rampSite(10, 0), s, GrowthOptions{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().where, QStringLiteral("Scenario \"Plain\""));
    }
};

QTEST_GUILESS_MAIN(TestGrowthProjection)
#include "tst_growth_projection.moc"
