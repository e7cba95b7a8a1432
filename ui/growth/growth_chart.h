#pragma once

#include "growth/growth_result.h"

#include <QWidget>

#include <array>
#include <optional>
#include <vector>

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;
class QCustomPlot;
class QLabel;
class QMouseEvent;

namespace hectare::ui {

// One resource of one hall or of the site over a scenario's horizon, from a GrowthResult: the
// P10–P90 band of demand, the P50 and expected lines, the usable capacity as a step line that
// rises when an expansion comes online, and vertical markers at the months it runs out (P10,
// P50) and at the decision date. Two scenarios overlay in two colours (compare). The x axis is
// dates; hovering shows the month's figures. Everything drawn is a figure of the result.
class GrowthChart : public QWidget
{
    Q_OBJECT

public:
    enum class Line { P10, P50, P90, Expected, Capacity };
    enum class Marker { ExhaustionP10, ExhaustionP50, Decision };

    // What to draw for one scenario; the pointers are read during setSeries() only.
    struct Series
    {
        const GrowthResult *result = nullptr;
        const ResourceOutlook *outlook = nullptr;
    };

    explicit GrowthChart(QWidget *parent = nullptr);

    // One or two scenarios; `title` goes above the plot (and into exported images).
    void setSeries(const std::vector<Series> &series, const QString &title);
    // An empty chart with `message` in its place.
    void clear(const QString &message);

    // What is on screen, read back from the plot.
    int seriesCount() const { return int(m_plotted.size()); }
    QVector<double> plottedKeys(int series, Line line) const;
    QVector<double> plottedValues(int series, Line line) const;
    // The key (monthKey) of a marker; nothing when the chart has no such marker.
    std::optional<double> markerKey(int series, Marker marker) const;
    QString markerText(int series, Marker marker) const;
    // The labels naming the expansions where the capacity steps up ("+ Generator G3").
    QStringList stepLabels() const;
    QString title() const;
    // The tooltip for the month nearest `key`; empty off the horizon.
    QString toolTipAt(double key) const;

    bool savePng(const QString &path, int width = 0, int height = 0) const;
    bool savePdf(const QString &path, int width = 0, int height = 0) const;
    QCustomPlot *plot() const { return m_plot; }

private:
    struct Plotted
    {
        QString scenarioName;
        QDate start;
        int months = 0;
        ResourceOutlook outlook;
        QColor colour;
        std::array<QCPGraph *, 5> graphs{};                     // by Line
        std::array<QCPItemStraightLine *, 3> markers{};         // by Marker; nullptr: none
        std::array<QCPItemText *, 3> markerLabels{};
    };


    void addSeries(const Series &series, int index, bool compare);
    void addMarkers(Plotted &plotted, bool compare);
    void addMarker(Plotted &plotted, Marker marker, int month, bool compare);
    void addStepLabels(const GrowthResult &result, const Plotted &plotted);
    // Stacks the marker labels in lanes so that none covers another (after each layout).
    void placeMarkerLabels();
    void fitRanges();
    void showToolTip(QMouseEvent *event);
    QString seriesToolTip(const Plotted &plotted, int month) const;

    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
    QLabel *m_message = nullptr;
    std::vector<Plotted> m_plotted;
    std::vector<QCPItemText *> m_stepLabels;
};

} // namespace hectare::ui
