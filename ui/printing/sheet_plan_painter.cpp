#include "sheet_plan_painter.h"

#include "sheet_legend.h"

#include "quoting/reservations.h"

#include "plan/layout_colours.h"
#include "plan/plan_shapes.h"
#include "plan/plan_colours.h"
#include "plan/tenant_hall_load.h"

#include "layout/clearance.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
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
constexpr std::array<double, 3> kLayoutDimensionSizesMm{2.2, 1.8, 1.5};
constexpr std::array<double, 4> kObstacleNameSizesMm{2.5, 2.0, 1.6, 1.2};
constexpr std::array<double, 4> kCageLabelSizesMm{3.0, 2.5, 2.0, 1.6};
constexpr double kCageLabelInsetMm = 1.5;
constexpr double kViolationZoneLineMm = 0.5;
constexpr double kViolationTextMm = 2.0;
constexpr double kViolationTextGapMm = 1.0;

const QColor kOutlineColour(0x20, 0x20, 0x20);
const QColor kRackLineColour(0x50, 0x50, 0x50);
const QColor kGridColour(0xc4, 0xca, 0xd2);
const QColor kRowNameColour(0x20, 0x20, 0x20);

QString kwText(double kw)
{
    const bool whole = std::abs(kw - std::round(kw)) < 1e-9;
    return QCoreApplication::translate("hectare::ui::RackItem", "%1 kW").arg(QLocale().toString(kw, 'f', whole ? 0 : 1));
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

// The floor the site's rules keep free, faintly: on each row's cold-aisle and hot-aisle side, in
// front of each PDU and CRAH, and along the walls. Where a zone overlaps a rack or another zone's
// row, the rule is broken; paintViolations() says so in red.
void paintClearanceZones(QPainter &painter, const SiteModel &model, const HallPlanGeometry &geometry,
                         const SheetInk &ink, const QTransform &toPaper, int scaleDenominator)
{
    const ClearanceRules &rules = model.site.clearance;
    painter.save();
    QPainterPath floor;
    floor.addPolygon(toPaper.map(geometry.outlineMm));
    floor.closeSubpath();
    painter.setClipPath(floor, Qt::IntersectClip);
    // Along the walls: the outline stroked twice as wide as the rule, of which the floor keeps the inside half.
    QPen wallBand = ink.pen(wallClearanceColour(), 2 * rules.wallMinM * 1000.0 / scaleDenominator);
    wallBand.setJoinStyle(Qt::MiterJoin);
    painter.setPen(wallBand);
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(toPaper.map(geometry.outlineMm));

    const double cold = rules.coldAisleMinM * 1000.0;
    const double hot = rules.hotAisleMinM * 1000.0;
    for (const PlacedRow &placed : geometry.rows) {
        const Row &row = *placed.row;
        // Racks face the cold aisle: it lies in front of the row's line unless the row faces back.
        const bool frontIsCold = row.coldAisle == AisleSide::Front;
        const double d = placed.depthMm;
        const QPolygonF coldSide = frontIsCold
                                       ? HallPlanGeometry::rowStripMm(row, placed.startMm, placed.endMm, -cold, 0)
                                       : HallPlanGeometry::rowStripMm(row, placed.startMm, placed.endMm, d, d + cold);
        const QPolygonF hotSide = frontIsCold
                                      ? HallPlanGeometry::rowStripMm(row, placed.startMm, placed.endMm, d, d + hot)
                                      : HallPlanGeometry::rowStripMm(row, placed.startMm, placed.endMm, -hot, 0);
        painter.setPen(ink.pen(QColor(0x00, 0x72, 0xb2), kGridLineMm, Qt::DashLine));
        painter.setBrush(ink.colour(coldClearanceColour()));
        painter.drawPolygon(toPaper.map(coldSide));
        painter.setPen(ink.pen(QColor(0xd5, 0x5e, 0x00), kGridLineMm, Qt::DashLine));
        painter.setBrush(ink.colour(hotClearanceColour()));
        painter.drawPolygon(toPaper.map(hotSide));
    }
    painter.setPen(ink.pen(QColor(0xa6, 0x6f, 0x00), kGridLineMm, Qt::DashLine));
    painter.setBrush(ink.colour(serviceClearanceColour()));
    for (const PlacedObstacle &placed : geometry.obstacles) {
        const ObstacleKind kind = placed.obstacle->kind;
        if (kind == ObstacleKind::Pdu || kind == ObstacleKind::Crah)
            painter.drawPolygon(toPaper.map(frontZoneMm(*placed.obstacle, rules.serviceMinM)));
    }
    painter.restore();
}

void paintCages(QPainter &painter, const HallPlanGeometry &geometry, const SheetInk &ink, const QTransform &toPaper)
{
    for (const PlacedCage &placed : geometry.cages) {
        const Id tenant = placed.cage->tenantId;
        painter.setPen(ink.pen(cageFence(tenant), kOutlineLineMm, Qt::DashLine));
        painter.setBrush(ink.colour(cageFill(tenant)));
        painter.drawPolygon(toPaper.map(placed.outlineMm));
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
    const QSet<Id> held = heldRackIds(model, asOf);   // positions quotes hold print as reserved
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
        const QColor fill = ink.colour(rackFillColour(mode, shownState(rack, held), rack.tenantId, ratio));
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

void paintObstacles(QPainter &painter, const HallPlanGeometry &geometry, const SheetInk &ink, const QTransform &toPaper,
                    const QRectF &paperClip, bool labels)
{
    for (const PlacedObstacle &placed : geometry.obstacles) {
        const Obstacle &obstacle = *placed.obstacle;
        const ObstacleShape shape = obstacleShape(obstacle);
        const QTransform toSheet = placed.toPlanMm * toPaper;
        if (!toSheet.mapRect(shape.boundsMm).intersects(paperClip))
            continue;
        const QColor fill = ink.colour(obstacleFill(obstacle.kind));
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPath(toSheet.map(shape.body));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(ink.pen(obstacleEdge(obstacle.kind), kRackLineMm));
        painter.drawPath(toSheet.map(shape.outline));
        if (!shape.marks.isEmpty()) {
            painter.setPen(ink.pen(obstacleMark(obstacle.kind), kThinLineMm));
            painter.drawPath(toSheet.map(shape.marks));
        }
        if (labels && !obstacle.name.isEmpty()) {
            const QRectF box = toSheet.mapRect(shape.rectMm).adjusted(kLabelPaddingMm, kLabelPaddingMm, -kLabelPaddingMm,
                                                                     -kLabelPaddingMm);
            if (const double size = fittingSize(kObstacleNameSizesMm, obstacle.name, box, false); size > 0) {
                painter.setPen(ink.pen(labelColourOn(fill), kThinLineMm));
                drawTextMm(painter, box, Qt::AlignCenter, obstacle.name, size);
            }
        }
    }
}

// "Cage 3 · Orange · 24.0 m²" in the cage's top-left corner, on a light panel over the racks.
void paintCageLabels(QPainter &painter, const SiteModel &model, const HallPlanGeometry &geometry, const SheetInk &ink,
                     const QTransform &toPaper)
{
    for (const PlacedCage &placed : geometry.cages) {
        const Cage &cage = *placed.cage;
        const Tenant *tenant = model.tenant(cage.tenantId);
        const QString label = cageLabel(cage, tenant ? tenant->name : QString());
        const QRectF box = toPaper.map(placed.outlineMm).boundingRect().adjusted(kCageLabelInsetMm, kCageLabelInsetMm,
                                                                                  -kCageLabelInsetMm, -kCageLabelInsetMm);
        const double size = fittingSize(kCageLabelSizesMm, label, box, true);
        if (size <= 0)
            continue;
        const QRectF text(box.topLeft(), QSizeF(textWidthMm(label, size, true), lineHeightMm(size, true)));
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink.colour(QColor(255, 255, 255, 210)));
        painter.drawRect(text.adjusted(-0.5, -0.2, 0.5, 0.2));
        painter.setPen(ink.pen(cageFence(cage.tenantId), kThinLineMm));
        drawTextMm(painter, text, Qt::AlignLeft | Qt::AlignVCenter, label, size, true);
    }
}

// A measured distance: the line, 45° ticks at its ends, and `text` above it, along it, in the
// largest size that fits between the ticks (none when even the smallest does not). A distance from
// a row to a wall has its text towards the wall (`textNearEnd`), clear of the row's name.
void paintMeasuredLine(QPainter &painter, const QLineF &line, const QString &text, const QPen &pen,
                       bool textNearEnd = false)
{
    const double length = line.length();
    if (length <= 0)
        return;
    const QPointF along = (line.p2() - line.p1()) / length;
    const QPointF across(-along.y(), along.x());
    const QPointF tick = (along + across) * (kTickMm / std::numbers::sqrt2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawLine(line);
    painter.drawLine(line.p1() - tick, line.p1() + tick);
    painter.drawLine(line.p2() - tick, line.p2() + tick);
    if (text.isEmpty())
        return;
    for (const double size : kLayoutDimensionSizesMm) {
        if (textWidthMm(text, size) + 2 * kTickMm > length)
            continue;
        double angle = std::atan2(along.y(), along.x()) * 180 / std::numbers::pi;
        if (angle > 90.5)
            angle -= 180;
        else if (angle <= -89.5)
            angle += 180;
        painter.save();
        const double fromEnd = textWidthMm(text, size) / 2 + kTickMm + 0.5;
        painter.translate(textNearEnd && length / 2 > fromEnd ? line.p2() - along * fromEnd : line.center());
        painter.rotate(angle);
        const double height = lineHeightMm(size);
        drawTextMm(painter, QRectF(-length / 2, -0.3 - height, length, height), Qt::AlignHCenter | Qt::AlignBottom, text,
                   size);
        painter.restore();
        break;
    }
}

QLineF paperLine(const QTransform &toPaper, const PointM &from, const PointM &to)
{
    return toPaper.map(QLineF(from.x * 1000.0, from.y * 1000.0, to.x * 1000.0, to.y * 1000.0));
}

// Core's aisle, wall and service dimensions, in metres; those a red clearance mark repeats are left to it.
void paintLayoutDimensions(QPainter &painter, const SiteModel &model, const HallPlanGeometry &geometry,
                           const std::vector<ClearanceViolation> &violations, const SheetInk &ink,
                           const QTransform &toPaper)
{
    const QPen pen = ink.pen(dimensionColour(), kThinLineMm);
    for (const LayoutDimension &dimension : layoutDimensions(model, geometry.hall->id)) {
        if (std::any_of(violations.begin(), violations.end(),
                        [&](const ClearanceViolation &v) { return markRepeatsDimension(v, dimension); }))
            continue;
        paintMeasuredLine(painter, paperLine(toPaper, dimension.from, dimension.to), metresText(dimension.lengthM), pen,
                          dimension.kind == LayoutDimension::Kind::Wall);
    }
}

// "0.80 m < 1.00 m" beside the middle of a red dimension, upright on a white panel, whatever the
// line's length: right of a line that runs up and down, above one that runs across.
void paintViolationLabel(QPainter &painter, const QLineF &line, const QString &text, const SheetInk &ink)
{
    const double width = textWidthMm(text, kViolationTextMm);
    const double height = lineHeightMm(kViolationTextMm);
    const QPointF mid = line.center();
    const bool vertical = std::abs(line.dy()) > std::abs(line.dx());
    const QRectF box = vertical ? QRectF(mid.x() + kViolationTextGapMm, mid.y() - height / 2, width, height)
                                : QRectF(mid.x() - width / 2, mid.y() - kViolationTextGapMm - height, width, height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink.colour(QColor(255, 255, 255, 220)));
    painter.drawRect(box.adjusted(-0.4, 0, 0.4, 0));
    painter.setPen(ink.pen(violationColour(), kThinLineMm));
    drawTextMm(painter, box, Qt::AlignCenter, text, kViolationTextMm);
}

// What breaks the site's rules, in red: the objects outlined, the distance measured against the rule.
void paintViolations(QPainter &painter, const SiteModel &model, const HallPlanGeometry &geometry,
                     const std::vector<ClearanceViolation> &violations, const SheetInk &ink, const QTransform &toPaper)
{
    if (violations.empty())
        return;
    const std::unordered_map<Id, QPolygonF> rows = rowFootprintsMm(model, geometry.hall->id);
    const QColor red = violationColour();
    for (const ClearanceViolation &violation : violations) {
        painter.setPen(ink.pen(red, kViolationZoneLineMm));
        painter.setBrush(Qt::NoBrush);
        for (const QPolygonF &zone : culpritZonesMm(model, violation, rows))
            painter.drawPolygon(toPaper.map(zone));
        const QLineF line = paperLine(toPaper, violation.from, violation.to);
        paintMeasuredLine(painter, line, QString(), ink.pen(red, kRackLineMm));
        paintViolationLabel(painter, line, violationText(violation), ink);
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
               Qt::AlignHCenter | Qt::AlignBottom, metresText(hallPlan.width() / 1000.0), kDimensionTextMm);
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
               Qt::AlignHCenter | Qt::AlignBottom, metresText(hallPlan.height() / 1000.0), kDimensionTextMm);
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
    const bool clearances = layers.testFlag(SheetLayer::Clearances);
    if (clearances)
        paintClearanceZones(painter, model, geometry, ink, toPaper, window.scaleDenominator);
    paintCages(painter, geometry, ink, toPaper);
    painter.setPen(ink.pen(kOutlineColour, kOutlineLineMm));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(toPaper.map(geometry.outlineMm));
    paintRacks(painter, model, geometry, asOf, layers, ink, toPaper, window.paperRectMm);
    paintObstacles(painter, geometry, ink, toPaper, window.paperRectMm, layers.testFlag(SheetLayer::Labels));
    paintRowNames(painter, geometry, ink, toPaper, window.paperRectMm);
    paintCageLabels(painter, model, geometry, ink, toPaper);
    const std::vector<ClearanceViolation> violations =
        clearances ? checkClearances(model, geometry.hall->id) : std::vector<ClearanceViolation>{};
    if (layers.testFlag(SheetLayer::Dimensions)) {
        paintDimensions(painter, geometry, ink, toPaper);
        paintLayoutDimensions(painter, model, geometry, violations, ink, toPaper);
    }
    paintViolations(painter, model, geometry, violations, ink, toPaper);
    painter.restore();
}

} // namespace hectare::ui
