#pragma once

#include "layout/layout_edits.h"
#include "model/geometry.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace hectare::ui {

// What the plan's selection stands for when it is edited. The plan selects racks, obstacles and
// cages; the edits move rows as a whole, except Delete, which can take single rack positions.

// The objects an edit applies to: each picked rack stands for its row; each object once, rows
// first, then obstacles, then cages, each by id. Halls and unknown ids are left out.
LayoutSelection editableObjects(const SiteModel &model, const std::vector<LayoutObjectRef> &picked);

// What Delete removes: rows whose every rack is picked, obstacles and cages go whole (`objects`);
// racks picked from a row that is not wholly picked are positions to remove (`racks`).
struct DeletePick
{
    LayoutSelection objects;
    std::vector<Id> racks;
};
DeletePick deletePick(const SiteModel &model, const std::vector<LayoutObjectRef> &picked);

// The axis-aligned bounds of the objects, metres; nothing when none is in the model.
std::optional<BoundsM> objectsBounds(const SiteModel &model, const LayoutSelection &objects);

// The rows, obstacles and cages a change writes that `before` does not have: what to select
// after a paste or an addition.
LayoutSelection createdObjects(const LayoutChange &change, const SiteModel &before);

// Adds the writes and removals of `more` to `into` (they must be about different objects).
void appendChange(LayoutChange &into, const LayoutChange &more);

// For undo texts: "row A", "obstacle CRAH-1", "cage Orange", or "3 objects".
struct EditText
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::EditText)
};
QString describeObjects(const SiteModel &model, const LayoutSelection &objects);

} // namespace hectare::ui
