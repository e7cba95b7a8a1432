#include "growth_chart.h"

#include "growth_colours.h"
#include "month_axis_ticker.h"

#include "dashboard/qcustomplot_include.h"

#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace hectare::ui {
namespace {

QVector<double> toVector(const std::vector<double> &values) { return QVector<double>(values.begin(), values.end()); }

const std::vector<double> &seriesOf(const ResourceOutlook &o, GrowthChart::Line line)
{
    switch (line) {
    case GrowthChart::Line::P10: return o.p10;
    case GrowthChart::Line::P50: return o.p50;
    case GrowthChart::Line::P90: return o.p90;
    case GrowthChart::Line::Expected: return o.expected;
    case GrowthChart::Line::Capacity: break;
    }
    return o.capacity;
}

} // namespace

GrowthChart::GrowthChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("growthPlot"));
    m_plot->setMinimumHeight(220);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_message, 1);

    m_plot->setLocale(QLocale());
    m_plot->setBackground(palette().color(QPalette::Base));
    m_plot->plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title = new QCPTextElement(m_plot, QString(), titleFont);
    m_plot->plotLayout()->addElement(0, 0, m_title);

    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new MonthAxisTicker));
    const QColor axisGrey(0xb0, 0xb4, 0xba);
    const QColor gridGrey(0xe6, 0xe8, 0xeb);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(axisGrey));
        axis->setTickPen(QPen(axisGrey));
        axis->setSubTickPen(QPen(axisGrey));
        axis->setTickLabelColor(palette().color(QPalette::WindowText));
        axis->setLabelColor(palette().color(QPalette::WindowText));
        axis->setTickLabelFont(font());
        axis->setLabelFont(font());
        axis->grid()->setPen(QPen(gridGrey, 0, Qt::SolidLine));
    }
    m_plot->xAxis->grid()->setPen(QPen(gridGrey, 0, Qt::DotLine));

    // The legend in a row of its own under the plot, one scenario a row.
    m_plot->legend->setVisible(true);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setFont(font());
    m_plot->legend->setMargins(QMargins(8, 4, 8, 10));   // room under the last row of icons
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(2, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);

    m_plot->setMouseTracking(true);   // hover, no button needed
    connect(m_plot, &QCustomPlot::mouseMove, this, &GrowthChart::showToolTip);
    connect(m_plot, &QCustomPlot::afterLayout, this, &GrowthChart::placeMarkerLabels);
    clear(tr("Run the scenario to see when each resource runs out."));
}

void GrowthChart::clear(const QString &message)
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_plotted.clear();
    m_stepLabels.clear();
    m_title->setText(QString());
    m_message->setText(message);
    m_message->show();
    m_plot->hide();
}

void GrowthChart::setSeries(const std::vector<Series> &series, const QString &title)
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_plotted.clear();
    m_stepLabels.clear();
    m_title->setText(title);
    const bool compare = series.size() > 1;
    // One row of the legend per scenario: all four series for one, its band and capacity for two.
    m_plot->legend->setWrap(compare ? 2 : 4);
    for (std::size_t i = 0; i < series.size(); ++i)
        if (series[i].result && series[i].outlook) {
            addSeries(series[i], int(i), compare);
            addStepLabels(*series[i].result, m_plotted.back());
        }
    if (m_plotted.empty()) {
        clear(tr("Nothing to show."));
        return;
    }
    const Resource resource = m_plotted.front().outlook.resource;
    m_plot->yAxis->setLabel(
        tr("%1 (%2)", "resource (unit)").arg(resourceDisplayName(resource), resourceUnitName(resource)));
    for (Plotted &plotted : m_plotted)
        addMarkers(plotted, compare);
    fitRanges();
    m_message->hide();
    m_plot->show();
    m_plot->replot();
}

void GrowthChart::addSeries(const Series &series, int index, bool compare)
{
    const GrowthResult &result = *series.result;
    Plotted plotted;
    plotted.scenarioName = result.scenarioName;
    plotted.start = result.start;
    plotted.months = result.months;
    plotted.outlook = *series.outlook;
    plotted.colour = growthColours::scenario(index);
    const ResourceOutlook &o = plotted.outlook;

    QVector<double> keys;
    for (int m = 0; m < result.months; ++m)
        keys << monthKey(result.start, m);
    const auto addGraph = [&](Line line, const QPen &pen, const QString &legend) {
        const std::vector<double> &values = seriesOf(o, line);
        QCPGraph *graph = m_plot->addGraph();
        graph->setPen(pen);
        graph->setName(legend);
        if (!values.empty())
            graph->setData(keys.mid(0, qsizetype(values.size())), toVector(values), true);
        if (values.empty() || legend.isEmpty())
            graph->removeFromLegend();
        plotted.graphs[std::size_t(line)] = graph;
        return graph;
    };

    QColor edge = plotted.colour;
    edge.setAlpha(110);
    QCPGraph *p90 = addGraph(Line::P90, QPen(edge, 1), QString());
    QCPGraph *p10 = addGraph(Line::P10, QPen(edge, 1),
                             compare ? tr("%1: demand P10–P90, P50").arg(result.scenarioName) : tr("P10–P90 demand"));
    QColor band = plotted.colour;
    band.setAlpha(growthColours::bandAlpha());
    p10->setBrush(band);
    p10->setChannelFillGraph(p90);
    addGraph(Line::Expected, QPen(plotted.colour, 1.5, Qt::DashLine), compare ? QString() : tr("Expected demand"));
    addGraph(Line::P50, QPen(plotted.colour, 2.5), compare ? QString() : tr("P50 demand"));
    const QColor capacity = compare ? plotted.colour.darker(140) : growthColours::capacity();
    QCPGraph *cap = addGraph(Line::Capacity, QPen(capacity, 2.5), tr("Usable capacity"));
    cap->setLineStyle(QCPGraph::lsStepLeft);
    m_plotted.push_back(std::move(plotted));
}

void GrowthChart::fitRanges()
{
    double lowerKey = std::numeric_limits<double>::max();
    double upperKey = std::numeric_limits<double>::lowest();
    double upperValue = 1;
    for (const Plotted &p : m_plotted) {
        lowerKey = std::min(lowerKey, monthKey(p.start, 0));
        upperKey = std::max(upperKey, monthKey(p.start, p.months - 1));
        for (QCPItemStraightLine *marker : p.markers)
            if (marker)
                lowerKey = std::min(lowerKey, marker->point1->key());
        for (const QCPGraph *graph : p.graphs) {
            bool found = false;
            const QCPRange range = graph->getValueRange(found);
            if (found)
                upperValue = std::max(upperValue, range.upper);
        }
    }
    m_plot->xAxis->setRange(lowerKey, upperKey);
    m_plot->yAxis->setRange(0, upperValue * 1.12);
}

void GrowthChart::addStepLabels(const GrowthResult &result, const Plotted &plotted)
{
    const std::vector<double> &capacity = plotted.outlook.capacity;
    for (std::size_t m = 1; m < capacity.size(); ++m) {
        if (!(capacity[m] > capacity[m - 1]))
            continue;
        QStringList names;
        for (const ExpansionOutcome &e : result.expansions)
            if (e.onlineMonth == int(m))
                names << e.name;
        if (names.isEmpty())
            continue;
        auto *label = new QCPItemText(m_plot);
        label->position->setCoords(monthKey(result.start, int(m)), capacity[m]);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setPadding(QMargins(4, 0, 4, 2));
        label->setColor(plotted.graphs[std::size_t(Line::Capacity)]->pen().color());
        label->setFont(font());
        label->setText(tr("+ %1", "expansions coming online").arg(names.join(QStringLiteral(", "))));
        label->setSelectable(false);
        m_stepLabels.push_back(label);
    }
}

QStringList GrowthChart::stepLabels() const
{
    QStringList texts;
    for (const QCPItemText *label : m_stepLabels)
        texts << label->text();
    return texts;
}

QVector<double> GrowthChart::plottedKeys(int series, Line line) const
{
    QVector<double> keys;
    if (series < 0 || series >= seriesCount())
        return keys;
    for (const QCPGraphData &d : *m_plotted[std::size_t(series)].graphs[std::size_t(line)]->data())
        keys << d.key;
    return keys;
}

QVector<double> GrowthChart::plottedValues(int series, Line line) const
{
    QVector<double> values;
    if (series < 0 || series >= seriesCount())
        return values;
    for (const QCPGraphData &d : *m_plotted[std::size_t(series)].graphs[std::size_t(line)]->data())
        values << d.value;
    return values;
}

QString GrowthChart::title() const { return m_title->text(); }

bool GrowthChart::savePng(const QString &path, int width, int height) const
{
    return m_plot->savePng(path, width, height);
}

bool GrowthChart::savePdf(const QString &path, int width, int height) const
{
    return m_plot->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("Hectare"), title());
}

} // namespace hectare::ui
