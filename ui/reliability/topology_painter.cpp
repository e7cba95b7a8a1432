#include "topology_painter.h"

#include "check_status_colours.h"
#include "topology_metrics.h"
#include "topology_text.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

namespace colours = checkStatusColours;

using topologyMetrics::kPad;
using topologyMetrics::kTitleHeight;
using topologyMetrics::kDetailHeight;
constexpr double kStripe = 4;     // the status stripe down a box's left side
constexpr double kRadius = 4;

QFont layoutFont(int pixelSize, bool bold = false)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    // The diagram is scaled: hinting at one size would make the text wider than the box at another.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void drawText(QPainter &p, const QRectF &rect, const QString &text, const QFont &font, const QColor &colour,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    p.setFont(font);
    p.setPen(colour);
    const QString elided = QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width());
    p.drawText(rect, int(align), elided);
}

void paintLanes(QPainter &p, const TopologyLayout &layout, const TopologySelection &selection)
{
    const QFont font = layoutFont(11, true);
    for (const TopologyLaneBand &lane : layout.lanes) {
        const bool selected = std::ranges::count(selection.lanes, lane.lane) > 0;
        p.setPen(selected ? QPen(colours::highlight(), 2.5) : Qt::NoPen);
        p.setBrush(colours::lane());
        p.drawRoundedRect(lane.rect, 6, 6);
        drawText(p, QRectF(lane.rect.left() + 8, lane.rect.top() + 3, lane.rect.width() - 16, 18), lane.title, font,
                 QColor(0x55, 0x5b, 0x63));
    }
}

void paintEdges(QPainter &p, const TopologyLayout &layout)
{
    p.setBrush(Qt::NoBrush);
    for (const TopologyEdge &edge : layout.edges) {
        const QColor colour = edge.cooling ? colours::coolingEdge() : colours::powerEdge();
        p.setPen(QPen(colour, 1.4, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        p.drawPolyline(edge.points);
        // A small arrowhead into the box fed.
        const QPointF tip = edge.points.last();
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPolygon(QPolygonF({tip, tip + QPointF(-7, -3.5), tip + QPointF(-7, 3.5)}));
        p.setBrush(Qt::NoBrush);
    }
}

void paintBox(QPainter &p, const TopologyBox &box, const ReliabilityAnalysis &analysis, const TopologySelection &selection)
{
    const CheckStatus status = boxStatus(box, analysis);
    QPainterPath outline;
    outline.addRoundedRect(box.rect, kRadius, kRadius);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawPath(outline);
    p.save();
    p.setClipPath(outline);
    p.setBrush(colours::fill(status));
    p.drawRect(QRectF(box.rect.left(), box.rect.top(), kStripe, box.rect.height()));
    p.restore();
    // A problem gets a heavier frame, so that it reads at a glance even when the diagram is small.
    const bool problem = status != CheckStatus::Ok && status != CheckStatus::NoCheck;
    p.setPen(QPen(colours::frame(status), problem ? 2.2 : 1.2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(outline);

    const double textLeft = box.rect.left() + kPad + 1;
    const double textWidth = box.rect.width() - 2 * kPad - 1;
    drawText(p, QRectF(textLeft, box.rect.top() + kPad - 1, textWidth, kTitleHeight), box.title, layoutFont(11, true),
             QColor(0x1b, 0x1b, 0x1b));
    drawText(p, QRectF(textLeft, box.rect.top() + kPad + kTitleHeight, textWidth, kDetailHeight), box.detail, layoutFont(10),
             QColor(0x4a, 0x50, 0x57));

    for (const TopologySlot &slot : box.slots) {
        const CheckStatus unit = analysis.unitStatus(slot.unit);
        p.setPen(QPen(colours::frame(unit), 1));
        p.setBrush(colours::fill(unit));
        p.drawRect(slot.rect);
    }

    const QFont rowFont = layoutFont(10);
    for (const TopologyLoadRow &row : box.loadRows) {
        if (std::ranges::count(selection.loads, row.load)) {
            p.setPen(Qt::NoPen);
            p.setBrush(colours::droppedLoad());
            p.drawRect(row.rect.adjusted(-3, 1, 3, -1));
        }
        const double figuresWidth = std::min(row.rect.width() * 0.45, QFontMetricsF(rowFont).horizontalAdvance(row.figures) + 2);
        QRectF text = row.rect;
        text.setRight(row.rect.right() - figuresWidth - 6);
        drawText(p, text, row.text, rowFont, QColor(0x1b, 0x1b, 0x1b));
        QRectF figures = row.rect;
        figures.setLeft(row.rect.right() - figuresWidth);
        drawText(p, figures, row.figures, rowFont, QColor(0x4a, 0x50, 0x57), Qt::AlignRight | Qt::AlignVCenter);
    }
}

void paintSelection(QPainter &p, const TopologyLayout &layout, const TopologySelection &selection)
{
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(colours::highlight(), 2.5));
    for (int b : selection.boxes)
        p.drawRoundedRect(layout.boxes[std::size_t(b)].rect.adjusted(-3.5, -3.5, 3.5, 3.5), kRadius + 2, kRadius + 2);
    p.setPen(QPen(colours::highlight(), 2.2));
    for (int u : selection.units)
        if (const QRectF rect = layout.slotRect(u); !rect.isEmpty())
            p.drawRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5));
}

} // namespace

CheckStatus boxStatus(const TopologyBox &box, const ReliabilityAnalysis &analysis)
{
    if (box.groups.empty())
        return CheckStatus::NoCheck;
    CheckStatus status = CheckStatus::NoCheck;
    for (int g : box.groups)
        status = worse(status, analysis.groupStatus(g));
    return status;
}

void paintTopology(QPainter &painter, const TopologyLayout &layout, const ReliabilityAnalysis &analysis,
                   const TopologySelection &selection)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintLanes(painter, layout, selection);
    paintEdges(painter, layout);
    for (const TopologyBox &box : layout.boxes)
        paintBox(painter, box, analysis, selection);
    paintSelection(painter, layout, selection);
    painter.restore();
}

namespace {

constexpr CheckStatus kLegendOrder[] = {CheckStatus::Ok, CheckStatus::SingleCordedOnly, CheckStatus::SinglePointOfFailure,
                                        CheckStatus::Violation, CheckStatus::Overloaded, CheckStatus::NoCheck};
constexpr double kLegendGap = 16;

QFont legendFont(int pixelSize)
{
    QFont font;
    font.setPixelSize(pixelSize);
    return font;
}

double rowHeight(int pixelSize) { return QFontMetricsF(legendFont(pixelSize)).height() + 6; }

// Where each item goes: its top left relative to the legend's, wrapping at `width`.
std::vector<QPointF> legendPositions(double width, int pixelSize)
{
    const QFontMetricsF metrics(legendFont(pixelSize));
    const double swatch = std::round(pixelSize * 0.9);
    std::vector<QPointF> out;
    double x = 0, y = 0;
    for (CheckStatus status : kLegendOrder) {
        const double itemWidth = swatch + 5 + metrics.horizontalAdvance(checkStatusName(status));
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += rowHeight(pixelSize);
        }
        out.emplace_back(x, y);
        x += itemWidth + kLegendGap;
    }
    return out;
}

} // namespace

double checkLegendHeight(double width, int pixelSize)
{
    return legendPositions(width, pixelSize).back().y() + rowHeight(pixelSize);
}

void paintCheckLegend(QPainter &painter, const QRectF &rect, int pixelSize)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont font = legendFont(pixelSize);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double swatch = std::round(pixelSize * 0.9);
    const double row = rowHeight(pixelSize);
    const std::vector<QPointF> at = legendPositions(rect.width(), pixelSize);
    for (std::size_t i = 0; i < at.size(); ++i) {
        const CheckStatus status = kLegendOrder[i];
        const QString name = checkStatusName(status);
        const QPointF topLeft = rect.topLeft() + at[i];
        painter.setPen(QPen(colours::frame(status), 1));
        painter.setBrush(colours::fill(status));
        painter.drawRect(QRectF(topLeft.x(), topLeft.y() + (row - swatch) / 2, swatch, swatch));
        painter.setPen(QColor(0x33, 0x38, 0x3e));
        painter.drawText(QRectF(topLeft.x() + swatch + 5, topLeft.y(), metrics.horizontalAdvance(name) + 2, row),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
    }
    painter.restore();
}

} // namespace hectare::ui
