#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace hectare::ui {

struct PlanLegendEntry
{
    QColor colour;
    QString label;
    bool crossed = false;   // drawn crossed out, as blocked positions are on the plan
};

// What the legend of the current colour mode says; the scene fills it in, the view paints it.
struct PlanLegend
{
    QString title;
    bool heatScale = false;   // a blue → red bar marked 0 %, 50 %, 100 %, above the entries
    std::vector<PlanLegendEntry> entries;
    QString note;             // a last line in grey, e.g. "+ 12 other tenants"
};

// Size in pixels of the legend painted with `font`; long labels are elided to a sensible width.
QSizeF planLegendSize(const PlanLegend &legend, const QFont &font);

// Paints the legend into `rect` (pixels, as given by planLegendSize) on a translucent panel.
void paintPlanLegend(QPainter &painter, const PlanLegend &legend, const QRectF &rect, const QFont &font);

} // namespace hectare::ui
