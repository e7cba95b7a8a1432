#pragma once

#include "reliability_analysis.h"
#include "topology_layout.h"

#include "model/ids.h"

#include <QString>

#include <vector>

namespace hectare::ui {

// What the view shows as selected: boxes and squares outlined, loads tinted as dropped, lanes
// (a whole side) outlined.
struct TopologySelection
{
    std::vector<int> boxes;   // into TopologyLayout::boxes
    std::vector<int> units;   // into Network::units
    std::vector<int> loads;   // into Network::loads
    std::vector<TopologyLane> lanes;

    bool isEmpty() const { return boxes.empty() && units.empty() && loads.empty() && lanes.empty(); }
};

// The selection that shows a component (as TopologyView::highlight takes it): its boxes and, for
// one unit, its square; a side's lane; and the loads its maintenance drops (violations and
// single-corded findings). Empty for a component the layout does not draw.
TopologySelection topologySelectionOf(const TopologyLayout &layout, const ReliabilityAnalysis &analysis,
                                      const QString &kind, Id componentId, int member);

} // namespace hectare::ui
