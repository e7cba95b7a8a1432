#pragma once

#include "ids.h"
#include "layout.h"
#include "topology.h"

#include <QString>

namespace hectare {

// The whole site: one per document.
struct Site
{
    QString name;
    QString location;
    double landAreaM2 = 0;
    QString currency = QStringLiteral("XOF");   // ISO 4217; money is always in this currency
    double designAmbientC = 35;                  // outdoor dry bulb the cooling plant is sized for
    double auxiliaryKw = 0;                      // lighting, offices, security: facility load that is not IT or cooling
    double loadPowerFactor = 0.9;                // of the facility load as a whole, to turn kW into transformer kVA
    ClearanceRules clearance;                    // aisle, service and wall clearances for the plans
    QString notes;
    GridOutageProfile grid;                      // how often and how long the utility fails

    bool operator==(const Site &) const = default;
};

struct Building
{
    Id id = kNoId;
    QString name;

    bool operator==(const Building &) const = default;
};

} // namespace hectare
