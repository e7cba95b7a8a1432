#include "edit_selection.h"

#include <algorithm>
#include <map>
#include <set>

namespace hectare::ui {
namespace {

using Kind = LayoutObjectRef::Kind;

bool byKindThenId(const LayoutObjectRef &a, const LayoutObjectRef &b)
{
    return a.kind != b.kind ? a.kind < b.kind : a.id < b.id;
}

template<typename T>
void append(std::vector<T> &into, const std::vector<T> &more)
{
    into.insert(into.end(), more.begin(), more.end());
}

void unite(std::optional<BoundsM> &bounds, const BoundsM &more)
{
    if (!bounds) {
        bounds = more;
        return;
    }
    bounds->minX = std::min(bounds->minX, more.minX);
    bounds->minY = std::min(bounds->minY, more.minY);
    bounds->maxX = std::max(bounds->maxX, more.maxX);
    bounds->maxY = std::max(bounds->maxY, more.maxY);
}

} // namespace

LayoutSelection editableObjects(const SiteModel &model, const std::vector<LayoutObjectRef> &picked)
{
    std::set<LayoutObjectRef, decltype(&byKindThenId)> objects(&byKindThenId);
    for (const LayoutObjectRef &ref : picked) {
        switch (ref.kind) {
        case Kind::Rack:
            if (const Rack *rack = model.rack(ref.id))
                objects.insert({Kind::Row, rack->rowId});
            break;
        case Kind::Row:
            if (model.row(ref.id))
                objects.insert(ref);
            break;
        case Kind::Obstacle:
            if (model.obstacle(ref.id))
                objects.insert(ref);
            break;
        case Kind::Cage:
            if (model.cage(ref.id))
                objects.insert(ref);
            break;
        case Kind::Hall: break;
        }
    }
    return {objects.begin(), objects.end()};
}

DeletePick deletePick(const SiteModel &model, const std::vector<LayoutObjectRef> &picked)
{
    DeletePick pick;
    std::map<Id, std::vector<Id>> pickedRacksOfRow;
    LayoutSelection others;
    for (const LayoutObjectRef &ref : picked) {
        if (ref.kind == Kind::Rack) {
            if (const Rack *rack = model.rack(ref.id))
                pickedRacksOfRow[rack->rowId].push_back(rack->id);
        } else {
            others.push_back(ref);
        }
    }
    for (auto &[rowId, racks] : pickedRacksOfRow) {
        std::sort(racks.begin(), racks.end());
        racks.erase(std::unique(racks.begin(), racks.end()), racks.end());
        const auto inRow = std::size_t(std::count_if(model.racks.begin(), model.racks.end(),
                                                     [rowId](const Rack &r) { return r.rowId == rowId; }));
        if (racks.size() == inRow)
            others.push_back({Kind::Row, rowId});
        else
            append(pick.racks, racks);
    }
    pick.objects = editableObjects(model, others);
    return pick;
}

std::optional<BoundsM> objectsBounds(const SiteModel &model, const LayoutSelection &objects)
{
    std::optional<BoundsM> bounds;
    std::set<Id> rows;
    for (const LayoutObjectRef &ref : objects) {
        if (ref.kind == Kind::Row)
            rows.insert(ref.id);
        else if (const Obstacle *o = ref.kind == Kind::Obstacle ? model.obstacle(ref.id) : nullptr)
            unite(bounds, boundsOf(rotatedRectangle(o->centre, o->widthM, o->depthM, o->rotationDeg)));
        else if (const Cage *cage = ref.kind == Kind::Cage ? model.cage(ref.id) : nullptr; cage && !cage->outline.empty())
            unite(bounds, boundsOf(cage->outline));
    }
    for (const Rack &rack : model.racks)
        if (rows.count(rack.rowId))
            unite(bounds, boundsOf(rackFootprint(*model.row(rack.rowId), rack)));
    return bounds;
}

LayoutSelection createdObjects(const LayoutChange &change, const SiteModel &before)
{
    LayoutSelection created;
    for (const Row &row : change.rows)
        if (!before.row(row.id))
            created.push_back({Kind::Row, row.id});
    for (const Obstacle &o : change.obstacles)
        if (!before.obstacle(o.id))
            created.push_back({Kind::Obstacle, o.id});
    for (const Cage &cage : change.cages)
        if (!before.cage(cage.id))
            created.push_back({Kind::Cage, cage.id});
    return created;
}

void appendChange(LayoutChange &into, const LayoutChange &more)
{
    append(into.halls, more.halls);
    append(into.rows, more.rows);
    append(into.racks, more.racks);
    append(into.obstacles, more.obstacles);
    append(into.cages, more.cages);
    append(into.removedRows, more.removedRows);
    append(into.removedRacks, more.removedRacks);
    append(into.removedObstacles, more.removedObstacles);
    append(into.removedCages, more.removedCages);
}

QString describeObjects(const SiteModel &model, const LayoutSelection &objects)
{
    if (objects.size() == 1) {
        const LayoutObjectRef &ref = objects.front();
        if (const Row *row = ref.kind == Kind::Row ? model.row(ref.id) : nullptr)
            return EditText::tr("row %1").arg(row->name);
        if (const Obstacle *o = ref.kind == Kind::Obstacle ? model.obstacle(ref.id) : nullptr)
            return EditText::tr("obstacle %1").arg(o->name);
        if (const Cage *cage = ref.kind == Kind::Cage ? model.cage(ref.id) : nullptr)
            return EditText::tr("cage %1").arg(cage->name);
    }
    return EditText::tr("%n objects", nullptr, int(objects.size()));
}

} // namespace hectare::ui
