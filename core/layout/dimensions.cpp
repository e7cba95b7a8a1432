// layoutDimensions(): the plan's dimension lines, from the same measurements as the clearances.
#include "clearance.h"

#include "layout_measures.h"

#include <algorithm>

namespace hectare {
namespace {

using namespace layout;

// Walls and service zones are dimensioned when they are this close: further away, a line would
// only clutter the plan.
constexpr double kDimensionReachM = 3;

} // namespace

std::vector<LayoutDimension> layoutDimensions(const SiteModel &model, Id hallId)
{
    std::vector<LayoutDimension> dimensions;
    const Hall *hall = model.hall(hallId);
    if (!hall)
        return dimensions;
    const ClearanceRules &rules = model.site.clearance;
    const std::vector<PlacedRow> rows = placeRows(model, hallId);
    const std::vector<const Obstacle *> obstacles = obstaclesOfHall(model, hallId);

    for (const MeasuredAisle &m : aislesBetween(rows)) {
        LayoutDimension d;
        d.kind = LayoutDimension::Kind::Aisle;
        d.from = m.aisle.from;
        d.to = m.aisle.to;
        d.lengthM = m.aisle.widthM;
        d.requiredM = m.aisle.kind == AisleKind::Hot ? rules.hotAisleMinM : rules.coldAisleMinM;
        d.violates = m.aisle.kind == AisleKind::Mixed || shortOf(d.lengthM, d.requiredM);
        dimensions.push_back(d);
    }

    std::vector<const Obstacle *> walls;
    for (const Obstacle *o : obstacles)
        if (o->kind == ObstacleKind::Wall)
            walls.push_back(o);
    for (const WallGap &gap : wallGaps(*hall, rows, walls, kDimensionReachM)) {
        if (!(gap.nearest.distanceM < kDimensionReachM))
            continue;
        LayoutDimension d;
        d.kind = LayoutDimension::Kind::Wall;
        d.from = gap.nearest.from;
        d.to = gap.nearest.to;
        d.lengthM = gap.nearest.distanceM;
        d.requiredM = rules.wallMinM;
        d.violates = shortOf(d.lengthM, d.requiredM);
        dimensions.push_back(d);
    }

    for (const Obstacle *unit : obstacles) {
        if (!needsServiceZone(*unit))
            continue;
        // Deep enough to see the rule's limit even if the rule asks for more than the reach.
        const ServiceZone z =
            measureServiceZone(*unit, *hall, rows, obstacles, std::max(kDimensionReachM, rules.serviceMinM));
        LayoutDimension d;
        d.kind = LayoutDimension::Kind::Service;
        d.from = z.from;
        d.to = z.to;
        d.lengthM = z.freeDepthM;
        d.requiredM = rules.serviceMinM;
        d.violates = shortOf(d.lengthM, d.requiredM);
        dimensions.push_back(d);
    }
    return dimensions;
}

} // namespace hectare
