#pragma once

#include "model/enums.h"

namespace hectare::ui {

// What a left click on the plan does while the editor is active.
enum class PlanTool {
    Select,        // pick, move, nudge; the floor starts a rubber band
    AddRow,        // the row dialog first, then each click places a row's origin
    AddObstacle,   // each click places an obstacle of the chosen kind (its dialog, prefilled)
    DrawCage,      // clicks add corners; Backspace takes the last back; Enter or double-click closes
    EditOutline,   // drag the hall's corners; double-click an edge to add one; Delete removes one
};

inline constexpr ObstacleKind kObstacleKinds[] = {ObstacleKind::Column, ObstacleKind::Wall, ObstacleKind::Door,
                                                 ObstacleKind::Crah,   ObstacleKind::Pdu,  ObstacleKind::FireCylinder};

// The size a new obstacle of each kind starts with, in metres (width along it, depth across).
struct ObstacleSize
{
    double widthM = 0.6;
    double depthM = 0.6;
};

inline ObstacleSize defaultObstacleSize(ObstacleKind kind)
{
    switch (kind) {
    case ObstacleKind::Column: return {0.6, 0.6};
    case ObstacleKind::Wall: return {3.0, 0.2};
    case ObstacleKind::Door: return {1.2, 0.2};
    case ObstacleKind::Crah: return {2.5, 0.9};
    case ObstacleKind::Pdu: return {0.8, 0.6};
    case ObstacleKind::FireCylinder: return {0.4, 0.4};
    }
    return {};
}

} // namespace hectare::ui
