#pragma once

#include <QVector>
#include <QWidget>

class QCPBars;
class QCPTextElement;
class QCustomPlot;
class QLabel;

namespace hectare::reliability {
struct SiteAvailability;
}

namespace hectare::ui {

// Simulated years counted by the site's downtime in that year, from
// SiteAvailability::siteDowntimeHistogram: one bar per four of its logarithmic bins
// (downtime_histogram.h has 40 a decade; 10 a decade read better with a few thousand years),
// keyed by log10 of the bar's geometric middle so that the bars are evenly wide, with
// vertical lines at the mean, the P90 and Tier III's budget (8,760 h × 0.018 % ≈ 1.58 h). Years
// without downtime have no bar (they have no logarithm); the title counts them.
class DowntimeHistogramChart : public QWidget
{
    Q_OBJECT

public:
    explicit DowntimeHistogramChart(QWidget *parent = nullptr);

    void setResult(const reliability::SiteAvailability &result);
    void clear(const QString &message);

    // The bars on screen: log10(hours) of each bar's middle, and its years.
    QVector<double> plottedKeys() const;
    QVector<double> plottedValues() const;
    QString title() const;
    QCustomPlot *plot() const { return m_plot; }

private:
    void addLine(double hours, const QString &text, const QPen &pen, double labelRatio);

    QCustomPlot *m_plot = nullptr;
    QLabel *m_message = nullptr;
    QCPTextElement *m_title = nullptr;
    QCPBars *m_bars = nullptr;
};

} // namespace hectare::ui
