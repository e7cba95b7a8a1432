// Placement search for quotes (core/quoting/placement.h): which hall and positions, why, and
// what a hall that cannot take the requirement lacks.
#include "quote_site.h"

#include "capacity/capacity_budget.h"
#include "growth/growth_engine.h"
#include "model/model_validation.h"
#include "quoting/placement.h"

#include <QtTest>

using namespace hectare;
using namespace hectare::test;

class TestQuotePlacement : public QObject
{
    Q_OBJECT

private:
    static const QDate kToday;

    static GrowthResult forecastOf(const SiteModel &m, int runs)
    {
        GrowthOptions options;
        options.runs = runs;
        options.threads = 1;
        Result<GrowthResult> result = runGrowth(m, *baseScenario(m), options);
        if (!result)
            qFatal("growth failed: %s", qPrintable(result.error().text()));
        return result.value();
    }

    static PlacementResult place(const SiteModel &m, const QuoteRequirement &r, const GrowthResult *forecast)
    {
        PlacementOptions options;
        options.asOf = kToday;
        options.forecast = forecast;
        return findPlacements(m, r, options);
    }

private Q_SLOTS:
    void siteIsValid()
    {
        const std::vector<Error> errors = validateModel(twoHallSite());
        QVERIFY2(errors.empty(), errors.empty() ? "" : qPrintable(errors.front().text()));
    }

    // Today only, East looks best: its free 5 kW positions match the 5 kW racks exactly, while
    // West's 8 kW positions would strand 3 kW each.
    void withoutForecastTheMatchingHallComesFirst()
    {
        const PlacementResult result = place(twoHallSite(), twoRacksAtFive(), nullptr);
        QVERIFY(result.placed());
        const PlacementCandidate &best = result.candidates.front();
        QCOMPARE(best.hallName, QStringLiteral("East"));
        QVERIFY(best.contiguous);
        QCOMPARE(best.strandedDesignKw, 0.0);
        // The two free positions at the end of the free run, next to the occupied ones: no gap left.
        QCOMPARE(best.runs.size(), std::size_t(1));
        QCOMPARE(best.runs.front().firstRack, QStringLiteral("E1-07"));
        QCOMPARE(best.runs.front().lastRack, QStringLiteral("E1-08"));
        QCOMPARE(best.orphanedPositions, 0);
        QCOMPARE(result.candidates.at(1).hallName, QStringLiteral("West"));
        QCOMPARE(result.candidates.at(1).strandedDesignKw, 6.0);
        QVERIFY(result.refusals.empty());
    }

    // Against the base forecast East's cooling runs out within the term: refused, naming cooling,
    // the month and the kW; West takes the racks.
    void coolingRunningOutWithinTheTermRefusesTheCheapestLookingHall()
    {
        const SiteModel m = twoHallSite();
        for (int runs : {0, 200}) {
            const GrowthResult forecast = forecastOf(m, runs);
            const PlacementResult result = place(m, twoRacksAtFive(), &forecast);
            QVERIFY(result.placed());
            QCOMPARE(result.candidates.front().hallName, QStringLiteral("West"));
            QCOMPARE(result.candidates.size(), std::size_t(1));
            QCOMPARE(result.refusals.size(), std::size_t(1));
            const HallRefusal &east = result.refusals.front();
            QCOMPARE(east.hallName, QStringLiteral("East"));
            const auto cooling = std::find_if(east.shortfalls.begin(), east.shortfalls.end(),
                                              [](const Shortfall &s) { return s.resource == Resource::Cooling; });
            QVERIFY(cooling != east.shortfalls.end());
            QVERIFY(cooling->forecast);
            // 30 kW × 1.3^(t/12) passes 50 − 10 = 40 kW in month 14 of the scenario (Mar 2027):
            // month 3 of a term starting in January 2027.
            QCOMPARE(cooling->month.value(), 2);
            QCOMPARE(cooling->needed, 10.0);
            const double left = 50 - 30 * std::pow(1.3, 14.0 / 12.0);
            QVERIFY2(std::abs(cooling->available - left) < 0.05,
                     qPrintable(QString::number(cooling->available) + " vs " + QString::number(left)));
            QVERIFY2(east.reason.contains(QStringLiteral("Cooling")), qPrintable(east.reason));
            QVERIFY2(east.reason.contains(QStringLiteral("month 3 of the term")), qPrintable(east.reason));
            // Cooling is what runs short first; power (55.4 kW) lasts until month 19 of the scenario
            // (August 2027, month 8 of the term), space until month 17 of the term.
            for (const Shortfall &s : east.shortfalls) {
                if (s.resource == Resource::Power)
                    QCOMPARE(s.month.value(), 7);
                if (s.resource == Resource::Space)
                    QCOMPARE(s.month.value(), 16);
            }
        }
    }

    // A term that ends before East's cooling runs short is placed in East again.
    void aShortTermBeforeTheShortfallIsAccepted()
    {
        const SiteModel m = twoHallSite();
        const GrowthResult forecast = forecastOf(m, 0);
        QuoteRequirement r = twoRacksAtFive();
        r.start = QDate(2026, 12, 1);
        r.termMonths = 2;   // December 2026 and January 2027 (months 11 and 12): 39 kW at most
        const PlacementResult result = place(m, r, &forecast);
        QVERIFY(result.placed());
        QCOMPARE(result.candidates.front().hallName, QStringLiteral("East"));
    }

    void shortfallsNameTheResourceAndTheAmount()
    {
        QuoteRequirement r = twoRacksAtFive();
        r.racks = 7;   // East has 6 free positions; West 8 of 8 kW but only 50 kW of cooling for 35 kW: fits
        r.kwPerRack = 5;
        PlacementResult result = place(twoHallSite(), r, nullptr);
        QCOMPARE(result.candidates.size(), std::size_t(1));
        QCOMPARE(result.candidates.front().hallName, QStringLiteral("West"));
        QCOMPARE(result.refusals.size(), std::size_t(1));
        const HallRefusal &east = result.refusals.front();
        QCOMPARE(east.shortfalls.front().resource, Resource::Space);
        QCOMPARE(east.shortfalls.front().needed, 7.0);
        QCOMPARE(east.shortfalls.front().available, 6.0);
        // 35 kW: more than East's 25.4 kW of power and 20 kW of cooling.
        QCOMPARE(east.shortfalls.size(), std::size_t(3));
        QCOMPARE(east.shortfalls.at(2).resource, Resource::Cooling);
        QCOMPARE(east.shortfalls.at(2).missing(), 15.0);
        QVERIFY2(east.reason.contains(QStringLiteral("short by 15.0 kW")), qPrintable(east.reason));

        r.racks = 9;
        result = place(twoHallSite(), r, nullptr);
        QVERIFY(!result.placed());
        QCOMPARE(result.refusals.size(), std::size_t(2));
        QVERIFY2(result.refusals.at(1).reason.contains(QStringLiteral("9 position(s) needed, 8 suitable and free")),
                 qPrintable(result.refusals.at(1).reason));
    }

    // The generators back every hall: when they cannot carry the kW, no hall can take the racks.
    void generatorsShortRefuseEveryHall()
    {
        SiteModel m = twoHallSite();
        // The free IT kW is linear in the generators' size: size them to leave 5 kW.
        const double kva = m.generators.front().unitKva;
        const double freeAtFull = computeCapacity(m, kToday).generatorFreeItKw;
        m.generators.front().unitKva = kva / 2;
        const double freeAtHalf = computeCapacity(m, kToday).generatorFreeItKw;
        const double perKva = (freeAtFull - freeAtHalf) / (kva / 2);
        m.generators.front().unitKva = kva - (freeAtFull - 5) / perKva;
        const double left = computeCapacity(m, kToday).generatorFreeItKw;
        QVERIFY2(left > 0 && left < 10, qPrintable(QString::number(left)));
        const PlacementResult result = place(m, twoRacksAtFive(), nullptr);
        QVERIFY(!result.placed());
        QCOMPARE(result.refusals.size(), std::size_t(2));
        for (const HallRefusal &refusal : result.refusals) {
            QCOMPARE(refusal.shortfalls.back().resource, Resource::Generator);
            QCOMPARE(refusal.shortfalls.back().available, left);
            QVERIFY2(refusal.reason.contains(QStringLiteral("10.0 kW needed")), qPrintable(refusal.reason));
        }
    }

    void positionsDesignedBelowTheDensityAreNotOffered()
    {
        QuoteRequirement r = twoRacksAtFive();
        r.kwPerRack = 6;   // East's positions are designed for 5 kW
        const PlacementResult result = place(twoHallSite(), r, nullptr);
        QCOMPARE(result.candidates.front().hallName, QStringLiteral("West"));
        QVERIFY2(result.refusals.front().reason.contains(QStringLiteral("6 designed below the kW per rack")),
                 qPrintable(result.refusals.front().reason));
    }

    void abFeedsNeedBothPaths()
    {
        SiteModel m = twoHallSite();
        for (Rack &rack : m.racks) {
            if (rack.rowId == 2)
                rack.feedBPduId = kNoId;   // West single-corded
        }
        QuoteRequirement r = twoRacksAtFive();
        r.kwPerRack = 5;
        r.racks = 7;
        QVERIFY(!place(m, r, nullptr).placed());
        r.abFeeds = false;
        QCOMPARE(place(m, r, nullptr).candidates.front().hallName, QStringLiteral("West"));
    }

    // Positions a live quote holds are taken; after its validity they are free again.
    void heldPositionsAreTakenUntilTheHoldLapses()
    {
        SiteModel m = twoHallSite();
        Quote hold;
        hold.id = 1;
        hold.number = QStringLiteral("Q-2026-0001");
        hold.customer = QStringLiteral("Autre");
        hold.requirement = twoRacksAtFive();
        hold.hallId = 1;
        hold.rackIds = {7, 8, 9, 10, 11};
        hold.issued = kToday.addDays(-10);
        hold.validUntil = kToday;
        hold.status = QuoteStatus::Reserved;
        m.quotes = {hold};

        PlacementResult result = place(m, twoRacksAtFive(), nullptr);
        QCOMPARE(result.candidates.front().hallName, QStringLiteral("West"));
        QVERIFY2(result.refusals.front().reason.contains(QStringLiteral("1 suitable and free")),
                 qPrintable(result.refusals.front().reason));
        // The hold's kW count too: East has 20 kW of cooling free, 10 of them held.
        const CapacityReport report = computeCapacity(m, kToday);
        QCOMPARE(report.halls.front().cooling.reserved, 10.0);
        QCOMPARE(report.halls.front().space.reserved, 5.0);

        PlacementOptions later;
        later.asOf = kToday.addDays(1);
        result = findPlacements(m, twoRacksAtFive(), later);
        QCOMPARE(result.candidates.front().hallName, QStringLiteral("East"));
        QCOMPARE(computeCapacity(m, kToday.addDays(1)).halls.front().cooling.reserved, 0.0);

        // Re-placing the hold's own quote does not count its own hold.
        PlacementOptions replace;
        replace.asOf = kToday;
        replace.excludeQuoteId = 1;
        QCOMPARE(findPlacements(m, twoRacksAtFive(), replace).candidates.front().hallName, QStringLiteral("East"));
    }

    void withoutAContiguousRunThePositionsSpreadOverTheFewestRows()
    {
        SiteModel m = twoHallSite();
        // West: every other position blocked, so no two free positions side by side.
        for (Rack &rack : m.racks) {
            if (rack.rowId == 2 && (rack.id % 2) == 0)
                rack.state = RackState::Blocked;
        }
        QuoteRequirement r = twoRacksAtFive();
        r.kwPerRack = 7;   // not East (5 kW positions)
        const PlacementResult result = place(m, r, nullptr);
        QVERIFY(result.placed());
        const PlacementCandidate &c = result.candidates.front();
        QCOMPARE(c.hallName, QStringLiteral("West"));
        QVERIFY(!c.contiguous);
        QCOMPARE(c.rackIds.size(), std::size_t(2));
        QVERIFY2(c.reasons.front().contains(QStringLiteral("no row has 2 position(s) side by side; spread over 1 row(s)")),
                 qPrintable(c.reasons.front()));
    }

    void baseScenarioIsTheOneCalledBase()
    {
        SiteModel m = twoHallSite();
        Scenario other = m.scenarios.front();
        other.id = 2;
        other.name = QStringLiteral("Aggressive");
        m.scenarios.insert(m.scenarios.begin(), other);
        QCOMPARE(baseScenario(m)->name, QStringLiteral("Base"));
        m.scenarios.pop_back();
        QCOMPARE(baseScenario(m)->name, QStringLiteral("Aggressive"));
        m.scenarios.clear();
        QVERIFY(baseScenario(m) == nullptr);
    }
};

const QDate TestQuotePlacement::kToday(2026, 11, 25);

QTEST_GUILESS_MAIN(TestQuotePlacement)
#include "tst_quote_placement.moc"
