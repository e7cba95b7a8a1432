#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QColor>
#include <QString>

#include <optional>

namespace hectare::ui {

// What the fill of a rack position on the hall plan says.
enum class PlanColourMode { State, Tenant, Density };

QString displayName(PlanColourMode mode);

// Pure colour rules of the plan, kept apart from the scene so that they can be tested and reused
// by the legend and by printing. Every palette is chosen to stay readable for colour-blind users.

// Orange and blue from the Okabe–Ito palette, which stay apart under the common colour-vision
// deficiencies, with a pale green and a near black: the four also differ in luminance alone, so
// they read even in grey. Blocked positions are crossed out on the plan as well.
QColor stateColour(RackState state);

// A stable colour per tenant: hues step by the golden angle so that tenants with neighbouring
// ids never look alike, with saturation and value varying too so that 2,000 tenants stay apart.
QColor tenantColour(Id tenantId);

// Heat scale for drawn kW / design kW: blue at 0, pale yellow at 0.5, red at 1 and above
// (ColorBrewer RdYlBu, readable for colour-blind users). Ratios below 0 count as 0.
QColor heatColour(double ratio);

// Positions that a mode has nothing to say about (free, or no figure), and blocked ones.
QColor neutralColour();
QColor blockedNeutralColour();

// The fill of one position. `drawRatio` is the rack's expected draw / design kW, when known.
QColor rackFillColour(PlanColourMode mode, RackState state, Id tenantId, std::optional<double> drawRatio);

// Black or white, whichever reads better on `fill` (WCAG relative luminance).
QColor labelColourOn(const QColor &fill);

// The cross over a blocked position: a grey a little lighter or darker than `fill`, visible
// but quiet enough that a label drawn over it stays readable.
QColor crossColourOn(const QColor &fill);

} // namespace hectare::ui
