// core/reliability/tier3_site.h on documents: the sample site passes Tier III at its contracted load
// and fails at its design load on the generators; tests/data/broken-tier3.json (the sample with
// one UPS path only, N chillers and one small fuel tank) fails with exactly the violations it was
// made to have, named by the document (tier3_text.h).
//
// Hand figures (sample, contracted as of 2026-06-01): 529 kW of IT (Colocation 409, Government 120);
// facility F(L) = L / 0.955 + L / 3 + 40 = 770.26 kW. Design: 912 kW of IT, F = 1,298.97 kW. The
// generators are 2 × 1,000 kVA × 0.8 = 800 kW; full load runs both at F / 1,600 = 81.2 %.
#include "io/model_json.h"
#include "reliability/tier3_site.h"
#include "reliability/tier3_text.h"

#include <QFile>
#include <QSet>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace hectare;
using namespace hectare::reliability;

namespace {

SiteModel modelFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Result<SiteModel> model = importModelJson(file.readAll());
    if (!model)
        qWarning("%s", qPrintable(model.error().text()));
    return model ? model.value() : SiteModel{};
}

SiteModel sample() { return modelFrom(QStringLiteral(HECTARE_SOURCE_DIR "/data/sample-site.json")); }
SiteModel broken() { return modelFrom(QStringLiteral(HECTARE_TEST_DATA "/broken-tier3.json")); }

CompileOptions at(LoadBasis basis)
{
    CompileOptions options;
    options.load = basis;
    options.asOf = QDate(2026, 6, 1);
    return options;
}

SiteTier3 check(const SiteModel &model, LoadBasis basis)
{
    Result<SiteTier3> result = checkSiteTier3(model, at(basis));
    if (!result) {
        qWarning("%s", qPrintable(result.error().text()));
        return {};
    }
    return std::move(result.value());
}

bool near(double a, double b, double tolerance = 1e-6) { return std::abs(a - b) < tolerance; }

double facilityKw(double itKw) { return itKw / 0.955 + itKw / 3 + 40; }

// The 800 kW set's curve (L/h at 25/50/75/100 %) between 75 and 100 %.
double litresPerHourAbove75(double share) { return 158.3 + (share - 0.75) / 0.25 * (215.5 - 158.3); }

// Both sets at full load.
double fullLoadHours(double litres)
{
    const double f = facilityKw(912);
    return litres / (2 * litresPerHourAbove75(f / 1600));
}

QSet<QString> componentNames(const std::vector<Tier3Finding> &findings, const Network &network)
{
    QSet<QString> names;
    for (const Tier3Finding &f : findings)
        names.insert(tier3ComponentText(f.component, &network));
    return names;
}

const Tier3Finding *findingOf(const std::vector<Tier3Finding> &findings, const Network &network, const QString &name)
{
    for (const Tier3Finding &f : findings)
        if (tier3ComponentText(f.component, &network) == name)
            return &f;
    return nullptr;
}

QString kw(double value) { return QLocale().toString(value, 'f', 1); }

} // namespace

class TestTier3Site : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleLoadsAtBothBases()
    {
        const SiteTier3 contracted = check(sample(), LoadBasis::Contracted);
        const SiteTier3 design = check(sample(), LoadBasis::Design);
        double contractedKw = 0, designKw = 0;
        for (const Load &load : contracted.site.network.loads)
            contractedKw += load.kw;
        for (const Load &load : design.site.network.loads)
            designKw += load.kw;
        QVERIFY(near(contractedKw, 529));
        QVERIFY(near(designKw, 912));
    }

    // With one set out, 800 kW carry 770.26 kW (margin 29.74 kW); the 30,000 L last 86.98 h at full load.
    void samplePassesAtTheContractedLoad()
    {
        const SiteTier3 t = check(sample(), LoadBasis::Contracted);
        const Tier3Report &r = t.report;
        QVERIFY2(r.summary.passed, qPrintable(tier3SummaryText(r.summary)));
        QVERIFY(r.violations.empty());
        QVERIFY(r.singleCorded.empty());
        QVERIFY(r.singlePointsOfFailure.empty());
        QVERIFY(r.overloadedGroups.empty());

        const Tier3GeneratorCheck &g = r.generators;
        QVERIFY(g.passed);
        QCOMPARE(g.units, 2);
        QCOMPARE(g.requiredUnits, 1);
        QVERIFY(near(g.unitKw, 800));
        QVERIFY(near(g.loadKw, facilityKw(529)));
        QVERIFY(near(g.capacityOneOutKw, 800));
        QVERIFY(near(g.marginKw, 800 - facilityKw(529)));
        QVERIFY(near(g.marginKw, 29.74, 0.005));
        QCOMPARE(tier3GeneratorText(g, &t.site.network),
                 QStringLiteral("Generators G1/G2: with one of 2 sets out, %1 kW carry the %2 kW load (margin %3 kW)")
                     .arg(kw(800), kw(770.26), kw(29.74)));

        const Tier3FuelCheck &fuel = r.fuel;
        QVERIFY(fuel.passed);
        QVERIFY(fuel.atFullLoad);
        QVERIFY(near(fuel.loadKw, facilityKw(912)));
        QVERIFY(near(fuel.tankHours, fullLoadHours(30000)));
        QVERIFY(near(fuel.tankHours, 86.98, 0.005));
        QCOMPARE(fuel.requiredHours, 12.0);
        QVERIFY(tier3FuelText(fuel).contains(QStringLiteral("at full load")));
    }

    // 1,298.97 kW of design load on one 800 kW set: 498.97 kW short; each set's maintenance drops
    // every load. The fuel is the same as at the contracted basis: it is always taken at full load.
    void sampleFailsOnTheGeneratorsAtTheDesignLoad()
    {
        const SiteTier3 t = check(sample(), LoadBasis::Design);
        const Tier3Report &r = t.report;
        QVERIFY(!r.summary.passed);
        const Tier3GeneratorCheck &g = r.generators;
        QVERIFY(!g.passed);
        QCOMPARE(g.requiredUnits, 2);
        QVERIFY(near(g.loadKw, facilityKw(912)));
        QVERIFY(near(g.marginKw, 800 - facilityKw(912)));
        QVERIFY(near(g.marginKw, -498.97, 0.005));
        QVERIFY(tier3GeneratorText(g, &t.site.network).endsWith(QStringLiteral("(%1 kW short): not N+1").arg(kw(498.97))));

        const Network &n = t.site.network;
        QCOMPARE(componentNames(r.violations, n),
                 (QSet<QString>{QStringLiteral("Generators G1/G2 unit 1"), QStringLiteral("Generators G1/G2 unit 2")}));
        for (const Tier3Finding &f : r.violations) {
            QVERIFY(near(f.droppedKw(), 912));
            QCOMPARE(f.shortfalls.size(), std::size_t(1));
            QVERIFY(near(f.shortfalls.front().shortfallKw, facilityKw(912) - 800));
        }
        QVERIFY(r.singlePointsOfFailure.empty());   // with the grid present a set failing drops nothing
        QVERIFY(r.fuel.passed);
        QVERIFY(near(r.fuel.tankHours, fullLoadHours(30000)));
    }

    // One UPS path (side A only, nothing to transfer to): side A's transformer half, ATS-A, MSB-A,
    // each A RPP, each A path and side A as a whole drop what is behind them; each of the two N
    // chillers leaves 500 kW for 529 kW of heat. Nothing else: the UPS half keeps 3 × 250 kW for 529 kW.
    void brokenVariantHasExactlyItsViolations()
    {
        const SiteTier3 t = check(broken(), LoadBasis::Contracted);
        const Tier3Report &r = t.report;
        const Network &n = t.site.network;
        QVERIFY(!r.summary.passed);
        const QStringList rpps{QStringLiteral("RPP-C-A1"), QStringLiteral("RPP-C-A2"), QStringLiteral("RPP-C-A3"),
                               QStringLiteral("RPP-C-A4"), QStringLiteral("RPP-G-A")};
        QSet<QString> units{QStringLiteral("Transformers TR1/TR2 unit 1"), QStringLiteral("ATS-A"),
                            QStringLiteral("Main switchboard MSB-A"), QStringLiteral("Air-cooled chillers CH1–CH3 unit 1"),
                            QStringLiteral("Air-cooled chillers CH1–CH3 unit 2")};
        for (const QString &rpp : rpps)
            units.insert(rpp);
        QSet<QString> maintenance = units;
        for (const QString &rpp : rpps)
            maintenance.insert(QStringLiteral("path %1 (side A)").arg(rpp));
        maintenance.insert(QStringLiteral("side A"));
        QCOMPARE(r.violations.size(), std::size_t(16));
        QCOMPARE(componentNames(r.violations, n), maintenance);
        QCOMPARE(r.singlePointsOfFailure.size(), std::size_t(10));
        QCOMPARE(componentNames(r.singlePointsOfFailure, n), units);
        QVERIFY(r.singleCorded.empty());
        QVERIFY(r.overloadedGroups.empty());
        for (const Load &load : n.loads)
            QCOMPARE(load.cording, Cording::SingleA);

        // RPP-C-A1 drops its own racks only: 34 positions, 136 kW of Colocation's contracts.
        const Tier3Finding *rpp = findingOf(r.violations, n, QStringLiteral("RPP-C-A1"));
        QVERIFY(rpp);
        QCOMPARE(rpp->drops.size(), std::size_t(1));
        QVERIFY(rpp->drops.front().lostPower && !rpp->drops.front().lostCooling);
        QVERIFY(near(rpp->droppedKw(), 136));
        QCOMPARE(tier3FindingText(*rpp, &n),
                 QStringLiteral("RPP-C-A1 out for maintenance drops 1 load(s), %1 kW: RPP-C-A1 is %1 kW short (units left: 0, needed: 1)")
                     .arg(kw(136)));
        QCOMPARE(tier3DropText(rpp->drops.front(), &n),
                 QStringLiteral("Colocation: RPP-C-A1 (34 rack(s)) loses power (%1 kW)").arg(kw(136)));
        QCOMPARE(t.site.loads[std::size_t(rpp->drops.front().load)].rackIds.size(), std::size_t(34));

        // A chiller out: 500 kW left for 529 kW, 29 kW short; every load loses cooling.
        const Tier3Finding *chiller = findingOf(r.violations, n, QStringLiteral("Air-cooled chillers CH1–CH3 unit 1"));
        QVERIFY(chiller);
        QCOMPARE(chiller->drops.size(), n.loads.size());
        QVERIFY(near(chiller->droppedKw(), 529));
        QVERIFY(std::all_of(chiller->drops.begin(), chiller->drops.end(),
                            [](const Tier3Drop &d) { return d.lostCooling && !d.lostPower; }));
        QCOMPARE(chiller->shortfalls.size(), std::size_t(1));
        QVERIFY(near(chiller->shortfalls.front().shortfallKw, 29));
        QVERIFY2(tier3FindingText(*chiller, &n)
                     .endsWith(QStringLiteral(": Air-cooled chillers CH1–CH3 is %1 kW short (units left: 1, needed: 2)").arg(kw(29))),
                 qPrintable(tier3FindingText(*chiller, &n)));

        // Side A's transformer half leaves its group no capacity: the facility's 770.26 kW short.
        const Tier3Finding *transformer = findingOf(r.violations, n, QStringLiteral("Transformers TR1/TR2 unit 1"));
        QVERIFY(transformer);
        QVERIFY(near(transformer->droppedKw(), 529));
        QVERIFY(near(transformer->shortfalls.front().shortfallKw, facilityKw(529)));
        QVERIFY(tier3ShortfallText(transformer->shortfalls.front(), &n).startsWith(QStringLiteral("Transformers TR1/TR2 (A) is")));

        // The generators are still N+1 at the contracted load.
        QVERIFY(r.generators.passed);
        QVERIFY(near(r.generators.marginKw, 800 - facilityKw(529)));
    }

    // One 3,000 L tank: 8.70 h with both sets at full load, short of 12 h; at the contracted load
    // (one set at 96.3 %) it would last 14.49 h and pass: the check must use full load.
    void brokenVariantFuelFailsAtFullLoadOnly()
    {
        const SiteTier3 t = check(broken(), LoadBasis::Contracted);
        const Tier3FuelCheck &fuel = t.report.fuel;
        QVERIFY(!fuel.passed);
        QVERIFY(fuel.atFullLoad);
        QVERIFY(near(fuel.tankHours, fullLoadHours(3000)));
        QVERIFY(near(fuel.tankHours, 8.70, 0.005));
        QCOMPARE(tier3FuelText(fuel), QStringLiteral("Fuel lasts only %1 h at full load (%2 kW), at least %3 h required")
                                          .arg(kw(8.70), kw(1298.97), kw(12)));

        const Result<Tier3Report> atNetworkLoad = checkTier3(t.site.network);
        QVERIFY(atNetworkLoad.ok());
        const Tier3FuelCheck &contracted = atNetworkLoad.value().fuel;
        QVERIFY(!contracted.atFullLoad);
        QVERIFY(contracted.passed);
        QVERIFY(near(contracted.loadKw, facilityKw(529)));
        QVERIFY(near(contracted.tankHours, 3000 / litresPerHourAbove75(facilityKw(529) / 800)));
        QVERIFY(near(contracted.tankHours, 14.49, 0.005));
    }

    // Without the network the texts name components by id, as before.
    void textsWithoutTheNetworkUseIds()
    {
        const SiteTier3 t = check(broken(), LoadBasis::Contracted);
        const Tier3Finding &f = t.report.violations.front();
        QVERIFY(tier3FindingText(f).startsWith(QStringLiteral("unit %1 of group %2").arg(f.component.id).arg(f.component.groupId)));
        QVERIFY(tier3DropText(f.drops.front()).startsWith(QStringLiteral("load %1 loses").arg(f.drops.front().loadId)));
    }

    void noGeneratorsMeansNoFullLoad()
    {
        SiteModel model = sample();
        model.generators.clear();
        const SiteTier3 t = check(model, LoadBasis::Contracted);
        QVERIFY(!t.fullLoad);
        QVERIFY(!t.report.fuel.atFullLoad);
        QVERIFY(!t.report.generators.present);
        QVERIFY(!t.report.summary.passed);
    }
};

QTEST_GUILESS_MAIN(TestTier3Site)
#include "tst_tier3_site.moc"
