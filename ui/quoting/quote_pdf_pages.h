#pragma once

// The pages of a quote's PDF: A4 portrait, blocks laid out top to bottom (letterhead, customer,
// requirement and placement with the plan, the priced tables, totals, the amount in words,
// terms, signatures) and moved whole to the next page when they do not fit. Painter units are
// set to paper millimetres here.

#include "quote_pdf_content.h"

#include "model/quote.h"
#include "model/site_model.h"

class QPagedPaintDevice;
class QPainter;

namespace hectare::ui {

// Paints every page on `painter` (active on `device`), calling device.newPage() between pages.
// Returns the number of pages.
int paintQuotePages(QPainter &painter, QPagedPaintDevice &device, const SiteModel &model, const Quote &quote,
                    const QuotePdfContent &content);

} // namespace hectare::ui
