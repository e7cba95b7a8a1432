#pragma once

#include "capacity/capacity_report.h"

namespace hectare::ui {

// One budget laid out as a horizontal bar, in % of its usable amount, so that positions, kW, kg
// and kVA share one axis. This only rescales the report's figures for drawing; the budget
// itself (free, binding, stranded) is core's.
//
// The sold part (committed + reserved) is drawn from 0; the last −free of it is drawn red as
// "over-committed" when free < 0: what has been sold with nothing free behind it. For a resource
// sold beyond its usable amount that is exactly the stretch past 100 %. (A hall's free power and
// cooling are capped by the site's, so a hall can show red before its own 100 %.)
// The free segment follows the sold part; the segments stack in the order
// committed | reserved | overCommitted | free.
struct BarSegments
{
    double committedPct = 0;
    double reservedPct = 0;
    double overCommittedPct = 0;
    double freePct = 0;
    double installedPct = 0;      // the faint bar behind
    double expectedDrawPct = 0;   // the marker

    double soldEndPct() const { return committedPct + reservedPct + overCommittedPct; }
};

// With nothing usable there is no 100 %: anything sold is then drawn as a full red bar.
BarSegments barSegments(const Budget &budget);

} // namespace hectare::ui
