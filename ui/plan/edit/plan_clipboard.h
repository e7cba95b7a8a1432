#pragma once

#include "layout/layout_edits.h"

namespace hectare::ui {

// What Plan → Copy took: which rows, obstacles and cages of which hall. The copies are made
// from the document at paste time (pasteCopies), so a paste after an edit copies the objects as
// they are then; objects deleted since are left out.
class PlanClipboard
{
public:
    void set(Id hallId, LayoutSelection objects);
    void clear();
    bool isEmpty() const { return m_objects.empty(); }
    Id hallId() const { return m_hallId; }

    // The copied objects that are still in the model.
    LayoutSelection existingObjects(const SiteModel &model) const;
    // 1 for the first paste after a copy, 2 for the next…: each paste lands one step further
    // so that pasting twice does not stack two copies on each other.
    int nextPasteStep() { return ++m_pastes; }

private:
    Id m_hallId = kNoId;
    LayoutSelection m_objects;
    int m_pastes = 0;
};

// Copies of `objects` shifted by (dx, dy) and placed in `targetHallId` (their own hall or another).
LayoutChange pasteInto(const SiteModel &model, const LayoutSelection &objects, Id targetHallId, double dxM,
                       double dyM);

} // namespace hectare::ui
