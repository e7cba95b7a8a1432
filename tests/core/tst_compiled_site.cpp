// Tests core/reliability's compiled site (compiled_site.h): the sample's network named from the
// document and referring back to it (members of 2N halves, PDUs, halls, racks, tenants); load sets
// in the availability Monte Carlo (a tenant's or a hall's downtime); and the chillers' restart
// after the source returns, which the Monte Carlo and the scenario replay now share.
#include "io/sample_site.h"
#include "reliability/availability_mc.h"
#include "reliability/failure_scenario.h"
#include "reliability/site_availability.h"
#include "reliability/topology_compile.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace hectare;
using namespace hectare::reliability;

namespace {

// The bundled sample (data/sample-site.json); empty when it does not load, which fails the tests.
SiteModel sampleSite()
{
    Result<SiteModel> model = sampleSiteModel();
    return model ? model.value() : SiteModel{};
}

CompiledSite compiledSample()
{
    CompileOptions options;
    options.asOf = QDate(2026, 6, 1);
    Result<CompiledSite> site = compileSite(sampleSite(), options);
    if (!site) {
        qWarning("%s", qPrintable(site.error().text()));
        return {};
    }
    return std::move(site.value());
}

// A load on one path whose only group fails (MTBF 500 h, MTTR 10 h), cooled by a cooling that
// needs the grid; the path is bridged by a battery that never runs out, so only cooling is lost.
Network restartNetwork(double restartMinutes)
{
    Network n;
    n.units.push_back(Unit{1, kNever, 0, 0});
    n.groups.push_back(Group{1, {0}, 0});
    n.paths.push_back(Path{1, Side::A, {}, UpsBattery{1e9, 10, 10}, {0}});
    n.coolings.push_back(Cooling{1, {}, true, 0, restartMinutes});
    n.loads.push_back(Load{1, 10, Cording::SingleA, 0, -1, 0});
    n.grid = GridProfile{20, 1, 0, 24};   // 20 outages a year of an hour on average, no tail
    return n;
}

AvailabilityResult simulate(const Network &n, int years, std::vector<std::vector<int>> sets = {})
{
    AvailabilityOptions options;
    options.years = years;
    options.seed = 7;
    options.importance = false;
    options.loadSets = std::move(sets);
    Result<AvailabilityResult> r = runAvailability(n, options);
    if (!r)
        qWarning("%s", qPrintable(r.error().text()));
    return r ? r.value() : AvailabilityResult{};
}

} // namespace

class TestCompiledSite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitsAreNamedAndReferToTheDocument()
    {
        const CompiledSite site = compiledSample();
        QCOMPARE(site.units.size(), site.network.units.size());
        QCOMPARE(site.groups.size(), site.network.groups.size());
        // "UPS A/B": 8 modules in 2N, compiled as two halves of 4; the B half goes on at member 5.
        const int a1 = site.findUnit(kinds::kUpsModule, 1, 1);
        const int b1 = site.findUnit(kinds::kUpsModule, 1, 5);
        QVERIFY(a1 >= 0 && b1 >= 0);
        QCOMPARE(site.findUnit(kinds::kUpsModule, 1, 9), -1);
        QCOMPARE(site.network.units[std::size_t(a1)].name, QStringLiteral("UPS A/B unit 1"));
        QCOMPARE(site.network.units[std::size_t(b1)].name, QStringLiteral("UPS A/B unit 5"));
        const auto groupOf = [&](int unit) {
            for (std::size_t g = 0; g < site.network.groups.size(); ++g)
                if (std::ranges::count(site.network.groups[g].units, unit))
                    return int(g);
            return -1;
        };
        QCOMPARE(site.network.groups[std::size_t(groupOf(a1))].name, QStringLiteral("UPS A/B (A)"));
        QCOMPARE(site.network.groups[std::size_t(groupOf(b1))].name, QStringLiteral("UPS A/B (B)"));
        QVERIFY(groupOf(a1) != groupOf(b1));
        // A single unit keeps its document name; a group numbers its units.
        const int ats = site.findUnit(kinds::kAts, 1, 1);
        QVERIFY(ats >= 0);
        QCOMPARE(site.network.units[std::size_t(ats)].name, QStringLiteral("ATS-A"));
        const int chiller3 = site.findUnit(kinds::kChiller, 1, 3);
        QVERIFY(chiller3 >= 0);
        QCOMPARE(site.network.units[std::size_t(chiller3)].name, QStringLiteral("Air-cooled chillers CH1–CH3 unit 3"));
        QCOMPARE(site.units[std::size_t(chiller3)].member, 3);
    }

    void pathsCoolingsAndLoadsReferToTheDocument()
    {
        const SiteModel model = sampleSite();
        const CompiledSite site = compiledSample();
        QCOMPARE(site.pathPdu.size(), site.network.paths.size());
        for (std::size_t p = 0; p < site.network.paths.size(); ++p)
            QCOMPARE(site.network.paths[p].name, model.pdu(site.pathPdu[p])->name);
        QCOMPARE(site.coolingHall.size(), site.network.coolings.size());
        for (std::size_t c = 0; c < site.network.coolings.size(); ++c) {
            QCOMPARE(site.network.coolings[c].name, QStringLiteral("Cooling of %1").arg(model.hall(site.coolingHall[c])->name));
            QCOMPARE(site.network.coolings[c].restartMinutes, kDefaultCoolingRestartMinutes);
        }

        QVERIFY(!site.loads.empty());
        int racks = 0;
        for (std::size_t l = 0; l < site.loads.size(); ++l) {
            const LoadRef &ref = site.loads[l];
            const Load &load = site.network.loads[l];
            // Every rack of the load is in its hall and fed by its PDUs.
            for (Id rackId : ref.rackIds) {
                const Rack *rack = model.rack(rackId);
                QVERIFY(rack);
                QCOMPARE(model.hallOfRack(*rack), ref.hallId);
                QCOMPARE(rack->feedAPduId, ref.pduA);
                QCOMPARE(rack->feedBPduId, ref.pduB);
            }
            racks += int(ref.rackIds.size());
            // The tenants' shares add up to the load.
            const double shares = std::accumulate(ref.tenants.begin(), ref.tenants.end(), 0.0,
                                                  [](double s, const LoadRef::TenantShare &t) { return s + t.kw; });
            QVERIFY(std::abs(shares - load.kw) < 1e-6);
            QVERIFY(load.name.startsWith(model.hall(ref.hallId)->name + QStringLiteral(": ")));
            QVERIFY(load.name.contains(model.pdu(ref.pduA)->name));
        }
        QVERIFY(racks > 0);

        // Every tenant with load has loads, and their racks are the tenant's or share its PDUs.
        for (const Tenant &tenant : model.tenants) {
            const std::vector<int> loads = site.loadsOfTenant(tenant.id);
            for (int l : loads)
                QVERIFY(std::ranges::any_of(site.loads[std::size_t(l)].tenants,
                                            [&](const LoadRef::TenantShare &t) { return t.tenantId == tenant.id; }));
        }
        const std::vector<int> hall1 = site.loadsOfHall(1);
        const std::vector<Id> hall1Racks = site.racksOf(hall1);
        QVERIFY(std::ranges::is_sorted(hall1Racks));
        for (Id rackId : hall1Racks)
            QCOMPARE(model.hallOfRack(*model.rack(rackId)), Id(1));
        QCOMPARE(site.racksOf(hall1, 2).size(), std::size_t(0));
    }

    void loadSetsAreDownWhileAnyOfTheirLoadsIs()
    {
        const CompiledSite site = compiledSample();
        const int loads = int(site.network.loads.size());
        QVERIFY(loads >= 2);
        std::vector<int> all(static_cast<std::size_t>(loads));
        std::iota(all.begin(), all.end(), 0);
        const AvailabilityResult r = simulate(site.network, 2000, {{0}, all, {0, 1}});
        QCOMPARE(r.sets.size(), std::size_t(3));
        // A set of one load is that load; the set of every load is the site.
        QCOMPARE(r.sets[0].downtimeHoursPerYear, r.loads[0].downtimeHoursPerYear);
        QCOMPARE(r.sets[0].noOutageYearShare, r.loads[0].noOutageYearShare);
        QCOMPARE(r.sets[1].downtimeHoursPerYear, r.site.downtimeHoursPerYear);
        QCOMPARE(r.sets[1].downtimeP90Hours, r.site.downtimeP90Hours);
        // A union is down at least as long as either of its loads, at most as long as both together.
        QVERIFY(r.sets[2].downtimeHoursPerYear >= std::max(r.loads[0].downtimeHoursPerYear, r.loads[1].downtimeHoursPerYear) - 1e-9);
        QVERIFY(r.sets[2].downtimeHoursPerYear <= r.loads[0].downtimeHoursPerYear + r.loads[1].downtimeHoursPerYear + 1e-9);

        AvailabilityOptions bad;
        bad.years = 10;
        bad.loadSets = {{loads}};
        QVERIFY(!runAvailability(site.network, bad));
    }

    void siteAvailabilityHasTenantHallAndSiteRows()
    {
        const SiteModel model = sampleSite();
        const CompiledSite site = compiledSample();
        AvailabilityOptions options;
        options.years = 2000;
        options.seed = 3;
        const Result<SiteAvailability> r = runSiteAvailability(site, model, options);
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        const SiteAvailability &a = r.value();
        QCOMPARE(a.years, 2000);
        QVERIFY(!a.tenants.empty());
        QCOMPARE(a.halls.size(), std::size_t(2));
        double hallKw = 0;
        for (const AvailabilityRow &hall : a.halls) {
            hallKw += hall.itKw;
            // A hall is down no longer than the site, and the site no longer than its halls together.
            QVERIFY(hall.figures.downtimeHoursPerYear <= a.site.figures.downtimeHoursPerYear + 1e-9);
        }
        QVERIFY(std::abs(hallKw - a.site.itKw) < 1e-6);
        QVERIFY(a.site.figures.downtimeHoursPerYear
                <= a.halls[0].figures.downtimeHoursPerYear + a.halls[1].figures.downtimeHoursPerYear + 1e-9);
        for (const AvailabilityRow &tenant : a.tenants) {
            QVERIFY(model.tenant(tenant.id));
            QCOMPARE(tenant.name, model.tenant(tenant.id)->name);
            QVERIFY(tenant.racks > 0);
            QCOMPARE(tenant.meetsTier3(), tenant.figures.availability >= 0.99982);
        }
        // Importance rows are named and add up to the shares of the raw ranking.
        QVERIFY(!a.importance.empty());
        for (std::size_t i = 1; i < a.importance.size(); ++i)
            QVERIFY(a.importance[i - 1].downtimeShare >= a.importance[i].downtimeShare);
        for (const ImportanceRow &row : a.importance) {
            QVERIFY(!row.name.isEmpty());
            QVERIFY(std::abs(row.hoursPerYear - row.downtimeShare * a.site.figures.downtimeHoursPerYear) < 1e-9);
        }
    }

    // With the same years drawn, the restart lengthens every cooling loss by its minutes (no two
    // outages in this profile come within half an hour of each other in 2,000 years but rarely:
    // the difference is checked against the count of interruptions, to 1 %).
    void theMonteCarloCountsTheChillersRestart()
    {
        const AvailabilityResult without = simulate(restartNetwork(0), 2000);
        const AvailabilityResult with = simulate(restartNetwork(30), 2000);
        const double extra = with.coolings[0].downtimeHoursPerYear - without.coolings[0].downtimeHoursPerYear;
        const double expected = without.coolings[0].interruptionsPerYear * 0.5;
        qInfo("cooling down %.3f h/yr without restart, %.3f with; %.3f extra, %.3f expected",
              without.coolings[0].downtimeHoursPerYear, with.coolings[0].downtimeHoursPerYear, extra, expected);
        QVERIFY(without.coolings[0].interruptionsPerYear > 15);
        QVERIFY(std::abs(extra - expected) < 0.01 * expected);
        QCOMPARE(with.loads[0].downtimeHoursPerYear, with.coolings[0].downtimeHoursPerYear);   // power never lost
    }

    // The replay uses the network's restart unless the scenario gives its own.
    void theReplayUsesTheNetworksRestart()
    {
        FailureScenario s;
        s.horizonHours = 10;
        s.events.push_back(ScenarioEvent{1, GridOutage{2}});
        const Result<ScenarioTimeline> t = replay(restartNetwork(30), s);
        QVERIFY(t);
        QCOMPARE(t.value().coolingDown[0].size(), std::size_t(1));
        QVERIFY(std::abs(t.value().coolingDown[0][0].start - 1) < 1e-9);
        QVERIFY(std::abs(t.value().coolingDown[0][0].end - 3.5) < 1e-9);
        s.options.coolingRestartMinutes = 0;
        const Result<ScenarioTimeline> t0 = replay(restartNetwork(30), s);
        QVERIFY(t0);
        QVERIFY(std::abs(t0.value().coolingDown[0][0].end - 3) < 1e-9);

        Network bad = restartNetwork(-1);
        QVERIFY(!validate(bad));
    }
};

QTEST_GUILESS_MAIN(TestCompiledSite)
#include "tst_compiled_site.moc"
