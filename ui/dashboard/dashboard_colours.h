#pragma once

#include <QColor>

namespace hectare::ui::dashboardColours {

// One place for the chart's and the legend's colours, so that they cannot drift apart.
// Chosen to stay distinct for the common colour-vision deficiencies (blue / amber / green differ
// in lightness too) and on a white plot background.
inline QColor committed() { return QColor(0x2f, 0x5d, 0x8a); }      // steel blue
inline QColor reserved() { return QColor(0xe8, 0xa3, 0x3d); }       // amber
inline QColor free() { return QColor(0xa8, 0xd5, 0x9a); }           // light green
inline QColor overCommitted() { return QColor(0xd1, 0x36, 0x2f); }  // red: sold beyond what is free
inline QColor installed() { return QColor(0xe3, 0xe6, 0xea); }      // faint grey, behind the bar
inline QColor expectedDraw() { return QColor(0x1b, 0x1b, 0x1b); }   // near-black tick over the bar
inline QColor usableLine() { return QColor(0x8a, 0x8f, 0x96); }     // the 100 % line
inline QColor binding() { return QColor(0x6a, 0x2c, 0x91); }        // outline of the binding bar

} // namespace hectare::ui::dashboardColours
