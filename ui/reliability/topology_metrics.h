#pragma once

// The topology diagram's measures, in layout units (pixels at 100 %), shared by the layout, the
// edge routing and the painter so that text, squares and boxes agree.
namespace hectare::ui::topologyMetrics {

inline constexpr double kColumnWidth = 204;
inline constexpr double kLoadColumnWidth = 264;   // the halls' boxes list their loads
inline constexpr double kColumnGap = 40;
inline constexpr double kBusSpacing = 8;          // between the vertical runs of unrelated edges in a gap
inline constexpr double kMargin = 12;
inline constexpr double kLaneGap = 14;
inline constexpr double kLaneTitle = 24;          // room for the lane's name above its boxes
inline constexpr double kLanePad = 10;
inline constexpr double kBoxGap = 14;
inline constexpr double kPad = 8;                 // inside a box
inline constexpr double kTitleHeight = 16;        // title text: 11 px bold
inline constexpr double kDetailHeight = 14;       // detail text: 10 px
inline constexpr double kHeader = kPad + kTitleHeight + kDetailHeight + 4;
inline constexpr double kSlot = 12;               // a unit's square
inline constexpr double kSlotGap = 4;
inline constexpr double kLoadRow = 16;

} // namespace hectare::ui::topologyMetrics
