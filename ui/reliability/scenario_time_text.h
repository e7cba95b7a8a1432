#pragma once

#include <QString>

namespace hectare::ui {

// Times of a replayed failure scenario, to the second: the replay's steps are seconds (a 30 s
// generator start) as well as days (a 72 h outage).
// "24:04:30": hours from the scenario's start, minutes, seconds.
QString scenarioClockText(double hours);
// "45 s", "5 min 30 s", "2 h 15 min", "72 h".
QString scenarioDurationText(double hours);

} // namespace hectare::ui
