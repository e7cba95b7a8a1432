// Tests ui/quoting/quote_pdf: a quote on the bundled sample written as a PDF in French and in
// English, read back with poppler's pdftotext and pdfinfo: number, customer, positions, the total
// in figures (U+202F groups in French) and in words, one or two pages, the quote's positions
// highlighted on the plan; and the quote's language winning over the window's.
// With HECTARE_QUOTE_SNAPSHOTS=<dir>, the PDFs are also left there (quote-fr.pdf, quote-en.pdf).
#include "quoting/document_language.h"
#include "quoting/quote_pdf.h"
#include "quoting/quote_pdf_plan.h"

#include "io/sample_site.h"
#include "quoting/money_format.h"
#include "quoting/quote_builder.h"
#include "words/amount_words.h"

#include "language.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace hectare;
using namespace hectare::ui;

namespace {

const QString kCustomer = QStringLiteral("Société Togolaise d’Exemple, SA");

const SiteModel &sample()
{
    static const SiteModel model = [] {
        Result<SiteModel> loaded = sampleSiteModel();
        return loaded ? loaded.value() : SiteModel{};
    }();
    return model;
}

std::vector<Id> racksNamed(const SiteModel &model, const QStringList &names)
{
    std::vector<Id> ids;
    for (const QString &name : names)
        for (const Rack &rack : model.racks)
            if (rack.name == name)
                ids.push_back(rack.id);
    return ids;
}

// Four free 5 kW positions of row F in Colocation, priced from the sample's (illustrative) book:
// 36 months, so the book's 36-month discount and its escalator apply.
Quote sampleQuote(const QString &language)
{
    const SiteModel &model = sample();
    Quote quote;
    quote.id = 42;
    quote.number = QStringLiteral("Q-2026-0042");
    quote.customer = kCustomer;
    quote.language = language;
    QuoteRequirement &r = quote.requirement;
    r.racks = 4;
    r.kwPerRack = 5;
    r.abFeeds = true;
    r.start = QDate(2026, 4, 1);
    r.termMonths = 36;
    r.fibreCrossConnects = 2;
    r.copperCrossConnects = 1;
    r.remoteHandsHours = 4;
    const Result<std::vector<QuoteLineRecord>> lines = priceRequirement(model.priceBook, r);
    if (lines)
        quote.lines = lines.value();
    const QuoteTerms terms = quoteTerms(model.priceBook, r.termMonths);
    quote.termDiscountBasisPoints = int(termDiscountFor(terms.termDiscounts, r.termMonths));
    quote.escalatorBasisPoints = int(terms.annualEscalator);
    quote.vatBasisPoints = int(terms.vatRate);
    quote.hallId = model.hallByName(QStringLiteral("Colocation"))->id;
    quote.rackIds = racksNamed(model, {QStringLiteral("F05"), QStringLiteral("F06"), QStringLiteral("F07"),
                                       QStringLiteral("F08")});
    quote.issued = QDate(2026, 3, 1);
    quote.validUntil = QDate(2026, 3, 30);
    return quote;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text with line breaks and runs of blanks made single spaces, and words that wrapped
// after a hyphen joined again. Poppler writes no-break spaces (U+00A0, U+202F) as plain spaces.
QString pdfText(const QString &pdf)
{
    QString text = run(tool("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    text.replace(QRegularExpression(QStringLiteral("-[ \\t\\r\\n\\f]+")), QStringLiteral("-"));
    text.replace(QRegularExpression(QStringLiteral("[ \\t\\r\\n\\f]+")), QStringLiteral(" "));
    return text;
}

// `text` as pdftotext gives it back: no-break spaces become plain ones.
QString asExtracted(QString text)
{
    return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
}

// Whether the PDF's text holds a U+202F: its fonts' ToUnicode maps (which Qt writes uncompressed)
// name every character drawn.
bool drawsNarrowNoBreakSpace(const QString &pdf)
{
    QFile file(pdf);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains("<202F>");
}

int pageCount(const QString &pdf)
{
    const QString info = run(tool("pdfinfo"), {pdf});
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

Money totalIncVat(const Quote &quote)
{
    const Result<QuoteTotals> totals = quoteTotals(quote);
    return totals ? totals->totalIncVat : -1;
}

QString words(const Quote &quote)
{
    const Result<QString> spelled = amountInWords(totalIncVat(quote), quote.language);
    return spelled ? spelled.value() : QString();
}

// Pixels of page 1 in the highlight's blue, at 100 dpi.
int highlightedPixels(const QString &pdf, const QString &directory)
{
    const QString stem = QDir(directory).filePath(QStringLiteral("page"));
    run(tool("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), QStringLiteral("-f"),
                           QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
                           pdf, stem});
    const QImage page(stem + QStringLiteral(".png"));
    int count = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.blue() > c.red() + 90 && c.blue() > c.green() + 40)
                ++count;
        }
    return count;
}

void keepSnapshot(const QString &pdf, const QString &name)
{
    const QString directory = qEnvironmentVariable("HECTARE_QUOTE_SNAPSHOTS");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    const QString target = QDir(directory).filePath(name);
    QFile::remove(target);
    QFile::copy(pdf, target);
}

} // namespace

class TestQuotePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!sample().racks.empty());
        const Quote quote = sampleQuote(QStringLiteral("fr"));
        QVERIFY(!quote.lines.empty());
        QCOMPARE(quote.rackIds.size(), std::size_t(4));
        QVERIFY(totalIncVat(quote) > 0);
    }

    void positionsAreWrittenAsRuns()
    {
        Quote quote = sampleQuote(QStringLiteral("fr"));
        // F10 is blocked: F09 and F11 are not neighbours in the quote; G01 is in another row.
        quote.rackIds = racksNamed(sample(), {QStringLiteral("F06"), QStringLiteral("F05"), QStringLiteral("F07"),
                                              QStringLiteral("F08"), QStringLiteral("F11"), QStringLiteral("G01")});
        const std::vector<RowPositions> rows = quotePositionsByRow(sample(), quote);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].rowName, QStringLiteral("F"));
        QCOMPARE(rows[0].positions, QStringLiteral("F05–F08, F11"));
        QCOMPARE(rows[0].count, 5);
        QCOMPARE(rows[1].positions, QStringLiteral("G01"));
    }

    void frenchQuote()
    {
        if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("devis.pdf"));
        const Quote quote = sampleQuote(QStringLiteral("fr"));
        const Status written = writeQuotePdf(sample(), quote, pdf);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
        keepSnapshot(pdf, QStringLiteral("quote-fr.pdf"));

        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Q-2026-0042")), qPrintable(text));
        QVERIFY2(text.contains(kCustomer), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("F05–F08")), qPrintable(text));
        const QString sentence = QStringLiteral("Arrêté le présent devis à la somme de %1 francs CFA toutes taxes comprises.")
                                     .arg(words(quote));
        QVERIFY2(!words(quote).isEmpty(), "the total has no words");
        QVERIFY2(text.contains(sentence), qPrintable(sentence + QStringLiteral("\n---\n") + text));
        // "217 831 993 F CFA": groups of three joined by U+202F, then a no-break space.
        const QString total = formatXof(totalIncVat(quote), QLocale(QLocale::French, QLocale::Togo));
        QVERIFY(total.contains(QChar(0x202F)));
        QVERIFY2(text.contains(asExtracted(total)), qPrintable(total + QStringLiteral("\n---\n") + text));
        QVERIFY(drawsNarrowNoBreakSpace(pdf));
        QVERIFY2(text.contains(QStringLiteral("Bon pour accord")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Prix indicatifs")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("including taxes")), qPrintable(text));
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
    }

    void englishQuote()
    {
        if (tool("pdftotext").isEmpty() || tool("pdfinfo").isEmpty())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("quote.pdf"));
        const Quote quote = sampleQuote(QStringLiteral("en"));
        const Status written = writeQuotePdf(sample(), quote, pdf);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().text()));
        keepSnapshot(pdf, QStringLiteral("quote-en.pdf"));

        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Q-2026-0042")), qPrintable(text));
        QVERIFY2(text.contains(kCustomer), qPrintable(text));
        const QString sentence =
            QStringLiteral("This quote is fixed at the sum of %1 CFA francs including taxes.").arg(words(quote));
        QVERIFY2(text.contains(sentence), qPrintable(sentence + QStringLiteral("\n---\n") + text));
        const QString total = formatXof(totalIncVat(quote), QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(total.contains(QLatin1Char(',')));
        QVERIFY2(text.contains(asExtracted(total)), qPrintable(total + QStringLiteral("\n---\n") + text));
        QVERIFY(!drawsNarrowNoBreakSpace(pdf));
        QVERIFY2(text.contains(QStringLiteral("36 months")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Arrêté")), qPrintable(text));
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
    }

    void quotePositionsAreHighlighted()
    {
        if (tool("pdftoppm").isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        QTemporaryDir dir;
        const QString withRacks = dir.filePath(QStringLiteral("with.pdf"));
        const QString without = dir.filePath(QStringLiteral("without.pdf"));
        Quote quote = sampleQuote(QStringLiteral("en"));
        QVERIFY(writeQuotePdf(sample(), quote, withRacks).ok());
        quote.rackIds.clear();   // the same hall and plan, nothing highlighted: only the legend's swatch is blue
        QVERIFY(writeQuotePdf(sample(), quote, without).ok());
        const int highlighted = highlightedPixels(withRacks, dir.path());
        const int legendOnly = highlightedPixels(without, dir.path());
        QVERIFY2(legendOnly > 0, "no legend swatch");
        // Four 0.6 × 1.2 m positions at 1:300 or finer are at least 4 × 2 × 4 mm², ≈ 500 px at 100 dpi.
        QVERIFY2(highlighted - legendOnly > 250, qPrintable(QStringLiteral("%1 vs %2").arg(highlighted).arg(legendOnly)));
    }

    void unplacedQuoteSaysSo()
    {
        if (tool("pdftotext").isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("quote.pdf"));
        Quote quote = sampleQuote(QStringLiteral("en"));
        quote.hallId = kNoId;
        quote.rackIds.clear();
        QVERIFY(writeQuotePdf(sample(), quote, pdf).ok());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("to be allocated when the order is signed")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Proposed positions")), qPrintable(text));
    }

    void unsupportedLanguageIsRefused()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("quote.pdf"));
        Quote quote = sampleQuote(QStringLiteral("de"));
        const Status written = writeQuotePdf(sample(), quote, pdf);
        QVERIFY(!written.ok());
        QVERIFY2(written.error().text().contains(QStringLiteral("Q-2026-0042")), qPrintable(written.error().text()));
        QVERIFY(!QFile::exists(pdf));
    }

    void unwritablePathIsAnErrorNamingTheFile()
    {
        const QString pdf = QStringLiteral("/nonexistent-directory/quote.pdf");
        const Status written = writeQuotePdf(sample(), sampleQuote(QStringLiteral("en")), pdf);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().where, pdf);
    }

    // Last: it installs French for the rest of the run.
    void quoteLanguageWinsOverTheWindows()
    {
        if (tool("pdftotext").isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        installTranslations(*QCoreApplication::instance(), QStringLiteral("fr"));
        const QString windowText = QCoreApplication::translate("hectare::QuotePdf", "Total including VAT");
        QVERIFY2(windowText != QStringLiteral("Total including VAT"), "the French translations are not installed");

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("quote.pdf"));
        const Quote quote = sampleQuote(QStringLiteral("en"));
        QVERIFY(writeQuotePdf(sample(), quote, pdf).ok());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("This quote is fixed at the sum of %1").arg(words(quote))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Total including VAT")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("36 months")), qPrintable(text));
        QVERIFY2(!text.contains(windowText), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Arrêté")), qPrintable(text));
        // The window is French again afterwards.
        QCOMPARE(QCoreApplication::translate("hectare::QuotePdf", "Total including VAT"), windowText);
        {
            const DocumentLanguage english(QStringLiteral("en"));
            QVERIFY(english.isActive());
            QCOMPARE(QCoreApplication::translate("hectare::QuotePdf", "Total including VAT"),
                     QStringLiteral("Total including VAT"));
        }
        QCOMPARE(QCoreApplication::translate("hectare::QuotePdf", "Total including VAT"), windowText);
    }
};

QTEST_MAIN(TestQuotePdf)
#include "tst_quote_pdf.moc"
