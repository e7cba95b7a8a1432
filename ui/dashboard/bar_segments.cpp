#include "bar_segments.h"

#include <algorithm>

namespace hectare::ui {

BarSegments barSegments(const Budget &b)
{
    BarSegments s;
    const double sold = std::max(0.0, b.committed) + std::max(0.0, b.reserved);
    if (b.usable <= 0) {
        s.overCommittedPct = sold > 0 ? 100 : 0;
        return s;
    }
    const double toPct = 100.0 / b.usable;
    const double over = std::min(sold, std::max(0.0, -b.free));
    const double covered = sold - over;   // the sold part that still has capacity behind it
    const double committed = std::min(std::max(0.0, b.committed), covered);
    const double reserved = covered - committed;
    s.committedPct = committed * toPct;
    s.reservedPct = reserved * toPct;
    s.overCommittedPct = over * toPct;
    s.freePct = std::max(0.0, b.free) * toPct;
    s.installedPct = std::max(0.0, b.installed) * toPct;
    s.expectedDrawPct = std::max(0.0, b.expectedDraw) * toPct;
    return s;
}

} // namespace hectare::ui
