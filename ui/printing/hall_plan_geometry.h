#pragma once

#include "model/site_model.h"

#include <QPolygonF>
#include <QRectF>
#include <QTransform>

#include <vector>

namespace hectare::ui {

// Where everything of one hall lies in plan space, for printing. Plan space is the screen's scene
// space: hall millimetres (model metres × 1000, y as in the model). Pointers refer into the model,
// which must outlive this.
struct PlacedRack
{
    const Rack *rack = nullptr;
    QPolygonF quadMm;   // front-start, front-end, back-end, back-start, as rackFootprint()
};

struct PlacedRow
{
    const Row *row = nullptr;
    double startMm = 0;      // along the row: the first position's start …
    double endMm = 0;        // … and the last position's end
    double depthMm = 0;      // the deepest position
    QPolygonF labelQuadMm;   // the row name's square before the first position, as on screen
};

struct PlacedObstacle
{
    const Obstacle *obstacle = nullptr;
    QTransform toPlanMm;   // from the obstacle's own frame (obstacleShape) to plan space
};

struct PlacedCage
{
    const Cage *cage = nullptr;
    QPolygonF outlineMm;
};

struct HallPlanGeometry
{
    const Hall *hall = nullptr;
    QPolygonF outlineMm;
    std::vector<PlacedRack> racks;
    std::vector<PlacedRow> rows;   // rows with at least one position
    std::vector<PlacedObstacle> obstacles;
    std::vector<PlacedCage> cages;
    QRectF boundsMm;               // outline, racks, row labels, obstacles (with door swings) and cages

    // The quad of a strip along a row: `fromMm`..`toMm` along it, `nearMm`..`farMm` towards its left
    // (the depth side; negative is in front of the row's line).
    static QPolygonF rowStripMm(const Row &row, double fromMm, double toMm, double nearMm, double farMm);
};

// The hall's plan geometry; an empty one (hall == nullptr) when the hall is not in the model.
HallPlanGeometry hallPlanGeometry(const SiteModel &model, Id hallId);

} // namespace hectare::ui
