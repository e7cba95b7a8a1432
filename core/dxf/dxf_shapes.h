#pragma once

#include "dxf_drawing.h"

#include <vector>

namespace hectare {

// Geometry for reading plans out of CAD drawings, in metres.

// A rectangle turned by rotationDeg (counter-clockwise from +x): widthM along that direction,
// depthM across it; widthM ≥ depthM.
struct OrientedRectangle
{
    PointM centre;
    double widthM = 0;
    double depthM = 0;
    double rotationDeg = 0;   // in [0, 180)
};

// The smallest-area rectangle around the points (it has a side along an edge of their convex
// hull); among equal areas the one along the longest such edge. Exact for a drawn rectangle.
OrientedRectangle minimumAreaRectangle(const std::vector<PointM> &points);

// The four corners, counter-clockwise.
std::vector<PointM> cornersOf(const OrientedRectangle &rectangle);

// The polyline's points scaled by `metresPerUnit`, arcs (bulges) replaced by chords no more than
// 5 mm from the arc, and a last vertex that repeats the first dropped.
std::vector<PointM> polylinePointsM(const DxfPolyline &polyline, double metresPerUnit);

// Closed: flagged so, or its two ends within toleranceM.
bool isClosed(const DxfPolyline &polyline, double metresPerUnit, double toleranceM);

// Closed loops made of whole lines whose ends meet within toleranceM. Lines of a loop are marked
// in `used` (one flag per line); lines in no loop stay unmarked.
std::vector<std::vector<PointM>> closedLoops(const std::vector<DxfLine> &linesM, double toleranceM,
                                             std::vector<bool> &used);

// The area-weighted centre of a simple polygon (the mean of its points when it has no area).
PointM polygonCentroid(const std::vector<PointM> &polygon);

} // namespace hectare
