#pragma once

#include "growth/growth_result.h"

#include <QTableWidget>

namespace hectare::ui {

// Two scenarios side by side: for each hall and site resource that runs out in either, the
// P10 and P50 exhaustion months and the decision date of each (straight from the results).
// Row 0 names the scenarios over their columns; the resources follow.
class GrowthComparisonTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { ScopeColumn, ResourceColumn, AP10Column, AP50Column, ADecisionColumn, BP10Column, BP50Column,
                  BDecisionColumn, ColumnCount };

    explicit GrowthComparisonTable(QWidget *parent = nullptr);

    void setResults(const GrowthResult &a, const GrowthResult &b);

private:
    void addRow(const GrowthResult &a, const ScopeOutlook &scope, const ResourceOutlook &oa, const GrowthResult &b,
                const ResourceOutlook *ob);
};

} // namespace hectare::ui
