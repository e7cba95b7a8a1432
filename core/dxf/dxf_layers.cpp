#include "dxf_layers.h"

namespace hectare {
namespace {

// The obstacle's colour, as on the screen plan: plant in colour, building parts in grey.
int obstacleColour(ObstacleKind kind)
{
    switch (kind) {
    case ObstacleKind::Column: return 8;
    case ObstacleKind::Wall: return 8;
    case ObstacleKind::Door: return 30;
    case ObstacleKind::Crah: return 4;
    case ObstacleKind::Pdu: return 6;
    case ObstacleKind::FireCylinder: return 1;
    }
    return 7;
}

} // namespace

std::string obstacleLayerName(ObstacleKind kind)
{
    return "OBSTACLES-" + toKey(kind).toUpper().toStdString();
}

std::vector<DxfLayerStyle> planLayers()
{
    std::vector<DxfLayerStyle> layers{{"0", 7}, {dxf_layer::kOutline, 7}};
    for (ObstacleKind kind : kObstacleKinds)
        layers.push_back({obstacleLayerName(kind), obstacleColour(kind)});
    layers.push_back({dxf_layer::kRows, 3});
    layers.push_back({dxf_layer::kRacks, 5});
    layers.push_back({dxf_layer::kLabels, 7});
    layers.push_back({dxf_layer::kCages, 210});
    layers.push_back({dxf_layer::kDimensions, 8});
    return layers;
}

} // namespace hectare
