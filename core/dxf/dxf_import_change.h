#pragma once

#include "dxf_import.h"

#include "model/layout_change.h"

namespace hectare {

// The edit that brings an import into hall `hallId`: the new outline (if one was read) and, for
// every kind a layer was chosen for, the hall's obstacles of that kind replaced by the imported
// ones (new ids from nextObstacleId). Apply it with Document::change(applyLayoutChange): the
// document validates the result, so racks left outside a new outline refuse the whole import.
LayoutChange dxfImportChange(const SiteModel &model, Id hallId, const DxfHallImport &import);

// Turns a CRAH/CRAC unit or a PDU by 180° if its front (local −y, where it needs service room)
// faces away from the outline's centre. Other kinds are left as they are.
void faceIntoHall(Obstacle &obstacle, const std::vector<PointM> &outline);

} // namespace hectare
