#pragma once

#include "model/enums.h"

#include <array>
#include <string>
#include <vector>

namespace hectare {

// The layers of a hall plan written as DXF, one per kind of thing so that a CAD user can switch
// them on and off: the outline, one layer per obstacle kind (so that importing the file back maps
// each layer to its kind), rows, racks, labels, cages and dimension lines.
namespace dxf_layer {
inline constexpr const char *kOutline = "OUTLINE";
inline constexpr const char *kRows = "ROWS";
inline constexpr const char *kRacks = "RACKS";
inline constexpr const char *kLabels = "LABELS";
inline constexpr const char *kCages = "CAGES";
inline constexpr const char *kDimensions = "DIMENSIONS";
} // namespace dxf_layer

inline constexpr std::array<ObstacleKind, 6> kObstacleKinds{ObstacleKind::Column, ObstacleKind::Wall,
                                                            ObstacleKind::Door,   ObstacleKind::Crah,
                                                            ObstacleKind::Pdu,    ObstacleKind::FireCylinder};

// "OBSTACLES-COLUMN", "OBSTACLES-CRAH", "OBSTACLES-FIRE-CYLINDER", …
std::string obstacleLayerName(ObstacleKind kind);

struct DxfLayerStyle
{
    std::string name;
    int colour = 7;   // AutoCAD Color Index: 1 red, 3 green, 4 cyan, 5 blue, 7 black/white, 8 grey …
};

// Every layer of an exported plan, in the order of the layer table.
std::vector<DxfLayerStyle> planLayers();

} // namespace hectare
