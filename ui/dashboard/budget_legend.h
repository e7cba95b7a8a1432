#pragma once

#include <QWidget>

namespace hectare::ui {

// The key to the budget bars' colours, shown once for both charts (the plots' own legends would
// repeat it and take width a dock does not have). Colours come from dashboard_colours.h, the
// same place the charts take them from.
class BudgetLegend : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetLegend(QWidget *parent = nullptr);
};

} // namespace hectare::ui
