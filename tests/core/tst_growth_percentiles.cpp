// Tests core/growth/percentiles and exhaustion: nearest-rank percentiles, exhaustion months at a
// risk from counts of runs, the first month over capacity, and decision dates.
#include "growth/decision_date.h"
#include "growth/exhaustion.h"
#include "growth/percentiles.h"

#include <QtTest>

#include <limits>
#include <numeric>

using namespace hectare;

class TestGrowthPercentiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestRank_data()
    {
        QTest::addColumn<double>("q");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("rank");
        QTest::newRow("P10 of 10000: ⌈0.1 × 10000⌉ = 1000 (not 1001 from rounding)") << 0.1 << 10000 << 1000;
        QTest::newRow("P50 of 10: ⌈5⌉ = 5") << 0.5 << 10 << 5;
        QTest::newRow("P90 of 7: ⌈6.3⌉ = 7") << 0.9 << 7 << 7;
        QTest::newRow("P10 of 7: ⌈0.7⌉ = 1") << 0.1 << 7 << 1;
        QTest::newRow("P100 of 3: 3") << 1.0 << 3 << 3;
        QTest::newRow("P1 of 1: 1") << 0.01 << 1 << 1;
    }

    void nearestRank()
    {
        QFETCH(double, q);
        QFETCH(int, n);
        QFETCH(int, rank);
        QCOMPARE(hectare::nearestRank(q, n), rank);
    }

    void percentileOfValuesInAnyOrder()
    {
        std::vector<double> values{9, 1, 8, 2, 7, 3, 6, 4, 5, 10};   // 1 … 10
        QCOMPARE(percentileOf(values, 0.1), 1.0);
        QCOMPARE(percentileOf(values, 0.5), 5.0);
        QCOMPARE(percentileOf(values, 0.9), 9.0);
        std::vector<double> none;
        QVERIFY(std::isnan(percentileOf(none, 0.5)));
    }

    // Cells stored run after run; the same answer whatever the number of threads.
    void cellPercentilesDoNotDependOnThreads()
    {
        const int runs = 101;
        const std::size_t cells = 7;
        std::vector<double> values(std::size_t(runs) * cells);
        for (int r = 0; r < runs; ++r)
            for (std::size_t c = 0; c < cells; ++c)
                values[std::size_t(r) * cells + c] = double((r * 37) % runs) + 1000.0 * double(c);   // 0 … 100, shuffled
        const std::vector<double> qs{0.1, 0.5, 0.9};
        const auto one = cellPercentiles(values, runs, cells, qs, 1);
        QCOMPARE(cellPercentiles(values, runs, cells, qs, 3), one);
        QCOMPARE(one[0][0], 10.0);   // rank ⌈10.1⌉ = 11: the value 10
        QCOMPARE(one[1][2], 2050.0);   // rank ⌈50.5⌉ = 51: 50
        QCOMPARE(one[2][6], 6090.0);   // rank ⌈90.9⌉ = 91: 90
    }

    // 10 runs: 1 runs out in month 2, 4 in month 5, 5 never (counts[months]).
    void monthAtRisk_data()
    {
        QTest::addColumn<double>("q");
        QTest::addColumn<int>("month");   // −1: beyond the horizon
        QTest::newRow("P10: rank 1, month 2") << 0.1 << 2;
        QTest::newRow("P50: rank 5, month 5") << 0.5 << 5;
        QTest::newRow("P51: rank 6 is a run that never ran out") << 0.51 << -1;
        QTest::newRow("P90: beyond the horizon") << 0.9 << -1;
    }

    void monthAtRisk()
    {
        QFETCH(double, q);
        QFETCH(int, month);
        const int counts[] = {0, 0, 1, 0, 0, 4, 0, 0, 5};   // 8 months, then "never"
        const std::optional<int> at = hectare::monthAtRisk(counts, 8, 10, q);
        QCOMPARE(at.value_or(-1), month);
    }

    void firstExceedanceIsStrictlyAbove()
    {
        const double capacity[] = {10, 10, 10, 10};
        const double equal[] = {8, 10, 10, 10};
        const double above[] = {8, 10, 10.5, 9};
        QCOMPARE(firstExceedance(equal, capacity, 4), -1);
        QCOMPARE(firstExceedance(above, capacity, 4), 2);
    }

    void decisionMonthIsExhaustionLessLeadTime_data()
    {
        QTest::addColumn<int>("exhaustion");
        QTest::addColumn<int>("lead");
        QTest::addColumn<int>("decision");
        QTest::newRow("month 40 − 18 = 22") << 40 << 18 << 22;
        QTest::newRow("month 6 − 12 = −6: six months late") << 6 << 12 << -6;
        QTest::newRow("month 0, lead 0: now") << 0 << 0 << 0;
    }

    void decisionMonthIsExhaustionLessLeadTime()
    {
        QFETCH(int, exhaustion);
        QFETCH(int, lead);
        QFETCH(int, decision);
        QCOMPARE(decisionMonth(exhaustion, lead), std::optional<int>(decision));
        QCOMPARE(decisionMonth(std::nullopt, lead), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestGrowthPercentiles)
#include "tst_growth_percentiles.moc"
