#pragma once

// A quote as a PDF for the customer (issue 9), in the quote's language (Quote::language, "fr" or
// "en", whatever the window's language): company header, customer, requirement, placement
// summary with a small plan of the hall (the floor-plan renderer, the quote's positions
// highlighted), MRC/NRC lines, term discount, VAT, totals in figures and in words ("Arrêté le
// présent devis à la somme de …"), validity, term, renewal and notice, signature blocks.

#include "model/error.h"
#include "model/quote.h"
#include "model/site_model.h"

#include <QString>

namespace hectare::ui {

// Writes the PDF to a temporary file beside `path` and renames it into place, so a failure leaves
// no half file. Fails with a message naming the file.
Status writeQuotePdf(const SiteModel &model, const Quote &quote, const QString &path);

} // namespace hectare::ui
