#pragma once

// The blocks a quote's pages are made of. Each paints itself with its top edge at `topMm` when
// `painter` is given, and returns its height in millimetres either way: the page layout measures
// with a null painter, then paints, and the two can never disagree. Painter units: paper mm.

#include "quote_pdf_content.h"

#include "model/quote.h"
#include "model/site_model.h"

class QPainter;

namespace hectare::ui {

// The writing area of an A4 portrait page, in millimetres from its top-left corner.
inline constexpr double kQuoteLeftMm = 18;
inline constexpr double kQuoteRightMm = 192;
inline constexpr double kQuoteTopMm = 16;
inline constexpr double kQuoteBottomMm = 277;   // blocks end above; the footer goes below

double paintLetterhead(QPainter *painter, double topMm, const QuotePdfContent &content);
double paintCustomer(QPainter *painter, double topMm, const QuotePdfContent &content);
double paintRequirementAndPlacement(QPainter *painter, double topMm, const QuotePdfContent &content,
                                    const SiteModel &model, const Quote &quote);
double paintChargesTable(QPainter *painter, double topMm, const QuotePdfTable &table);
double paintTotals(QPainter *painter, double topMm, const QuotePdfContent &content);
double paintAmountInWords(QPainter *painter, double topMm, const QuotePdfContent &content);
double paintConditions(QPainter *painter, double topMm, const QuotePdfContent &content);
double paintSignatures(QPainter *painter, double topMm, const QuotePdfContent &content);

// The running footer: the quote named on the left, "Page 1 of 2" on the right.
void paintFooter(QPainter &painter, const QuotePdfContent &content, int page, int pageCount);

} // namespace hectare::ui
