#pragma once

#include "reliability_analysis.h"
#include "topology_layout.h"
#include "topology_selection.h"

#include <QRectF>

class QPainter;

namespace hectare::ui {

// The status a box is drawn in: its group's, the worst of its PDUs', none for halls and the utility.
CheckStatus boxStatus(const TopologyBox &box, const ReliabilityAnalysis &analysis);

// Paints the diagram in layout units (the caller sets the painter's transform): lanes, edges,
// boxes with a square per unit in its check colour, and the selection.
void paintTopology(QPainter &painter, const TopologyLayout &layout, const ReliabilityAnalysis &analysis,
                   const TopologySelection &selection);

// The legend: a swatch per status with its name, left to right from the top left of `rect`
// (device units), wrapping onto as many rows as the width needs; `pixelSize` is the text's.
void paintCheckLegend(QPainter &painter, const QRectF &rect, int pixelSize);
// The height the legend takes at that width.
double checkLegendHeight(double width, int pixelSize);

} // namespace hectare::ui
