// Tests core/reliability's availability Monte Carlo against closed forms (closed_form.h): one unit,
// a series of three, 2N, 2-out-of-3 and 3-out-of-4 groups, a dual-corded load on A/B and the grid
// alone, and fuel running out each lie within 3σ, σ taken from the spread between simulated years; buffers only ever
// raise availability; the importance ranking; the same result on 1, 2 and 4 threads; cancel.
#include "reliability/availability_mc.h"
#include "reliability/closed_form.h"

#include "plant_network.h"

#include <QtTest>

#include <array>
#include <cmath>

using namespace hectare;
using namespace hectare::reliability;

namespace {

// The importance ranking re-evaluates every year with downtime once per failed unit: only where tested.
enum class Importance { Skip, Rank };

AvailabilityResult simulate(const Network &network, int years, quint64 seed = 1, int threads = 1,
                            Importance importance = Importance::Skip)
{
    AvailabilityOptions options;
    options.years = years;
    options.seed = seed;
    options.threads = threads;
    options.importance = importance == Importance::Rank;
    Result<AvailabilityResult> result = runAvailability(network, options);
    if (!result) {
        qWarning("%s", qPrintable(result.error().text()));
        return {};
    }
    return std::move(result.value());
}

// A group of `count` identical units of `capacityKw` carrying `loadKw`; returns its index.
int addGroup(Network &n, int count, double mtbf, double mttr, double capacityKw = 0, double loadKw = 0)
{
    Group g{int(n.groups.size()) + 1, {}, loadKw};
    for (int i = 0; i < count; ++i) {
        g.units.push_back(int(n.units.size()));
        n.units.push_back(Unit{int(n.units.size()) + 1, mtbf, mttr, capacityKw});
    }
    n.groups.push_back(g);
    return int(n.groups.size()) - 1;
}

int addPath(Network &n, Side side, std::vector<int> groups)
{
    n.paths.push_back(Path{int(n.paths.size()) + 1, side, {}, {}, std::move(groups)});
    return int(n.paths.size()) - 1;
}

// A single-corded load on one path of `groups` in series.
Network seriesNetwork(std::vector<int> &groups, Network n = {})
{
    const int path = addPath(n, Side::A, groups);
    n.loads.push_back(Load{1, 10, Cording::SingleA, path, -1, -1});
    return n;
}

// The estimate lies within 3σ of the closed form, and σ is small enough for that to mean something.
void verifyWithin3Sigma(const AvailabilityFigures &f, double exactAvailability, const char *what)
{
    const double exact = downtimeHoursPerYear(exactAvailability);
    const double deviation = std::abs(f.downtimeHoursPerYear - exact);
    qInfo("%s: %.4f h/yr simulated, %.4f exact, σ %.4f (%.2f σ)", what, f.downtimeHoursPerYear, exact,
          f.downtimeSigma, deviation / f.downtimeSigma);
    QVERIFY2(f.downtimeSigma > 0 && f.downtimeSigma < 0.05 * exact, what);
    QVERIFY2(deviation <= 3 * f.downtimeSigma, what);
    QVERIFY(std::abs(f.availability - exactAvailability) <= 3 * f.availabilitySigma());
}

} // namespace

class TestAvailabilityMc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneUnit()
    {
        Network n;
        std::vector<int> groups{addGroup(n, 1, 500, 10)};
        n = seriesNetwork(groups, n);
        const AvailabilityResult r = simulate(n, 2000);
        verifyWithin3Sigma(r.loads[0], unitAvailability(500, 10), "one unit");
        // About 8,760 / 510 ≈ 17 failures a year, each its own interruption.
        QVERIFY(std::abs(r.loads[0].interruptionsPerYear - kHoursPerYear / 510) < 1);
        QVERIFY(r.site.downtimeP90Hours > r.site.downtimeHoursPerYear);
    }

    void seriesOfThree()
    {
        Network n;
        std::vector<int> groups{addGroup(n, 1, 500, 10), addGroup(n, 1, 1000, 20), addGroup(n, 1, 2000, 5)};
        n = seriesNetwork(groups, n);
        const std::array<double, 3> a{unitAvailability(500, 10), unitAvailability(1000, 20), unitAvailability(2000, 5)};
        verifyWithin3Sigma(simulate(n, 2000).loads[0], seriesAvailability(a), "series of 3");
    }

    // 2N: a dual-corded load on two single-unit paths; each side alone carries it.
    void twoNParallel()
    {
        Network n;
        const int a = addPath(n, Side::A, {addGroup(n, 1, 200, 10)});
        const int b = addPath(n, Side::B, {addGroup(n, 1, 200, 10)});
        n.loads.push_back(Load{1, 10, Cording::Dual, a, b, -1});
        const double unit = unitAvailability(200, 10);
        const std::array<double, 2> pair{unit, unit};
        const AvailabilityResult r = simulate(n, 4000, 1, 1, Importance::Rank);
        verifyWithin3Sigma(r.loads[0], parallelAvailability(pair), "2N");
        verifyWithin3Sigma(r.paths[0], unit, "2N, path A alone");
        // Every hour down needs both units down: either one never failing would have avoided all of it.
        QCOMPARE(r.importance.size(), std::size_t(2));
        for (const ImportanceEntry &e : r.importance)
            QVERIFY(std::abs(e.downtimeShare - 1) < 1e-9);
    }

    void kOutOfN_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("capacityKw");
        QTest::addColumn<double>("loadKw");
        QTest::addColumn<int>("k");
        QTest::newRow("2-out-of-3: 3 × 500 kW carrying 1,000 kW") << 3 << 500.0 << 1000.0 << 2;
        QTest::newRow("3-out-of-4: 4 × 250 kW carrying 750 kW") << 4 << 250.0 << 750.0 << 3;
        QTest::newRow("4-out-of-4: 4 × 250 kW carrying 1,000 kW") << 4 << 250.0 << 1000.0 << 4;
    }

    void kOutOfN()
    {
        QFETCH(int, n);
        QFETCH(double, capacityKw);
        QFETCH(double, loadKw);
        QFETCH(int, k);
        Network net;
        std::vector<int> groups{addGroup(net, n, 200, 10, capacityKw, loadKw)};
        QCOMPARE(requiredUnits(net, net.groups[0]), k);
        net = seriesNetwork(groups, net);
        verifyWithin3Sigma(simulate(net, 2000).loads[0], kOutOfNAvailability(k, n, unitAvailability(200, 10)),
                           QTest::currentDataTag());
    }

    // Path A = a1, a2 in series; path B = b1, b2: a dual-corded load is down while both paths are,
    // a single-corded load on A while A is.
    void dualCordedLoadOnAB()
    {
        Network n;
        const int a = addPath(n, Side::A, {addGroup(n, 1, 300, 10), addGroup(n, 1, 600, 30)});
        const int b = addPath(n, Side::B, {addGroup(n, 1, 400, 20), addGroup(n, 1, 800, 8)});
        n.loads.push_back(Load{1, 10, Cording::Dual, a, b, -1});
        n.loads.push_back(Load{2, 10, Cording::SingleA, a, -1, -1});
        n.loads.push_back(Load{3, 10, Cording::SingleB, -1, b, -1});
        const std::array<double, 2> pathA{unitAvailability(300, 10), unitAvailability(600, 30)};
        const std::array<double, 2> pathB{unitAvailability(400, 20), unitAvailability(800, 8)};
        const std::array<double, 2> paths{seriesAvailability(pathA), seriesAvailability(pathB)};
        const AvailabilityResult r = simulate(n, 4000);
        verifyWithin3Sigma(r.loads[0], parallelAvailability(paths), "dual-corded");
        verifyWithin3Sigma(r.loads[1], paths[0], "single-corded on A");
        verifyWithin3Sigma(r.loads[2], paths[1], "single-corded on B");
        // The site is down while any load is: as long as the worse single-corded one at least.
        QVERIFY(r.site.downtimeHoursPerYear >= r.loads[1].downtimeHoursPerYear);
    }

    // The grid alone: down for outages/yr × mean duration, the tail included.
    void gridAlone()
    {
        Network n;
        n.grid = GridProfile{50, 3, 0.1, 20};   // mean duration 4.7 h
        const int path = addPath(n, Side::A, {});
        n.loads.push_back(Load{1, 10, Cording::SingleA, path, -1, -1});
        const AvailabilityResult r = simulate(n, 2000, 1, 1, Importance::Rank);
        verifyWithin3Sigma(r.loads[0], 1 - 50 * 4.7 / kHoursPerYear, "grid alone");
        QVERIFY(std::abs(r.loads[0].interruptionsPerYear - 50) < 1);
        QCOMPARE(r.importance.size(), std::size_t(1));
        QCOMPARE(r.importance[0].unit, -1);
    }

    // Generators that never fail, on tanks of T hours never refilled: each outage of duration D
    // loses (D − T)⁺, whose mean for exponential durations of mean m is m·e^(−T/m).
    void fuelRunsOut()
    {
        Network n;
        n.grid = GridProfile{20, 10, 0, 24};
        n.generators = addGroup(n, 1, kNever, 0);
        n.fuel = Fuel{5, kNever};
        const int path = addPath(n, Side::A, {});
        n.loads.push_back(Load{1, 10, Cording::SingleA, path, -1, -1});
        verifyWithin3Sigma(simulate(n, 4000).loads[0], 1 - 20 * 10 * std::exp(-0.5) / kHoursPerYear, "fuel");
        n.fuel = Fuel{5, 4};   // a delivery arrives before the tanks run dry
        QCOMPARE(simulate(n, 100).loads[0].downtimeHoursPerYear, 0.0);
    }

    // With the same seed every year draws the same failures, so a battery or a thermal ride-through
    // can only remove downtime, in every year: also over a sum of a few years, for many seeds.
    void buffersOnlyRaiseAvailability()
    {
        Network with = test::samplePlantNetwork();
        with.units[std::size_t(with.groups[std::size_t(with.generators)].units[0])].failToStart = 0.2;   // more to bridge
        Network without = with;
        for (Path &p : without.paths)
            p.battery.minutesAtFullLoad = 0;
        for (Cooling &c : without.coolings)
            c.rideThroughMinutes = 0;
        double gained = 0;
        for (quint64 seed = 1; seed <= 20; ++seed) {
            const AvailabilityResult a = simulate(with, 20, seed);
            const AvailabilityResult b = simulate(without, 20, seed);
            QVERIFY(a.years == 20 && b.years == 20);
            for (std::size_t l = 0; l < a.loads.size(); ++l)
                QVERIFY(a.loads[l].downtimeHoursPerYear <= b.loads[l].downtimeHoursPerYear);
            for (std::size_t p = 0; p < a.paths.size(); ++p)
                QVERIFY(a.paths[p].downtimeHoursPerYear <= b.paths[p].downtimeHoursPerYear);
            QVERIFY(a.site.downtimeHoursPerYear <= b.site.downtimeHoursPerYear);
            QVERIFY(a.site.noOutageYearShare >= b.site.noOutageYearShare);
            gained += b.site.downtimeHoursPerYear - a.site.downtimeHoursPerYear;
        }
        QVERIFY(gained > 0);   // the buffers did bridge something
    }

    // In a series, the unit down most causes most of the downtime. Hours when two are down at once
    // would not have been avoided by either one never failing: the shares add up to a little less than 1.
    void importanceRanksTheWeakestFirst()
    {
        Network n;
        std::vector<int> groups{addGroup(n, 1, 5000, 10), addGroup(n, 1, 500, 20), addGroup(n, 1, 2000, 10)};
        n = seriesNetwork(groups, n);
        const AvailabilityResult r = simulate(n, 1000, 1, 1, Importance::Rank);
        QCOMPARE(r.importance.size(), std::size_t(3));
        QCOMPARE(r.importance[0].unit, 1);
        QCOMPARE(r.importance[1].unit, 2);
        QCOMPARE(r.importance[2].unit, 0);
        double sum = 0;
        for (const ImportanceEntry &e : r.importance)
            sum += e.downtimeShare;
        QVERIFY(sum <= 1 + 1e-9);
        QVERIFY(sum > 0.95);
    }

    void sameResultOnAnyThreadCount()
    {
        Network n = test::samplePlantNetwork();
        n.fuel = Fuel{12, 24};   // run out of fuel in the long outages too
        const AvailabilityResult one = simulate(n, 1000, 7, 1, Importance::Rank);
        QVERIFY(one.site.downtimeHoursPerYear > 0);
        QVERIFY(one.importance.size() > 3);
        for (int threads : {2, 4}) {
            const AvailabilityResult other = simulate(n, 1000, 7, threads, Importance::Rank);
            QCOMPARE(other.years, one.years);
            QCOMPARE(other.site.downtimeHoursPerYear, one.site.downtimeHoursPerYear);
            QCOMPARE(other.site.downtimeSigma, one.site.downtimeSigma);
            QCOMPARE(other.site.downtimeP90Hours, one.site.downtimeP90Hours);
            QCOMPARE(other.site.noOutageYearShare, one.site.noOutageYearShare);
            QCOMPARE(other.site.interruptionsPerYear, one.site.interruptionsPerYear);
            QCOMPARE(other.siteDowntimeHistogram, one.siteDowntimeHistogram);
            for (std::size_t l = 0; l < one.loads.size(); ++l)
                QCOMPARE(other.loads[l].downtimeHoursPerYear, one.loads[l].downtimeHoursPerYear);
            for (std::size_t p = 0; p < one.paths.size(); ++p)
                QCOMPARE(other.paths[p].downtimeSigma, one.paths[p].downtimeSigma);
            QCOMPARE(other.importance.size(), one.importance.size());
            for (std::size_t i = 0; i < one.importance.size(); ++i) {
                QCOMPARE(other.importance[i].unit, one.importance[i].unit);
                QCOMPARE(other.importance[i].downtimeShare, one.importance[i].downtimeShare);
            }
        }
        // A different seed gives different years.
        QVERIFY(simulate(n, 1000, 8, 1).site.downtimeHoursPerYear != one.site.downtimeHoursPerYear);
    }

    void cancelStopsEarly()
    {
        std::atomic<bool> cancel{false};
        double lastProgress = 0;
        int calls = 0;
        AvailabilityOptions options;
        options.years = 100000;
        options.threads = 2;
        options.cancel = &cancel;
        options.progress = [&](double share) {
            lastProgress = share;
            ++calls;
            cancel = true;
        };
        const Result<AvailabilityResult> r = runAvailability(test::samplePlantNetwork(), options);
        QVERIFY(!r.ok());
        QCOMPARE(calls, 1);
        QVERIFY(lastProgress < 0.05);
    }

    void invalidNetworkIsRefused()
    {
        Network n;
        n.loads.push_back(Load{1, 10, Cording::Dual, 0, 1, -1});
        QVERIFY(!runAvailability(n, AvailabilityOptions{}).ok());
    }
};

QTEST_GUILESS_MAIN(TestAvailabilityMc)
#include "tst_availability_mc.moc"
