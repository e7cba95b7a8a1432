#pragma once

// Private to core/quoting/placement.cpp: the words of a placement — the reasons a salesperson reads
// for a candidate and the refusal of a hall, in the user's language.

#include "quoting/placement.h"

#include <QString>
#include <QStringList>

namespace hectare {

struct GrowthResult;

namespace placement {

// What a hall's free positions lack, counted for the refusal message.
struct Eligibility
{
    int free = 0;            // free and not held
    int tooLowKw = 0;        // free, but designed for less than the kW per rack
    int noAbFeeds = 0;       // free, but without feeds on both paths (A/B asked for)
    int noFeed = 0;          // free, but fed by no PDU at all
    int tooHeavy = 0;        // free, but the floor or the position cannot bear the weight
    int eligible = 0;
};

QString quoted(const QString &name);
// One shortfall in a sentence: the resource, what is needed and available, and when it runs short.
QString shortfallText(const Shortfall &s, const QuoteRequirement &r, const GrowthResult *forecast);
// Why free positions were not suitable: " (of 8 free: 8 designed below the kW per rack)", or "".
QString spaceDetail(const Eligibility &c);
// The reasons a salesperson reads for one candidate, in ranking order.
QStringList candidateReasons(const PlacementCandidate &c, const QuoteRequirement &r, const GrowthResult *forecast);

} // namespace placement
} // namespace hectare
