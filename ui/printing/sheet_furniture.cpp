#include "sheet_furniture.h"

#include <QLocale>
#include <QPainter>
#include <QPolygonF>

#include <array>
#include <cmath>

namespace hectare::ui {
namespace {

constexpr double kCellPaddingMm = 0.8;
constexpr double kCaptionMm = 1.6;
constexpr double kValueMm = 2.6;
const QColor kCaptionColour(0x60, 0x60, 0x60);

struct Cell
{
    double widthShare;
    QString caption;
    QString value;
    double valueMm = kValueMm;
    bool bold = false;
};

void paintCell(QPainter &painter, const QRectF &rect, const Cell &cell, const SheetInk &ink)
{
    painter.setPen(ink.pen(QColor(0x30, 0x30, 0x30), kThinLineMm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect);
    const QRectF inner = rect.adjusted(kCellPaddingMm, kCellPaddingMm * 0.6, -kCellPaddingMm, -kCellPaddingMm * 0.4);
    const double captionHeight = lineHeightMm(kCaptionMm);
    painter.setPen(ink.pen(kCaptionColour, kThinLineMm));
    drawTextMm(painter, QRectF(inner.left(), inner.top(), inner.width(), captionHeight), Qt::AlignLeft | Qt::AlignTop,
               elidedTextMm(cell.caption, kCaptionMm, inner.width()), kCaptionMm);
    painter.setPen(ink.pen(Qt::black, kThinLineMm));
    const QRectF valueBox(inner.left(), inner.top() + captionHeight, inner.width(), inner.height() - captionHeight);
    // A long value gets smaller before it gets cut.
    double size = cell.valueMm;
    while (size > 1.8 && textWidthMm(cell.value, size, cell.bold) > valueBox.width())
        size -= 0.2;
    drawTextMm(painter, valueBox, Qt::AlignLeft | Qt::AlignVCenter,
               elidedTextMm(cell.value, size, valueBox.width(), cell.bold), size, cell.bold);
}

QString number(double value) { return QLocale().toString(value, 'g', 6); }

} // namespace

void paintTitleBlock(QPainter &painter, const QRectF &rectMm, const TitleBlockContent &c, const SheetInk &ink)
{
    const std::array<double, 5> heights{0.25, 0.1875, 0.1875, 0.1875, 0.1875};
    const std::array<std::vector<Cell>, 5> rows{
        std::vector<Cell>{{1.0, PlanSheetText::tr("Company"), c.company, 3.4, true}},
        std::vector<Cell>{{0.6, PlanSheetText::tr("Site"), c.site}, {0.4, PlanSheetText::tr("Hall"), c.hall}},
        std::vector<Cell>{{1.0, PlanSheetText::tr("Drawing"), c.drawingTitle, 2.8, true}},
        std::vector<Cell>{{0.22, PlanSheetText::tr("Scale"), c.scale, 2.8, true},
                          {0.3, PlanSheetText::tr("Date"), c.date},
                          {0.2, PlanSheetText::tr("Revision"), c.revision},
                          {0.28, PlanSheetText::tr("Sheet"), c.sheet, 2.8, true}},
        std::vector<Cell>{{0.5, PlanSheetText::tr("Drawn by"), c.author}, {0.5, PlanSheetText::tr("As of"), c.stateOn}}};
    painter.save();
    double y = rectMm.top();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const double height = rectMm.height() * heights[r];
        double x = rectMm.left();
        for (const Cell &cell : rows[r]) {
            const double width = rectMm.width() * cell.widthShare;
            paintCell(painter, QRectF(x, y, width, height), cell, ink);
            x += width;
        }
        y += height;
    }
    painter.setPen(ink.pen(Qt::black, kOutlineLineMm));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rectMm);
    painter.restore();
}

ScaleBarDivisions scaleBarDivisions(int denominator, double maxLengthMm)
{
    static constexpr std::array<double, 12> kSegmentsM{0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50};
    ScaleBarDivisions best;
    if (denominator <= 0)
        return best;
    for (const double segment : kSegmentsM)
        for (int count = 5; count >= 2; --count) {
            const double length = count * segment * 1000.0 / denominator;
            if (length <= maxLengthMm + 1e-9 && length > best.lengthMm + 1e-9)
                best = {segment, count, length};
        }
    return best;
}

void paintScaleAndNorth(QPainter &painter, const QRectF &rectMm, int denominator, const SheetInk &ink)
{
    constexpr double kPaddingMm = 3;
    constexpr double kNorthWidthMm = 10;
    constexpr double kBarHeightMm = 2;
    constexpr double kLabelMm = 2.0;
    const QRectF inner = rectMm.adjusted(kPaddingMm, kPaddingMm, -kPaddingMm, -kPaddingMm);
    painter.save();

    // The scale in words, then the bar; labels hang half over the bar's ends, so leave room.
    const QRectF scaleBox(inner.left(), inner.top(), inner.width() - kNorthWidthMm - 2, inner.height());
    painter.setPen(ink.pen(Qt::black, kThinLineMm));
    drawTextMm(painter, QRectF(scaleBox.left(), scaleBox.top(), scaleBox.width(), lineHeightMm(3.0, true)),
               Qt::AlignLeft | Qt::AlignTop, PlanSheetText::tr("Scale %1").arg(QStringLiteral("1:%1").arg(denominator)),
               3.0, true);
    // The last number is centred on the bar's end and the unit follows it: keep room for both.
    const QString longest = number(99.9);
    const double overhang = textWidthMm(PlanSheetText::tr("%1 m").arg(longest), kLabelMm) - textWidthMm(longest, kLabelMm) / 2;
    const ScaleBarDivisions bar = scaleBarDivisions(denominator, scaleBox.width() - 1 - overhang);
    if (bar.segments > 0) {
        const double segmentMm = bar.lengthMm / bar.segments;
        const double left = scaleBox.left() + 1;
        const double top = scaleBox.top() + 11;
        painter.setPen(ink.pen(Qt::black, kThinLineMm));
        for (int i = 0; i < bar.segments; ++i) {
            painter.setBrush(ink.colour(i % 2 == 0 ? QColor(Qt::black) : QColor(Qt::white)));
            painter.drawRect(QRectF(left + i * segmentMm, top, segmentMm, kBarHeightMm));
        }
        // Tenths of the first segment, as ticks above the bar.
        for (int i = 1; i < 10; ++i) {
            const double x = left + i * segmentMm / 10;
            painter.drawLine(QPointF(x, top), QPointF(x, top - (i == 5 ? 1.6 : 1.0)));
        }
        painter.drawLine(QPointF(left, top), QPointF(left, top - 1.6));
        painter.drawLine(QPointF(left + segmentMm, top), QPointF(left + segmentMm, top - 1.6));
        const double labelHeight = lineHeightMm(kLabelMm);
        // Every boundary is numbered when the numbers fit between the ticks, else every second or third.
        const double widest = textWidthMm(number(bar.segments * bar.segmentM), kLabelMm) + 1;
        const int every = std::max(1, int(std::ceil(widest / segmentMm)));
        for (int i = 0; i <= bar.segments; ++i) {
            if (i % every != 0 && i != bar.segments)
                continue;
            if (i != bar.segments && i + every > bar.segments && (bar.segments - i) * segmentMm < widest)
                continue;   // too close to the last number
            const double x = left + i * segmentMm;
            const QString value = number(i * bar.segmentM);
            const QString text = i == bar.segments ? PlanSheetText::tr("%1 m").arg(value) : value;
            const double width = textWidthMm(text, kLabelMm);
            // The number is centred on its tick; the unit after the last one hangs to the right.
            const double textLeft = i == bar.segments ? x - textWidthMm(value, kLabelMm) / 2 : x - width / 2;
            drawTextMm(painter, QRectF(textLeft, top + kBarHeightMm + 0.5, width + 0.5, labelHeight),
                       Qt::AlignLeft | Qt::AlignTop, text, kLabelMm);
        }
        const double noteMm = kLabelMm * 0.85;
        drawTextMm(painter, QRectF(left, top + kBarHeightMm + 0.8 + labelHeight, scaleBox.width(), labelHeight),
                   Qt::AlignLeft | Qt::AlignTop,
                   elidedTextMm(PlanSheetText::tr("first division in tenths (%1 m)").arg(number(bar.segmentM / 10)),
                                noteMm, scaleBox.width() - 1),
                   noteMm);
    }

    // North arrow: the plan's up. The document stores no bearing yet, so north is the top of the
    // plan, as on screen.
    const QRectF north(inner.right() - kNorthWidthMm, inner.top(), kNorthWidthMm, inner.height());
    const double cx = north.center().x();
    const double letterHeight = lineHeightMm(3.5, true);
    drawTextMm(painter, QRectF(north.left(), north.top(), north.width(), letterHeight), Qt::AlignHCenter | Qt::AlignTop,
               PlanSheetText::tr("N", "north"), 3.5, true);
    const double tip = north.top() + letterHeight + 0.5;
    const double base = std::min(north.bottom(), tip + 18);
    const QPolygonF leftHalf{{QPointF(cx, tip), QPointF(cx - 3.5, base), QPointF(cx, base - 4)}};
    const QPolygonF rightHalf{{QPointF(cx, tip), QPointF(cx + 3.5, base), QPointF(cx, base - 4)}};
    painter.setPen(ink.pen(Qt::black, kRackLineMm));
    painter.setBrush(ink.colour(Qt::black));
    painter.drawPolygon(leftHalf);
    painter.setBrush(ink.colour(Qt::white));
    painter.drawPolygon(rightHalf);
    painter.restore();
}

} // namespace hectare::ui
