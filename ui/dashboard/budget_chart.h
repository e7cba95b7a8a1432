#pragma once

#include "capacity/capacity_report.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPBars;
class QCPGraph;
class QCPItemRect;
class QCPItemText;

namespace hectare::ui {

// One resource's line in a chart: its budget, straight from the CapacityReport.
struct BudgetRow
{
    Resource resource = Resource::Space;
    Budget budget;
    bool binding = false;   // the resource that runs out first
};

// Horizontal bars, one per resource, top to bottom in the order given: committed | reserved |
// over-committed | free stacked against the usable amount (100 %), the installed amount as a
// faint bar behind, and the expected draw as a tick. Above each bar the resource's name on the
// left and "committed / usable unit" on the right; the binding resource is in bold, tagged, and
// outlined. The tooltip of a bar gives all six figures.
// It draws only when setRows() is called (and when Qt resizes it).
class BudgetChart : public QWidget
{
    Q_OBJECT

public:
    enum class Series { Installed, Committed, Reserved, OverCommitted, Free, ExpectedDraw };

    explicit BudgetChart(QWidget *parent = nullptr);

    void setRows(std::vector<BudgetRow> rows);

    // What is on screen, read back from the plot (for tests and for whoever needs it).
    int rowCount() const { return int(m_rows.size()); }
    bool hasRow(Resource r) const { return rowOf(r) >= 0; }
    // The plotted value in % of usable; NaN when the resource is not shown (or, for the
    // expected draw, when there is none).
    double plottedPct(Resource r, Series s) const;
    QString nameText(Resource r) const;
    QString figuresText(Resource r) const;
    bool isMarkedBinding(Resource r) const;   // bold name and an outline round the bar
    double axisUpperPct() const;
    QCustomPlot *plot() const { return m_plot; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int rowOf(Resource r) const;
    void fillSeries();
    void addRowItems(int row);
    void fitHeight();
    QString toolTipText(int row) const;

    QCustomPlot *m_plot = nullptr;
    QCPBars *m_installed = nullptr;
    QCPBars *m_committed = nullptr;
    QCPBars *m_reserved = nullptr;
    QCPBars *m_overCommitted = nullptr;
    QCPBars *m_free = nullptr;
    QCPGraph *m_expectedDraw = nullptr;

    std::vector<BudgetRow> m_rows;
    std::vector<QCPItemText *> m_names;
    std::vector<QCPItemText *> m_figures;
    std::vector<QCPItemRect *> m_outlines;   // nullptr where the row is not binding
};

} // namespace hectare::ui
