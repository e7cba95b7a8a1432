#pragma once

#include "site_model.h"

#include <optional>
#include <vector>

namespace hectare {

// One edit of hall layouts, as one undo step and one transaction: objects to write (inserted,
// or replaced when their id exists, always keeping their id) and objects to delete. Moving
// three rows, pasting a row with its racks, importing a DXF outline with its obstacles, or
// drawing a cage are all one LayoutChange. Removing a row removes its racks (list them too:
// inverseOf() brings them back from `before`).
struct LayoutChange
{
    std::vector<Hall> halls;          // outline, tile, ... of existing halls
    std::vector<Row> rows;
    std::vector<Rack> racks;
    std::vector<Obstacle> obstacles;
    std::vector<Cage> cages;
    std::vector<Id> removedRows;
    std::vector<Id> removedRacks;
    std::vector<Id> removedObstacles;
    std::vector<Id> removedCages;

    bool isEmpty() const;
    bool operator==(const LayoutChange &) const = default;
};

// The change that undoes `change`, given the model as it was before `change` was applied:
// objects written are put back as they were (or removed, if they were new), objects removed
// are written back with their racks.
LayoutChange inverseOf(const LayoutChange &change, const SiteModel &before);

// Applies the change to a model in memory, the same way the store applies it to the file
// (deletes first, then writes; vectors stay sorted by id). For previews, tests and imports.
void applyTo(SiteModel &model, const LayoutChange &change);

// Ids not yet used in the model, for objects an edit creates (the file keeps the ids it is given).
Id nextRowId(const SiteModel &model);
Id nextRackId(const SiteModel &model);
Id nextObstacleId(const SiteModel &model);
Id nextCageId(const SiteModel &model);

} // namespace hectare
