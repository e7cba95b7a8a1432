#include "quote_pdf_blocks.h"

#include "quote_pdf_plan.h"
#include "quote_pdf_text.h"

#include "printing/plan_sheet_options.h"

#include <QPainter>

#include <algorithm>

namespace hectare::ui {
namespace {

constexpr double kWidthMm = kQuoteRightMm - kQuoteLeftMm;
constexpr double kColumnGapMm = 8;
constexpr double kLeftColumnMm = 84;     // requirement; the placement and its plan take the rest
constexpr double kQuantityMm = 18;       // the figures' columns of the priced tables, from the right
constexpr double kUnitPriceMm = 36;
constexpr double kAmountMm = 42;         // "9,999,999,999 F CFA" in bold
constexpr double kTotalsMm = 116;        // the totals box, right-aligned under the tables
constexpr double kCellPadMm = 1.1;
constexpr double kPlanMaxHeightMm = 62;

const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x5b, 0x64, 0x70);
const QColor kRule(0xc9, 0xcf, 0xd6);
const QColor kHairline(0xe3, 0xe7, 0xec);
const QColor kShade(0xee, 0xf1, 0xf5);
const QColor kNoticeFill(0xff, 0xf4, 0xdc);
const QColor kNoticeEdge(0xd9, 0xa4, 0x2b);

const PaperFont kBody{3.1};
const PaperFont kBodyBold{3.1, true};
const PaperFont kSmall{2.6};
const PaperFont kSmallBold{2.6, true};
const PaperFont kSmallItalic{2.6, false, true};
const PaperFont kHeading{3.6, true};
const PaperFont kCompany{5.6, true};
const PaperFont kTitle{8.5, true};
const PaperFont kCustomer{4.4, true};
const PaperFont kTotal{3.4, true};
const PaperFont kWords{3.1, false, true};

constexpr int kWrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
// Figures are never cut: one too wide for its column runs into the space on its left.
constexpr int kRightTop = Qt::AlignRight | Qt::AlignTop | Qt::TextDontClip;

// Text in `colour`, when painting. Returns the wrapped height of the text, painted or not.
double text(QPainter *painter, const QRectF &box, int flags, const QString &string, const PaperFont &font,
            const QColor &colour = kInk)
{
    const double height = (flags & Qt::TextWordWrap) ? paperTextHeightMm(string, font, box.width())
                                                     : paperLineHeightMm(font);
    if (painter) {
        painter->setPen(QPen(colour, 0.2));
        drawPaperText(*painter, QRectF(box.left(), box.top(), box.width(), std::max(box.height(), height)), flags,
                      string, font);
    }
    return height;
}

void line(QPainter *painter, double y, double x1, double x2, const QColor &colour, double widthMm)
{
    if (!painter)
        return;
    painter->setPen(QPen(colour, widthMm, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(QPointF(x1, y), QPointF(x2, y));
}

void fill(QPainter *painter, const QRectF &box, const QColor &colour)
{
    if (!painter)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRect(box);
    painter->setBrush(Qt::NoBrush);
}

// A section title in the accent colour over a thin rule.
double heading(QPainter *painter, double x, double top, double width, const QString &title)
{
    const double height = text(painter, QRectF(x, top, width, 0), kWrap, title, kHeading, kAccent);
    line(painter, top + height + 0.6, x, x + width, kRule, 0.3);
    return height + 2.2;
}

// Label: value pairs, the labels muted in a column as wide as the widest (up to 45 % of the
// width, beyond which labels wrap), values wrapped.
double fields(QPainter *painter, double x, double top, double width, const std::vector<QuotePdfField> &rows)
{
    double labelWidth = 0;
    for (const QuotePdfField &field : rows)
        labelWidth = std::max(labelWidth, paperTextWidthMm(field.label, kBody) + 3);
    labelWidth = std::min(labelWidth, 0.45 * width);
    double y = top;
    for (const QuotePdfField &field : rows) {
        const double labelHeight = text(painter, QRectF(x, y, labelWidth - 2, 0), kWrap, field.label, kBody, kMuted);
        const double valueHeight =
            text(painter, QRectF(x + labelWidth, y, width - labelWidth, 0), kWrap, field.value, kBody);
        y += std::max(labelHeight, valueHeight) + 1.3;
    }
    return y - top;
}

// One row of a priced table or of the totals: the label wrapped in its column, figures right-aligned.
struct Columns
{
    double labelLeft, labelRight;   // the label's column; figures follow, to kQuoteRightMm
    bool figures = true;            // quantity and unit price columns
};

double pricedRow(QPainter *painter, double top, const Columns &columns, const QuotePdfRow &row, const PaperFont &font,
                 const QColor &colour)
{
    const double pad = kCellPadMm;
    const double labelWidth = columns.labelRight - columns.labelLeft - 2 * pad;
    const double height = std::max(paperTextHeightMm(row.label, font, labelWidth), paperLineHeightMm(font)) + 2 * pad;
    if (!painter)
        return height;
    text(painter, QRectF(columns.labelLeft + pad, top + pad, labelWidth, 0), kWrap, row.label, font, colour);
    const double amountLeft = kQuoteRightMm - kAmountMm;
    if (columns.figures) {
        const double unitLeft = amountLeft - kUnitPriceMm;
        const double quantityLeft = unitLeft - kQuantityMm;
        text(painter, QRectF(quantityLeft, top + pad, kQuantityMm - pad, 0), kRightTop, row.quantity, font, colour);
        text(painter, QRectF(unitLeft, top + pad, kUnitPriceMm - pad, 0), kRightTop, row.unitPrice, font, colour);
    }
    text(painter, QRectF(amountLeft, top + pad, kAmountMm - pad, 0), kRightTop, row.amount, font, colour);
    return height;
}

} // namespace

double paintLetterhead(QPainter *painter, double topMm, const QuotePdfContent &content)
{
    const double leftWidth = 100;
    double left = topMm;
    left += text(painter, QRectF(kQuoteLeftMm, left, leftWidth, 0), kWrap, content.company, kCompany, kAccent) + 0.8;
    left += text(painter, QRectF(kQuoteLeftMm, left, leftWidth, 0), kWrap, content.location, kBody, kMuted);

    const double rightWidth = 66;
    const double rightLeft = kQuoteRightMm - rightWidth;
    double right = topMm;
    right += text(painter, QRectF(rightLeft, right, rightWidth, 0), kRightTop, content.heading, kTitle, kAccent) + 0.5;
    for (const QuotePdfField &reference : content.references) {
        const double height = paperLineHeightMm(kBodyBold);
        // Small labels on the values' baseline: both boxes end at the same line.
        text(painter, QRectF(rightLeft, right, rightWidth, height), Qt::AlignLeft | Qt::AlignBottom, reference.label,
             kSmall, kMuted);
        text(painter, QRectF(rightLeft, right, rightWidth, height), kRightTop, reference.value, kBodyBold);
        right += height + 0.4;
    }
    const double bottom = std::max(left, right) + 2.5;
    line(painter, bottom, kQuoteLeftMm, kQuoteRightMm, kAccent, 0.6);
    return bottom + 0.6 - topMm;
}

double paintCustomer(QPainter *painter, double topMm, const QuotePdfContent &content)
{
    double y = topMm;
    y += text(painter, QRectF(kQuoteLeftMm, y, kWidthMm, 0), kWrap, content.customerLabel, kSmall, kMuted) + 0.4;
    y += text(painter, QRectF(kQuoteLeftMm, y, kWidthMm, 0), kWrap, content.customer, kCustomer);
    for (const QString &notice : content.notices) {
        y += 3;
        const double pad = 2.2;
        const double height = paperTextHeightMm(notice, kSmallBold, kWidthMm - 2 * pad - 1.2) + 2 * pad;
        fill(painter, QRectF(kQuoteLeftMm, y, kWidthMm, height), kNoticeFill);
        fill(painter, QRectF(kQuoteLeftMm, y, 1.2, height), kNoticeEdge);
        text(painter, QRectF(kQuoteLeftMm + 1.2 + pad, y + pad, kWidthMm - 2 * pad - 1.2, 0), kWrap, notice, kSmallBold,
             QColor(0x6b, 0x4a, 0x00));
        y += height;
    }
    return y - topMm;
}

double paintRequirementAndPlacement(QPainter *painter, double topMm, const QuotePdfContent &content,
                                    const SiteModel &model, const Quote &quote)
{
    // The requirement on the left …
    const double leftX = kQuoteLeftMm;
    double left = topMm + heading(painter, leftX, topMm, kLeftColumnMm, content.requirementHeading);
    left += fields(painter, leftX, left, kLeftColumnMm, content.requirement);

    // … the placement and its plan on the right.
    const double rightX = kQuoteLeftMm + kLeftColumnMm + kColumnGapMm;
    const double rightWidth = kQuoteRightMm - rightX;
    double right = topMm + heading(painter, rightX, topMm, rightWidth, content.placementHeading);
    right += fields(painter, rightX, right, rightWidth, content.placement);
    if (content.hasPlan) {
        const double pad = 2;
        const std::optional<QuotePlanFit> fit =
            fitQuotePlan(model, quote, QSizeF(rightWidth - 2 * pad, kPlanMaxHeightMm));
        if (fit) {
            right += 1;
            const QRectF frame(rightX, right, rightWidth, fit->sizeMm.height() + 2 * pad);
            if (painter) {
                painter->setPen(QPen(kHairline, 0.3));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(frame);
                paintQuotePlan(*painter, model, quote, *fit,
                               QPointF(rightX + (rightWidth - fit->sizeMm.width()) / 2, right + pad));
            }
            right += frame.height() + 1.2;
            const double legendHeight = paperLineHeightMm(kSmall);
            const double swatch = 2.4;
            fill(painter, QRectF(rightX, right + (legendHeight - swatch) / 2, swatch, swatch), quotePositionColour());
            text(painter, QRectF(rightX + swatch + 1.2, right, rightWidth / 2, legendHeight), Qt::AlignLeft | Qt::AlignVCenter,
                 content.planLegend, kSmall, kMuted);
            text(painter, QRectF(rightX, right, rightWidth, legendHeight), Qt::AlignRight | Qt::AlignVCenter,
                 content.planScale.arg(scaleText(fit->scaleDenominator)), kSmall, kMuted);
            right += legendHeight;
        }
    }
    return std::max(left, right) - topMm;
}

double paintChargesTable(QPainter *painter, double topMm, const QuotePdfTable &table)
{
    double y = topMm + heading(painter, kQuoteLeftMm, topMm, kWidthMm, table.heading);
    const Columns columns{kQuoteLeftMm, kQuoteRightMm - kAmountMm - kUnitPriceMm - kQuantityMm, true};

    // The column titles, muted on a shaded band; they may wrap in French.
    const QuotePdfRow titles{table.columns.value(0), table.columns.value(1), table.columns.value(2),
                             table.columns.value(3), QuotePdfRow::Kind::Line};
    const double pad = kCellPadMm;
    double titleHeight = pricedRow(nullptr, y, columns, titles, kSmallBold, kMuted);
    titleHeight = std::max({titleHeight, paperTextHeightMm(titles.quantity, kSmallBold, kQuantityMm - pad) + 2 * pad,
                            paperTextHeightMm(titles.unitPrice, kSmallBold, kUnitPriceMm - 2 * pad) + 2 * pad,
                            paperTextHeightMm(titles.amount, kSmallBold, kAmountMm - 2 * pad) + 2 * pad});
    if (painter) {
        fill(painter, QRectF(kQuoteLeftMm, y, kWidthMm, titleHeight), kShade);
        const double amountLeft = kQuoteRightMm - kAmountMm;
        const double unitLeft = amountLeft - kUnitPriceMm;
        const double quantityLeft = unitLeft - kQuantityMm;
        const int wrapRight = Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap;
        text(painter, QRectF(kQuoteLeftMm + pad, y + pad, columns.labelRight - kQuoteLeftMm - 2 * pad, 0), kWrap,
             titles.label, kSmallBold, kMuted);
        text(painter, QRectF(quantityLeft, y + pad, kQuantityMm - pad, 0), wrapRight, titles.quantity, kSmallBold, kMuted);
        text(painter, QRectF(unitLeft + pad, y + pad, kUnitPriceMm - 2 * pad, 0), wrapRight, titles.unitPrice, kSmallBold,
             kMuted);
        text(painter, QRectF(amountLeft + pad, y + pad, kAmountMm - 2 * pad, 0), wrapRight, titles.amount, kSmallBold,
             kMuted);
    }
    y += titleHeight;

    for (const QuotePdfRow &row : table.rows) {
        const bool emphasis = row.kind == QuotePdfRow::Kind::Emphasis;
        const PaperFont &font = row.kind == QuotePdfRow::Kind::Line ? kBody : kBodyBold;
        const double height = pricedRow(nullptr, y, columns, row, font, kInk);
        if (emphasis)
            fill(painter, QRectF(kQuoteLeftMm, y, kWidthMm, height), kShade);
        if (row.kind == QuotePdfRow::Kind::Subtotal)
            line(painter, y, kQuoteLeftMm, kQuoteRightMm, kRule, 0.3);
        pricedRow(painter, y, columns, row, font, kInk);
        y += height;
        if (row.kind == QuotePdfRow::Kind::Line)
            line(painter, y, kQuoteLeftMm, kQuoteRightMm, kHairline, 0.15);
    }
    return y - topMm;
}

double paintTotals(QPainter *painter, double topMm, const QuotePdfContent &content)
{
    const double left = kQuoteRightMm - kTotalsMm;
    const Columns columns{left, kQuoteRightMm - kAmountMm, false};
    double y = topMm;
    for (const QuotePdfRow &row : content.totals) {
        const bool emphasis = row.kind == QuotePdfRow::Kind::Emphasis;
        const PaperFont &font = emphasis ? kTotal : (row.kind == QuotePdfRow::Kind::Subtotal ? kBodyBold : kBody);
        const double height = pricedRow(nullptr, y, columns, row, font, kInk) + (emphasis ? 1 : 0);
        if (emphasis)
            fill(painter, QRectF(left, y, kTotalsMm, height), kAccent);
        if (row.kind == QuotePdfRow::Kind::Subtotal)
            line(painter, y, left, kQuoteRightMm, kRule, 0.3);
        pricedRow(painter, y + (emphasis ? 0.5 : 0), columns, row, font, emphasis ? Qt::white : kInk);
        y += height;
    }
    y += 1.2;
    y += text(painter, QRectF(left, y, kTotalsMm, 0), Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap,
              content.eurEquivalent, kSmall, kMuted);
    return y - topMm;
}

double paintAmountInWords(QPainter *painter, double topMm, const QuotePdfContent &content)
{
    const double pad = 3;
    const double bar = 1.2;
    const double width = kWidthMm - 2 * pad - bar;
    const double height = paperTextHeightMm(content.amountInWords, kWords, width) + 2 * pad;
    fill(painter, QRectF(kQuoteLeftMm, topMm, kWidthMm, height), kShade);
    fill(painter, QRectF(kQuoteLeftMm, topMm, bar, height), kAccent);
    text(painter, QRectF(kQuoteLeftMm + bar + pad, topMm + pad, width, 0), kWrap, content.amountInWords, kWords);
    return height;
}

double paintConditions(QPainter *painter, double topMm, const QuotePdfContent &content)
{
    double y = topMm + heading(painter, kQuoteLeftMm, topMm, kWidthMm, content.conditionsHeading);
    const double indent = 3.5;
    for (const QString &condition : content.conditions) {
        text(painter, QRectF(kQuoteLeftMm, y, indent, 0), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("•"), kBody, kMuted);
        y += text(painter, QRectF(kQuoteLeftMm + indent, y, kWidthMm - indent, 0), kWrap, condition, kBody) + 1.2;
    }
    return y - topMm;
}

double paintSignatures(QPainter *painter, double topMm, const QuotePdfContent &content)
{
    const double gap = 10;
    const double width = (kWidthMm - gap) / 2;
    const double pad = 3;
    // One party's box: who signs, the customer's handwritten mention, then lines to write on.
    auto party = [&](QPainter *p, double x, const QString &title, const QString &mention) {
        double y = topMm + pad;
        y += text(p, QRectF(x + pad, y, width - 2 * pad, 0), kWrap, title, kBodyBold, kAccent) + 0.8;
        if (!mention.isEmpty())
            y += text(p, QRectF(x + pad, y, width - 2 * pad, 0), kWrap, mention, kSmallItalic, kMuted) + 0.8;
        for (int i = 0; i < content.signatureFields.size(); ++i) {
            const bool signature = i == content.signatureFields.size() - 1;
            y += 1.5;
            y += text(p, QRectF(x + pad, y, width - 2 * pad, 0), kWrap, content.signatureFields[i], kSmall, kMuted);
            y += signature ? 14 : 4.5;
            line(p, y, x + pad, x + width - pad, kRule, 0.25);
        }
        return y + pad - topMm;
    };
    const double right = kQuoteLeftMm + width + gap;
    const double height = std::max(party(nullptr, kQuoteLeftMm, content.siteSignature, QString()),
                                   party(nullptr, right, content.customerSignature, content.approvalMention));
    if (painter) {
        party(painter, kQuoteLeftMm, content.siteSignature, QString());
        party(painter, right, content.customerSignature, content.approvalMention);
        painter->setPen(QPen(kRule, 0.3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(kQuoteLeftMm, topMm, width, height));
        painter->drawRect(QRectF(right, topMm, width, height));
    }
    return height;
}

void paintFooter(QPainter &painter, const QuotePdfContent &content, int page, int pageCount)
{
    const double top = kQuoteBottomMm + 4;
    line(&painter, top, kQuoteLeftMm, kQuoteRightMm, kRule, 0.25);
    const QRectF box(kQuoteLeftMm, top + 1.2, kWidthMm, paperLineHeightMm(kSmall));
    text(&painter, box, Qt::AlignLeft | Qt::AlignTop, content.footer, kSmall, kMuted);
    text(&painter, box, kRightTop, content.pageNumber.arg(page).arg(pageCount), kSmall, kMuted);
}

} // namespace hectare::ui
