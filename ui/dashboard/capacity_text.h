#pragma once

#include "capacity/capacity_report.h"

#include <QCoreApplication>
#include <QString>

namespace hectare::ui {

// The sentences under the dashboard's charts, in words a sales engineer reads aloud. Each one
// only words a figure of the CapacityReport.
class CapacityText
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::CapacityText)

public:
    // "Stranded: 65 positions, 449.5 kW of power" or "Nothing stranded."
    static QString stranded(const StrandedCapacity &s);
    // "Runs out first: Power, 4.3 racks left" (racks at the average
    // density, as the report counts them). `siteWide` says that the
    // resource is the site's (the generator plant seen from a hall).
    static QString binding(Resource r, const RackEquivalents &freeRacks, bool siteWide);
    static QString pueAtCommitted(const CapacityReport &report);
    static QString generatorItKw(const CapacityReport &report);
};

} // namespace hectare::ui
