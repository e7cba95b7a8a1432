#pragma once

#include "reliability_analysis.h"

#include <QColor>

namespace hectare::ui::checkStatusColours {

// The Tier III statuses' colours, shared by the topology view, its legend and the findings list
// so that they cannot drift apart. Green, yellow, orange and red also differ in lightness, and the
// list and the tooltips name the status, so colour is never the only cue.
inline QColor fill(CheckStatus status)
{
    switch (status) {
    case CheckStatus::NoCheck: return QColor(0xb5, 0xba, 0xc1);               // grey
    case CheckStatus::Ok: return QColor(0x4c, 0xa0, 0x5a);                    // green
    case CheckStatus::SingleCordedOnly: return QColor(0xe6, 0xc3, 0x2e);      // yellow
    case CheckStatus::SinglePointOfFailure: return QColor(0xee, 0x84, 0x1a);  // orange
    case CheckStatus::Violation: return QColor(0xd1, 0x36, 0x2f);             // red
    case CheckStatus::Overloaded: return QColor(0x7d, 0x16, 0x16);            // dark red
    }
    return {};
}

// The frame of a box in that status: darker, so that a pale fill still has an edge.
inline QColor frame(CheckStatus status) { return status == CheckStatus::NoCheck ? QColor(0x8a, 0x8f, 0x96) : fill(status).darker(135); }

inline QColor highlight() { return QColor(0x1f, 0x4e, 0x9c); }      // the selected component: deep blue
inline QColor droppedLoad() { return QColor(0xf6, 0xd3, 0xd0); }    // a load the selection drops: pale red
inline QColor powerEdge() { return QColor(0x6b, 0x71, 0x79); }
inline QColor coolingEdge() { return QColor(0x3a, 0x7c, 0xa5); }
inline QColor lane() { return QColor(0xf3, 0xf5, 0xf7); }

} // namespace hectare::ui::checkStatusColours
