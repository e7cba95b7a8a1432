#pragma once

#include "capacity/capacity_report.h"

#include <QWidget>

class QLabel;

namespace hectare::ui {

class BudgetChart;

// One block of the dashboard: a title, the budget bars, and under them the binding resource,
// the stranded capacity and (for the site) the plant's figures, all from the CapacityReport.
class BudgetSection : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetSection(QWidget *parent = nullptr);

    void showHall(const HallCapacity &hall);
    void showSite(const CapacityReport &report);

    const BudgetChart *chart() const { return m_chart; }
    QString titleText() const;
    QString bindingText() const;
    QString strandedText() const;
    QString plantText() const;   // empty for a hall

private:
    QLabel *m_title = nullptr;
    BudgetChart *m_chart = nullptr;
    QLabel *m_binding = nullptr;
    QLabel *m_stranded = nullptr;
    QLabel *m_plant = nullptr;
};

} // namespace hectare::ui
