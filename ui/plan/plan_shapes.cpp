#include "plan_shapes.h"

#include "model/geometry.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

constexpr double kHatchPerSide = 4;       // hatch lines across a column's shorter side
constexpr double kArrowShare = 0.6;       // a CRAH's arrow: this share of its shorter side …
constexpr double kArrowMaxMm = 600;       // … at most
constexpr double kArrowHeadShare = 0.35;  // head length over arrow length

QPointF toMm(const PointM &p) { return QPointF(p.x * 1000.0, p.y * 1000.0); }

// Lines y = x + c across the rectangle, every `stepMm`, clipped to it.
void addHatching(QPainterPath &path, const QRectF &rect, double stepMm)
{
    // Along the line, x runs where both the x and the y = x + c of the rectangle hold.
    const double cMin = rect.top() - rect.right();
    const double cMax = rect.bottom() - rect.left();
    for (double c = cMin + stepMm / 2; c < cMax; c += stepMm) {
        const double x0 = std::max(rect.left(), rect.top() - c);
        const double x1 = std::min(rect.right(), rect.bottom() - c);
        if (x1 <= x0)
            continue;
        path.moveTo(x0, x0 + c);
        path.lineTo(x1, x1 + c);
    }
}

} // namespace

QPolygonF polygonMm(const std::vector<PointM> &pointsM)
{
    QPolygonF polygon;
    polygon.reserve(qsizetype(pointsM.size()));
    for (const PointM &p : pointsM)
        polygon << toMm(p);
    return polygon;
}

ObstacleShape obstacleShape(const Obstacle &obstacle)
{
    ObstacleShape shape;
    const double w = std::max(obstacle.widthM, 0.0) * 1000.0;
    const double d = std::max(obstacle.depthM, 0.0) * 1000.0;
    shape.rectMm = QRectF(-w / 2, -d / 2, w, d);
    const QRectF &r = shape.rectMm;
    switch (obstacle.kind) {
    case ObstacleKind::FireCylinder:
        shape.body.addEllipse(r);
        shape.outline = shape.body;
        break;
    case ObstacleKind::Door: {
        // The opening, its two jambs, and the leaf swung open 90° to the front with its arc, hinged
        // at the front-start corner, as architects draw a door.
        shape.body.addRect(r);
        shape.outline.moveTo(r.topLeft());
        shape.outline.lineTo(r.bottomLeft());
        shape.outline.moveTo(r.topRight());
        shape.outline.lineTo(r.bottomRight());
        const QPointF hinge = r.topLeft();
        shape.marks.moveTo(hinge);
        shape.marks.lineTo(hinge - QPointF(0, w));
        shape.marks.moveTo(r.topRight());
        shape.marks.arcTo(QRectF(hinge.x() - w, hinge.y() - w, 2 * w, 2 * w), 0, 90);
        break;
    }
    case ObstacleKind::Column:
        shape.body.addRect(r);
        shape.outline = shape.body;
        addHatching(shape.marks, r, std::max(std::min(w, d) / kHatchPerSide, 1.0));
        break;
    case ObstacleKind::Crah: {
        shape.body.addRect(r);
        shape.outline = shape.body;
        // The supply air leaves by the front: an arrow out of the middle of the front face.
        const double length = std::min(std::min(w, d) * kArrowShare, kArrowMaxMm);
        const double head = length * kArrowHeadShare;
        const QPointF base(0, r.top());
        const QPointF tip(0, r.top() - length);
        shape.marks.moveTo(base);
        shape.marks.lineTo(tip);
        shape.marks.moveTo(tip + QPointF(-head, head));
        shape.marks.lineTo(tip);
        shape.marks.lineTo(tip + QPointF(head, head));
        break;
    }
    case ObstacleKind::Wall:
    case ObstacleKind::Pdu:
        shape.body.addRect(r);
        shape.outline = shape.body;
        break;
    }
    shape.boundsMm = r.united(shape.marks.boundingRect());
    return shape;
}

QTransform obstacleTransform(const Obstacle &obstacle)
{
    // Rotating by the obstacle's angle maps local +x onto its width direction, as RackItem does
    // for a row; both follow the model's counter-clockwise angles in its y-down plan.
    return QTransform().translate(obstacle.centre.x * 1000.0, obstacle.centre.y * 1000.0).rotate(obstacle.rotationDeg);
}

QPolygonF obstacleQuadMm(const Obstacle &obstacle)
{
    const double w = obstacle.widthM * 1000.0;
    const double d = obstacle.depthM * 1000.0;
    return obstacleTransform(obstacle).map(QPolygonF(QRectF(-w / 2, -d / 2, w, d)));
}

QPolygonF frontZoneMm(const Obstacle &obstacle, double depthM)
{
    const double w = obstacle.widthM * 1000.0;
    const double d = obstacle.depthM * 1000.0;
    const double zone = depthM * 1000.0;
    return obstacleTransform(obstacle).map(QPolygonF(QRectF(-w / 2, -d / 2 - zone, w, zone)));
}

std::unordered_map<Id, QPolygonF> rowFootprintsMm(const SiteModel &model, Id hallId)
{
    struct Extent
    {
        const Row *row = nullptr;
        double start = 0;
        double end = 0;
        double depth = 0;
        bool any = false;
    };
    std::unordered_map<Id, Extent> extents;
    for (const Row &row : model.rows)
        if (row.hallId == hallId)
            extents[row.id].row = &row;
    for (const Rack &rack : model.racks) {
        const auto it = extents.find(rack.rowId);
        if (it == extents.end())
            continue;
        Extent &e = it->second;
        const double end = rack.offsetMm + rack.widthMm;
        e.start = e.any ? std::min(e.start, rack.offsetMm) : rack.offsetMm;
        e.end = e.any ? std::max(e.end, end) : end;
        e.depth = std::max(e.depth, rack.depthMm);
        e.any = true;
    }
    std::unordered_map<Id, QPolygonF> footprints;
    footprints.reserve(extents.size());
    for (const auto &[id, e] : extents) {
        if (!e.any)
            continue;
        // The row's extent laid out like one wide rack position, so that it turns as the racks do.
        Rack span;
        span.offsetMm = e.start;
        span.widthMm = e.end - e.start;
        span.depthMm = e.depth;
        QPolygonF quad;
        for (const PointM &p : rackFootprint(*e.row, span))
            quad << toMm(p);
        footprints.emplace(id, quad);
    }
    return footprints;
}

namespace {

QPolygonF culpritZoneMm(const SiteModel &model, const LayoutObjectRef &ref,
                        const std::unordered_map<Id, QPolygonF> &rowFootprints)
{
    switch (ref.kind) {
    case LayoutObjectRef::Kind::Row:
        if (const auto it = rowFootprints.find(ref.id); it != rowFootprints.end())
            return it->second;
        break;
    case LayoutObjectRef::Kind::Rack:
        if (const Rack *rack = model.rack(ref.id))
            if (const Row *row = model.row(rack->rowId)) {
                QPolygonF quad;
                for (const PointM &p : rackFootprint(*row, *rack))
                    quad << toMm(p);
                return quad;
            }
        break;
    case LayoutObjectRef::Kind::Obstacle:
        if (const Obstacle *obstacle = model.obstacle(ref.id))
            return obstacleQuadMm(*obstacle);
        break;
    case LayoutObjectRef::Kind::Cage:
        if (const Cage *cage = model.cage(ref.id))
            return polygonMm(cage->outline);
        break;
    case LayoutObjectRef::Kind::Hall:
        break;
    }
    return {};
}

} // namespace

std::vector<QPolygonF> culpritZonesMm(const SiteModel &model, const ClearanceViolation &violation,
                                      const std::unordered_map<Id, QPolygonF> &rowFootprints)
{
    const auto rowIsCulprit = [&](Id rowId) {
        return std::any_of(violation.culprits.begin(), violation.culprits.end(), [rowId](const LayoutObjectRef &r) {
            return r.kind == LayoutObjectRef::Kind::Row && r.id == rowId;
        });
    };
    std::vector<QPolygonF> zones;
    for (const LayoutObjectRef &ref : violation.culprits) {
        if (ref.kind == LayoutObjectRef::Kind::Rack)
            if (const Rack *rack = model.rack(ref.id); rack && rowIsCulprit(rack->rowId))
                continue;
        if (QPolygonF zone = culpritZoneMm(model, ref, rowFootprints); !zone.isEmpty())
            zones.push_back(std::move(zone));
    }
    return zones;
}

bool markRepeatsDimension(const ClearanceViolation &violation, const LayoutDimension &dimension)
{
    const auto near = [](const PointM &a, const PointM &b) {
        return std::abs(a.x - b.x) <= kGeometryToleranceM && std::abs(a.y - b.y) <= kGeometryToleranceM;
    };
    return (near(dimension.from, violation.from) && near(dimension.to, violation.to))
           || (near(dimension.from, violation.to) && near(dimension.to, violation.from));
}

QString metresText(double metres)
{
    return PlanText::tr("%1 m").arg(QLocale().toString(metres, 'f', 2));
}

QString cageLabel(const Cage &cage, const QString &tenantName)
{
    const QString area = PlanText::tr("%1 m²").arg(QLocale().toString(polygonAreaM2(cage.outline), 'f', 1));
    QStringList parts;
    for (const QString &part : {cage.name, tenantName, area})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QStringLiteral(" · "));
}

QString violationText(const ClearanceViolation &violation)
{
    return PlanText::tr("%1 < %2", "measured < required").arg(metresText(violation.measuredM), metresText(violation.requiredM));
}

} // namespace hectare::ui
