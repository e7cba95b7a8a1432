#include "dxf_import_change.h"

#include "dxf_shapes.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hectare {

void faceIntoHall(Obstacle &obstacle, const std::vector<PointM> &outline)
{
    if ((obstacle.kind != ObstacleKind::Crah && obstacle.kind != ObstacleKind::Pdu) || outline.size() < 3)
        return;
    const PointM centre = polygonCentroid(outline);
    const double a = obstacle.rotationDeg * std::numbers::pi / 180;
    // The front is the local −y side: (sin a, −cos a) in the hall.
    const double facing = std::sin(a) * (centre.x - obstacle.centre.x) - std::cos(a) * (centre.y - obstacle.centre.y);
    if (facing < 0)
        obstacle.rotationDeg = std::fmod(obstacle.rotationDeg + 180, 360);
}

LayoutChange dxfImportChange(const SiteModel &model, Id hallId, const DxfHallImport &import)
{
    LayoutChange change;
    const Hall *hall = model.hall(hallId);
    if (!hall)
        return change;
    std::vector<PointM> outline = hall->outline;
    if (!import.outline.empty()) {
        Hall edited = *hall;
        edited.outline = import.outline;
        change.halls.push_back(edited);
        outline = import.outline;
    }
    for (const Obstacle &obstacle : model.obstacles)
        if (obstacle.hallId == hallId
            && std::find(import.replacedKinds.begin(), import.replacedKinds.end(), obstacle.kind)
                   != import.replacedKinds.end())
            change.removedObstacles.push_back(obstacle.id);
    Id next = nextObstacleId(model);
    for (Obstacle obstacle : import.obstacles) {
        obstacle.id = next++;
        obstacle.hallId = hallId;
        faceIntoHall(obstacle, outline);
        change.obstacles.push_back(obstacle);
    }
    return change;
}

} // namespace hectare
