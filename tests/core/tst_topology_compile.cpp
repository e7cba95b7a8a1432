// core/reliability/topology_compile: the sample site's topology compiled into a reliability
// Network, its figures against hand computations, and the Tier III check on it.
#include "io/sample_site.h"
#include "reliability/tier3_check.h"
#include "reliability/topology_compile.h"

#include <QTest>

#include <algorithm>

using namespace hectare;
using namespace hectare::reliability;

namespace {

// The bundled sample (data/sample-site.json); empty when it does not load, which fails the tests.
SiteModel sampleSite()
{
    Result<SiteModel> model = sampleSiteModel();
    return model ? model.value() : SiteModel{};
}

CompileOptions at2026(LoadBasis basis = LoadBasis::Contracted)
{
    CompileOptions options;
    options.load = basis;
    options.asOf = QDate(2026, 1, 1);
    return options;
}

const Path &pathOfPdu(const Network &n, int pduId)
{
    return *std::find_if(n.paths.begin(), n.paths.end(), [&](const Path &p) { return p.id == pduId; });
}

} // namespace

class TestTopologyCompile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleCompilesToAValidNetwork()
    {
        const SiteModel model = sampleSite();
        QCOMPARE(model.racks.size(), std::size_t(200));
        const Result<Network> n = compileNetwork(model, at2026());
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().text()));
        QVERIFY(validate(n.value()).ok());
        QCOMPARE(n.value().paths.size(), model.pdus.size());
        QCOMPARE(n.value().coolings.size(), std::size_t(2));
        QCOMPARE(n.value().grid.outagesPerYear, 100.0);
        QVERIFY(n.value().generators >= 0);
        // Every rack of the sample is dual-corded.
        for (const Load &load : n.value().loads)
            QCOMPARE(load.cording, Cording::Dual);
    }

    // The design basis carries each position's design kW: 760 kW in Colocation, 152 in Government.
    void designLoadIsThePositionsDesignKw()
    {
        const Result<Network> n = compileNetwork(sampleSite(), at2026(LoadBasis::Design));
        QVERIFY(n.ok());
        double hall1 = 0, hall2 = 0;
        for (const Load &load : n.value().loads)
            (load.cooling == 0 ? hall1 : hall2) += load.kw;
        QCOMPARE(hall1, 760.0);
        QCOMPARE(hall2, 152.0);
    }

    // RPP-C-A1 (PDU 1, path A): transformer half A, ATS-A, MSB-A → battery → UPS half A, the RPP.
    void aPathHasItsSideGroupsInOrder()
    {
        const Result<Network> compiled = compileNetwork(sampleSite(), at2026());
        QVERIFY(compiled.ok());
        const Network &n = compiled.value();
        const Path &a1 = pathOfPdu(n, 1);
        QCOMPARE(a1.side, Side::A);
        QCOMPARE(a1.upstream.size(), std::size_t(3));
        QCOMPARE(a1.downstream.size(), std::size_t(2));
        const Group &transformer = n.groups[std::size_t(a1.upstream[0])];
        QCOMPARE(transformer.units.size(), std::size_t(1));            // one of TR1/TR2
        QCOMPARE(n.units[std::size_t(transformer.units[0])].capacityKw, 2000 * 0.9);
        QCOMPARE(n.groups[std::size_t(a1.upstream[1])].id, 1);         // ATS-A
        QCOMPARE(n.groups[std::size_t(a1.upstream[2])].id, 3);         // MSB-A
        QCOMPARE(n.groups[std::size_t(a1.downstream[1])].id, 1);       // RPP-C-A1
        QCOMPARE(n.units[std::size_t(n.groups[std::size_t(a1.downstream[1])].units[0])].capacityKw,
                 0.8 * 400 * 400 * std::sqrt(3.0) / 1000);
        const Path &b1 = pathOfPdu(n, 2);
        QCOMPARE(b1.side, Side::B);
        QCOMPARE(n.groups[std::size_t(b1.upstream[1])].id, 2);         // ATS-B
        QVERIFY(b1.upstream[0] != a1.upstream[0]);
    }

    // The 2N UPS (8 × 250 kW) is two halves of 4 modules, one per side; each rates its battery at 1,000 kW.
    void a2NGroupSplitsIntoHalves()
    {
        const Result<Network> compiled = compileNetwork(sampleSite(), at2026());
        QVERIFY(compiled.ok());
        const Network &n = compiled.value();
        const Path &a1 = pathOfPdu(n, 1), &b1 = pathOfPdu(n, 2);
        QVERIFY(a1.downstream[0] != b1.downstream[0]);
        for (const Path *p : {&a1, &b1}) {
            const Group &ups = n.groups[std::size_t(p->downstream[0])];
            QCOMPARE(ups.units.size(), std::size_t(4));
            QCOMPARE(n.units[std::size_t(ups.units[0])].capacityKw, 250.0);
            QCOMPARE(p->battery.minutesAtFullLoad, 10.0);
            QCOMPARE(p->battery.ratedKw, 1000.0);
        }
        // Both halves carry all the IT load on their own.
        double itKw = 0;
        for (const Load &load : n.loads)
            itKw += load.kw;
        QCOMPARE(n.groups[std::size_t(a1.downstream[0])].loadKw, itKw);
    }

    // 30,000 L: one 800 kW set at full load burns 215.5 L/h (139.2 h); 1,200 kW takes both sets at
    // 75 %, 2 × 158.3 L/h (94.8 h). The sample's fuel outlasts 12 h by far at any load the plant carries.
    void fuelHoursFollowTheCurve()
    {
        const SiteModel model = sampleSite();
        const GeneratorGroup &g = model.generators.front();
        QCOMPARE(fuelTankHours(model, g, 800), 30000 / 215.5);
        QCOMPARE(fuelTankHours(model, g, 1200), 30000 / (2 * 158.3));
        QVERIFY(fuelTankHours(model, g, 1600) >= 12);
        const Result<Network> n = compileNetwork(model, at2026());
        QVERIFY(n.ok());
        QVERIFY(n.value().fuel.tankHours > 48);
        QCOMPARE(n.value().fuel.refuelLeadHours, 24.0);
    }

    // Colocation: 20 × 20 m × 3.6 m of air (1,440 m³ × 1.2 × 1.005 = 1,736.64 kJ/K) plus 15,000 kJ/K,
    // 10 K at 760 kW: 3.67 min. Government: 360 m³ (434.16 kJ/K) plus 4,000 kJ/K at 152 kW: 4.86 min.
    void rideThroughFromAirAndMass()
    {
        const Result<Network> n = compileNetwork(sampleSite(), at2026(LoadBasis::Design));
        QVERIFY(n.ok());
        QCOMPARE(n.value().coolings[0].rideThroughMinutes, (1736.64 + 15000) * 10 / 760 / 60);
        QCOMPARE(n.value().coolings[1].rideThroughMinutes, (434.16 + 4000) * 10 / 152 / 60);
        QVERIFY(n.value().coolings[0].needsSource);
        Hall airOnly = sampleSite().halls.front();
        airOnly.thermalMassKjPerK = 0;
        QCOMPARE(rideThroughMinutes(airOnly, 1000), 1736.64 * 10 / 1000 / 60);   // ≈ 0.29 min, 34 K/min
    }

    void sampleIsTier3()
    {
        const Result<Network> n = compileNetwork(sampleSite(), at2026());
        QVERIFY(n.ok());
        const Result<Tier3Report> report = checkTier3(n.value());
        QVERIFY(report.ok());
        QVERIFY2(report.value().summary.passed,
                 qPrintable(QStringLiteral("violations %1, overloaded %2, generators %3, fuel %4")
                                .arg(report.value().violations.size())
                                .arg(report.value().overloadedGroups.size())
                                .arg(report.value().generators.passed)
                                .arg(report.value().fuel.passed)));
        QVERIFY(report.value().violations.empty());
    }

    // One UPS group of 3 × 250 kW, N, shared by both sides: taking a module out drops the IT load.
    void aSingleUpsWithoutSpareFailsTier3()
    {
        SiteModel model = sampleSite();
        model.upsGroups.front().moduleCount = 3;
        model.upsGroups.front().redundancy = Redundancy::N;
        const Result<Network> n = compileNetwork(model, at2026());
        QVERIFY(n.ok());
        const Result<Tier3Report> report = checkTier3(n.value());
        QVERIFY(report.ok());
        QVERIFY(!report.value().summary.passed);
        QVERIFY(!report.value().violations.empty());
        const Tier3Finding &first = report.value().violations.front();
        QCOMPARE(first.component.kind, Tier3Component::Kind::Unit);
        QCOMPARE(first.component.groupId, 1);   // the UPS group
        QCOMPARE(first.shortfalls.size(), std::size_t(1));
        QCOMPARE(first.shortfalls.front().unitsLeft, 2);
        QVERIFY(first.droppedKw() > 0);
    }
};

QTEST_GUILESS_MAIN(TestTopologyCompile)
#include "tst_topology_compile.moc"
