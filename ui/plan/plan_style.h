#pragma once

#include <QBrush>
#include <QFont>
#include <QFontMetricsF>
#include <QPen>

namespace hectare::ui {

// Pens, brushes and fonts of the hall plan, made once per scene: painting a thousand racks must
// not build a pen or a font per item per frame. Pens are cosmetic (widths in screen pixels),
// so outlines stay one pixel wide at every zoom.
struct PlanStyle
{
    PlanStyle();

    QPen rackOutline;
    QPen blockedCrossOnDark;    // subtle enough that a label over the cross stays readable
    QPen blockedCrossOnLight;
    QPen selectionOuter;
    QPen selectionInner;
    QPen hallOutline;
    QPen tileGrid;
    QBrush hallFloor;
    QBrush surround;      // outside the hall
    QColor rowLabelColour;

    // Layout objects (see layout_colours.h for the fills): obstacle edges and their marks, the
    // dimension lines and the red of clearance problems.
    QPen obstacleEdge;
    QPen dimensionLine;
    QPen violationLine;     // a clearance problem's dimension
    QPen violationZone;     // around the objects it is about
    QBrush labelHalo;       // behind a dimension's text, so that it reads over lines and racks

    QFont rackFont;
    QFont rackDetailFont;
    QFont rowFont;
    QFont dimensionFont;
    QFont cageFont;
    QFontMetricsF rackMetrics;
    QFontMetricsF rackDetailMetrics;
    QFontMetricsF rowMetrics;
    QFontMetricsF dimensionMetrics;
    QFontMetricsF cageMetrics;
};

} // namespace hectare::ui
