#include "reliability_plot_style.h"

#include "dashboard/qcustomplot_include.h"

namespace hectare::ui {

void styleReliabilityAxis(QCPAxis *axis, const QWidget &owner)
{
    const QColor axisGrey(0xb0, 0xb4, 0xba);
    const QColor gridGrey(0xe6, 0xe8, 0xeb);
    axis->setBasePen(QPen(axisGrey));
    axis->setTickPen(QPen(axisGrey));
    axis->setSubTickPen(QPen(axisGrey));
    axis->setTickLabelColor(owner.palette().color(QPalette::WindowText));
    axis->setLabelColor(owner.palette().color(QPalette::WindowText));
    axis->setTickLabelFont(owner.font());
    axis->setLabelFont(owner.font());
    axis->grid()->setPen(QPen(gridGrey, 0, Qt::SolidLine));
}

void styleReliabilityPlot(QCustomPlot *plot, const QWidget &owner)
{
    plot->setLocale(QLocale());
    plot->setBackground(owner.palette().color(QPalette::Base));
    for (QCPAxis *axis : plot->axisRect()->axes())
        styleReliabilityAxis(axis, owner);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setFont(owner.font());
    plot->legend->setBrush(QColor(255, 255, 255, 220));
}

} // namespace hectare::ui
