#include "sheet_tiles.h"

#include <QPainter>

#include <algorithm>

namespace hectare::ui {
namespace {

const QColor kGlueLineColour(0x70, 0x70, 0x70);
const QColor kTileColour(0x00, 0x5a, 0x8c);
constexpr double kMarkRadiusMm = 1.5;
constexpr double kMarkArmMm = 3;
constexpr double kNeighbourTextMm = 2.5;

void paintRegistrationMark(QPainter &painter, const QPointF &at, const SheetInk &ink)
{
    painter.setPen(ink.pen(Qt::black, kThinLineMm));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(at, kMarkRadiusMm, kMarkRadiusMm);
    painter.drawLine(at - QPointF(kMarkArmMm, 0), at + QPointF(kMarkArmMm, 0));
    painter.drawLine(at - QPointF(0, kMarkArmMm), at + QPointF(0, kMarkArmMm));
}

// A small arrow pointing out of the plan area towards the neighbour, and its sheet number.
void paintNeighbour(QPainter &painter, const QPointF &centre, const QPointF &outward, int sheetNumber,
                    const SheetInk &ink)
{
    const QPointF side(-outward.y(), outward.x());
    const QPointF tip = centre + outward * 1.6;
    const QPolygonF arrow{{tip, centre - outward * 0.4 + side * 1.2, centre - outward * 0.4 - side * 1.2}};
    const bool horizontal = outward.y() == 0;
    // Beside the arrow along the edge: below it on the left and right, after it on the top and bottom.
    const QPointF arrowAt = horizontal ? centre - QPointF(0, 2) : centre - QPointF(2.5, 0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink.colour(Qt::black));
    painter.drawPolygon(arrow.translated(arrowAt - centre));
    painter.setPen(ink.pen(Qt::black, kThinLineMm));
    const QString text = QString::number(sheetNumber);
    const double height = lineHeightMm(kNeighbourTextMm, true);
    const QRectF box = horizontal ? QRectF(centre.x() - 3, centre.y(), 6, height)
                                  : QRectF(centre.x(), centre.y() - height / 2, 8, height);
    drawTextMm(painter, box, horizontal ? Qt::AlignHCenter | Qt::AlignTop : Qt::AlignLeft | Qt::AlignVCenter, text,
               kNeighbourTextMm, true);
}

} // namespace

void paintAssemblyMarks(QPainter &painter, const SheetLayout &layout, int sheetIndex, const SheetInk &ink)
{
    const SheetTile *tile = layout.tile(sheetIndex);
    if (!tile || !layout.hasKeySheet())
        return;
    const PlanWindow window{tile->planRectMm, layout.planAreaMm, layout.scaleDenominator};
    const QTransform toPaper = window.planToPaper();
    const QRectF &area = layout.planAreaMm;
    const QRectF &plan = tile->planRectMm;
    const double overlapPaper = layout.overlapPlanMm / layout.scaleDenominator;
    const double overlapPlan = layout.overlapPlanMm;
    const double gutter = area.left() - layout.frameMm.left();

    struct Side
    {
        int dc;
        int dr;
    };
    painter.save();
    for (const Side side : {Side{1, 0}, Side{-1, 0}, Side{0, 1}, Side{0, -1}}) {
        const int neighbour = layout.sheetOfTile(tile->column + side.dc, tile->row + side.dr);
        if (neighbour < 0)
            continue;
        const bool vertical = side.dc != 0;   // the shared edge runs up and down
        // The glue line: where the neighbour's plan area begins (or ends) on this sheet.
        QLineF glue;
        QPointF edgeCentre;
        if (side.dc == 1) {
            glue = QLineF(area.right() - overlapPaper, area.top(), area.right() - overlapPaper, area.bottom());
            edgeCentre = QPointF(area.right() + gutter / 2, area.center().y());
        } else if (side.dc == -1) {
            glue = QLineF(area.left() + overlapPaper, area.top(), area.left() + overlapPaper, area.bottom());
            edgeCentre = QPointF(area.left() - gutter / 2, area.center().y());
        } else if (side.dr == 1) {
            glue = QLineF(area.left(), area.bottom() - overlapPaper, area.right(), area.bottom() - overlapPaper);
            edgeCentre = QPointF(area.center().x(), area.bottom() + gutter / 2);
        } else {
            glue = QLineF(area.left(), area.top() + overlapPaper, area.right(), area.top() + overlapPaper);
            edgeCentre = QPointF(area.center().x(), area.top() - gutter / 2);
        }
        painter.setPen(ink.pen(kGlueLineColour, kRackLineMm, Qt::DashDotLine));
        painter.drawLine(glue);

        // Registration crosses in the middle of the overlap, at the same plan points on both sheets.
        const double across = side.dc == 1 ? plan.right() - overlapPlan / 2
                              : side.dc == -1 ? plan.left() + overlapPlan / 2
                              : side.dr == 1  ? plan.bottom() - overlapPlan / 2
                                              : plan.top() + overlapPlan / 2;
        for (const double share : {0.25, 0.75}) {
            const QPointF planPoint = vertical ? QPointF(across, plan.top() + plan.height() * share)
                                               : QPointF(plan.left() + plan.width() * share, across);
            paintRegistrationMark(painter, toPaper.map(planPoint), ink);
        }
        // Edge ticks in the gutter, at the glue line, to cut or fold along.
        painter.setPen(ink.pen(Qt::black, kThinLineMm));
        const QLineF tickA = vertical ? QLineF(glue.p1() - QPointF(0, 1), glue.p1() - QPointF(0, gutter - 1))
                                      : QLineF(glue.p1() - QPointF(1, 0), glue.p1() - QPointF(gutter - 1, 0));
        const QLineF tickB = vertical ? QLineF(glue.p2() + QPointF(0, 1), glue.p2() + QPointF(0, gutter - 1))
                                      : QLineF(glue.p2() + QPointF(1, 0), glue.p2() + QPointF(gutter - 1, 0));
        painter.drawLine(tickA);
        painter.drawLine(tickB);
        paintNeighbour(painter, edgeCentre, QPointF(side.dc, side.dr), neighbour + 1, ink);
    }
    painter.restore();
}

void paintKeyTiles(QPainter &painter, const SheetLayout &layout, const PlanWindow &keyWindow, const SheetInk &ink)
{
    const QTransform toPaper = keyWindow.planToPaper();
    const double overlap = layout.overlapPlanMm;
    painter.save();
    painter.setClipRect(keyWindow.paperRectMm, Qt::IntersectClip);
    for (const SheetTile &tile : layout.tiles) {
        const QRectF rect = toPaper.mapRect(tile.planRectMm);
        painter.setPen(ink.pen(kTileColour, kOutlineLineMm));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect);
        // The number sits in the part of the tile no neighbour covers.
        QRectF own = tile.planRectMm;
        if (tile.column + 1 < layout.columns)
            own.setRight(own.right() - overlap);
        if (tile.row + 1 < layout.rows)
            own.setBottom(own.bottom() - overlap);
        if (tile.column > 0)
            own.setLeft(own.left() + overlap);
        if (tile.row > 0)
            own.setTop(own.top() + overlap);
        const QRectF ownPaper = toPaper.mapRect(own);
        const QString number = QString::number(layout.sheetOfTile(tile.column, tile.row) + 1);
        const double size = std::clamp(std::min(ownPaper.width(), ownPaper.height()) / 3, 3.0, 14.0);
        const double width = textWidthMm(number, size, true) + size * 0.6;
        const double height = lineHeightMm(size, true);
        QRectF label(0, 0, width, height);
        label.moveCenter(ownPaper.center());
        painter.setPen(ink.pen(kTileColour, kRackLineMm));
        painter.setBrush(ink.colour(QColor(255, 255, 255, 220)));
        painter.drawRect(label);
        painter.setPen(ink.pen(kTileColour, kThinLineMm));
        drawTextMm(painter, label, Qt::AlignCenter, number, size, true);
    }
    painter.restore();
}

} // namespace hectare::ui
