// Tests core/quoting/quote_csv: a hand-built quote (lines, discount, escalator, VAT) written as
// CSV, its figures worked out by hand in the comments, and its text fields escaped as RFC 4180 asks.
#include "quoting/quote_csv.h"

#include <QtTest>

using namespace hectare;

namespace {

QuoteLineRecord line(const QString &label, bool monthly, qint64 quantity, qint64 unitPrice)
{
    return QuoteLineRecord{QStringLiteral("item"), label, monthly, quantity, unitPrice};
}

// 30 months (two full contract years and a half), 5 % term discount, 3 % escalator, 18 % VAT.
Quote handBuiltQuote()
{
    Quote quote;
    quote.number = QStringLiteral("Q-2026-0007");
    quote.customer = QStringLiteral("Société \"Ouest\", SARL");
    quote.issued = QDate(2026, 3, 1);
    quote.validUntil = QDate(2026, 3, 30);
    quote.requirement.termMonths = 30;
    quote.termDiscountBasisPoints = 500;
    quote.escalatorBasisPoints = 300;
    quote.vatBasisPoints = 1800;
    quote.lines = {
        line(QStringLiteral("Full rack (42U)"), true, 4, 450000),                      // 1 800 000
        line(QStringLiteral("Committed power, 5 to 10 kW per rack"), true, 20, 175000),   // 3 500 000
        line(QStringLiteral("Cross-connect, fibre"), true, 2, 35000),                 //    70 000
        line(QStringLiteral("Rack installation"), false, 4, 150000),                   //   600 000
        line(QStringLiteral("Remote hands"), false, 5, 25000),                         //   125 000
    };
    return quote;
}

QStringList csvLines(const QByteArray &csv)
{
    QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestQuoteCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesAndTotalsInWholeFrancs()
    {
        const Result<QByteArray> csv = quoteCsv(handBuiltQuote());
        QVERIFY2(csv.ok(), qPrintable(csv.ok() ? QString() : csv.error().text()));
        const QStringList lines = csvLines(csv.value());
        const QStringList expected{
            QStringLiteral("Quote,Q-2026-0007"),
            QStringLiteral("Customer,\"Société \"\"Ouest\"\", SARL\""),
            QStringLiteral("Issued,2026-03-01"),
            QStringLiteral("Valid until,2026-03-30"),
            QStringLiteral("Currency,XOF"),
            QString(),
            QStringLiteral("Item,Recurrence,Quantity,Unit price,Amount"),
            QStringLiteral("Full rack (42U),MRC,4,450000,1800000"),
            QStringLiteral("\"Committed power, 5 to 10 kW per rack\",MRC,20,175000,3500000"),
            QStringLiteral("\"Cross-connect, fibre\",MRC,2,35000,70000"),
            QStringLiteral("Rack installation,NRC,4,150000,600000"),
            QStringLiteral("Remote hands,NRC,5,25000,125000"),
            // 1 800 000 + 3 500 000 + 70 000
            QStringLiteral("Monthly subtotal,,,,5370000"),
            // 5 % of 5 370 000 = 268 500, a deduction
            QStringLiteral("\"Term discount (5%), per month\",,,,-268500"),
            QStringLiteral("Net monthly recurring charge,,,,5101500"),
            // year 1: 12 × 5 101 500
            QStringLiteral("Contract year 1,MRC,12,5101500,61218000"),
            // year 2: 5 101 500 × 1.03 = 5 254 545, × 12
            QStringLiteral("Contract year 2,MRC,12,5254545,63054540"),
            // year 3, the last 6 months: 5 101 500 × 1.03² = 5 412 181.35 → 5 412 181, × 6
            QStringLiteral("Contract year 3,MRC,6,5412181,32473086"),
            // 61 218 000 + 63 054 540 + 32 473 086
            QStringLiteral("Recurring total over the term,,,,156745626"),
            // 600 000 + 125 000: no discount, no escalator
            QStringLiteral("One-time total,,,,725000"),
            QStringLiteral("Total excluding VAT,,,,157470626"),
            // 18 % of 157 470 626 = 28 344 712.68 → 28 344 713
            QStringLiteral("VAT (18%),,,,28344713"),
            QStringLiteral("Total including VAT,,,,185815339"),
        };
        QCOMPARE(lines, expected);
    }

    void rowsEndInCrLf()
    {
        const Result<QByteArray> csv = quoteCsv(handBuiltQuote());
        QVERIFY(csv.ok());
        QVERIFY(csv.value().endsWith("\r\n"));
        QCOMPARE(csv.value().count('\n'), csv.value().count("\r\n"));
        // UTF-8 without a byte-order mark.
        QVERIFY(!csv.value().startsWith("\xEF\xBB\xBF"));
    }

    void labelsWithLineBreaksAreQuoted()
    {
        Quote quote = handBuiltQuote();
        quote.lines[0].label = QStringLiteral("Full rack\nsecond line");
        const Result<QByteArray> csv = quoteCsv(quote);
        QVERIFY(csv.ok());
        QVERIFY(csv.value().contains("\"Full rack\nsecond line\",MRC,4,450000,1800000\r\n"));
    }

    void invalidLineIsAnError()
    {
        Quote quote = handBuiltQuote();
        quote.lines[1].quantity = -1;
        const Result<QByteArray> csv = quoteCsv(quote);
        QVERIFY(!csv.ok());
        QVERIFY2(csv.error().where.contains(QStringLiteral("Committed power")), qPrintable(csv.error().text()));
    }
};

QTEST_GUILESS_MAIN(TestQuoteCsv)
#include "tst_quote_csv.moc"
