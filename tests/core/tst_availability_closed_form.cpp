// Tests core/reliability's closed forms (closed_form.h) against hand-computed values, and the
// network helpers the Monte Carlo relies on: k from the load, battery minutes, validation.
#include "reliability/closed_form.h"
#include "reliability/reliability_network.h"

#include <QtTest>

#include <array>
#include <cmath>

using namespace hectare;
using namespace hectare::reliability;

class TestAvailabilityClosedForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitAvailabilityIsUptimeShare()
    {
        QCOMPARE(unitAvailability(990, 10), 0.99);
        QVERIFY(std::abs(downtimeHoursPerYear(0.99) - 87.6) < 1e-9);
        // reliability.md: Tier III's 99.982 % is 1.58 h a year.
        QVERIFY(std::abs(downtimeHoursPerYear(0.99982) - 1.5768) < 1e-9);
    }

    void seriesMultipliesAndParallelMultipliesUnavailability()
    {
        const std::array<double, 2> a{0.99, 0.98};
        QVERIFY(std::abs(seriesAvailability(a) - 0.9702) < 1e-12);
        QVERIFY(std::abs(parallelAvailability(a) - (1 - 0.01 * 0.02)) < 1e-12);
        QCOMPARE(seriesAvailability({}), 1.0);
    }

    void kOutOfNMatchesItsSpecialCases()
    {
        const double a = 0.95;
        const std::array<double, 2> pair{a, a};
        QVERIFY(std::abs(kOutOfNAvailability(1, 2, a) - parallelAvailability(pair)) < 1e-12);
        QVERIFY(std::abs(kOutOfNAvailability(2, 2, a) - seriesAvailability(pair)) < 1e-12);
        // N+1 (reliability.md): Aⁿ + n Aⁿ⁻¹ (1 − A).
        QVERIFY(std::abs(kOutOfNAvailability(2, 3, a) - (std::pow(a, 3) + 3 * std::pow(a, 2) * (1 - a))) < 1e-12);
        QVERIFY(std::abs(kOutOfNAvailability(3, 4, a) - (std::pow(a, 4) + 4 * std::pow(a, 3) * (1 - a))) < 1e-12);
        // 2-out-of-4 by hand: 1 − P(0 up) − P(1 up).
        QVERIFY(std::abs(kOutOfNAvailability(2, 4, a) - (1 - std::pow(1 - a, 4) - 4 * a * std::pow(1 - a, 3))) < 1e-12);
        QCOMPARE(kOutOfNAvailability(0, 3, a), 1.0);
        QCOMPARE(kOutOfNAvailability(4, 3, a), 0.0);
    }

    void requiredUnitsFollowFromTheLoad()
    {
        Network n;
        n.units.assign(4, Unit{});
        for (Unit &u : n.units)
            u.capacityKw = 250;
        Group g{1, {0, 1, 2, 3}, 750};
        QCOMPARE(requiredUnits(n, g), 3);
        g.loadKw = 750.0000000001;   // rounding noise does not ask for a fourth unit
        QCOMPARE(requiredUnits(n, g), 3);
        g.loadKw = 760;
        QCOMPARE(requiredUnits(n, g), 4);
        g.loadKw = 1200;   // more than the group can carry: never up
        QCOMPARE(requiredUnits(n, g), 5);
        g.loadKw = 0;
        QCOMPARE(requiredUnits(n, g), 1);
        n.units[0].capacityKw = 0;   // not a capacity component: one carries it
        g.loadKw = 760;
        QCOMPARE(requiredUnits(n, g), 1);
    }

    void batteryMinutesScaleWithTheLoad()
    {
        UpsBattery battery{10, 1000, 500};
        QCOMPARE(battery.minutes(), 20.0);
        battery.loadKw = 1000;
        QCOMPARE(battery.minutes(), 10.0);
        battery.minutesAtFullLoad = 0;
        QCOMPARE(battery.minutes(), 0.0);
    }

    void validationNamesTheObject()
    {
        Network n;
        n.units.push_back(Unit{7, 1000, 10});
        n.groups.push_back(Group{1, {0}, 0});
        n.paths.push_back(Path{1, Side::A, {}, {}, {0}});
        n.loads.push_back(Load{1, 10, Cording::SingleA, 0, -1, -1});
        QVERIFY(validate(n).ok());

        Network badMtbf = n;
        badMtbf.units[0].mtbfHours = 0;
        QCOMPARE(validate(badMtbf).error().where, QStringLiteral("Unit 0"));

        Network badPath = n;
        badPath.loads[0].cording = Cording::Dual;   // needs a path B it does not have
        QCOMPARE(validate(badPath).error().where, QStringLiteral("Load 0"));

        Network shared = n;
        shared.groups.push_back(Group{2, {0}, 0});
        QCOMPARE(validate(shared).error().where, QStringLiteral("Unit 0"));

        Network longOutages = n;
        longOutages.grid.outagesPerYear = 3000;
        longOutages.grid.meanHours = 3;
        QVERIFY(!validate(longOutages).ok());
    }
};

QTEST_GUILESS_MAIN(TestAvailabilityClosedForm)
#include "tst_availability_closed_form.moc"
