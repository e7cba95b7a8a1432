#pragma once

#include <QVector>
#include <QWidget>

#include <vector>

class QCPAxisRect;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;
class QCustomPlot;
class QLabel;

namespace hectare::reliability {
struct StoredScenarioRun;
}

namespace hectare::ui {

// The timeline of a replayed failure scenario, from ScenarioTimeline::samples, hours on the x axis.
// Top: the IT kW carried (left axis) and the hours of fuel left (right axis). Bottom, on a shared
// x axis: the minutes of UPS battery left on the path with the least, and the minutes of thermal
// ride-through left in the hall with the least. The replay counts ride-through down linearly to
// the inlet limit (it does not model the temperature's fall once cooling returns), so the chart
// plots those minutes as the replay has them rather than a temperature it would have to invent.
// Vertical lines mark the scenario's events (grid lost and back, units failing and repaired).
// Infinite figures (tanks without limit, a hall without heat load) are left out of the curves.
class ScenarioChart : public QWidget
{
    Q_OBJECT

public:
    // InletRisePercent: the hottest hall's inlet temperature rise over its supply, as a share of
    // the hall's limit (100 %: the limit is reached). The replay's thermal model is linear
    // (dT/dt = P / C), so the rise is the limit × the share of the ride-through used.
    enum class Curve { ItKw, FuelHours, BatteryMinutes, RideThroughMinutes, InletRisePercent };

    struct Marker
    {
        double hours = 0;
        QString text;   // several events at the same time: one line each
    };

    explicit ScenarioChart(QWidget *parent = nullptr);

    void setRun(const reliability::StoredScenarioRun &run);
    // An empty chart with `message` in its place.
    void clear(const QString &message);

    // What is on screen, read back from the plot. Values that are infinite in the samples are
    // not plotted; a curve without any finite value is empty and out of the legend.
    QVector<double> plottedKeys(Curve curve) const;
    QVector<double> plottedValues(Curve curve) const;
    bool inLegend(Curve curve) const;
    const std::vector<Marker> &markers() const { return m_markers; }
    QString title() const;
    QCustomPlot *plot() const { return m_plot; }

private:
    QCPGraph *graph(Curve curve) const { return m_graphs[std::size_t(curve)]; }
    void addMarkers(const reliability::StoredScenarioRun &run);
    // Stacks the marker labels in lanes at the top of the upper rect so that none covers another
    // (after each layout, when pixels are known).
    void placeMarkerLabels();
    void fitRanges(double horizonHours);

    QCustomPlot *m_plot = nullptr;
    QLabel *m_message = nullptr;
    QCPTextElement *m_title = nullptr;
    QCPAxisRect *m_bufferRect = nullptr;   // the lower one: battery and ride-through minutes
    std::vector<QCPGraph *> m_graphs;      // by Curve
    std::vector<Marker> m_markers;
    std::vector<QCPItemText *> m_labels;   // as m_markers
};

} // namespace hectare::ui
