// Tests core/reliability's Tier III check (tier3_check.h) on the sample site's plant
// (plant_network.h: 2N UPS, N+1 generators, chillers and pumps, one single-corded load) and on
// broken variants: one UPS path only, N chillers, generators without a spare, short fuel, a group
// short with every unit in; the report does not depend on the order of the units.
#include "reliability/tier3_check.h"
#include "reliability/tier3_text.h"

#include "plant_network.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace hectare;
using namespace hectare::reliability;

namespace {

Tier3Report check(const Network &network, const Tier3Options &options = {})
{
    Result<Tier3Report> result = checkTier3(network, options);
    if (!result) {
        qWarning("%s", qPrintable(result.error().text()));
        return {};
    }
    return std::move(result.value());
}

bool near(double a, double b) { return std::abs(a - b) < 1e-6; }

// Components by id, the way a report names them: "U30" (unit id), "P5" (path id), "SA" (side).
QString key(const Tier3Component &c)
{
    switch (c.kind) {
    case Tier3Component::Kind::Unit: return QStringLiteral("U%1").arg(c.id);
    case Tier3Component::Kind::Path: return QStringLiteral("P%1").arg(c.id);
    case Tier3Component::Kind::Side: return c.side == Side::A ? QStringLiteral("SA") : QStringLiteral("SB");
    }
    return {};
}

QStringList keys(const std::vector<Tier3Finding> &findings)
{
    QStringList out;
    for (const Tier3Finding &f : findings)
        out << key(f.component);
    return out;
}

QStringList keys(const std::vector<Tier3Component> &components)
{
    QStringList out;
    for (const Tier3Component &c : components)
        out << key(c);
    return out;
}

// The ids of a group's units, as "U<id>" keys.
QStringList unitKeys(const Network &n, int group)
{
    QStringList out;
    for (int u : n.groups[std::size_t(group)].units)
        out << QStringLiteral("U%1").arg(n.units[std::size_t(u)].id);
    return out;
}

// In the sample: path 4 is A of the Government hall (loads 5 and 6), its groups in this order.
struct SideAGroups
{
    int transformer, switchgear, ups;
    std::vector<int> pdus;   // of paths 0..4
};

SideAGroups sideAGroups(const Network &n)
{
    SideAGroups g{n.paths[4].upstream[0], n.paths[4].upstream[1], n.paths[4].downstream[0], {}};
    for (int p = 0; p < 5; ++p)
        g.pdus.push_back(n.paths[std::size_t(p)].downstream[1]);
    return g;
}

double totalLoadKw(const Network &n)
{
    return std::accumulate(n.loads.begin(), n.loads.end(), 0.0, [](double s, const Load &l) { return s + l.kw; });
}

// The sample with one UPS path: side B's paths gone, every load single-corded on its A path.
Network singlePathNetwork()
{
    Network n = test::samplePlantNetwork();
    n.paths.resize(5);
    for (Load &l : n.loads) {
        l.cording = Cording::SingleA;
        l.pathB = -1;
    }
    return n;
}

// Everything a report says, by id and kW, in its order (indices depend on the order of the units).
QString canonical(const Tier3Report &r)
{
    QStringList lines;
    const auto findings = [&lines](const char *title, const std::vector<Tier3Finding> &list) {
        for (const Tier3Finding &f : list) {
            QString line = QStringLiteral("%1 %2 %3:").arg(QLatin1String(title), key(f.component)).arg(f.component.groupId);
            for (const Tier3Shortfall &s : f.shortfalls)
                line += QStringLiteral(" short g%1 %2/%3 %4").arg(s.groupId).arg(s.unitsLeft).arg(s.requiredUnits).arg(s.shortfallKw, 0, 'f', 6);
            for (const Tier3Drop &d : f.drops)
                line += QStringLiteral(" L%1 %2 %3%4").arg(d.loadId).arg(d.kw, 0, 'f', 6).arg(d.lostPower).arg(d.lostCooling);
            lines << line;
        }
    };
    findings("violation", r.violations);
    findings("single-corded", r.singleCorded);
    findings("spof", r.singlePointsOfFailure);
    for (const Tier3LoadExposure &l : r.loads)
        lines << QStringLiteral("L%1: %2 | %3").arg(l.loadId).arg(keys(l.maintenance).join(u' '), keys(l.failures).join(u' '));
    lines << QStringLiteral("generators %1 %2").arg(r.generators.passed).arg(r.generators.marginKw, 0, 'f', 6);
    return lines.join(u'\n');
}

// The same network with its units in reverse order and each group's list reversed.
Network reversedUnits(const Network &n)
{
    Network r = n;
    const int count = int(n.units.size());
    std::reverse(r.units.begin(), r.units.end());
    for (Group &g : r.groups) {
        for (int &u : g.units)
            u = count - 1 - u;
        std::reverse(g.units.begin(), g.units.end());
    }
    return r;
}

} // namespace

class TestTier3Check : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 2N UPS, N+1 generators, chillers and pumps: concurrently maintainable. The one single-corded
    // load (id 6, 10 kW on path 4 = A of the Government hall) is dropped by side A's transformer,
    // switchgear, its RPP, its path and side A: reported apart, and it does not fail the check.
    void sampleSitePasses()
    {
        const Network n = test::samplePlantNetwork();
        const Tier3Report r = check(n);
        QVERIFY(r.summary.passed);
        QVERIFY(r.violations.empty());
        QVERIFY(r.overloadedGroups.empty());
        QVERIFY(r.generators.present && r.generators.passed);
        QVERIFY(r.fuel.passed);

        const SideAGroups a = sideAGroups(n);
        const QStringList exposed = unitKeys(n, a.transformer) + unitKeys(n, a.switchgear) + unitKeys(n, a.pdus[4]);
        const QStringList expected = exposed + QStringList{QStringLiteral("P5"), QStringLiteral("SA")};
        QCOMPARE(keys(r.singleCorded), expected);
        for (const Tier3Finding &f : r.singleCorded) {
            QVERIFY(f.singleCordedOnly);
            QCOMPARE(f.drops.size(), std::size_t(1));
            const Tier3Drop &d = f.drops.front();
            QCOMPARE(d.loadId, 6);
            QCOMPARE(d.kw, 10.0);
            QVERIFY(d.lostPower && !d.lostCooling);
            QCOMPARE(d.pathsDown, std::vector<int>{4});
        }
        // Failing (grid present): the same three units, and only for the single-corded load.
        QCOMPARE(keys(r.singlePointsOfFailure), exposed);
        QCOMPARE(r.summary.singlePointsOfFailure, 3);
        QCOMPARE(r.summary.singlePointsSingleCordedOnly, 3);
        QCOMPARE(r.summary.singleCorded, 5);
        QCOMPARE(r.summary.loadsExposed, 1);
        for (const Tier3LoadExposure &l : r.loads) {
            QCOMPARE(l.maintenance.size(), std::size_t(l.loadId == 6 ? 5 : 0));
            QCOMPARE(l.failures.size(), std::size_t(l.loadId == 6 ? 3 : 0));
        }
    }

    // One UPS path only: the transformer, the switchgear, each RPP, each path and the side drop load,
    // with no side B a transfer switch could move it to. The UPS group (4 × 250 kW for 500 kW) keeps
    // k = 2 with a module out, so its modules are not violations at this load.
    void singleUpsPathIsFlagged()
    {
        const Network n = singlePathNetwork();
        const Tier3Report r = check(n);
        QVERIFY(!r.summary.passed);
        QVERIFY(r.singleCorded.empty());
        const SideAGroups a = sideAGroups(n);
        QStringList units = unitKeys(n, a.transformer) + unitKeys(n, a.switchgear);
        for (int pdu : a.pdus)
            units += unitKeys(n, pdu);
        const QStringList expected = units + QStringList{"P1", "P2", "P3", "P4", "P5", "SA"};
        QCOMPARE(keys(r.violations), expected);
        for (const QString &ups : unitKeys(n, a.ups))
            QVERIFY(!keys(r.violations).contains(ups));

        const auto finding = [&r](const QString &k) {
            return *std::find_if(r.violations.begin(), r.violations.end(), [&k](const Tier3Finding &f) { return key(f.component) == k; });
        };
        // The whole side and the transformer drop all 500 kW; the transformer has no capacity of its own,
        // so with it out its group carries nothing: short by its whole load.
        QCOMPARE(finding("SA").drops.size(), n.loads.size());
        QVERIFY(near(finding("SA").droppedKw(), 500));
        const Tier3Finding transformer = finding(unitKeys(n, a.transformer).front());
        QVERIFY(near(transformer.droppedKw(), 500));
        QCOMPARE(transformer.shortfalls.size(), std::size_t(1));
        QVERIFY(near(transformer.shortfalls[0].shortfallKw, 500));
        // Path 1 (RPP-C-A1) carries load 1 only: a quarter of the Colocation hall.
        const Tier3Finding path1 = finding("P1");
        QCOMPARE(path1.drops.size(), std::size_t(1));
        QCOMPARE(path1.drops[0].loadId, 1);
        QVERIFY(near(path1.droppedKw(), 500.0 * 760 / 912 / 4));
        QVERIFY(path1.shortfalls.empty());

        QCOMPARE(keys(r.singlePointsOfFailure), units);
        QCOMPARE(r.summary.singlePointsSingleCordedOnly, 0);
        QCOMPARE(r.summary.loadsExposed, int(n.loads.size()));
    }

    // One path whose UPS group is N (2 × 250 kW for 500 kW): each module drops all load, 250 kW short.
    void singleUpsPathWithoutSpareModule()
    {
        Network n = singlePathNetwork();
        const SideAGroups a = sideAGroups(n);
        n.groups[std::size_t(a.ups)].units.resize(2);
        const Tier3Report r = check(n);
        QVERIFY(!r.summary.passed);
        for (const QString &ups : unitKeys(n, a.ups)) {
            const auto it = std::find_if(r.violations.begin(), r.violations.end(), [&ups](const Tier3Finding &f) { return key(f.component) == ups; });
            QVERIFY2(it != r.violations.end(), qPrintable(ups));
            QCOMPARE(it->drops.size(), n.loads.size());
            QVERIFY(near(it->droppedKw(), totalLoadKw(n)));
            QCOMPARE(it->shortfalls.size(), std::size_t(1));
            QCOMPARE(it->shortfalls[0].unitsLeft, 1);
            QCOMPARE(it->shortfalls[0].requiredUnits, 2);
            QVERIFY(near(it->shortfalls[0].capacityLeftKw, 250));
            QVERIFY(near(it->shortfalls[0].shortfallKw, 250));
            QVERIFY(keys(r.singlePointsOfFailure).contains(ups));
        }
    }

    // N chillers (2 × 500 kW for 500 kW IT × 1.05 = 525 kW of heat): with one out, 500 kW are left,
    // 25 kW short, and both halls lose cooling (not power): all loads drop. Ride-through does not help.
    void nChillersDropCooling()
    {
        Network n = test::samplePlantNetwork();
        const int chillers = n.coolings[0].groups[0];
        n.groups[std::size_t(chillers)].units.resize(2);
        const Tier3Report r = check(n);
        QVERIFY(!r.summary.passed);
        QCOMPARE(keys(r.violations), unitKeys(n, chillers));
        for (const Tier3Finding &f : r.violations) {
            QCOMPARE(f.shortfalls.size(), std::size_t(1));
            const Tier3Shortfall &s = f.shortfalls[0];
            QCOMPARE(s.group, chillers);
            QCOMPARE(s.requiredUnits, 2);
            QCOMPARE(s.unitsLeft, 1);
            QVERIFY(near(s.loadKw, 525));
            QVERIFY(near(s.capacityLeftKw, 500));
            QVERIFY(near(s.shortfallKw, 25));
            QCOMPARE(f.drops.size(), n.loads.size());
            QVERIFY(near(f.droppedKw(), 500));
            for (const Tier3Drop &d : f.drops) {
                QVERIFY(d.lostCooling && !d.lostPower);
                QCOMPARE(d.cooling, d.loadId <= 4 ? 0 : 1);
            }
            QVERIFY(!f.singleCordedOnly);   // a transfer switch does not bring cooling back
        }
        QCOMPARE(r.summary.singleCorded, 5);   // unchanged: the single-corded load's power
        QVERIFY(keys(r.singlePointsOfFailure).contains(unitKeys(n, chillers).front()));
    }

    // One 800 kW set for 500 / 0.955 + 525 / 3 + 40 = 738.56 kW: with it out (grid not counted)
    // every load loses power and cooling. With the grid present, its failure drops nothing.
    void generatorsWithoutSpareFail()
    {
        Network n = test::samplePlantNetwork();
        n.groups[std::size_t(n.generators)].units.resize(1);
        const Tier3Report r = check(n);
        const double facilityKw = 500 / 0.955 + 525.0 / 3 + 40;
        QVERIFY(!r.summary.passed);
        QVERIFY(!r.generators.passed);
        QCOMPARE(r.generators.units, 1);
        QCOMPARE(r.generators.requiredUnits, 1);
        QVERIFY(near(r.generators.loadKw, facilityKw));
        QVERIFY(near(r.generators.capacityOneOutKw, 0));
        QVERIFY(near(r.generators.marginKw, -facilityKw));

        const QStringList generator = unitKeys(n, n.generators);
        QCOMPARE(keys(r.violations), generator);
        const Tier3Finding &f = r.violations.front();
        QVERIFY(near(f.shortfalls.at(0).shortfallKw, facilityKw));
        QCOMPARE(f.drops.size(), n.loads.size());
        for (const Tier3Drop &d : f.drops)
            QVERIFY(d.lostPower && d.lostCooling);
        QVERIFY(!keys(r.singlePointsOfFailure).contains(generator.front()));
    }

    // Two 800 kW sets for a 900 kW load: k = 2, no spare; each set out leaves 100 kW short.
    void generatorsAtNFail()
    {
        Network n = test::samplePlantNetwork();
        n.groups[std::size_t(n.generators)].loadKw = 900;
        const Tier3Report r = check(n);
        QVERIFY(!r.generators.passed);
        QCOMPARE(r.generators.requiredUnits, 2);
        QVERIFY(near(r.generators.capacityOneOutKw, 800));
        QVERIFY(near(r.generators.marginKw, -100));
        QCOMPARE(keys(r.violations), unitKeys(n, n.generators));
        for (const Tier3Finding &f : r.violations)
            QVERIFY(near(f.shortfalls.at(0).shortfallKw, 100));
        // The sample's 2 × 800 kW for 738.56 kW is N+1 with 61.44 kW to spare.
        const Tier3Report sample = check(test::samplePlantNetwork());
        QVERIFY(near(sample.generators.marginKw, 800 - (500 / 0.955 + 525.0 / 3 + 40)));
    }

    void noGeneratorsFail()
    {
        Network n = test::samplePlantNetwork();
        n.generators = -1;
        const Tier3Report r = check(n);
        QVERIFY(!r.generators.present);
        QVERIFY(!r.generators.passed);
        QVERIFY(!r.summary.passed);
        QVERIFY(r.violations.empty());   // the rest of the plant is still checked on its own
    }

    void fuelAutonomy_data()
    {
        QTest::addColumn<double>("tankHours");
        QTest::addColumn<double>("minimumHours");
        QTest::addColumn<bool>("passes");
        QTest::newRow("8 h") << 8.0 << 12.0 << false;
        QTest::newRow("11.9 h") << 11.9 << 12.0 << false;
        QTest::newRow("12 h") << 12.0 << 12.0 << true;
        QTest::newRow("48 h") << 48.0 << 12.0 << true;
        QTest::newRow("12 h against 24 h") << 12.0 << 24.0 << false;
    }

    void fuelAutonomy()
    {
        QFETCH(double, tankHours);
        QFETCH(double, minimumHours);
        QFETCH(bool, passes);
        Network n = test::samplePlantNetwork();
        n.fuel.tankHours = tankHours;
        Tier3Options options;
        options.minimumFuelHours = minimumHours;
        const Tier3Report r = check(n, options);
        QCOMPARE(r.fuel.passed, passes);
        QCOMPARE(r.fuel.tankHours, tankHours);
        QCOMPARE(r.fuel.requiredHours, minimumHours);
        QCOMPARE(r.summary.passed, passes);   // the sample passes everything else
        QVERIFY(tier3FuelText(r.fuel).contains(QLocale().toString(tankHours, 'f', 1)));
    }

    // Hall 2's CRAHs (3 × 100 kW) given 350 kW: short with every unit in. That is reported once, as
    // an overloaded group, not again as each removal "dropping" loads that are already down.
    void groupShortWithEveryUnitIn()
    {
        Network n = test::samplePlantNetwork();
        const int crah2 = n.coolings[1].groups[2];
        n.groups[std::size_t(crah2)].loadKw = 350;
        const Tier3Report r = check(n);
        QVERIFY(!r.summary.passed);
        QCOMPARE(r.overloadedGroups.size(), std::size_t(1));
        QCOMPARE(r.overloadedGroups[0].group, crah2);
        QCOMPARE(r.overloadedGroups[0].unitsLeft, 3);
        QCOMPARE(r.overloadedGroups[0].requiredUnits, 4);
        QVERIFY(near(r.overloadedGroups[0].shortfallKw, 50));
        QVERIFY(r.violations.empty());
        QVERIFY(r.singleCorded.empty());   // load 6 is on hall 2's cooling: already down
    }

    void reportIndependentOfUnitOrder_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("sample") << 0;
        QTest::newRow("one UPS path") << 1;
        QTest::newRow("N chillers, N generators") << 2;
    }

    void reportIndependentOfUnitOrder()
    {
        QFETCH(int, variant);
        Network n = variant == 1 ? singlePathNetwork() : test::samplePlantNetwork();
        if (variant == 2) {
            n.groups[std::size_t(n.coolings[0].groups[0])].units.resize(2);
            n.groups[std::size_t(n.generators)].loadKw = 900;
        }
        const QString original = canonical(check(n));
        const Network reversed = reversedUnits(n);
        QVERIFY(reversed.units.front().id != n.units.front().id);
        QCOMPARE(canonical(check(reversed)), original);
        QVERIFY(original.count(u'\n') > 5);   // there is something to compare
    }

    void invalidNetworkIsRefused()
    {
        Network n = test::samplePlantNetwork();
        n.loads[0].pathA = 99;
        QVERIFY(!checkTier3(n, {}).ok());
    }

    void findingTextNamesComponentAndShortfall()
    {
        Network n = test::samplePlantNetwork();
        const int chillers = n.coolings[0].groups[0];
        n.groups[std::size_t(chillers)].units.resize(2);
        const Tier3Report r = check(n);
        QVERIFY(!r.violations.empty());
        const Tier3Finding &f = r.violations.front();
        const QString text = tier3FindingText(f);
        QVERIFY2(text.contains(QStringLiteral("unit %1 of group %2").arg(f.component.id).arg(f.component.groupId)), qPrintable(text));
        // Without a translator loaded, plurals stay as in the source ("load(s)").
        QVERIFY2(text.contains(QStringLiteral("drops 6 load")) && text.contains(QStringLiteral(", 500.0 kW")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("25.0 kW short")), qPrintable(text));
        QVERIFY(tier3SummaryText(r.summary).contains(QStringLiteral("2 maintenance violation")));
        QVERIFY(tier3GeneratorText(r.generators).contains(QStringLiteral("margin")));
    }
};

QTEST_GUILESS_MAIN(TestTier3Check)
#include "tst_tier3_check.moc"
