// Tests the site's price book (issue 9): stored in the document (schema 4), written in one
// edit, refused by validation with the item named, carried through JSON, and the bundled
// sample's book priced through the quote arithmetic.
#include "io/model_json.h"
#include "io/sample_site.h"
#include "model/model_validation.h"
#include "quoting/quote_math.h"
#include "store/document.h"
#include "store/model_writer.h"
#include "test_site.h"

#include <QtTest>

using namespace hectare;

namespace {

PriceBook smallBook()
{
    PriceBook book;
    book.escalatorBasisPoints = 300;
    book.validityDays = 15;
    book.illustrative = true;
    book.notes = QStringLiteral("Test prices");
    book.items = {
        {1, QStringLiteral("rack-full"), QStringLiteral("Full rack"), PriceKind::Monthly, PriceUnit::Rack, 450000, 0, 0},
        {2, QStringLiteral("power-kw:low"), QStringLiteral("Power ≤ 5 kW"), PriceKind::Monthly, PriceUnit::Kilowatt,
         165000, 0, 5},
        {3, QStringLiteral("power-kw:high"), QStringLiteral("Power > 5 kW"), PriceKind::Monthly, PriceUnit::Kilowatt,
         175000, 5, 0},
        {4, QStringLiteral("setup-rack"), QStringLiteral("Setup"), PriceKind::OneTime, PriceUnit::Rack, 250000, 0, 0},
    };
    book.termDiscounts = {{12, 0}, {24, 500}, {36, 800}};
    return book;
}

SiteModel sitePriced(const PriceBook &book)
{
    SiteModel m = test::smallSite();
    m.priceBook = book;
    return m;
}

// The validation messages (object and field, then the message) that mention the price book.
QStringList priceBookErrors(const SiteModel &m)
{
    QStringList texts;
    for (const Error &e : validateModel(m))
        if (e.where.startsWith(QStringLiteral("Price book")))
            texts << e.text();
    return texts;
}

} // namespace

class TestPriceBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallSiteIsValidWithItsBook()
    {
        const std::vector<Error> errors = validateModel(sitePriced(smallBook()));
        QVERIFY2(errors.empty(), qPrintable(errors.empty() ? QString() : errors.front().text()));
    }

    void anEmptyBookHasTheDefaultTerms()
    {
        const PriceBook book;
        QCOMPARE(book.currency, QStringLiteral("XOF"));
        QCOMPARE(book.vatBasisPoints, 1800);
        QCOMPARE(book.escalatorBasisPoints, 0);
        QCOMPARE(book.validityDays, 30);
        QVERIFY(book.items.empty() && book.termDiscounts.empty() && !book.illustrative);
    }

    void theBookRoundTripsThroughTheDocument()
    {
        const SiteModel m = sitePriced(smallBook());
        Result<std::unique_ptr<Document>> doc = Document::createInMemory(m);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        QVERIFY(doc.value()->model().priceBook == smallBook());
        QVERIFY(doc.value()->model() == m);
    }

    // One edit replaces the terms, the items and the discounts; a refused edit keeps the old book.
    void updatePriceBookIsOneEdit()
    {
        Result<std::unique_ptr<Document>> doc = Document::createInMemory(sitePriced(smallBook()));
        QVERIFY(doc.ok());
        Document &document = *doc.value();

        PriceBook changed = smallBook();
        changed.vatBasisPoints = 1000;
        changed.items.erase(changed.items.begin() + 1);   // the low band goes
        changed.items[0].unitPrice = 480000;
        changed.items.push_back({9, QStringLiteral("remote-hands"), QStringLiteral("Remote hands"), PriceKind::OneTime,
                                 PriceUnit::Hour, 25000, 0, 0});
        changed.termDiscounts = {{60, 1200}};
        Status status = document.change([&](SqliteConnection &db) { return updatePriceBook(db, changed); });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().text()));
        QVERIFY(document.model().priceBook == changed);

        PriceBook invalid = changed;
        invalid.items[0].name.clear();
        status = document.change([&](SqliteConnection &db) { return updatePriceBook(db, invalid); });
        QVERIFY(!status.ok());
        QVERIFY(document.model().priceBook == changed);

        // The document file itself refuses what the schema forbids, whatever the validator says.
        PriceBook negative = changed;
        negative.items[0].unitPrice = -1;
        status = document.change([&](SqliteConnection &db) { return updatePriceBook(db, negative); });
        QVERIFY(!status.ok());
        QVERIFY(document.model().priceBook == changed);
    }

    void validationNamesTheItemAndTheField_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative price") << 0 << QStringLiteral("Price book, item \"Full rack\": unit price: must be 0 or more (got −5)");
        QTest::newRow("empty name") << 1 << QStringLiteral("Price book, item \"setup-rack\": name: must not be empty");
        QTest::newRow("duplicate key") << 2 << QStringLiteral("Price book, item \"Setup\": key: another item has the key \"rack-full\"");
        QTest::newRow("overlapping bands") << 3 << QStringLiteral("Price book, item \"Power > 5 kW\": density band: overlaps the band of item \"Power ≤ 5 kW\"");
        QTest::newRow("inverted band") << 4 << QStringLiteral("Price book, item \"Power ≤ 5 kW\": density band: must end above where it starts (8 to 5 kW per rack)");
        QTest::newRow("same months") << 5 << QStringLiteral("Price book, term discount from 36 month(s): months: another term discount starts at the same term");
        QTest::newRow("decreasing discount") << 6 << QStringLiteral("Price book, term discount from 36 month(s): discount (basis points): must not be less than that of the shorter term of 24 month(s) (500)");
        QTest::newRow("VAT") << 7 << QStringLiteral("Price book: VAT: must be between 0 and 10,000 (got 18,000)");
        QTest::newRow("escalator") << 8 << QStringLiteral("Price book: annual escalator: must be between 0 and 2,500 (got 3,000)");
        QTest::newRow("validity") << 9 << QStringLiteral("Price book: validity (days): must be between 1 and 365 (got 0)");
        QTest::newRow("term") << 10 << QStringLiteral("Price book, term discount from 121 month(s): months: must be between 1 and 120 (got 121)");
    }

    void validationNamesTheItemAndTheField()
    {
        QFETCH(int, defect);
        QFETCH(QString, expected);
        PriceBook book = smallBook();
        switch (defect) {
        case 0: book.items[0].unitPrice = -5; break;
        case 1: book.items[3].name.clear(); break;
        case 2: book.items[3].key = QStringLiteral("rack-full"); break;
        case 3: book.items[2].densityBandMinKw = 4; break;   // (4, ∞) meets (0, 5]
        case 4: book.items[1].densityBandMinKw = 8; break;
        case 5: book.termDiscounts.push_back({36, 900}); break;
        case 6: book.termDiscounts[2].basisPoints = 400; break;
        case 7: book.vatBasisPoints = 18000; break;
        case 8: book.escalatorBasisPoints = 3000; break;
        case 9: book.validityDays = 0; break;
        case 10: book.termDiscounts.push_back({121, 1500}); break;
        }
        const QStringList errors = priceBookErrors(sitePriced(book));
        QVERIFY2(errors.contains(expected), qPrintable(errors.join(u'\n')));
    }

    // Bands that only touch ((0, 5] and (5, ∞)) do not overlap; bands of two families may.
    void bandsOfOtherFamiliesMayOverlap()
    {
        PriceBook book = smallBook();
        book.items.push_back({5, QStringLiteral("cooling-kw:low"), QStringLiteral("Cooling ≤ 5 kW"),
                              PriceKind::Monthly, PriceUnit::Kilowatt, 10000, 0, 5});
        QVERIFY(priceBookErrors(sitePriced(book)).isEmpty());
    }

    void theBookRoundTripsThroughJson()
    {
        const SiteModel m = sitePriced(smallBook());
        const Result<SiteModel> back = importModelJson(exportModelJson(m));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().text()));
        QVERIFY(back.value().priceBook == smallBook());
        QVERIFY(back.value() == m);
    }

    void aFileWithoutAPriceBookImportsAnEmptyOne()
    {
        QJsonObject root = QJsonDocument::fromJson(exportModelJson(sitePriced(smallBook()))).object();
        root.remove(QStringLiteral("priceBook"));
        const Result<SiteModel> back = importModelJson(QJsonDocument(root).toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().text()));
        QVERIFY(back.value().priceBook == PriceBook{});
    }

    void anUnknownUnitIsRefusedWhereItIs()
    {
        QJsonObject root = QJsonDocument::fromJson(exportModelJson(sitePriced(smallBook()))).object();
        QJsonObject book = root.value(QStringLiteral("priceBook")).toObject();
        QJsonArray items = book.value(QStringLiteral("items")).toArray();
        QJsonObject item = items.at(1).toObject();
        item.insert(QStringLiteral("unit"), QStringLiteral("kilowatt"));
        items.replace(1, item);
        book.insert(QStringLiteral("items"), items);
        root.insert(QStringLiteral("priceBook"), book);
        const Result<SiteModel> back = importModelJson(QJsonDocument(root).toJson());
        QVERIFY(!back.ok());
        QCOMPARE(back.error().where, QStringLiteral("$.priceBook.items[1].unit"));
    }

    // 4 full racks at 36 months from the sample's illustrative book, with the setup fee per rack.
    // By hand:
    //   MRC subtotal      4 × 450 000                        =  1 800 000 F per month
    //   term discount     36 months → 8 % of 1 800 000       =    144 000
    //   net MRC, year 1   1 800 000 − 144 000                =  1 656 000 → × 12 = 19 872 000
    //   year 2            1 656 000 × 1.03   = 1 705 680     → × 12 = 20 468 160
    //   year 3            1 656 000 × 1.0609 = 1 756 850.4 → 1 756 850 → × 12 = 21 082 200
    //   recurring total   19 872 000 + 20 468 160 + 21 082 200 = 61 422 360
    //   NRC               4 × 250 000                        =  1 000 000
    //   total before VAT  62 422 360; VAT 18 % = 11 236 024.8 → 11 236 025; with VAT 73 658 385
    void theSampleBookPricesFourRacksOverThreeYears()
    {
        const Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        const PriceBook &book = sample.value().priceBook;
        QVERIFY(book.illustrative);
        QVERIFY(book.notes.contains(QStringLiteral("Illustrative")));
        QVERIFY(validateModel(sample.value()).empty());
        const PriceItem *rack = book.item(QStringLiteral("rack-full"));
        const PriceItem *setup = book.item(QStringLiteral("setup-rack"));
        QVERIFY(rack && setup);

        QuoteTerms terms;
        terms.termMonths = 36;
        for (const PriceTermDiscount &d : book.termDiscounts)
            terms.termDiscounts.push_back({d.months, d.basisPoints});
        terms.annualEscalator = book.escalatorBasisPoints;
        terms.vatRate = book.vatBasisPoints;
        const std::vector<QuoteLine> lines = {
            {rack->name, Recurrence::Monthly, 4, rack->unitPrice},
            {setup->name, Recurrence::OneTime, 4, setup->unitPrice},
        };
        const Result<QuoteTotals> totals = computeQuote(lines, terms);
        QVERIFY2(totals.ok(), qPrintable(totals.ok() ? QString() : totals.error().text()));
        const QuoteTotals &t = totals.value();
        QCOMPARE(t.mrcSubtotal, Money(1800000));
        QCOMPARE(t.termDiscountRate, BasisPoints(800));
        QCOMPARE(t.termDiscount, Money(144000));
        QCOMPARE(t.mrcNet, Money(1656000));
        QCOMPARE(t.years.size(), std::size_t(3));
        QCOMPARE(t.years[0].total, Money(19872000));
        QCOMPARE(t.years[1].monthly, Money(1705680));
        QCOMPARE(t.years[2].monthly, Money(1756850));
        QCOMPARE(t.years[2].total, Money(21082200));
        QCOMPARE(t.recurringTotal, Money(61422360));
        QCOMPARE(t.nrcTotal, Money(1000000));
        QCOMPARE(t.totalExVat, Money(62422360));
        QCOMPARE(t.vat, Money(11236025));
        QCOMPARE(t.totalIncVat, Money(73658385));
    }
};

QTEST_GUILESS_MAIN(TestPriceBook)
#include "tst_price_book.moc"
