#include "layout_selection.h"

#include "layout_shapes.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace hectare::layout {
namespace {

// Offsets smaller than this are rounding, not a move.
constexpr double kNoMoveM = 1e-12;

} // namespace

SelectedObjects resolveSelection(const SiteModel &model, const LayoutSelection &selection)
{
    std::set<Id> rowIds;
    std::set<Id> obstacleIds;
    std::set<Id> cageIds;
    for (const LayoutObjectRef &ref : selection) {
        switch (ref.kind) {
        case LayoutObjectRef::Kind::Row: rowIds.insert(ref.id); break;
        case LayoutObjectRef::Kind::Rack:
            if (const Rack *rack = model.rack(ref.id))
                rowIds.insert(rack->rowId);
            break;
        case LayoutObjectRef::Kind::Obstacle: obstacleIds.insert(ref.id); break;
        case LayoutObjectRef::Kind::Cage: cageIds.insert(ref.id); break;
        case LayoutObjectRef::Kind::Hall: break;
        }
    }
    SelectedObjects s;
    for (Id id : rowIds)
        if (const Row *row = model.row(id))
            s.rows.push_back(row);
    for (Id id : obstacleIds)
        if (const Obstacle *o = model.obstacle(id))
            s.obstacles.push_back(o);
    for (Id id : cageIds)
        if (const Cage *cage = model.cage(id))
            s.cages.push_back(cage);
    return s;
}

std::unordered_map<Id, std::vector<const Rack *>> racksOfRows(const SiteModel &model, const std::vector<const Row *> &rows)
{
    std::unordered_map<Id, std::vector<const Rack *>> racks;
    for (const Row *row : rows)
        racks[row->id];
    for (const Rack &rack : model.racks)
        if (const auto it = racks.find(rack.rowId); it != racks.end())
            it->second.push_back(&rack);
    for (auto &[rowId, list] : racks)
        std::sort(list.begin(), list.end(), [](const Rack *a, const Rack *b) {
            return a->offsetMm != b->offsetMm ? a->offsetMm < b->offsetMm : a->id < b->id;
        });
    return racks;
}

BoundsM rowBounds(const Row &row, const std::vector<const Rack *> &racks)
{
    if (racks.empty())
        return {row.origin.x, row.origin.y, row.origin.x, row.origin.y};
    BoundsM b = boundsOf(rackFootprint(row, *racks.front()));
    for (const Rack *rack : racks)
        b = united(b, boundsOf(rackFootprint(row, *rack)));
    return b;
}

std::vector<BoundedObject> boundedObjects(const SiteModel &model, const SelectedObjects &selected)
{
    std::vector<BoundedObject> objects;
    const auto racks = racksOfRows(model, selected.rows);
    for (const Row *row : selected.rows)
        objects.push_back({{LayoutObjectRef::Kind::Row, row->id}, rowBounds(*row, racks.at(row->id))});
    for (const Obstacle *o : selected.obstacles)
        objects.push_back({{LayoutObjectRef::Kind::Obstacle, o->id}, boundsOf(obstacleFootprint(*o))});
    for (const Cage *cage : selected.cages)
        objects.push_back({{LayoutObjectRef::Kind::Cage, cage->id}, boundsOf(cage->outline)});
    return objects;
}

LayoutChange movedBy(const SiteModel &model, const std::vector<std::pair<LayoutObjectRef, PointM>> &moves)
{
    LayoutChange change;
    for (const auto &[ref, d] : moves) {
        if (!(std::abs(d.x) > kNoMoveM || std::abs(d.y) > kNoMoveM))
            continue;
        switch (ref.kind) {
        case LayoutObjectRef::Kind::Row:
            if (const Row *row = model.row(ref.id)) {
                Row moved = *row;   // racks are placed relative to their row: they follow
                moved.origin = add(moved.origin, d);
                change.rows.push_back(moved);
            }
            break;
        case LayoutObjectRef::Kind::Obstacle:
            if (const Obstacle *o = model.obstacle(ref.id)) {
                Obstacle moved = *o;
                moved.centre = add(moved.centre, d);
                change.obstacles.push_back(moved);
            }
            break;
        case LayoutObjectRef::Kind::Cage:
            if (const Cage *cage = model.cage(ref.id)) {
                Cage moved = *cage;
                for (PointM &p : moved.outline)
                    p = add(p, d);
                change.cages.push_back(moved);
            }
            break;
        case LayoutObjectRef::Kind::Rack:
        case LayoutObjectRef::Kind::Hall: break;
        }
    }
    return change;
}

} // namespace hectare::layout
