#include "plan_legend.h"

#include "plan_colours.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace hectare::ui {
namespace {

constexpr qreal kPaddingPx = 8;
constexpr qreal kSwatchPx = 12;
constexpr qreal kSwatchGapPx = 6;
constexpr qreal kLineGapPx = 3;
constexpr qreal kMaxLabelPx = 220;   // tenant names can be long; the tooltip has them in full
constexpr qreal kHeatBarWidthPx = 160;
constexpr qreal kHeatBarHeightPx = 12;

QFont titleFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

qreal lineHeight(const QFontMetricsF &metrics) { return std::max(metrics.height(), kSwatchPx) + kLineGapPx; }

// The scale saturates at 100 %: racks drawing more than their design share are as red as it gets.
QString heatTickText(int percent)
{
    return percent >= 100 ? QCoreApplication::translate("hectare::ui::PlanLegend", "≥ %1 %").arg(percent)
                          : QCoreApplication::translate("hectare::ui::PlanLegend", "%1 %").arg(percent);
}

} // namespace

QSizeF planLegendSize(const PlanLegend &legend, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const QFontMetricsF titleMetrics(titleFont(font));
    qreal width = titleMetrics.horizontalAdvance(legend.title);
    qreal height = titleMetrics.height() + kLineGapPx;
    if (legend.heatScale) {
        // Half of the first and last tick labels hang over the bar's ends.
        width = std::max(width, kHeatBarWidthPx + metrics.horizontalAdvance(heatTickText(100)));
        height += kHeatBarHeightPx + metrics.height() + 2 * kLineGapPx;
    }
    for (const PlanLegendEntry &entry : legend.entries) {
        const qreal label = std::min(metrics.horizontalAdvance(entry.label), kMaxLabelPx);
        width = std::max(width, kSwatchPx + kSwatchGapPx + label);
        height += lineHeight(metrics);
    }
    if (!legend.note.isEmpty()) {
        width = std::max(width, std::min(metrics.horizontalAdvance(legend.note), kMaxLabelPx + kSwatchPx));
        height += lineHeight(metrics);
    }
    return {std::ceil(width + 2 * kPaddingPx), std::ceil(height + 2 * kPaddingPx - kLineGapPx)};
}

void paintPlanLegend(QPainter &painter, const PlanLegend &legend, const QRectF &rect, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    const QFontMetricsF metrics(font);
    const qreal left = rect.left() + kPaddingPx;
    const qreal innerWidth = rect.width() - 2 * kPaddingPx;
    qreal y = rect.top() + kPaddingPx;

    painter.setPen(Qt::black);
    painter.setFont(titleFont(font));
    const QFontMetricsF titleMetrics(painter.font());
    painter.drawText(QRectF(left, y, innerWidth, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(legend.title, Qt::ElideRight, innerWidth));
    y += titleMetrics.height() + kLineGapPx;
    painter.setFont(font);

    if (legend.heatScale) {
        const qreal barLeft = left + metrics.horizontalAdvance(heatTickText(0)) / 2;
        const QRectF bar(barLeft, y + kLineGapPx, kHeatBarWidthPx, kHeatBarHeightPx);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 8; ++i)
            gradient.setColorAt(i / 8.0, heatColour(i / 8.0));
        painter.setPen(QColor(0, 0, 0, 120));
        painter.setBrush(gradient);
        painter.drawRect(bar);
        const qreal tickTop = bar.bottom() + 1;
        painter.setPen(Qt::black);
        for (const int percent : {0, 50, 100}) {
            const qreal x = bar.left() + bar.width() * percent / 100.0;
            const QString text = heatTickText(percent);
            const qreal textWidth = metrics.horizontalAdvance(text);
            // The last label ends at the panel's edge rather than hanging past it.
            const qreal textLeft = std::min(x - textWidth / 2, left + innerWidth - textWidth);
            painter.drawText(QRectF(textLeft, tickTop, textWidth, metrics.height()), Qt::AlignCenter, text);
        }
        y = tickTop + metrics.height() + 2 * kLineGapPx;
    }

    const qreal labelWidth = innerWidth - kSwatchPx - kSwatchGapPx;
    for (const PlanLegendEntry &entry : legend.entries) {
        const qreal line = lineHeight(metrics) - kLineGapPx;
        const QRectF swatch(left, y + (line - kSwatchPx) / 2, kSwatchPx, kSwatchPx);
        painter.setPen(QColor(0, 0, 0, 140));
        painter.setBrush(entry.colour);
        painter.drawRect(swatch);
        if (entry.crossed) {
            painter.setPen(crossColourOn(entry.colour));
            painter.drawLine(swatch.topLeft(), swatch.bottomRight());
            painter.drawLine(swatch.topRight(), swatch.bottomLeft());
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(swatch.right() + kSwatchGapPx, y, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(entry.label, Qt::ElideRight, labelWidth));
        y += lineHeight(metrics);
    }
    if (!legend.note.isEmpty()) {
        painter.setPen(QColor(0x60, 0x60, 0x60));
        painter.drawText(QRectF(left, y, innerWidth, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(legend.note, Qt::ElideRight, innerWidth));
    }
    painter.restore();
}

} // namespace hectare::ui
