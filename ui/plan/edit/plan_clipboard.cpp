#include "plan_clipboard.h"

#include <algorithm>

namespace hectare::ui {

void PlanClipboard::set(Id hallId, LayoutSelection objects)
{
    m_hallId = hallId;
    m_objects = std::move(objects);
    m_pastes = 0;
}

void PlanClipboard::clear() { set(kNoId, {}); }

LayoutSelection PlanClipboard::existingObjects(const SiteModel &model) const
{
    LayoutSelection existing;
    std::copy_if(m_objects.begin(), m_objects.end(), std::back_inserter(existing), [&model](const LayoutObjectRef &ref) {
        switch (ref.kind) {
        case LayoutObjectRef::Kind::Row: return model.row(ref.id) != nullptr;
        case LayoutObjectRef::Kind::Rack: return model.rack(ref.id) != nullptr;
        case LayoutObjectRef::Kind::Obstacle: return model.obstacle(ref.id) != nullptr;
        case LayoutObjectRef::Kind::Cage: return model.cage(ref.id) != nullptr;
        case LayoutObjectRef::Kind::Hall: return false;
        }
        return false;
    });
    return existing;
}

LayoutChange pasteInto(const SiteModel &model, const LayoutSelection &objects, Id targetHallId, double dxM, double dyM)
{
    LayoutChange change = pasteCopies(model, objects, dxM, dyM);
    // Racks follow their row; the rest says which hall it stands in.
    for (Row &row : change.rows)
        row.hallId = targetHallId;
    for (Obstacle &obstacle : change.obstacles)
        obstacle.hallId = targetHallId;
    for (Cage &cage : change.cages)
        cage.hallId = targetHallId;
    return change;
}

} // namespace hectare::ui
