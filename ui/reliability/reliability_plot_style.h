#pragma once

class QCPAxis;
class QCustomPlot;
class QWidget;

namespace hectare::ui {

// The look the reliability charts share with the growth chart: the widget's palette and font,
// light grey axes and grid, no frame around the legend.
void styleReliabilityPlot(QCustomPlot *plot, const QWidget &owner);
void styleReliabilityAxis(QCPAxis *axis, const QWidget &owner);

} // namespace hectare::ui
