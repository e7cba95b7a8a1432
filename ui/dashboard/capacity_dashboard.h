#pragma once

#include "capacity/capacity_report.h"
#include "model/ids.h"

#include <QWidget>

class QLabel;

namespace hectare::ui {

class BudgetSection;

// The capacity dock: the selected hall's budgets, then the site's, as bars against the usable
// amount, with what runs out first and what that strands. Everything shown is a figure of the
// last CapacityReport given; it redraws only when setReport() or setHall() is called.
class CapacityDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityDashboard(QWidget *parent = nullptr);

    void setReport(const CapacityReport &report);
    // The hall to show above the site; kNoId (or a hall not in the report) shows the site only.
    void setHall(Id hallId);

    Id hallId() const { return m_hallId; }
    // For tests and the main window's printing: the two blocks.
    const BudgetSection *hallSection() const { return m_hallSection; }
    const BudgetSection *siteSection() const { return m_siteSection; }
    bool isShowingHall() const;

private:
    void refresh();
    const HallCapacity *selectedHall() const;

    CapacityReport m_report;
    bool m_hasReport = false;
    Id m_hallId = kNoId;

    QLabel *m_placeholder = nullptr;
    QLabel *m_asOf = nullptr;
    QWidget *m_legend = nullptr;
    BudgetSection *m_hallSection = nullptr;
    QWidget *m_separator = nullptr;
    BudgetSection *m_siteSection = nullptr;
};

} // namespace hectare::ui
