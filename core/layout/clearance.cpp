// checkClearances(): the site's clearance rules judged on the measurements of layout_measures.h.
#include "clearance.h"

#include "clearance_text.h"
#include "layout_measures.h"

#include <algorithm>

namespace hectare {
namespace {

using namespace layout;

void checkAisles(const SiteModel &model, const Hall &hall, std::span<const PlacedRow> rows, const ClearanceText &text,
                 std::vector<ClearanceViolation> &out)
{
    const ClearanceRules &rules = model.site.clearance;
    for (const MeasuredAisle &m : aislesBetween(rows)) {
        const Aisle &a = m.aisle;
        const Row *rowA = model.row(a.rowA);
        const Row *rowB = model.row(a.rowB);
        ClearanceViolation v;
        v.hallId = hall.id;
        v.culprits = {{LayoutObjectRef::Kind::Row, a.rowA}, {LayoutObjectRef::Kind::Row, a.rowB}};
        v.measuredM = a.widthM;
        v.from = a.from;
        v.to = a.to;
        switch (a.kind) {
        case AisleKind::Cold:
        case AisleKind::Hot:
            v.rule = a.kind == AisleKind::Cold ? ClearanceRule::ColdAisle : ClearanceRule::HotAisle;
            v.requiredM = a.kind == AisleKind::Cold ? rules.coldAisleMinM : rules.hotAisleMinM;
            if (!shortOf(a.widthM, v.requiredM))
                continue;
            v.message = text.aisle(hall, *rowA, *rowB, a.kind, a.widthM, v.requiredM);
            break;
        case AisleKind::Mixed:
            // Whatever its width: one row exhausts hot air into the other's intake.
            v.rule = ClearanceRule::MixedAisle;
            v.requiredM = rules.coldAisleMinM;
            v.message = m.coldA ? text.mixedAisle(hall, *rowA, *rowB, *rowB, *rowA, a.widthM)
                                : text.mixedAisle(hall, *rowA, *rowB, *rowA, *rowB, a.widthM);
            break;
        }
        out.push_back(std::move(v));
    }
}

void checkServiceZones(const SiteModel &model, const Hall &hall, std::span<const PlacedRow> rows,
                       const std::vector<const Obstacle *> &obstacles, const ClearanceText &text,
                       std::vector<ClearanceViolation> &out)
{
    const double required = model.site.clearance.serviceMinM;
    for (const Obstacle *unit : obstacles) {
        if (!needsServiceZone(*unit))
            continue;
        const ServiceZone z = measureServiceZone(*unit, hall, rows, obstacles, required);
        if (z.inTheWay.empty() && !z.leavesHall)
            continue;
        ClearanceViolation v;
        v.rule = ClearanceRule::Service;
        v.hallId = hall.id;
        v.culprits.push_back({LayoutObjectRef::Kind::Obstacle, unit->id});
        v.culprits.insert(v.culprits.end(), z.inTheWay.begin(), z.inTheWay.end());
        if (z.leavesHall)
            v.culprits.push_back({LayoutObjectRef::Kind::Hall, hall.id});
        v.measuredM = z.freeDepthM;
        v.requiredM = required;
        v.from = z.from;
        v.to = z.to;
        v.message = text.service(hall, *unit, z.freeDepthM, required, z.inTheWay, z.leavesHall);
        out.push_back(std::move(v));
    }
}

void checkWalls(const SiteModel &model, const Hall &hall, std::span<const PlacedRow> rows,
                const std::vector<const Obstacle *> &obstacles, const ClearanceText &text,
                std::vector<ClearanceViolation> &out)
{
    const double required = model.site.clearance.wallMinM;
    std::vector<const Obstacle *> walls;
    for (const Obstacle *o : obstacles)
        if (o->kind == ObstacleKind::Wall)
            walls.push_back(o);

    for (const WallGap &gap : wallGaps(hall, rows, walls, required)) {
        if (!shortOf(gap.nearest.distanceM, required))
            continue;
        ClearanceViolation v;
        v.rule = ClearanceRule::Wall;
        v.hallId = hall.id;
        v.culprits.push_back({LayoutObjectRef::Kind::Row, gap.row->row->id});
        std::vector<const Rack *> close;
        for (const RackGap &r : gap.racks) {
            if (!shortOf(r.distanceM, required))
                continue;
            close.push_back(r.rack->rack);
            v.culprits.push_back({LayoutObjectRef::Kind::Rack, r.rack->rack->id});
        }
        v.measuredM = gap.nearest.distanceM;
        v.requiredM = required;
        v.from = gap.nearest.from;
        v.to = gap.nearest.to;
        v.message = text.wall(hall, *gap.row->row, close, v.measuredM, required);
        out.push_back(std::move(v));
    }
}

} // namespace

std::vector<ClearanceViolation> checkClearances(const SiteModel &model, Id hallId)
{
    std::vector<ClearanceViolation> violations;
    std::vector<const Hall *> halls;
    for (const Hall &hall : model.halls)
        if (hallId == kNoId || hall.id == hallId)
            halls.push_back(&hall);
    std::sort(halls.begin(), halls.end(), [](const Hall *a, const Hall *b) { return a->id < b->id; });

    // Racks are grouped by row once for all the halls checked.
    const std::vector<PlacedRow> placed = placeRows(model, hallId);
    const ClearanceText text(model);
    for (const Hall *hall : halls) {
        const std::span<const PlacedRow> rows = rowsOfHall(placed, hall->id);
        const std::vector<const Obstacle *> obstacles = obstaclesOfHall(model, hall->id);
        const std::size_t first = violations.size();
        checkAisles(model, *hall, rows, text, violations);
        checkServiceZones(model, *hall, rows, obstacles, text, violations);
        checkWalls(model, *hall, rows, obstacles, text, violations);
        std::stable_sort(violations.begin() + std::ptrdiff_t(first), violations.end(),
                         [](const ClearanceViolation &a, const ClearanceViolation &b) {
                             if (a.rule != b.rule)
                                 return a.rule < b.rule;
                             if (a.from.y != b.from.y)
                                 return a.from.y < b.from.y;
                             return a.from.x < b.from.x;
                         });
    }
    return violations;
}

} // namespace hectare
