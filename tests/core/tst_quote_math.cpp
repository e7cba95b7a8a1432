// Tests core/quoting's money arithmetic (money.h, quote_math.h) against totals worked out by
// hand in the comments: rounding to the franc half away from zero, term discount, escalator,
// VAT on the total, the EUR peg, margin per kW and refusal of amounts that overflow.
#include "quoting/money.h"
#include "quoting/quote_math.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace hectare;

namespace {

const std::vector<TermDiscount> kTermDiscounts{{12, 0}, {24, 500}, {36, 1000}, {60, 1500}};

QuoteLine line(const char *label, Recurrence recurrence, qint64 quantity, Money unitPrice)
{
    return QuoteLine{QString::fromLatin1(label), recurrence, quantity, unitPrice};
}

} // namespace

class TestQuoteMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundsHalfAwayFromZero()
    {
        QCOMPARE(money::scaleRounded(5, 1, 2), Money(3));     //  2.5 →  3
        QCOMPARE(money::scaleRounded(-5, 1, 2), Money(-3));   // −2.5 → −3
        QCOMPARE(money::scaleRounded(5, -1, 2), Money(-3));   // sign from the ratio too
        QCOMPARE(money::scaleRounded(7, 1, 3), Money(2));     //  2.33 →  2
        QCOMPARE(money::scaleRounded(8, 1, 3), Money(3));     //  2.67 →  3
        QCOMPARE(money::scaleRounded(-8, 1, 3), Money(-3));   // −2.67 → −3
        QCOMPARE(money::scaleRounded(-7, 1, 3), Money(-2));   // −2.33 → −2
        QVERIFY(!money::scaleRounded(1, 1, 0));
        // 18 % of 25 F = 4.5 F → 5; of −25 F → −5; of 24 F = 4.32 → 4.
        QCOMPARE(money::percentOf(25, 1800), Money(5));
        QCOMPARE(money::percentOf(-25, 1800), Money(-5));
        QCOMPARE(money::percentOf(24, 1800), Money(4));
        // The product is exact in 128 bits: max × 3 / 3 is max again, not an overflow.
        const Money max = std::numeric_limits<Money>::max();
        QCOMPARE(money::scaleRounded(max, 3, 3), max);
        QVERIFY(!money::scaleRounded(max, 3, 2));
    }

    void checkedOperationsRefuseOverflow()
    {
        const Money max = std::numeric_limits<Money>::max();
        QVERIFY(!money::add(max, 1));
        QVERIFY(!money::subtract(std::numeric_limits<Money>::min(), 1));
        QVERIFY(!money::multiply(12'760'000'000, 1'000'000'000));   // 1.276e19 > 9.22e18
        QCOMPARE(money::multiply(12'760'000'000, 60), Money(765'600'000'000));
    }

    void eurosAtTheFixedPeg()
    {
        // cents = xof × 100 000 / 655 957, rounded half away from zero.
        QCOMPARE(money::xofToEurCents(655'957), qint64(100'000));    // 1 000.00 €
        QCOMPARE(money::xofToEurCents(-655'957), qint64(-100'000));
        QCOMPARE(money::xofToEurCents(1), qint64(0));                 // 0.152 c
        QCOMPARE(money::xofToEurCents(3), qint64(0));                 // 0.457 c
        QCOMPARE(money::xofToEurCents(4), qint64(1));                 // 0.610 c
        QCOMPARE(money::xofToEurCents(-4), qint64(-1));
        // 12 760 000 000 × 100 000 = 1 276 000 000 000 000; ÷ 655 957:
        // 1 945 249 459 × 655 957 = 1 275 999 999 377 263, remainder 622 737 > 655 957 / 2
        // → 1 945 249 460 c = 19 452 494.60 €.
        QCOMPARE(money::xofToEurCents(12'760'000'000), qint64(1'945'249'460));
        // The largest amount converts without overflow (the result is smaller than the input).
        QVERIFY(money::xofToEurCents(std::numeric_limits<Money>::max()) > 0);
    }

    void termDiscountTakesTheLongestThresholdReached()
    {
        QCOMPARE(termDiscountFor(kTermDiscounts, 11), BasisPoints(0));
        QCOMPARE(termDiscountFor(kTermDiscounts, 12), BasisPoints(0));
        QCOMPARE(termDiscountFor(kTermDiscounts, 36), BasisPoints(1000));
        QCOMPARE(termDiscountFor(kTermDiscounts, 48), BasisPoints(1000));   // 36-month rate
        QCOMPARE(termDiscountFor(kTermDiscounts, 60), BasisPoints(1500));
        const std::vector<TermDiscount> unordered{{60, 1500}, {24, 500}, {36, 1000}};
        QCOMPARE(termDiscountFor(unordered, 40), BasisPoints(1000));
    }

    void escalatorIsExactFromYearOneAndRoundedOncePerYear()
    {
        QCOMPARE(escalatedMonthly(1'620'000, 300, 1), Money(1'620'000));
        QCOMPARE(escalatedMonthly(1'620'000, 300, 3), Money(1'718'658));   // × 1.0609
        // 1 000 001 × 1.025² = 1 000 001 × 1.050625 = 1 050 626.050625 → 1 050 626.
        QCOMPARE(escalatedMonthly(1'000'001, 250, 3), Money(1'050'626));
        // 20 × 1.025 = 20.5 → 21; year 3 is 20 × 1.050625 = 21.0125 → 21 (escalating the
        // rounded 21 again would give 21.525 → 22: we do not compound roundings).
        QCOMPARE(escalatedMonthly(20, 250, 2), Money(21));
        QCOMPARE(escalatedMonthly(20, 250, 3), Money(21));
        // Five years of 100 % on 12 760 000 000 F: × 2⁴ = 204 160 000 000, exact.
        QCOMPARE(escalatedMonthly(12'760'000'000, 10000, 5), Money(204'160'000'000));
        const Money max = std::numeric_limits<Money>::max();
        QVERIFY(!escalatedMonthly(max, 10000, 5));    // result does not fit
        QVERIFY(!escalatedMonthly(max, 10000, 10));   // intermediate does not fit in 128 bits
        QVERIFY(!escalatedMonthly(100, 300, 0));
    }

    void fourRacksForThirtySixMonthsByHand()
    {
        QuoteTerms terms;
        terms.termMonths = 36;
        terms.termDiscounts = kTermDiscounts;
        terms.annualEscalator = 300;   // 3 %
        // VAT left at its default: 18 %.
        const Result<QuoteTotals> r = computeQuote({line("Full rack", Recurrence::Monthly, 4, 450'000),
                                                    line("Setup", Recurrence::OneTime, 1, 250'000)},
                                                   terms);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        const QuoteTotals &t = r.value();
        QCOMPARE(t.lineAmounts, (std::vector<Money>{1'800'000, 250'000}));   // 4 × 450 000; 1 × 250 000
        QCOMPARE(t.mrcSubtotal, Money(1'800'000));
        QCOMPARE(t.termDiscountRate, BasisPoints(1000));   // 36 months → 10 %
        QCOMPARE(t.termDiscount, Money(180'000));          // 10 % of 1 800 000
        QCOMPARE(t.mrcNet, Money(1'620'000));              // 1 800 000 − 180 000
        QCOMPARE(t.years.size(), std::size_t(3));
        // Year 1: 1 620 000 × 12 = 19 440 000
        QCOMPARE(t.years[0].monthly, Money(1'620'000));
        QCOMPARE(t.years[0].total, Money(19'440'000));
        // Year 2: 1 620 000 × 1.03 = 1 668 600; × 12 = 20 023 200
        QCOMPARE(t.years[1].monthly, Money(1'668'600));
        QCOMPARE(t.years[1].total, Money(20'023'200));
        // Year 3: 1 620 000 × 1.03² = 1 620 000 × 1.0609 = 1 718 658; × 12 = 20 623 896
        QCOMPARE(t.years[2].monthly, Money(1'718'658));
        QCOMPARE(t.years[2].total, Money(20'623'896));
        QCOMPARE(t.years[2].months, 12);
        // 19 440 000 + 20 023 200 + 20 623 896 = 60 087 096
        QCOMPARE(t.recurringTotal, Money(60'087'096));
        QCOMPARE(t.nrcTotal, Money(250'000));
        QCOMPARE(t.totalExVat, Money(60'337'096));         // + 250 000 NRC
        QCOMPARE(t.vatRate, kDefaultVatRate);
        QCOMPARE(t.vat, Money(10'860'677));                // 18 % = 10 860 677.28 → 10 860 677
        QCOMPARE(t.totalIncVat, Money(71'197'773));        // 60 337 096 + 10 860 677
        // 71 197 773 × 100 000 / 655 957 = 10 854 030 rest 343 290 (> 327 978.5) → 108 540.31 €
        QCOMPARE(money::xofToEurCents(t.totalIncVat), qint64(10'854'031));
    }

    void vatIsOnTheTotalOfTheRoundedLines()
    {
        QuoteTerms terms;
        terms.termMonths = 1;
        // Two one-time lines of 25 F: per-line VAT would be 4.5 → 5 twice = 10; on the total
        // of 50 F it is 9.
        const Result<QuoteTotals> r = computeQuote({line("Patch cord", Recurrence::OneTime, 1, 25),
                                                    line("Label", Recurrence::OneTime, 1, 25)},
                                                   terms);
        QVERIFY(r.ok());
        QCOMPARE(r->totalExVat, Money(50));
        QCOMPARE(r->vat, Money(9));
        QCOMPARE(r->totalIncVat, Money(59));

        terms.vatRate = 0;   // configurable: an exempt customer
        const Result<QuoteTotals> exempt = computeQuote({line("Patch cord", Recurrence::OneTime, 2, 25)}, terms);
        QVERIFY(exempt.ok());
        QCOMPARE(exempt->vat, Money(0));
        QCOMPARE(exempt->totalIncVat, Money(50));
    }

    void lastContractYearMayBeShort()
    {
        QuoteTerms terms;
        terms.termMonths = 18;
        terms.annualEscalator = 300;
        const Result<QuoteTotals> r = computeQuote({line("kW", Recurrence::Monthly, 1, 100'000)}, terms);
        QVERIFY(r.ok());
        QCOMPARE(r->years.size(), std::size_t(2));
        QCOMPARE(r->years[1].months, 6);
        QCOMPARE(r->years[1].monthly, Money(103'000));
        // 100 000 × 12 + 103 000 × 6 = 1 200 000 + 618 000
        QCOMPARE(r->recurringTotal, Money(1'818'000));
    }

    void largestSiteOverSixtyMonthsFits()
    {
        // The whole Lomé site sold at 12 760 000 000 F a month for 60 months, 3 % escalator.
        QuoteTerms terms;
        terms.termMonths = 60;
        terms.annualEscalator = 300;
        const Result<QuoteTotals> r = computeQuote({line("Site", Recurrence::Monthly, 1, 12'760'000'000)}, terms);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        // Monthly by year: 12 760 000 000; × 1.03 = 13 142 800 000; × 1.0609 = 13 537 084 000;
        // × 1.092727 = 13 943 196 520; × 1.12550881 = 14 361 492 415.56 → 14 361 492 416.
        QCOMPARE(r->years[4].monthly, Money(14'361'492'416));
        // Σ = 67 744 572 936; × 12 = 812 934 875 232
        QCOMPARE(r->recurringTotal, Money(812'934'875'232));
        QCOMPARE(r->vat, Money(146'328'277'542));          // 18 % = 146 328 277 541.76
        QCOMPARE(r->totalIncVat, Money(959'263'152'774));
    }

    void overflowIsRefusedWithTheLineNamed()
    {
        QuoteTerms terms;
        const Result<QuoteTotals> line1 =
            computeQuote({line("Cage m2", Recurrence::Monthly, 1'000'000'000, 12'760'000'000)}, terms);
        QVERIFY(!line1.ok());
        QVERIFY(line1.error().where.contains(QLatin1String("\"Cage m2\"")));

        const Money half = std::numeric_limits<Money>::max() / 2 + 1;
        const Result<QuoteTotals> sum = computeQuote({line("A", Recurrence::OneTime, 1, half),
                                                      line("B", Recurrence::OneTime, 1, half)},
                                                     terms);
        QVERIFY(!sum.ok());

        // 2 × 10¹⁷ F a month fits; over 60 months it does not.
        terms.termMonths = 60;
        const Result<QuoteTotals> term = computeQuote({line("Huge", Recurrence::Monthly, 1, 200'000'000'000'000'000)}, terms);
        QVERIFY(!term.ok());
    }

    void invalidInputsAreRefused()
    {
        QuoteTerms terms;
        QVERIFY(!computeQuote({line("Rack", Recurrence::Monthly, -1, 450'000)}, terms).ok());
        QVERIFY(!computeQuote({line("Rack", Recurrence::Monthly, 1, -450'000)}, terms).ok());
        terms.termMonths = 0;
        QVERIFY(!computeQuote({}, terms).ok());
        terms.termMonths = 12;
        terms.vatRate = -1;
        QVERIFY(!computeQuote({}, terms).ok());
        terms.vatRate = kDefaultVatRate;
        terms.termDiscounts = {{12, 10001}};
        QVERIFY(!computeQuote({}, terms).ok());
        terms.termDiscounts.clear();
        terms.annualEscalator = -100;
        QVERIFY(!computeQuote({}, terms).ok());
    }

    void marginPerCommittedKw()
    {
        // 1 620 000 F a month for 4 racks × 5 kW = 20 kW → 81 000 F per kW; cost 55 000 → 26 000.
        const Result<MarginPerKw> m = marginPerKw(1'620'000, 20.0, 55'000);
        QVERIFY(m.ok());
        QCOMPARE(m->revenuePerKwMonth, Money(81'000));
        QCOMPARE(m->marginPerKwMonth, Money(26'000));
        // 1 000 000 / 7.5 kW = 133 333.33 → 133 333; cost above revenue gives a negative margin.
        const Result<MarginPerKw> loss = marginPerKw(1'000'000, 7.5, 140'000);
        QVERIFY(loss.ok());
        QCOMPARE(loss->revenuePerKwMonth, Money(133'333));
        QCOMPARE(loss->marginPerKwMonth, Money(-6'667));
        QVERIFY(!marginPerKw(1'000'000, 0.0, 0).ok());
        QVERIFY(!marginPerKw(1'000'000, std::nan(""), 0).ok());
        QVERIFY(!marginPerKw(std::numeric_limits<Money>::max(), 0.5, 0).ok());   // × 2 overflows
    }
};

QTEST_GUILESS_MAIN(TestQuoteMath)
#include "tst_quote_math.moc"
