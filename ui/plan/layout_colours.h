#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QColor>

namespace hectare::ui {

// Colours of what stands on the floor besides racks, shared by the screen plan and the printed
// sheet so that the two look alike. Chosen apart from the rack fills (state, tenant, heat):
// a CRAH's sky blue is lighter than an occupied rack's blue, a PDU's peach paler than a reserved
// rack's amber, and each kind has its own shape too (hatching, swing, arrow, circle).
QColor obstacleFill(ObstacleKind kind);
QColor obstacleEdge(ObstacleKind kind);
// Hatching, door leaves and swings, the CRAH's airflow arrow.
QColor obstacleMark(ObstacleKind kind);

// A cage: the tenant's colour, translucent over the floor, fenced in a darker line.
QColor cageFill(Id tenantId);
QColor cageFence(Id tenantId);

// Clearances: dimension lines, and what breaks a rule.
QColor dimensionColour();
QColor violationColour();

} // namespace hectare::ui
