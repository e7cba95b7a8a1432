#pragma once

// Private to core/layout: what a plan selection stands for, and where its objects are.

#include "layout_edits.h"

#include "model/geometry.h"

#include <unordered_map>
#include <utility>
#include <vector>

namespace hectare::layout {

// The objects a selection stands for, each once and by id: a rack stands for its row; halls and
// ids that do not exist are left out.
struct SelectedObjects
{
    std::vector<const Row *> rows;
    std::vector<const Obstacle *> obstacles;
    std::vector<const Cage *> cages;

    std::size_t size() const { return rows.size() + obstacles.size() + cages.size(); }
};
SelectedObjects resolveSelection(const SiteModel &model, const LayoutSelection &selection);

// The racks of the given rows, by row id, in order of offset along the row.
std::unordered_map<Id, std::vector<const Rack *>> racksOfRows(const SiteModel &model, const std::vector<const Row *> &rows);

// A row's axis-aligned bounds: of its racks' footprints, or its origin alone when it has none.
BoundsM rowBounds(const Row &row, const std::vector<const Rack *> &racks);

// One selected object and its axis-aligned bounds, in the order rows, obstacles, cages.
struct BoundedObject
{
    LayoutObjectRef ref;
    BoundsM bounds;
};
std::vector<BoundedObject> boundedObjects(const SiteModel &model, const SelectedObjects &selected);

// Each object moved by its own offset, in one change; objects that would not move are left out.
LayoutChange movedBy(const SiteModel &model, const std::vector<std::pair<LayoutObjectRef, PointM>> &moves);

} // namespace hectare::layout
