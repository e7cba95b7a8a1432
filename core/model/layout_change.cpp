#include "layout_change.h"

#include <algorithm>
#include <unordered_set>

namespace hectare {
namespace {

template<typename T>
bool byId(const T &a, const T &b)
{
    return a.id < b.id;
}

// Vectors are sorted by id; one built out of order (an import, a test) is still searched right.
template<typename Vector>
auto findIn(Vector &items, Id id)
{
    const auto it = std::lower_bound(items.begin(), items.end(), id, [](const auto &item, Id v) { return item.id < v; });
    if (it != items.end() && it->id == id)
        return it;
    return std::find_if(items.begin(), items.end(), [id](const auto &item) { return item.id == id; });
}

template<typename T>
const T *oldVersion(const std::vector<T> &before, Id id)
{
    const auto it = findIn(before, id);
    return it != before.end() ? &*it : nullptr;
}

// Replaces the object with the item's id, or inserts the item at its place by id.
template<typename T>
void upsert(std::vector<T> &items, const T &item)
{
    if (const auto it = findIn(items, item.id); it != items.end()) {
        *it = item;
        return;
    }
    items.insert(std::lower_bound(items.begin(), items.end(), item.id,
                                  [](const T &existing, Id v) { return existing.id < v; }),
                 item);
}

template<typename T, typename Pred>
void eraseWhere(std::vector<T> &items, Pred pred)
{
    items.erase(std::remove_if(items.begin(), items.end(), pred), items.end());
}

template<typename T>
void eraseIds(std::vector<T> &items, const std::vector<Id> &ids)
{
    if (ids.empty())
        return;
    const std::unordered_set<Id> gone(ids.begin(), ids.end());
    eraseWhere(items, [&](const T &item) { return gone.contains(item.id); });
}

// For each object written: its old version when it existed, else its id to remove.
template<typename T>
void undoWrites(const std::vector<T> &written, const std::vector<T> &before, std::vector<T> &restore,
                std::vector<Id> &remove)
{
    for (const T &item : written) {
        if (const T *old = oldVersion(before, item.id))
            restore.push_back(*old);
        else
            remove.push_back(item.id);
    }
}

template<typename T>
void undoRemovals(const std::vector<Id> &removed, const std::vector<T> &before, std::vector<T> &restore)
{
    for (Id id : removed)
        if (const T *old = oldVersion(before, id))
            restore.push_back(*old);
}

// Sorted by id, each object once (a rack both written and removed with its row comes back once).
template<typename T>
void tidy(std::vector<T> &items)
{
    std::stable_sort(items.begin(), items.end(), byId<T>);
    items.erase(std::unique(items.begin(), items.end(), [](const T &a, const T &b) { return a.id == b.id; }),
                items.end());
}

void tidy(std::vector<Id> &ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

} // namespace

bool LayoutChange::isEmpty() const
{
    return halls.empty() && rows.empty() && racks.empty() && obstacles.empty() && cages.empty() && removedRows.empty()
           && removedRacks.empty() && removedObstacles.empty() && removedCages.empty();
}

LayoutChange inverseOf(const LayoutChange &change, const SiteModel &before)
{
    LayoutChange inverse;
    for (const Hall &hall : change.halls)
        if (const Hall *old = oldVersion(before.halls, hall.id))
            inverse.halls.push_back(*old);
    undoWrites(change.rows, before.rows, inverse.rows, inverse.removedRows);
    undoWrites(change.racks, before.racks, inverse.racks, inverse.removedRacks);
    undoWrites(change.obstacles, before.obstacles, inverse.obstacles, inverse.removedObstacles);
    undoWrites(change.cages, before.cages, inverse.cages, inverse.removedCages);

    undoRemovals(change.removedRows, before.rows, inverse.rows);
    undoRemovals(change.removedRacks, before.racks, inverse.racks);
    undoRemovals(change.removedObstacles, before.obstacles, inverse.obstacles);
    undoRemovals(change.removedCages, before.cages, inverse.cages);
    // A removed row took all its racks with it, listed or not.
    if (!change.removedRows.empty()) {
        const std::unordered_set<Id> removedRows(change.removedRows.begin(), change.removedRows.end());
        for (const Rack &rack : before.racks)
            if (removedRows.contains(rack.rowId))
                inverse.racks.push_back(rack);
    }

    tidy(inverse.halls);
    tidy(inverse.rows);
    tidy(inverse.racks);
    tidy(inverse.obstacles);
    tidy(inverse.cages);
    tidy(inverse.removedRows);
    tidy(inverse.removedRacks);
    tidy(inverse.removedObstacles);
    tidy(inverse.removedCages);
    return inverse;
}

void applyTo(SiteModel &model, const LayoutChange &change)
{
    eraseIds(model.cages, change.removedCages);
    eraseIds(model.obstacles, change.removedObstacles);
    eraseIds(model.racks, change.removedRacks);
    if (!change.removedRows.empty()) {
        const std::unordered_set<Id> removedRows(change.removedRows.begin(), change.removedRows.end());
        eraseWhere(model.racks, [&](const Rack &rack) { return removedRows.contains(rack.rowId); });
        eraseIds(model.rows, change.removedRows);
    }
    // Halls are changed, never added (the store refuses an unknown hall).
    for (const Hall &hall : change.halls)
        if (const auto it = findIn(model.halls, hall.id); it != model.halls.end())
            *it = hall;
    for (const Row &row : change.rows)
        upsert(model.rows, row);
    for (const Rack &rack : change.racks)
        upsert(model.racks, rack);
    for (const Obstacle &obstacle : change.obstacles)
        upsert(model.obstacles, obstacle);
    for (const Cage &cage : change.cages)
        upsert(model.cages, cage);
}

Id nextRowId(const SiteModel &model) { return nextId(model.rows); }
Id nextRackId(const SiteModel &model) { return nextId(model.racks); }
Id nextObstacleId(const SiteModel &model) { return nextId(model.obstacles); }
Id nextCageId(const SiteModel &model) { return nextId(model.cages); }

} // namespace hectare
