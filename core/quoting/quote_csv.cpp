#include "quoting/quote_csv.h"

#include "quoting/quote_builder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace hectare {
namespace {

// RFC 4180, as core/io/csv_export.cpp writes it: quoted only when the field holds a comma, a
// quote, CR or LF, quotes doubled.
QString csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Money as a spreadsheet reads it: digits only, no grouping, a minus for a deduction.
QString francs(Money value) { return QString::number(value); }

// "18", "2.5": a rate in basis points as a percentage, in the user's number format (it goes into a label).
QString percent(BasisPoints rate)
{
    return QLocale().toString(double(rate) / 100.0, 'f', QLocale::FloatingPointShortest);
}

class Rows
{
public:
    void add(const QStringList &fields)
    {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString &field : fields)
            escaped << csvField(field);
        m_text += escaped.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }

    // A summary row: its label, and its amount in the amount column.
    void total(const QString &label, Money amount) { add({label, {}, {}, {}, francs(amount)}); }

    QByteArray utf8() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

} // namespace

Result<QByteArray> quoteCsv(const Quote &quote)
{
    const Result<QuoteTotals> computed = quoteTotals(quote);
    if (!computed)
        return computed.error();
    const QuoteTotals &totals = computed.value();

    Rows rows;
    // Who and when, above the table: a spreadsheet shows them as a short heading.
    rows.add({QCoreApplication::translate("hectare::QuoteCsv", "Quote"), quote.number});
    rows.add({QCoreApplication::translate("hectare::QuoteCsv", "Customer"), quote.customer});
    rows.add({QCoreApplication::translate("hectare::QuoteCsv", "Issued"), quote.issued.toString(Qt::ISODate)});
    rows.add({QCoreApplication::translate("hectare::QuoteCsv", "Valid until"), quote.validUntil.toString(Qt::ISODate)});
    rows.add({QCoreApplication::translate("hectare::QuoteCsv", "Currency"), QStringLiteral("XOF")});
    rows.add({});

    rows.add({QCoreApplication::translate("hectare::QuoteCsv", "Item"),
              QCoreApplication::translate("hectare::QuoteCsv", "Recurrence"),
              QCoreApplication::translate("hectare::QuoteCsv", "Quantity"),
              QCoreApplication::translate("hectare::QuoteCsv", "Unit price"),
              QCoreApplication::translate("hectare::QuoteCsv", "Amount")});
    const QString mrc = QCoreApplication::translate("hectare::QuoteCsv", "MRC", "monthly recurring charge");
    const QString nrc = QCoreApplication::translate("hectare::QuoteCsv", "NRC", "one-time (non-recurring) charge");
    for (std::size_t i = 0; i < quote.lines.size(); ++i) {
        const QuoteLineRecord &line = quote.lines[i];
        rows.add({line.label, line.monthly ? mrc : nrc, QString::number(line.quantity), francs(line.unitPrice),
                  francs(totals.lineAmounts[i])});
    }

    rows.total(QCoreApplication::translate("hectare::QuoteCsv", "Monthly subtotal"), totals.mrcSubtotal);
    // A deduction, so that the column adds up: subtotal − discount = net.
    rows.total(QCoreApplication::translate("hectare::QuoteCsv", "Term discount (%1%), per month")
                   .arg(percent(totals.termDiscountRate)),
               -totals.termDiscount);
    rows.total(QCoreApplication::translate("hectare::QuoteCsv", "Net monthly recurring charge"), totals.mrcNet);
    // Each contract year as months × monthly charge = its total, in the quantity, unit price and amount columns.
    for (const ContractYear &year : totals.years)
        rows.add({QCoreApplication::translate("hectare::QuoteCsv", "Contract year %1").arg(year.year), mrc,
                  QString::number(year.months), francs(year.monthly), francs(year.total)});
    rows.total(QCoreApplication::translate("hectare::QuoteCsv", "Recurring total over the term"), totals.recurringTotal);
    rows.total(QCoreApplication::translate("hectare::QuoteCsv", "One-time total"), totals.nrcTotal);
    rows.total(QCoreApplication::translate("hectare::QuoteCsv", "Total excluding VAT"), totals.totalExVat);
    rows.total(QCoreApplication::translate("hectare::QuoteCsv", "VAT (%1%)").arg(percent(totals.vatRate)), totals.vat);
    rows.total(QCoreApplication::translate("hectare::QuoteCsv", "Total including VAT"), totals.totalIncVat);
    return rows.utf8();
}

} // namespace hectare
