#pragma once

#include <QColor>

namespace hectare::ui::growthColours {

// The growth charts' colours, in one place for the chart, its legend and the comparison table.
// The two scenarios differ in lightness as well as hue (blue / orange), for colour-blind readers.
inline QColor scenario(int index) { return index == 0 ? QColor(0x2f, 0x5d, 0x8a) : QColor(0xd9, 0x70, 0x1a); }
inline QColor capacity() { return QColor(0x1b, 0x1b, 0x1b); }      // usable capacity, one scenario
inline QColor exhaustion() { return QColor(0xc0, 0x2a, 0x24); }    // runs out (P10 dashed, P50 solid)
inline QColor decision() { return QColor(0x6a, 0x2c, 0x91); }      // latest decision date
inline int bandAlpha() { return 60; }

} // namespace hectare::ui::growthColours
