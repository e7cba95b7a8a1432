#pragma once

// Private to core/layout: rows with their racks placed in hall metres, built in one pass over
// the racks so that every check stays linear in the number of racks.

#include "layout_shapes.h"

#include "model/site_model.h"

#include <span>
#include <vector>

namespace hectare::layout {

struct PlacedRack
{
    const Rack *rack = nullptr;
    QuadM footprint;   // front-start, front-end, back-end, back-start
    BoundsM bounds;
};

struct PlacedRow
{
    const Row *row = nullptr;
    Direction dir;
    std::vector<PlacedRack> racks;   // in order of offset along the row
    double startM = 0;               // along the row from its origin, over its racks
    double endM = 0;
    double depthM = 0;               // of its deepest rack: where its back face is
    BoundsM bounds;                  // of its racks; the origin alone for a row without racks
};

// The rows of one hall, or of every hall when hallId is kNoId, ordered by hall then row id.
std::vector<PlacedRow> placeRows(const SiteModel &model, Id hallId);

// The rows of `hallId` within rows placed for several halls (they are ordered by hall).
std::span<const PlacedRow> rowsOfHall(std::span<const PlacedRow> rows, Id hallId);

} // namespace hectare::layout
