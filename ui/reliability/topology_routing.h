#pragma once

#include "topology_layout.h"

namespace hectare::ui {

// Routes every edge of a placed layout as an orthogonal polyline: from the right of the box
// feeding to the left of the box fed, with its vertical run in the gap before the box fed. Edges
// that share a box (one feeding several, several feeding one) share their run; edges with nothing
// in common get runs of their own, side by side, so that which box feeds which stays readable.
void routeTopologyEdges(TopologyLayout &layout);

} // namespace hectare::ui
