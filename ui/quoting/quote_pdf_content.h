#pragma once

// Everything a quote's PDF says, as text in the quote's language, before any of it is laid out:
// built inside a DocumentLanguage (document_language.h), so that translate() and the locale give
// the customer's language. Every amount comes from core's quoteTotals(); none is computed here.

#include "model/error.h"
#include "model/quote.h"
#include "model/site_model.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace hectare::ui {

struct QuotePdfField
{
    QString label;
    QString value;
};

// A row of a priced table: a label and three right-aligned figures (any may be empty).
struct QuotePdfRow
{
    enum class Kind {
        Line,       // an item
        Subtotal,   // a sum, above a rule
        Emphasis,   // the figure that matters (net monthly, total including VAT)
    };
    QString label;
    QString quantity;
    QString unitPrice;
    QString amount;
    Kind kind = Kind::Line;
};

struct QuotePdfTable
{
    QString heading;
    QStringList columns;   // label, quantity, unit price, amount
    std::vector<QuotePdfRow> rows;
};

struct QuotePdfContent
{
    QString documentTitle;   // the PDF's title: "Quote Q-2026-0001"
    QString company;         // the site
    QString location;
    QString heading;         // "QUOTE"
    std::vector<QuotePdfField> references;   // number, date, validity
    QString customerLabel;
    QString customer;
    QStringList notices;     // illustrative prices, a cancelled or expired quote

    QString requirementHeading;
    std::vector<QuotePdfField> requirement;

    QString placementHeading;
    std::vector<QuotePdfField> placement;
    bool hasPlan = false;
    QString planLegend;      // "Proposed positions"
    QString planScale;       // "Scale %1": the painter fills in the scale it chose

    std::vector<QuotePdfTable> charges;   // monthly, one-time, and (with an escalator) the contract years
    std::vector<QuotePdfRow> totals;
    QString eurEquivalent;
    QString amountInWords;   // "Arrêté le présent devis à la somme de … francs CFA toutes taxes comprises."

    QString conditionsHeading;
    QStringList conditions;

    QString siteSignature;      // "For Lomé Carrier Hotel"
    QString customerSignature;  // "For the customer"
    QString approvalMention;    // "Signature preceded by the words “Agreed and accepted”"
    QStringList signatureFields;   // "Name and title", "Date", "Signature"

    QString footer;          // "Lomé Carrier Hotel · Quote Q-2026-0001"
    QString pageNumber;      // "Page %1 of %2"
};

// The text of `quote`'s PDF in the current translation and `locale`. Fails when the quote's
// figures cannot be computed (core's error) or its total cannot be spelled out.
Result<QuotePdfContent> quotePdfContent(const SiteModel &model, const Quote &quote, const QLocale &locale);

} // namespace hectare::ui
