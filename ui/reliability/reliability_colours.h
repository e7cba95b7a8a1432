#pragma once

#include <QColor>

namespace hectare::ui::reliabilityColours {

// The reliability views' colours in one place, so that a curve, its legend and its axis agree.
// They differ in lightness as well as hue (blue / amber / green / red) for colour-blind readers,
// and stay readable on a white plot background.
inline QColor itLoad() { return QColor(0x2f, 0x5d, 0x8a); }        // steel blue: IT kW carried
inline QColor fuel() { return QColor(0xb3, 0x6b, 0x00); }          // dark amber: fuel hours left
inline QColor battery() { return QColor(0x2e, 0x7d, 0x32); }       // green: battery minutes left
inline QColor rideThrough() { return QColor(0xc0, 0x2a, 0x24); }   // red: thermal ride-through left
inline QColor gridEvent() { return QColor(0x55, 0x5b, 0x63); }     // grey: the utility goes and returns
inline QColor unitEvent() { return QColor(0x6a, 0x2c, 0x91); }     // purple: a unit fails or is back
inline QColor bars() { return QColor(0x2f, 0x5d, 0x8a); }
inline QColor meets() { return QColor(0x1e, 0x7b, 0x34); }         // Tier III met
inline QColor misses() { return QColor(0xc0, 0x2a, 0x24); }        // Tier III missed
inline QColor tier3Line() { return QColor(0x1b, 0x1b, 0x1b); }

} // namespace hectare::ui::reliabilityColours
