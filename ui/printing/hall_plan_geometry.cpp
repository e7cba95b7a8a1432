#include "hall_plan_geometry.h"

#include "plan/plan_shapes.h"

#include "model/geometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

namespace hectare::ui {
namespace {

constexpr double kRowLabelGapMm = 150;   // between the label square and the first position (as RowLabelItem)

QPolygonF toMm(const QuadM &quad)
{
    QPolygonF polygon;
    polygon.reserve(4);
    for (const PointM &p : quad)
        polygon << QPointF(p.x * 1000.0, p.y * 1000.0);
    return polygon;
}

} // namespace

QPolygonF HallPlanGeometry::rowStripMm(const Row &row, double fromMm, double toMm, double nearMm, double farMm)
{
    const double angle = row.orientationDeg * std::numbers::pi / 180.0;
    const QPointF along(std::cos(angle), std::sin(angle));
    const QPointF left(-along.y(), along.x());
    const QPointF origin(row.origin.x * 1000.0, row.origin.y * 1000.0);
    const auto at = [&](double s, double d) { return origin + along * s + left * d; };
    return QPolygonF{{at(fromMm, nearMm), at(toMm, nearMm), at(toMm, farMm), at(fromMm, farMm)}};
}

HallPlanGeometry hallPlanGeometry(const SiteModel &model, Id hallId)
{
    HallPlanGeometry geometry;
    geometry.hall = hallId == kNoId ? nullptr : model.hall(hallId);
    if (!geometry.hall)
        return geometry;
    for (const PointM &p : geometry.hall->outline)
        geometry.outlineMm << QPointF(p.x * 1000.0, p.y * 1000.0);
    QRectF bounds = geometry.outlineMm.boundingRect();

    std::unordered_map<Id, std::size_t> rowIndex;
    std::vector<PlacedRow> rows;
    for (const Row &row : model.rows)
        if (row.hallId == hallId) {
            rowIndex.emplace(row.id, rows.size());
            rows.push_back(PlacedRow{&row, 0, 0, 0, {}});
        }
    std::vector<bool> rowUsed(rows.size(), false);
    for (const Rack &rack : model.racks) {
        const auto it = rowIndex.find(rack.rowId);
        if (it == rowIndex.end())
            continue;
        PlacedRow &row = rows[it->second];
        PlacedRack placed{&rack, toMm(rackFootprint(*row.row, rack))};
        bounds = bounds.isNull() ? placed.quadMm.boundingRect() : bounds.united(placed.quadMm.boundingRect());
        geometry.racks.push_back(std::move(placed));
        const double end = rack.offsetMm + rack.widthMm;
        if (!rowUsed[it->second]) {
            row.startMm = rack.offsetMm;
            row.endMm = end;
            row.depthMm = rack.depthMm;
            rowUsed[it->second] = true;
        } else {
            row.startMm = std::min(row.startMm, rack.offsetMm);
            row.endMm = std::max(row.endMm, end);
            row.depthMm = std::max(row.depthMm, rack.depthMm);
        }
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!rowUsed[i])
            continue;
        PlacedRow &row = rows[i];
        const double labelStart = row.startMm - kRowLabelGapMm - row.depthMm;
        row.labelQuadMm = HallPlanGeometry::rowStripMm(*row.row, labelStart, labelStart + row.depthMm, 0, row.depthMm);
        bounds = bounds.united(row.labelQuadMm.boundingRect());
        geometry.rows.push_back(row);
    }
    for (const Obstacle &obstacle : model.obstacles) {
        if (obstacle.hallId != hallId)
            continue;
        PlacedObstacle placed{&obstacle, obstacleTransform(obstacle)};
        bounds = bounds.united(placed.toPlanMm.mapRect(obstacleShape(obstacle).boundsMm));
        geometry.obstacles.push_back(placed);
    }
    for (const Cage &cage : model.cages) {
        if (cage.hallId != hallId)
            continue;
        PlacedCage placed{&cage, polygonMm(cage.outline)};
        bounds = bounds.united(placed.outlineMm.boundingRect());
        geometry.cages.push_back(std::move(placed));
    }
    geometry.boundsMm = bounds;
    return geometry;
}

} // namespace hectare::ui
