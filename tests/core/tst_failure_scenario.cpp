// Tests core/reliability's failure scenario replay (failure_scenario.h) on the sample site's plant
// (plant_network.h). Every expected figure is computed by hand in the comments from the plant's
// numbers:
//   itKw 500: battery 10 min at 1,000 kW → 10 × 1000 / 500 = 20 min at the present load;
//             facility load 500/0.955 + 525/3 + 40 = 738.6 kW → generators k = 1 of 2 (N+1);
//             UPS 4 × 250 kW a side, k = ceil(500/250) = 2; chillers 3 × 500 kW for 525 kW, k = 2.
//   loads: hall 1 (cooling 0, ride-through 3 min) = 500 × 760/912 = 416.67 kW in four loads of
//          104.17 kW; hall 2 (cooling 1, 5 min) = 83.33 kW: load 5 of 73.33 kW and the
//          single-corded (A) load 6 of 10 kW. Generators start in 30 s.
#include "reliability/failure_scenario.h"

#include "plant_network.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace hectare;
using namespace hectare::reliability;

namespace {

constexpr double kMinute = 1.0 / 60;

bool near(double a, double b) { return std::abs(a - b) < 1e-9; }

ScenarioTimeline run(const Network &network, const FailureScenario &scenario)
{
    Result<ScenarioTimeline> result = replay(network, scenario);
    if (!result) {
        qWarning("%s", qPrintable(result.error().text()));
        return {};
    }
    return std::move(result.value());
}

FailureScenario gridOutage(double hours)
{
    FailureScenario s;
    s.name = QStringLiteral("Grid outage");
    s.horizonHours = 72;
    s.events.push_back(ScenarioEvent{0, GridOutage{hours}});
    s.options.coolingRestartMinutes = 0;   // as the Monte Carlo; the restart has its own test
    return s;
}

int lossCount(const ScenarioTimeline &t)
{
    int n = 0;
    for (const LoadTimeline &l : t.loads)
        n += int(l.losses.size());
    return n;
}

const LoadLoss *firstLoss(const LoadTimeline &l, LoadLoss::What what)
{
    for (const LoadLoss &loss : l.losses)
        if (loss.what == what)
            return &loss;
    return nullptr;
}

bool chainHas(const LoadLoss &loss, CauseKind kind)
{
    for (const CauseChain &c : loss.causes)
        for (const CauseStep &s : c.steps)
            if (s.kind == kind)
                return true;
    return false;
}

const ScenarioSample &sampleAt(const ScenarioTimeline &t, double hours)
{
    const auto i = std::size_t(std::lround(hours * 60));   // one sample a minute
    return t.samples.at(i);
}

int upsUnit(const Network &n, Side side, int which)
{
    const int path = side == Side::A ? 0 : 5;
    return n.groups[std::size_t(n.paths[std::size_t(path)].downstream.front())].units[std::size_t(which)];
}

} // namespace

class TestFailureScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fuelDecidesLongOutages();
    void generatorFailsToStart();
    void batteryScalesWithLoad();
    void chillerFailsOnHotAfternoon();
    void coolingRestartAfterTransfer();
    void upsFailsDuringMaintenance();
    void independentOfEventOrder();
    void refusesBadEvents();
};

void TestFailureScenario::fuelDecidesLongOutages()
{
    Network n = test::samplePlantNetwork();

    // Tanks for the whole 72 h, no refuel: dry only from 0 + 72 = the outage's end → nothing drops.
    n.fuel = Fuel{72, 24};
    FailureScenario s = gridOutage(72);
    s.options.refuel = false;
    ScenarioTimeline t = run(n, s);
    QCOMPARE(t.samples.size(), std::size_t(72 * 60 + 1));
    QCOMPARE(lossCount(t), 0);
    QVERIFY(near(sampleAt(t, 71).itKwCarried, 500));
    QVERIFY(near(sampleAt(t, 70).fuelHoursLeft, 2));
    QCOMPARE(sampleAt(t, 10).generatorsRunning, 2);
    QCOMPARE(sampleAt(t, 0).generatorsRunning, 0);   // starting

    // 48 h tanks with a delivery every 24 h (the plant's default): a full tank at 24 h, 48 h, never dry.
    n.fuel = Fuel{48, 24};
    s.options.refuel = true;
    t = run(n, s);
    QCOMPARE(lossCount(t), 0);
    QVERIFY(near(sampleAt(t, 30).fuelHoursLeft, 48 - 6));   // refilled at 24 h, 6 h burnt since

    // 24 h tanks, no refuel: the source is lost from 24 h to the end. Power: batteries bridge
    // 20 min → every load loses power at 24 h 20 min. Cooling needs the source: hall 1 loses it
    // after its 3 min ride-through (24.05 h), hall 2 after 5 min (24.0833 h), both before the
    // batteries run out. Every chain names the fuel.
    n.fuel = Fuel{24, 12};
    s.options.refuel = false;
    t = run(n, s);
    QVERIFY(near(t.sourceDown.back().start, 24));
    for (const LoadTimeline &l : t.loads) {
        const LoadLoss *power = firstLoss(l, LoadLoss::What::Power);
        const LoadLoss *cooling = firstLoss(l, LoadLoss::What::Cooling);
        QVERIFY(power && cooling);
        QVERIFY(near(power->startHours, 24 + 20 * kMinute));
        QVERIFY(near(power->endHours, 72));
        const double ride = l.load < 4 ? 3 : 5;
        QVERIFY(near(cooling->startHours, 24 + ride * kMinute));
        QVERIFY(near(l.down.front().start, 24 + ride * kMinute));
        QVERIFY(chainHas(*power, CauseKind::FuelExhausted));
        QVERIFY(chainHas(*power, CauseKind::BatteryExhausted));
        QVERIFY(chainHas(*cooling, CauseKind::FuelExhausted));
        QVERIFY(power->text.contains(QStringLiteral("fuel exhausted at 24 h")));
        QCOMPARE(power->causes.size(), std::size_t(l.load == 5 ? 1 : 2));   // single-corded: one path
    }
    QVERIFY(near(sampleAt(t, 23).fuelHoursLeft, 1));
    QVERIFY(near(sampleAt(t, 25).fuelHoursLeft, 0));
    QCOMPARE(sampleAt(t, 25).generatorsRunning, 0);
    QVERIFY(near(sampleAt(t, 24 + 15 * kMinute).batteryMinutesLeft[0], 5));   // 20 − 15
    QVERIFY(near(sampleAt(t, 24 + 4 * kMinute).itKwCarried, 500 * 152.0 / 912));   // hall 2 only
    QVERIFY(near(sampleAt(t, 24 + 4 * kMinute).rideThroughMinutesLeft[1], 1));      // 5 − 4
    QVERIFY(near(sampleAt(t, 24 + 6 * kMinute).itKwCarried, 0));
    // 48 h of 500 kW lost from 24.05 h / 24.0833 h.
    QVERIFY(near(t.droppedKwHours(), 500 * 760.0 / 912 * (48 - 3 * kMinute) + 500 * 152.0 / 912 * (48 - 5 * kMinute)));

    // Same tanks, a delivery 12 h after the outage began and every 12 h: never dry.
    s.options.refuel = true;
    t = run(n, s);
    QCOMPARE(lossCount(t), 0);
    QVERIFY(near(sampleAt(t, 13).fuelHoursLeft, 23));
}

void TestFailureScenario::generatorFailsToStart()
{
    const Network n = test::samplePlantNetwork();
    const std::vector<int> &gens = n.groups[std::size_t(n.generators)].units;

    // One of the N+1 pair fails to start: k = 1 of 2, one runs → carried.
    FailureScenario s = gridOutage(72);
    s.events.push_back(ScenarioEvent{0, GeneratorFailsToStart{gens[1]}});
    ScenarioTimeline t = run(n, s);
    QCOMPARE(lossCount(t), 0);
    QCOMPARE(sampleAt(t, 1).generatorsRunning, 1);

    // Both fail: the source is lost for the whole outage. Power goes after the batteries' 20 min
    // at 500 kW (UpsBattery{10, 1000, 500}); cooling after 3 / 5 min of ride-through.
    s.events.push_back(ScenarioEvent{0, GeneratorFailsToStart{gens[0]}});
    t = run(n, s);
    const double battery = n.paths[0].battery.minutes();
    QVERIFY(near(battery, 20));
    QCOMPARE(sampleAt(t, 1).generatorsRunning, 0);
    for (const LoadTimeline &l : t.loads) {
        const LoadLoss *power = firstLoss(l, LoadLoss::What::Power);
        QVERIFY(power);
        QVERIFY(near(power->startHours, battery / 60));
        // grid outage → generator 1 failed → generator 2 failed → generators below k (0 of 1)
        // → source lost → battery exhausted after 20 min → path down.
        const std::vector<CauseStep> &steps = power->causes.front().steps;
        QCOMPARE(steps.size(), std::size_t(7));
        QCOMPARE(steps[0].kind, CauseKind::GridOutage);
        QCOMPARE(steps[1].kind, CauseKind::FailedToStart);
        QCOMPARE(steps[2].kind, CauseKind::FailedToStart);
        QCOMPARE(steps[3].kind, CauseKind::GroupShort);
        QCOMPARE(steps[3].unitsUp, 0);
        QCOMPARE(steps[3].unitsRequired, 1);
        QCOMPARE(steps[4].kind, CauseKind::SourceLost);
        QCOMPARE(steps[5].kind, CauseKind::BatteryExhausted);
        QVERIFY(near(steps[5].minutes, 20));
        QCOMPARE(steps[6].kind, CauseKind::PathDown);
        QVERIFY(power->text.contains(QStringLiteral("generator 2 failed to start")));
        QVERIFY(power->text.contains(QStringLiteral("generators below k (0 of 1 needed)")));
        QVERIFY(power->text.contains(QStringLiteral("exhausted after 20 min")));
        QVERIFY(near(l.down.front().start, (l.load < 4 ? 3 : 5) * kMinute));   // cooling goes first
    }
    const QString side = QStringLiteral("grid outage at 0 h → generator 1 failed to start → generator 2 failed to start"
                                        " → generators below k (0 of 1 needed) → source lost → battery of path %1"
                                        " exhausted after 20 min → path %1 down");
    QCOMPARE(firstLoss(t.loads[0], LoadLoss::What::Power)->text,
             side.arg(QStringLiteral("1 (A)")) + QStringLiteral("; and ") + side.arg(QStringLiteral("6 (B)"))
                 + QStringLiteral(" → load 1 loses power"));
    QVERIFY(near(sampleAt(t, 10 * kMinute).batteryMinutesLeft[3], 10));
}

void TestFailureScenario::batteryScalesWithLoad()
{
    // At 400 kW the same battery lasts 10 × 1000 / 400 = 25 min.
    const Network n = test::samplePlantNetwork(400);
    const std::vector<int> &gens = n.groups[std::size_t(n.generators)].units;
    FailureScenario s = gridOutage(72);
    s.events.push_back(ScenarioEvent{0, GeneratorFailsToStart{gens[0]}});
    s.events.push_back(ScenarioEvent{0, GeneratorFailsToStart{gens[1]}});
    const ScenarioTimeline t = run(n, s);
    QVERIFY(near(n.paths[7].battery.minutes(), 25));
    for (const LoadTimeline &l : t.loads)
        QVERIFY(near(firstLoss(l, LoadLoss::What::Power)->startHours, 25 * kMinute));
}

void TestFailureScenario::chillerFailsOnHotAfternoon()
{
    // At 940 kW IT the heat is 940 × 1.05 = 987 kW. At 38 °C the chillers give 1 − 0.012 × 3 =
    // 96.4 % of 500 = 482 kW: k = ceil(987 / 482) = 3 of 3. One fails at 1 h (MTTR 24 h) → short
    // from 1 h to 25 h; hall 1 loses cooling after 3 min (1.05 h), hall 2 after 5 min (1.0833 h).
    // At 30 °C (no credit below the 35 °C rating): k = ceil(987 / 500) = 2, two left → nothing.
    const Network n = test::samplePlantNetwork(940);
    const int chillers = n.coolings[0].groups.front();
    const int chiller = n.groups[std::size_t(chillers)].units[1];
    QVERIFY(near(chillerDerating(35, 1.2, 38), 0.964));
    QVERIFY(near(chillerDerating(35, 1.2, 30), 1));

    FailureScenario s;
    s.name = QStringLiteral("Chiller on a 38 °C afternoon");
    s.horizonHours = 48;
    s.events.push_back(ScenarioEvent{1, UnitFails{chiller}});
    s.options.capacityScale[chillers] = chillerDerating(35, 1.2, 38);
    ScenarioTimeline t = run(n, s);
    for (const LoadTimeline &l : t.loads) {
        QCOMPARE(l.losses.size(), std::size_t(1));
        const LoadLoss &loss = l.losses.front();
        QCOMPARE(loss.what, LoadLoss::What::Cooling);
        QVERIFY(near(loss.startHours, 1 + (l.load < 4 ? 3 : 5) * kMinute));
        QVERIFY(near(loss.endHours, 25));
        const std::vector<CauseStep> &steps = loss.causes.front().steps;
        QCOMPARE(steps.size(), std::size_t(5));   // failed → derated → below k → ride-through → lost
        QCOMPARE(steps[0].kind, CauseKind::UnitFailed);
        QCOMPARE(steps[0].index, chiller);
        QCOMPARE(steps[1].kind, CauseKind::CapacityDerated);
        QCOMPARE(steps[2].unitsUp, 2);
        QCOMPARE(steps[2].unitsRequired, 3);
        QCOMPARE(steps[3].kind, CauseKind::RideThroughExhausted);
        QVERIFY(loss.text.contains(QStringLiteral("derated to 96.4 %")));
    }
    // Not before the ride-through: everything carried 2 min after the failure, hall 2 at 4 min.
    QVERIFY(near(sampleAt(t, 1 + 2 * kMinute).itKwCarried, 940));
    QVERIFY(near(sampleAt(t, 1 + 4 * kMinute).itKwCarried, 940 * 152.0 / 912));
    QVERIFY(near(sampleAt(t, 1 + 2 * kMinute).rideThroughMinutesLeft[0], 1));

    s.options.capacityScale[chillers] = chillerDerating(35, 1.2, 30);
    t = run(n, s);
    QCOMPARE(lossCount(t), 0);
}

void TestFailureScenario::coolingRestartAfterTransfer()
{
    // The generators take 30 s; the chillers restart 5 min after power returns: cooling is out
    // from 0 to 5.5 min. Hall 1 (3 min) loses it from 3 to 5.5 min, hall 2 (5 min) from 5 to
    // 5.5 min. A 2 min restart (out 2.5 min) is bridged by both halls.
    const Network n = test::samplePlantNetwork();
    FailureScenario s = gridOutage(72);
    s.options.coolingRestartMinutes = kDefaultCoolingRestartMinutes;
    ScenarioTimeline t = run(n, s);
    for (const LoadTimeline &l : t.loads) {
        QCOMPARE(l.losses.size(), std::size_t(1));
        const LoadLoss &loss = l.losses.front();
        QCOMPARE(loss.what, LoadLoss::What::Cooling);
        QVERIFY(near(loss.startHours, (l.load < 4 ? 3 : 5) * kMinute));
        QVERIFY(near(loss.endHours, 5.5 * kMinute));
        QVERIFY(chainHas(loss, CauseKind::GeneratorsStarting));
        QVERIFY(chainHas(loss, CauseKind::CoolingRestarting));
    }
    s.options.coolingRestartMinutes = 2;
    t = run(n, s);
    QCOMPARE(lossCount(t), 0);
}

void TestFailureScenario::upsFailsDuringMaintenance()
{
    // 500 kW: k = 2 of 4 UPS modules a side. One A module in maintenance 0–48 h, one B module
    // fails at 10 h: 3 left on each side → nothing drops, not even the single-corded load.
    Network n = test::samplePlantNetwork();
    FailureScenario s;
    s.name = QStringLiteral("UPS fails during maintenance");
    s.horizonHours = 48;
    s.events.push_back(ScenarioEvent{0, UnitInMaintenance{upsUnit(n, Side::A, 0), 0, 48}});
    s.events.push_back(ScenarioEvent{10, UnitFails{upsUnit(n, Side::B, 2), 6}});
    ScenarioTimeline t = run(n, s);
    QCOMPARE(lossCount(t), 0);

    // 940 kW: k = ceil(940 / 250) = 4 of 4 (2N with the minimum of modules). Path A is down for
    // the whole maintenance (after the battery: no bridge); path B from 10 h to 16 h. Dual-corded
    // loads lose power 10–16 h, the single-corded A load 0–48 h.
    n = test::samplePlantNetwork(940);
    s.events.front().what = UnitInMaintenance{upsUnit(n, Side::A, 0), 0, 48};
    s.events.back().what = UnitFails{upsUnit(n, Side::B, 2), 6};
    t = run(n, s);
    for (const LoadTimeline &l : t.loads) {
        QCOMPARE(l.losses.size(), std::size_t(1));
        const LoadLoss &loss = l.losses.front();
        QCOMPARE(loss.what, LoadLoss::What::Power);
        if (l.load == 5) {
            QVERIFY(near(loss.startHours, 0));
            QVERIFY(near(loss.endHours, 48));
            QCOMPARE(loss.causes.size(), std::size_t(1));
        } else {
            QVERIFY(near(loss.startHours, 10));
            QVERIFY(near(loss.endHours, 16));
            QCOMPARE(loss.causes.size(), std::size_t(2));
            QCOMPARE(loss.causes[1].steps[0].kind, CauseKind::UnitFailed);
            QVERIFY(near(loss.causes[1].steps[0].atHours, 10));
            QCOMPARE(loss.causes[1].steps[1].unitsUp, 3);
            QCOMPARE(loss.causes[1].steps[1].unitsRequired, 4);
            QVERIFY(loss.text.contains(QStringLiteral("failed at 10 h")));
        }
        QCOMPARE(loss.causes[0].steps[0].kind, CauseKind::UnitInMaintenance);
        QVERIFY(loss.text.contains(QStringLiteral("in maintenance since 0 h")));
        QVERIFY(!chainHas(loss, CauseKind::BatteryExhausted));
    }
    QVERIFY(near(sampleAt(t, 12).itKwCarried, 0));
    QVERIFY(near(sampleAt(t, 20).itKwCarried, 930));   // all but the 10 kW single-corded load
}

void TestFailureScenario::independentOfEventOrder()
{
    const Network n = test::samplePlantNetwork(940);
    const std::vector<int> &gens = n.groups[std::size_t(n.generators)].units;
    FailureScenario s;
    s.name = QStringLiteral("Everything at once");
    s.horizonHours = 48;
    s.events = {
        ScenarioEvent{2, GridOutage{30}},
        ScenarioEvent{0, UnitInMaintenance{upsUnit(n, Side::A, 1), 0, 20}},
        ScenarioEvent{1, GeneratorFailsToStart{gens[0]}},
        ScenarioEvent{5, UnitFails{upsUnit(n, Side::B, 0)}},
        ScenarioEvent{4, UnitFails{n.groups[std::size_t(n.coolings[0].groups.front())].units[0], 3}},
        ScenarioEvent{3, UnitFails{upsUnit(n, Side::B, 0), 1}},
    };
    const ScenarioTimeline forward = run(n, s);
    QVERIFY(lossCount(forward) > 0);
    std::reverse(s.events.begin(), s.events.end());
    const ScenarioTimeline backward = run(n, s);
    std::rotate(s.events.begin(), s.events.begin() + 2, s.events.end());
    const ScenarioTimeline rotated = run(n, s);
    for (const ScenarioTimeline *other : {&backward, &rotated}) {
        QCOMPARE(other->loads.size(), forward.loads.size());
        for (std::size_t l = 0; l < forward.loads.size(); ++l) {
            const auto &a = forward.loads[l].losses, &b = other->loads[l].losses;
            QCOMPARE(a.size(), b.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].startHours, b[i].startHours);
                QCOMPARE(a[i].endHours, b[i].endHours);
                QCOMPARE(a[i].text, b[i].text);
            }
        }
        QCOMPARE(other->samples.size(), forward.samples.size());
        for (std::size_t i = 0; i < forward.samples.size(); ++i) {
            QCOMPARE(other->samples[i].itKwCarried, forward.samples[i].itKwCarried);
            QCOMPARE(other->samples[i].fuelHoursLeft, forward.samples[i].fuelHoursLeft);
            QVERIFY(other->samples[i].batteryMinutesLeft == forward.samples[i].batteryMinutesLeft);
        }
    }
}

void TestFailureScenario::refusesBadEvents()
{
    const Network n = test::samplePlantNetwork();
    FailureScenario s = gridOutage(10);
    s.events.push_back(ScenarioEvent{1, UnitFails{int(n.units.size())}});
    Result<ScenarioTimeline> r = replay(n, s);
    QVERIFY(!r);
    QCOMPARE(r.error().where, QStringLiteral("Event 2"));
    s.events.back().what = GeneratorFailsToStart{n.groups[std::size_t(n.coolings[0].groups.front())].units[0]};   // a chiller
    QVERIFY(!replay(n, s));
}

QTEST_GUILESS_MAIN(TestFailureScenario)
#include "tst_failure_scenario.moc"
