#pragma once

#include "model/quote.h"
#include "quoting/placement.h"

#include <QCoreApplication>
#include <QString>

namespace hectare::ui {

// When no hall can take a requirement: which resource is short and by how much, read from core's
// refusals. A resource short in every hall is named with what the closest hall has and how much it
// lacks ("Space: short in every hall; the closest, "Colocation", has 46 of the 500 positions
// needed, short by 454 positions"); when the halls lack different things the text says so and the
// refusals listed under it say what.
class QuoteShortage
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::QuoteShortage)

public:
    static QString text(const PlacementResult &result, const QuoteRequirement &requirement);

private:
    // 46, 471.0 (kW), 1,200 (kg): the figure without its unit.
    static QString number(Resource resource, double value);
    static QString amount(Resource resource, double value);
};

} // namespace hectare::ui
