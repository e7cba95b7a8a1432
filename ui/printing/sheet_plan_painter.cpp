#include "sheet_plan_painter.h"

#include "sheet_legend.h"

#include "plan/plan_colours.h"
#include "plan/tenant_hall_load.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>
#include <unordered_map>

namespace hectare::ui {
namespace {

constexpr double kLabelPaddingMm = 0.6;
constexpr double kRackNameMaxMm = 2.5;
constexpr double kRackNameMinMm = 1.2;
constexpr std::array<double, 6> kRowNameSizesMm{5.0, 4.0, 3.2, 2.5, 2.0, 1.6};
constexpr double kDimensionOffsetMm = 7;   // from the hall to the dimension line, within kPlanPaddingMm
constexpr double kDimensionTextMm = 2.5;
constexpr double kTickMm = 1.2;            // half length of the oblique tick at a dimension's ends

const QColor kOutlineColour(0x20, 0x20, 0x20);
const QColor kRackLineColour(0x50, 0x50, 0x50);
const QColor kGridColour(0xc4, 0xca, 0xd2);
const QColor kRowNameColour(0x20, 0x20, 0x20);

QString kwText(double kw)
{
    const bool whole = std::abs(kw - std::round(kw)) < 1e-9;
    return QCoreApplication::translate("hectare::ui::RackItem", "%1 kW").arg(QLocale().toString(kw, 'f', whole ? 0 : 1));
}

QString metresText(double mm)
{
    return PlanSheetText::tr("%1 m").arg(QLocale().toString(mm / 1000.0, 'f', 2));
}

// Lines of the floor grid over the hall's bounding rectangle, from its corner, in plan millimetres;
// only those crossing `visibleMm`.
std::vector<QLineF> gridLines(const QRectF &hallMm, double tileMm, const QRectF &visibleMm)
{
    std::vector<QLineF> lines;
    const QRectF area = hallMm & visibleMm;
    if (!(tileMm > 0) || area.isEmpty())
        return lines;
    const double x0 = hallMm.left() + std::ceil((area.left() - hallMm.left()) / tileMm - 1e-9) * tileMm;
    for (double x = x0; x <= area.right() + 1e-6; x += tileMm)
        lines.emplace_back(x, area.top(), x, area.bottom());
    const double y0 = hallMm.top() + std::ceil((area.top() - hallMm.top()) / tileMm - 1e-9) * tileMm;
    for (double y = y0; y <= area.bottom() + 1e-6; y += tileMm)
        lines.emplace_back(area.left(), y, area.right(), y);
    return lines;
}

void paintGrid(QPainter &painter, const HallPlanGeometry &geometry, const SheetInk &ink, const QTransform &toPaper,
               const QRectF &visiblePlanMm)
{
    const std::vector<QLineF> lines =
        gridLines(geometry.outlineMm.boundingRect(), geometry.hall->tileM * 1000.0, visiblePlanMm);
    if (lines.empty())
        return;
    painter.save();
    QPainterPath floor;
    floor.addPolygon(toPaper.map(geometry.outlineMm));
    floor.closeSubpath();
    painter.setClipPath(floor, Qt::IntersectClip);
    painter.setPen(ink.pen(kGridColour, kGridLineMm));
    std::vector<QLineF> paperLines;
    paperLines.reserve(lines.size());
    for (const QLineF &line : lines)
        paperLines.push_back(toPaper.map(line));
    painter.drawLines(paperLines.data(), int(paperLines.size()));
    painter.restore();
}

void paintClearances(QPainter &painter, const HallPlanGeometry &geometry, const SheetInk &ink, const QTransform &toPaper)
{
    for (const PlacedRow &placed : geometry.rows) {
        const Row &row = *placed.row;
        // Racks face the cold aisle: it lies in front of the row's line unless the row faces back.
        const bool frontIsCold = row.coldAisle == AisleSide::Front;
        const double d = placed.depthMm;
        const QPolygonF coldSide = frontIsCold
                                       ? HallPlanGeometry::rowStripMm(row, placed.startMm, placed.endMm, -kFrontClearanceMm, 0)
                                       : HallPlanGeometry::rowStripMm(row, placed.startMm, placed.endMm, d, d + kFrontClearanceMm);
        const QPolygonF hotSide = frontIsCold
                                      ? HallPlanGeometry::rowStripMm(row, placed.startMm, placed.endMm, d, d + kRearClearanceMm)
                                      : HallPlanGeometry::rowStripMm(row, placed.startMm, placed.endMm, -kRearClearanceMm, 0);
        painter.setPen(ink.pen(QColor(0x00, 0x72, 0xb2), kRackLineMm, Qt::DashLine));
        painter.setBrush(ink.colour(frontClearanceColour()));
        painter.drawPolygon(toPaper.map(coldSide));
        painter.setPen(ink.pen(QColor(0xd5, 0x5e, 0x00), kRackLineMm, Qt::DashLine));
        painter.setBrush(ink.colour(rearClearanceColour()));
        painter.drawPolygon(toPaper.map(hotSide));
    }
}

// The largest size from `sizes` at which `text` fits in `box`, or 0.
template<std::size_t N>
double fittingSize(const std::array<double, N> &sizes, const QString &text, const QRectF &box, bool bold)
{
    for (const double size : sizes)
        if (textWidthMm(text, size, bold) <= box.width() && lineHeightMm(size, bold) <= box.height())
            return size;
    return 0;
}

// The size of a rack's name: from the rack's size on paper, not from its text, so that a row of
// racks has labels of one size; down to 1.2 mm for a name that is longer than most.
double rackNameSize(const QRectF &box, const QString &name)
{
    const double fromBox = std::min({kRackNameMaxMm, box.width() / 3.2, box.height() / 2.6});
    for (double size = fromBox; size >= kRackNameMinMm; size -= 0.1)
        if (textWidthMm(name, size) <= box.width())
            return size;
    return 0;
}

// The rack's name and, when there is room, a second line: the tenant (cut short if need be) or
// the design kW (whole or not at all).
void paintRackLabel(QPainter &painter, const QRectF &paperBox, const QString &name, const QString &detail,
                    bool detailMayBeCut, const QColor &textColour, const SheetInk &ink)
{
    const QRectF box = paperBox.adjusted(kLabelPaddingMm, kLabelPaddingMm, -kLabelPaddingMm, -kLabelPaddingMm);
    const double size = rackNameSize(box, name);
    if (size <= 0 || lineHeightMm(size) > box.height())
        return;
    const double nameHeight = lineHeightMm(size);
    const double detailSize = size * 0.85;
    const double detailHeight = lineHeightMm(detailSize);
    QString second;
    if (!detail.isEmpty() && box.height() >= nameHeight + detailHeight) {
        if (textWidthMm(detail, detailSize) <= box.width())
            second = detail;
        else if (detailMayBeCut)
            second = elidedTextMm(detail, detailSize, box.width());
        // An ellipsis after a letter or two says nothing.
        if (second != detail && second.size() < 4)
            second.clear();
    }
    const double height = nameHeight + (second.isEmpty() ? 0 : detailHeight);
    const double top = box.center().y() - height / 2;
    painter.setPen(ink.pen(textColour, kThinLineMm));
    drawTextMm(painter, QRectF(box.left(), top, box.width(), nameHeight), Qt::AlignCenter, name, size);
    if (!second.isEmpty())
        drawTextMm(painter, QRectF(box.left(), top + nameHeight, box.width(), detailHeight), Qt::AlignCenter, second,
                   detailSize);
}

void paintRacks(QPainter &painter, const SiteModel &model, const HallPlanGeometry &geometry, QDate asOf,
                SheetLayers layers, const SheetInk &ink, const QTransform &toPaper, const QRectF &paperClip)
{
    const PlanColourMode mode = fillMode(layers);
    std::unordered_map<Id, TenantHallLoad> loads;
    if (mode == PlanColourMode::Density)
        loads = tenantHallLoads(model, geometry.hall->id, asOf);
    const bool labels = layers.testFlag(SheetLayer::Labels);
    const bool tenantLine = layers.testFlag(SheetLayer::Tenants);
    const QPen outline = ink.pen(kRackLineColour, kRackLineMm);

    for (const PlacedRack &placed : geometry.racks) {
        const Rack &rack = *placed.rack;
        const QPolygonF quad = toPaper.map(placed.quadMm);
        const QRectF box = quad.boundingRect();
        if (!box.intersects(paperClip))
            continue;
        std::optional<double> ratio;
        if (mode == PlanColourMode::Density)
            if (const auto load = loads.find(rack.tenantId); load != loads.end())
                ratio = load->second.drawRatio();
        const QColor fill = ink.colour(rackFillColour(mode, rack.state, rack.tenantId, ratio));
        painter.setPen(outline);
        painter.setBrush(fill);
        painter.drawPolygon(quad);
        // Blocked positions are crossed out so that they do not depend on colour alone.
        if (rack.state == RackState::Blocked) {
            painter.setPen(ink.pen(crossColourOn(fill), kRackLineMm));
            painter.drawLine(quad[0], quad[2]);
            painter.drawLine(quad[1], quad[3]);
        }
        if (labels) {
            QString detail;
            if (tenantLine) {
                if (const Tenant *tenant = rack.state == RackState::Free ? nullptr : model.tenant(rack.tenantId))
                    detail = tenant->name;
            } else if (rack.designKw > 0) {
                detail = kwText(rack.designKw);
            }
            paintRackLabel(painter, box, rack.name, detail, tenantLine, labelColourOn(fill), ink);
        }
    }
}

void paintRowNames(QPainter &painter, const HallPlanGeometry &geometry, const SheetInk &ink, const QTransform &toPaper,
                   const QRectF &paperClip)
{
    painter.setPen(ink.pen(kRowNameColour, kThinLineMm));
    for (const PlacedRow &placed : geometry.rows) {
        const QRectF box = toPaper.map(placed.labelQuadMm).boundingRect();
        if (!box.intersects(paperClip))
            continue;
        const double size = fittingSize(kRowNameSizesMm, placed.row->name, box, true);
        if (size > 0)
            drawTextMm(painter, box, Qt::AlignCenter, placed.row->name, size, true);
    }
}

void paintDimensionLine(QPainter &painter, const QPointF &from, const QPointF &to, const SheetInk &ink)
{
    painter.drawLine(from, to);
    const QPointF tick(kTickMm, -kTickMm);   // architectural oblique ticks, 45° on both ends
    painter.save();
    painter.setPen(ink.pen(Qt::black, 0.25));
    for (const QPointF &end : {from, to})
        painter.drawLine(end - tick, end + tick);
    painter.restore();
}

void paintDimensions(QPainter &painter, const HallPlanGeometry &geometry, const SheetInk &ink, const QTransform &toPaper)
{
    const QRectF hallPlan = geometry.outlineMm.boundingRect();
    if (hallPlan.isEmpty())
        return;
    const QRectF hall = toPaper.mapRect(hallPlan);
    painter.setPen(ink.pen(Qt::black, kThinLineMm));
    painter.setBrush(Qt::NoBrush);
    // Width, above the hall.
    const double y = hall.top() - kDimensionOffsetMm;
    painter.drawLine(QPointF(hall.left(), hall.top() - 1), QPointF(hall.left(), y - 1.5));
    painter.drawLine(QPointF(hall.right(), hall.top() - 1), QPointF(hall.right(), y - 1.5));
    paintDimensionLine(painter, QPointF(hall.left(), y), QPointF(hall.right(), y), ink);
    drawTextMm(painter, QRectF(hall.left(), y - 0.5 - lineHeightMm(kDimensionTextMm), hall.width(),
                               lineHeightMm(kDimensionTextMm)),
               Qt::AlignHCenter | Qt::AlignBottom, metresText(hallPlan.width()), kDimensionTextMm);
    // Depth, left of the hall, read from the right as drawings are.
    const double x = hall.left() - kDimensionOffsetMm;
    painter.drawLine(QPointF(hall.left() - 1, hall.top()), QPointF(x - 1.5, hall.top()));
    painter.drawLine(QPointF(hall.left() - 1, hall.bottom()), QPointF(x - 1.5, hall.bottom()));
    paintDimensionLine(painter, QPointF(x, hall.bottom()), QPointF(x, hall.top()), ink);
    painter.save();
    painter.translate(x - 0.5, hall.center().y());
    painter.rotate(-90);
    drawTextMm(painter, QRectF(-hall.height() / 2, -lineHeightMm(kDimensionTextMm), hall.height(),
                               lineHeightMm(kDimensionTextMm)),
               Qt::AlignHCenter | Qt::AlignBottom, metresText(hallPlan.height()), kDimensionTextMm);
    painter.restore();
}

} // namespace

QTransform PlanWindow::planToPaper() const
{
    const double k = 1.0 / scaleDenominator;
    return QTransform(k, 0, 0, k, paperRectMm.left() - planRectMm.left() * k, paperRectMm.top() - planRectMm.top() * k);
}

void paintHallPlan(QPainter &painter, const SiteModel &model, const HallPlanGeometry &geometry, QDate asOf,
                   SheetLayers layers, const SheetInk &ink, const PlanWindow &window)
{
    if (!geometry.hall)
        return;
    const QTransform toPaper = window.planToPaper();
    painter.save();
    painter.setClipRect(window.paperRectMm, Qt::IntersectClip);
    if (layers.testFlag(SheetLayer::Grid))
        paintGrid(painter, geometry, ink, toPaper, window.planRectMm);
    if (layers.testFlag(SheetLayer::Clearances))
        paintClearances(painter, geometry, ink, toPaper);
    painter.setPen(ink.pen(kOutlineColour, kOutlineLineMm));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(toPaper.map(geometry.outlineMm));
    paintRacks(painter, model, geometry, asOf, layers, ink, toPaper, window.paperRectMm);
    paintRowNames(painter, geometry, ink, toPaper, window.paperRectMm);
    if (layers.testFlag(SheetLayer::Dimensions))
        paintDimensions(painter, geometry, ink, toPaper);
    painter.restore();
}

} // namespace hectare::ui
