#pragma once

#include <QString>

namespace hectare::ui {

class ReliabilityAnalysis;

// The Tier III verdict in one line, translated (context "hectare::ui::Tier3Verdict"):
// "Passes Tier III at contracted load (as of 25/11/2025); 1 single-corded exposure" or
// "Fails Tier III at design load (as of 25/11/2025): 3 maintenance violations, generators not N+1".
QString tier3VerdictText(const ReliabilityAnalysis &analysis);

} // namespace hectare::ui
