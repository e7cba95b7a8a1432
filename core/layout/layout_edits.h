#pragma once

#include "clearance.h"
#include "model/layout_change.h"

#include <vector>

namespace hectare {

// Builders of the plan's edits: each returns one LayoutChange (empty when there is nothing to
// do) that the UI wraps in one undo command. They never check validity: the document does, in
// the transaction, and refuses what overlaps or leaves the hall. Distances are metres.
// A selection holds rows (with their racks), obstacles and cages; racks in it stand for their rows
// except in removeRackPositions.
using LayoutSelection = std::vector<LayoutObjectRef>;

LayoutChange moveObjects(const SiteModel &model, const LayoutSelection &selection, double dxM, double dyM);

// Turns each selected object by `degrees` about the centre of the selection's bounds (rows and
// obstacles keep their angles in [0, 360); quarter turns are exact).
LayoutChange rotateObjects(const SiteModel &model, const LayoutSelection &selection, double degrees);

// By each object's axis-aligned bounds (a row's: its racks'), to the selection's bounds. Top and
// Bottom are as the plan draws them, y growing downwards: Top aligns the smallest y.
enum class AlignEdge { Left, Right, Top, Bottom, CentreX, CentreY };
LayoutChange alignObjects(const SiteModel &model, const LayoutSelection &selection, AlignEdge edge);

enum class DistributeAxis { Horizontal, Vertical };
// Equal gaps between the objects' bounds, the first and last staying where they are (≥ 3 objects).
LayoutChange distributeObjects(const SiteModel &model, const LayoutSelection &selection, DistributeAxis axis);

// Copies of the selected rows (with their rack positions, free, without tenant or feeds),
// obstacles and cages, shifted by (dx, dy), with new ids and the next free names in their hall
// (row "D" after "C", "G5" after "G4"; obstacle names likewise, "CRAH-3" after "CRAH-2"); racks
// named after their new row ("A01" in row "A" → "D01" in row "D").
LayoutChange pasteCopies(const SiteModel &model, const LayoutSelection &selection, double dxM, double dyM);

// A new row in `hallId` with `positions` free racks of the given size (mm) and design kW,
// named with the next free row name.
struct NewRowSpec
{
    PointM origin;
    double orientationDeg = 0;
    int positions = 10;
    double rackWidthMm = 600;
    double rackDepthMm = 1200;
    double designKw = 5;
    double maxWeightKg = 1000;
    int heightU = 42;
};
LayoutChange addRow(const SiteModel &model, Id hallId, const NewRowSpec &spec);

// Adds `count` free positions at the end of the row, like its last rack (named on from it:
// "A21" after "A20"); a row without racks gets NewRowSpec's default positions.
LayoutChange appendRackPositions(const SiteModel &model, Id rowId, int count);
// Removes rack positions (only free or blocked ones may go; others are left out and listed in `refused`).
LayoutChange removeRackPositions(const SiteModel &model, const std::vector<Id> &rackIds, QStringList *refused = nullptr);

// Renames the hall's rows A, B, C… (or 1, 2, 3… when `numeric`) in order of position
// (along y, then x), and each row's racks in the style the sample uses (row "A": A01, A02…).
LayoutChange renumberRows(const SiteModel &model, Id hallId, bool numeric);

// Removes the selected rows (with their racks), obstacles and cages.
LayoutChange removeObjects(const SiteModel &model, const LayoutSelection &selection);

// Snaps a coordinate to the hall's tile grid (hall.tileM, from the hall's first outline point).
double snapToTile(const Hall &hall, double valueM, bool alongY);

} // namespace hectare
