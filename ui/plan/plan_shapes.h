#pragma once

#include "layout/clearance.h"
#include "model/site_model.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <QPolygonF>
#include <QTransform>

#include <unordered_map>
#include <vector>

namespace hectare::ui {

// The translation context of the plan's layout texts (metres, cage labels, clearance marks).
struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::PlanText)
};

// Shapes of the layout objects in hall millimetres (the scene's units, and plan space on paper),
// computed once here so that the screen plan and the printed sheet draw the same thing.

QPolygonF polygonMm(const std::vector<PointM> &pointsM);

// An obstacle in its own frame: millimetres, centred on the obstacle, x along its width, its front
// (where it needs service room, where a CRAH blows) at -y. obstacleTransform() places it in the hall.
struct ObstacleShape
{
    QRectF rectMm;          // the body's rectangle
    QPainterPath body;      // filled: the rectangle, or the circle of a fire cylinder
    QPainterPath outline;   // stroked: the body's edge, or only the jambs of a door (it is a gap)
    QPainterPath marks;     // stroked thinner: a column's hatching, a door's leaf and swing, a CRAH's arrow
    QRectF boundsMm;        // all of the above
};
ObstacleShape obstacleShape(const Obstacle &obstacle);
QTransform obstacleTransform(const Obstacle &obstacle);
QPolygonF obstacleQuadMm(const Obstacle &obstacle);
// The floor in front of the obstacle, `depthM` deep and as wide as it (its service zone).
QPolygonF frontZoneMm(const Obstacle &obstacle, double depthM);

// The footprint of each row of the hall: from its first position's start to its last's end, as deep
// as its deepest position. Rows without positions are left out.
std::unordered_map<Id, QPolygonF> rowFootprintsMm(const SiteModel &model, Id hallId);

// Where the objects a clearance problem is about stand, to outline them in red: one polygon per
// row, rack, obstacle or cage; none for the hall itself (its outline is drawn anyway), for objects
// not in the model, and for racks whose row is outlined already.
std::vector<QPolygonF> culpritZonesMm(const SiteModel &model, const ClearanceViolation &violation,
                                      const std::unordered_map<Id, QPolygonF> &rowFootprints);

// True when a clearance problem is measured where a dimension line is drawn: the red mark says it
// already, so the plan leaves that dimension out while it shows the marks.
bool markRepeatsDimension(const ClearanceViolation &violation, const LayoutDimension &dimension);

// "1.20 m", in the user's locale.
QString metresText(double metres);
// "Cage 3 · Orange · 24.0 m²": name, tenant and area (polygonAreaM2).
QString cageLabel(const Cage &cage, const QString &tenantName);
// What a clearance mark says on the plan: "1.05 m < 1.20 m".
QString violationText(const ClearanceViolation &violation);

} // namespace hectare::ui
