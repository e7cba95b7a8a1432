#include "quote_pdf_content.h"

#include "quote_pdf_plan.h"

#include "quoting/money_format.h"
#include "quoting/quote_builder.h"
#include "words/amount_words.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

// A measured value with at most two decimals, as the locale writes it: "5", "7,5", "12.25".
QString decimal(const QLocale &locale, double value)
{
    return locale.toString(std::round(value * 100.0) / 100.0, 'f', QLocale::FloatingPointShortest);
}

QString percent(const QLocale &locale, qint64 basisPoints)
{
    return QCoreApplication::translate("hectare::QuotePdf", "%1%", "a percentage")
        .arg(locale.toString(double(basisPoints) / 100.0, 'f', QLocale::FloatingPointShortest));
}

QString longDate(const QLocale &locale, QDate date)
{
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString monthYear(const QLocale &locale, QDate date)
{
    return locale.toString(date, QStringLiteral("MMMM yyyy"));
}

QuotePdfRow row(const QString &label, const QString &quantity, const QString &unitPrice, const QString &amount,
                QuotePdfRow::Kind kind = QuotePdfRow::Kind::Line)
{
    return QuotePdfRow{label, quantity, unitPrice, amount, kind};
}

QString none() { return QCoreApplication::translate("hectare::QuotePdf", "None"); }

std::vector<QuotePdfField> requirementFields(const QuoteRequirement &r, const QLocale &locale)
{
    std::vector<QuotePdfField> fields;
    if (r.racks > 0) {
        const QString racks = QCoreApplication::translate("hectare::QuotePdf", "%n full rack(s)", nullptr, r.racks);
        fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Rack positions"), racks});
        fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Committed power"),
                          QCoreApplication::translate("hectare::QuotePdf", "%1 kW per rack, %2 kW in total")
                              .arg(decimal(locale, r.kwPerRack), decimal(locale, r.committedKw()))});
        fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Power feeds"),
                          r.abFeeds ? QCoreApplication::translate("hectare::QuotePdf", "A and B (dual-corded)")
                                    : QCoreApplication::translate("hectare::QuotePdf", "Single feed")});
        if (r.weightKgPerRack > 0)
            fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Weight"),
                              QCoreApplication::translate("hectare::QuotePdf", "up to %1 kg per rack")
                                  .arg(decimal(locale, r.weightKgPerRack))});
    }
    fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Private cage"),
                      r.cageM2 > 0 ? QCoreApplication::translate("hectare::QuotePdf", "%1 m²").arg(decimal(locale, r.cageM2))
                                   : none()});
    QStringList crossConnects;
    if (r.fibreCrossConnects > 0)
        crossConnects << QCoreApplication::translate("hectare::QuotePdf", "%1 fibre").arg(r.fibreCrossConnects);
    if (r.copperCrossConnects > 0)
        crossConnects << QCoreApplication::translate("hectare::QuotePdf", "%1 copper").arg(r.copperCrossConnects);
    fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Cross-connects"),
                      crossConnects.isEmpty() ? none() : crossConnects.join(QStringLiteral(", "))});
    const QString hours = QCoreApplication::translate("hectare::QuotePdf", "%n hour(s)", nullptr, r.remoteHandsHours);
    fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Remote hands"),
                      r.remoteHandsHours > 0 ? hours : none()});
    fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Service start"), longDate(locale, r.start)});
    const QString term = QCoreApplication::translate("hectare::QuotePdf", "%n month(s)", nullptr, r.termMonths);
    fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Term"), term});
    return fields;
}

std::vector<QuotePdfField> placementFields(const SiteModel &model, const Quote &quote, const QLocale &locale)
{
    std::vector<QuotePdfField> fields;
    const Hall *hall = model.hall(quote.hallId);
    if (!hall) {
        fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Positions"),
                          QCoreApplication::translate("hectare::QuotePdf", "to be allocated when the order is signed")});
        return fields;
    }
    fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Data hall"), hall->name});
    QStringList rows;
    for (const RowPositions &row : quotePositionsByRow(model, quote))
        rows << QCoreApplication::translate("hectare::QuotePdf", "Row %1: %2").arg(row.rowName, row.positions);
    if (!rows.isEmpty())
        fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Positions"), rows.join(QLatin1Char('\n'))});
    const QString hold = quote.status == QuoteStatus::Reserved
                             ? QCoreApplication::translate("hectare::QuotePdf", "reserved for you until %1")
                                   .arg(longDate(locale, quote.validUntil))
                             : QCoreApplication::translate("hectare::QuotePdf", "subject to availability when the order is signed");
    fields.push_back({QCoreApplication::translate("hectare::QuotePdf", "Availability"), hold});
    return fields;
}

QuotePdfTable monthlyTable(const Quote &quote, const QuoteTotals &totals, const QLocale &locale)
{
    QuotePdfTable table;
    table.heading = QCoreApplication::translate("hectare::QuotePdf", "Monthly recurring charges");
    table.columns = QStringList{QCoreApplication::translate("hectare::QuotePdf", "Description"),
                                QCoreApplication::translate("hectare::QuotePdf", "Quantity"),
                                QCoreApplication::translate("hectare::QuotePdf", "Unit price per month"),
                                QCoreApplication::translate("hectare::QuotePdf", "Amount per month")};
    for (std::size_t i = 0; i < quote.lines.size(); ++i) {
        const QuoteLineRecord &line = quote.lines[i];
        if (line.monthly)
            table.rows.push_back(row(line.label, locale.toString(qlonglong(line.quantity)), formatXof(line.unitPrice, locale),
                                  formatXof(totals.lineAmounts[i], locale)));
    }
    if (totals.termDiscount != 0) {
        table.rows.push_back(row(QCoreApplication::translate("hectare::QuotePdf", "Subtotal per month"), {}, {},
                              formatXof(totals.mrcSubtotal, locale), QuotePdfRow::Kind::Subtotal));
        table.rows.push_back(row(QCoreApplication::translate("hectare::QuotePdf", "Term discount (%1)")
                                  .arg(percent(locale, totals.termDiscountRate)),
                              {}, {}, formatXof(-totals.termDiscount, locale)));
    }
    table.rows.push_back(row(QCoreApplication::translate("hectare::QuotePdf", "Net monthly charge"), {}, {},
                          formatXof(totals.mrcNet, locale), QuotePdfRow::Kind::Emphasis));
    return table;
}

QuotePdfTable oneTimeTable(const Quote &quote, const QuoteTotals &totals, const QLocale &locale)
{
    QuotePdfTable table;
    table.heading = QCoreApplication::translate("hectare::QuotePdf", "One-time charges");
    table.columns = QStringList{QCoreApplication::translate("hectare::QuotePdf", "Description"),
                                QCoreApplication::translate("hectare::QuotePdf", "Quantity"),
                                QCoreApplication::translate("hectare::QuotePdf", "Unit price"),
                                QCoreApplication::translate("hectare::QuotePdf", "Amount")};
    for (std::size_t i = 0; i < quote.lines.size(); ++i) {
        const QuoteLineRecord &line = quote.lines[i];
        if (!line.monthly)
            table.rows.push_back(row(line.label, locale.toString(qlonglong(line.quantity)), formatXof(line.unitPrice, locale),
                                  formatXof(totals.lineAmounts[i], locale)));
    }
    table.rows.push_back(row(QCoreApplication::translate("hectare::QuotePdf", "One-time total"), {}, {},
                          formatXof(totals.nrcTotal, locale), QuotePdfRow::Kind::Subtotal));
    return table;
}

// With an escalator, each contract year has its own monthly charge: one row per year, dated.
QuotePdfTable yearsTable(const Quote &quote, const QuoteTotals &totals, const QLocale &locale)
{
    QuotePdfTable table;
    table.heading = QCoreApplication::translate("hectare::QuotePdf", "Monthly charges by contract year");
    table.columns = QStringList{QCoreApplication::translate("hectare::QuotePdf", "Contract year"),
                                QCoreApplication::translate("hectare::QuotePdf", "Months"),
                                QCoreApplication::translate("hectare::QuotePdf", "Per month"),
                                QCoreApplication::translate("hectare::QuotePdf", "Total")};
    const QDate start = quote.requirement.start;
    for (const ContractYear &year : totals.years) {
        QString label = QCoreApplication::translate("hectare::QuotePdf", "Year %1").arg(year.year);
        if (start.isValid()) {
            const QDate first = start.addMonths(12 * (year.year - 1));
            const QDate last = first.addMonths(year.months).addDays(-1);
            label = QCoreApplication::translate("hectare::QuotePdf", "Year %1: %2 – %3")
                        .arg(QString::number(year.year), monthYear(locale, first), monthYear(locale, last));
        }
        table.rows.push_back(row(label, locale.toString(year.months), formatXof(year.monthly, locale),
                              formatXof(year.total, locale)));
    }
    table.rows.push_back(row(QCoreApplication::translate("hectare::QuotePdf", "Recurring total over the term"), {}, {},
                          formatXof(totals.recurringTotal, locale), QuotePdfRow::Kind::Subtotal));
    return table;
}

std::vector<QuotePdfRow> totalRows(const Quote &quote, const QuoteTotals &totals, bool byYear, bool hasOneTime,
                                   const QLocale &locale)
{
    std::vector<QuotePdfRow> rows;
    const int months = quote.requirement.termMonths;
    if (byYear) {
        rows.push_back(row(QCoreApplication::translate("hectare::QuotePdf", "Recurring charges over the term"), {}, {},
                        formatXof(totals.recurringTotal, locale)));
    } else {
        const QString label = QCoreApplication::translate("hectare::QuotePdf", "Recurring charges: %1 × %n month(s)",
                                                          nullptr, months)
                                  .arg(formatXof(totals.mrcNet, locale));
        rows.push_back(row(label, {}, {}, formatXof(totals.recurringTotal, locale)));
    }
    if (hasOneTime)
        rows.push_back(row(QCoreApplication::translate("hectare::QuotePdf", "One-time charges"), {}, {},
                           formatXof(totals.nrcTotal, locale)));
    rows.push_back(row(QCoreApplication::translate("hectare::QuotePdf", "Total excluding VAT"), {}, {},
                    formatXof(totals.totalExVat, locale), QuotePdfRow::Kind::Subtotal));
    rows.push_back(row(QCoreApplication::translate("hectare::QuotePdf", "VAT (%1)").arg(percent(locale, totals.vatRate)), {},
                    {}, formatXof(totals.vat, locale)));
    rows.push_back(row(QCoreApplication::translate("hectare::QuotePdf", "Total including VAT"), {}, {},
                    formatXof(totals.totalIncVat, locale), QuotePdfRow::Kind::Emphasis));
    return rows;
}

QStringList conditions(const SiteModel &model, const Quote &quote, const QLocale &locale)
{
    const PriceBook &book = model.priceBook;
    QStringList text;
    text << QCoreApplication::translate("hectare::QuotePdf",
                                        "This quote is valid until %1. Prices are in francs CFA (XOF), excluding VAT "
                                        "unless stated otherwise.")
                .arg(longDate(locale, quote.validUntil));
    const QString term = QCoreApplication::translate(
        "hectare::QuotePdf", "The contract runs for %n month(s) from the service start date, %1.", nullptr,
        quote.requirement.termMonths);
    text << term.arg(longDate(locale, quote.requirement.start));
    if (quote.escalatorBasisPoints > 0)
        text << QCoreApplication::translate("hectare::QuotePdf",
                                            "Monthly charges increase by %1 on each anniversary of the service start date.")
                    .arg(percent(locale, quote.escalatorBasisPoints));
    if (book.renewalMonths > 0) {
        const QString renewal = QCoreApplication::translate(
            "hectare::QuotePdf", "At the end of the term, the contract renews tacitly for successive periods of %n month(s).",
            nullptr, book.renewalMonths);
        text << renewal;
    } else {
        text << QCoreApplication::translate("hectare::QuotePdf", "The contract ends with its term; it does not renew tacitly.");
    }
    if (book.noticeMonths > 0) {
        const QString notice = QCoreApplication::translate(
            "hectare::QuotePdf",
            "Either party may end it by registered letter received at least %n month(s) before the end of the current period.",
            nullptr, book.noticeMonths);
        text << notice;
    }
    return text;
}

QStringList notices(const SiteModel &model, const Quote &quote, const QLocale &locale)
{
    QStringList text;
    if (model.priceBook.illustrative)
        text << QCoreApplication::translate("hectare::QuotePdf",
                                            "Illustrative prices: this quote is drawn from a sample price book and is not "
                                            "a commercial offer.");
    if (quote.status == QuoteStatus::Cancelled)
        text << QCoreApplication::translate("hectare::QuotePdf", "This quote has been cancelled.");
    if (quote.status == QuoteStatus::Expired)
        text << QCoreApplication::translate("hectare::QuotePdf", "This quote expired on %1.")
                    .arg(longDate(locale, quote.validUntil));
    return text;
}

} // namespace

Result<QuotePdfContent> quotePdfContent(const SiteModel &model, const Quote &quote, const QLocale &locale)
{
    const Result<QuoteTotals> computed = quoteTotals(quote);
    if (!computed)
        return computed.error();
    const QuoteTotals &totals = computed.value();
    const Result<QString> words = amountInWords(totals.totalIncVat, quote.language);
    if (!words)
        return words.error();

    QuotePdfContent c;
    c.documentTitle = QCoreApplication::translate("hectare::QuotePdf", "Quote %1").arg(quote.number);
    c.company = model.site.name;
    c.location = model.site.location;
    c.heading = QCoreApplication::translate("hectare::QuotePdf", "QUOTE", "the document's title, in capitals");
    c.references = {{QCoreApplication::translate("hectare::QuotePdf", "Quote no."), quote.number},
                    {QCoreApplication::translate("hectare::QuotePdf", "Date"), longDate(locale, quote.issued)},
                    {QCoreApplication::translate("hectare::QuotePdf", "Valid until"), longDate(locale, quote.validUntil)}};
    c.customerLabel = QCoreApplication::translate("hectare::QuotePdf", "Prepared for");
    c.customer = quote.customer;
    c.notices = notices(model, quote, locale);

    c.requirementHeading = QCoreApplication::translate("hectare::QuotePdf", "Your requirement");
    c.requirement = requirementFields(quote.requirement, locale);
    c.placementHeading = QCoreApplication::translate("hectare::QuotePdf", "Proposed placement");
    c.placement = placementFields(model, quote, locale);
    c.hasPlan = model.hall(quote.hallId) != nullptr;
    c.planLegend = QCoreApplication::translate("hectare::QuotePdf", "Proposed positions");
    c.planScale = QCoreApplication::translate("hectare::QuotePdf", "Scale %1");

    const bool hasMonthly = std::any_of(quote.lines.begin(), quote.lines.end(), [](const auto &l) { return l.monthly; });
    const bool hasOneTime = std::any_of(quote.lines.begin(), quote.lines.end(), [](const auto &l) { return !l.monthly; });
    const bool byYear = quote.escalatorBasisPoints > 0 && totals.years.size() > 1;
    if (hasMonthly)
        c.charges.push_back(monthlyTable(quote, totals, locale));
    if (hasOneTime)
        c.charges.push_back(oneTimeTable(quote, totals, locale));
    if (byYear)
        c.charges.push_back(yearsTable(quote, totals, locale));
    c.totals = totalRows(quote, totals, byYear, hasOneTime, locale);
    c.eurEquivalent = QCoreApplication::translate("hectare::QuotePdf", "That is %1 at the fixed parity of %2 F CFA to the euro.")
                          .arg(formatEurEquivalent(totals.totalIncVat, locale), locale.toString(double(kXofPerThousandEur) / 1000.0, 'f', 3));
    c.amountInWords = QCoreApplication::translate("hectare::QuotePdf",
                                                  "This quote is fixed at the sum of %1 CFA francs including taxes.")
                          .arg(words.value());

    c.conditionsHeading = QCoreApplication::translate("hectare::QuotePdf", "Terms");
    c.conditions = conditions(model, quote, locale);

    c.siteSignature = QCoreApplication::translate("hectare::QuotePdf", "For %1").arg(model.site.name);
    c.customerSignature = QCoreApplication::translate("hectare::QuotePdf", "For the customer, %1").arg(quote.customer);
    c.approvalMention = QCoreApplication::translate("hectare::QuotePdf",
                                                    "Signature preceded by the handwritten words “Agreed and accepted”");
    c.signatureFields = QStringList{QCoreApplication::translate("hectare::QuotePdf", "Name and title"),
                                    QCoreApplication::translate("hectare::QuotePdf", "Date"),
                                    QCoreApplication::translate("hectare::QuotePdf", "Signature")};
    c.footer = QCoreApplication::translate("hectare::QuotePdf", "%1 · Quote %2").arg(model.site.name, quote.number);
    c.pageNumber = QCoreApplication::translate("hectare::QuotePdf", "Page %1 of %2");
    return c;
}

} // namespace hectare::ui
