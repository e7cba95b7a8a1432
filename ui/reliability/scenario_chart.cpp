#include "scenario_chart.h"

#include "reliability_colours.h"
#include "reliability_plot_style.h"

#include "dashboard/qcustomplot_include.h"

#include "reliability/stored_scenario.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hectare::ui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The smallest finite value of `values` at the indices in `which`; NaN (a gap) when there is none.
double lowest(const std::vector<double> &values, const std::vector<std::size_t> &which)
{
    double low = kNaN;
    for (std::size_t i : which)
        if (i < values.size() && std::isfinite(values[i]))
            low = std::isnan(low) ? values[i] : std::min(low, values[i]);
    return low;
}

// The hottest of `which` coolings: 100 × (1 − minutes left / full ride-through).
double hottestRisePercent(const std::vector<double> &left, const reliability::Network &network,
                          const std::vector<std::size_t> &which)
{
    double hottest = kNaN;
    for (std::size_t c : which)
        if (c < left.size() && std::isfinite(left[c])) {
            const double rise = 100 * (1 - left[c] / network.coolings[c].rideThroughMinutes);
            hottest = std::isnan(hottest) ? rise : std::max(hottest, rise);
        }
    return hottest;
}

double finiteOrGap(double v) { return std::isfinite(v) ? v : kNaN; }

QString unitName(const reliability::Network &network, int unit)
{
    if (unit < 0 || unit >= int(network.units.size()))
        return QString();
    const reliability::Unit &u = network.units[std::size_t(unit)];
    return u.name.isEmpty() ? ScenarioChart::tr("unit %1").arg(u.id) : u.name;
}

// Upper end of a value axis: `room` times the highest finite point, at least `floor`.
double upperOf(const std::vector<QCPGraph *> &graphs, double floor, double room)
{
    double upper = floor;
    for (const QCPGraph *g : graphs) {
        bool found = false;
        const QCPRange range = g->getValueRange(found);
        if (found)
            upper = std::max(upper, range.upper);
    }
    return upper * room;
}

} // namespace

ScenarioChart::ScenarioChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("scenarioPlot"));
    m_plot->setMinimumHeight(300);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_message, 1);

    // Rows: title, load and fuel, buffers, legend.
    styleReliabilityPlot(m_plot, *this);
    QCPLayoutGrid *grid = m_plot->plotLayout();
    grid->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title = new QCPTextElement(m_plot, QString(), titleFont);
    grid->addElement(0, 0, m_title);
    m_bufferRect = new QCPAxisRect(m_plot);
    grid->addElement(2, 0, m_bufferRect);
    m_plot->axisRect(0)->insetLayout()->take(m_plot->legend);
    grid->addElement(3, 0, m_plot->legend);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->legend->setMargins(QMargins(8, 4, 8, 8));
    grid->setRowStretchFactor(0, 0.001);
    grid->setRowStretchFactor(1, 3);
    grid->setRowStretchFactor(2, 1.6);
    grid->setRowStretchFactor(3, 0.001);
    grid->setRowSpacing(4);

    // Both rects line up on the left and right so that an hour is at the same x in each.
    auto *margins = new QCPMarginGroup(m_plot);
    QCPAxisRect *top = m_plot->axisRect(0);
    top->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_bufferRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    for (QCPAxis *axis : m_bufferRect->axes())
        styleReliabilityAxis(axis, *this);
    m_bufferRect->axis(QCPAxis::atTop)->setVisible(false);
    m_bufferRect->axis(QCPAxis::atRight)->setVisible(true);
    m_plot->xAxis->setTickLabels(false);   // the lower rect's axis carries the hours
    m_plot->xAxis2->setVisible(false);
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->grid()->setVisible(false);
    QCPAxis *hours = m_bufferRect->axis(QCPAxis::atBottom);
    hours->setLabel(tr("Hours from the start of the scenario"));
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), hours,
            qOverload<const QCPRange &>(&QCPAxis::setRange));

    m_plot->yAxis->setLabel(tr("IT load carried (kW)"));
    m_plot->yAxis->setLabelColor(reliabilityColours::itLoad());
    m_plot->yAxis2->setLabel(tr("Fuel left (h)"));
    m_plot->yAxis2->setLabelColor(reliabilityColours::fuel());
    m_bufferRect->axis(QCPAxis::atLeft)->setLabel(tr("Minutes left"));
    m_bufferRect->axis(QCPAxis::atRight)->setLabel(tr("Inlet rise (% of limit)"));
    connect(m_plot, &QCustomPlot::afterLayout, this, &ScenarioChart::placeMarkerLabels);
    clear(tr("Replay a failure scenario to see its timeline."));
}

void ScenarioChart::clear(const QString &message)
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_graphs.clear();
    m_markers.clear();
    m_labels.clear();
    m_title->setText(QString());
    m_message->setText(message);
    m_message->show();
    m_plot->hide();
}

void ScenarioChart::setRun(const reliability::StoredScenarioRun &run)
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_graphs.clear();
    m_markers.clear();
    m_labels.clear();
    const reliability::Network &network = run.site.network;
    const reliability::ScenarioTimeline &timeline = run.timeline;
    m_title->setText(tr("%1 — %2", "scenario — load basis").arg(timeline.name, reliability::loadBasisName(run.site.basis)));

    // The paths with a battery and the halls with a finite ride-through: the others would pin
    // the lowest at 0 or leave it infinite.
    std::vector<std::size_t> batteries;
    for (std::size_t p = 0; p < network.paths.size(); ++p)
        if (const double m = network.paths[p].battery.minutes(); m > 0 && std::isfinite(m))
            batteries.push_back(p);
    std::vector<std::size_t> halls;
    for (std::size_t c = 0; c < network.coolings.size(); ++c)
        if (const double m = network.coolings[c].rideThroughMinutes; m > 0 && std::isfinite(m))
            halls.push_back(c);

    QVector<double> keys, itKw, fuel, battery, rideThrough, inletRise;
    for (const reliability::ScenarioSample &s : timeline.samples) {
        keys << s.hours;
        itKw << s.itKwCarried;
        fuel << finiteOrGap(s.fuelHoursLeft);
        battery << lowest(s.batteryMinutesLeft, batteries);
        rideThrough << lowest(s.rideThroughMinutesLeft, halls);
        inletRise << hottestRisePercent(s.rideThroughMinutesLeft, network, halls);
    }

    QCPAxis *hours = m_bufferRect->axis(QCPAxis::atBottom);
    QCPAxis *minutes = m_bufferRect->axis(QCPAxis::atLeft);
    const auto add = [&](QCPAxis *x, QCPAxis *y, const QVector<double> &values, const QColor &colour,
                         double width, const QString &name) {
        QCPGraph *g = m_plot->addGraph(x, y);
        g->setPen(QPen(colour, width));
        g->setName(name);
        g->setData(keys, values, true);
        if (std::none_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); }))
            g->removeFromLegend();
        m_graphs.push_back(g);
        return g;
    };
    QCPGraph *load = add(m_plot->xAxis, m_plot->yAxis, itKw, reliabilityColours::itLoad(), 2.5,
                         tr("IT load carried (kW)"));
    QColor fill = reliabilityColours::itLoad();
    fill.setAlpha(40);
    load->setBrush(fill);
    add(m_plot->xAxis, m_plot->yAxis2, fuel, reliabilityColours::fuel(), 2, tr("Fuel left (h, right axis)"));
    add(hours, minutes, battery, reliabilityColours::battery(), 2, tr("UPS battery left, lowest path (min)"));
    add(hours, minutes, rideThrough, reliabilityColours::rideThrough(), 2,
        tr("Thermal ride-through left, lowest hall (min)"));
    QCPGraph *rise = add(hours, m_bufferRect->axis(QCPAxis::atRight), inletRise, reliabilityColours::rideThrough(), 1.5,
                         tr("Inlet temperature rise, hottest hall (% of its limit, right axis)"));
    rise->setPen(QPen(reliabilityColours::rideThrough(), 1.5, Qt::DashLine));

    addMarkers(run);
    fitRanges(timeline.horizonHours);
    m_message->hide();
    m_plot->show();
    m_plot->replot();
}

void ScenarioChart::addMarkers(const reliability::StoredScenarioRun &run)
{
    const reliability::Network &network = run.site.network;
    struct Event
    {
        double hours;
        QString text;
        bool grid;
    };
    std::vector<Event> events;
    for (const reliability::ScenarioEvent &e : run.scenario.events) {
        if (const auto *outage = std::get_if<reliability::GridOutage>(&e.what)) {
            events.push_back({e.atHours, tr("Grid lost"), true});
            events.push_back({e.atHours + outage->durationHours, tr("Grid back"), true});
        } else if (const auto *fails = std::get_if<reliability::UnitFails>(&e.what)) {
            const double repair = fails->repairHours >= 0 || fails->unit < 0
                                      ? fails->repairHours
                                      : network.units[std::size_t(fails->unit)].mttrHours;
            events.push_back({e.atHours, tr("%1 fails").arg(unitName(network, fails->unit)), false});
            events.push_back({e.atHours + repair, tr("%1 repaired").arg(unitName(network, fails->unit)), false});
        } else if (const auto *maintenance = std::get_if<reliability::UnitInMaintenance>(&e.what)) {
            const QString name = unitName(network, maintenance->unit);
            events.push_back({maintenance->fromHours, tr("%1 into maintenance").arg(name), false});
            events.push_back({maintenance->untilHours, tr("%1 back from maintenance").arg(name), false});
        } else if (const auto *start = std::get_if<reliability::GeneratorFailsToStart>(&e.what)) {
            events.push_back({e.atHours, tr("%1 fails to start").arg(unitName(network, start->unit)), false});
        }
    }
    // Past the horizon nothing is drawn; at the same time, one line with one label of several rows.
    const double horizon = run.timeline.horizonHours;
    std::erase_if(events, [horizon](const Event &e) { return !(e.hours >= 0 && e.hours < horizon); });
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.hours < b.hours; });
    QCPAxis *hours = m_bufferRect->axis(QCPAxis::atBottom);
    QCPAxis *minutes = m_bufferRect->axis(QCPAxis::atLeft);
    for (std::size_t i = 0; i < events.size();) {
        const double at = events[i].hours;
        QStringList texts;
        bool unit = false;
        for (; i < events.size() && std::abs(events[i].hours - at) < 1e-9; ++i) {
            texts << events[i].text;
            unit = unit || !events[i].grid;
        }
        m_markers.push_back({at, texts.join(QLatin1Char('\n'))});
        const QColor colour = unit ? reliabilityColours::unitEvent() : reliabilityColours::gridEvent();
        const QPen pen(colour, 1.2, Qt::DashLine);
        for (auto [x, y, rect] : {std::tuple{m_plot->xAxis, m_plot->yAxis, m_plot->axisRect(0)},
                                  std::tuple{hours, minutes, m_bufferRect}}) {
            auto *line = new QCPItemStraightLine(m_plot);
            line->setClipAxisRect(rect);
            line->point1->setAxes(x, y);
            line->point2->setAxes(x, y);
            line->point1->setCoords(at, 0);
            line->point2->setCoords(at, 1);
            line->setPen(pen);
            line->setSelectable(false);
        }
        auto *label = new QCPItemText(m_plot);
        label->setClipAxisRect(m_plot->axisRect(0));
        label->position->setAxes(m_plot->xAxis, m_plot->yAxis);
        label->position->setAxisRect(m_plot->axisRect(0));
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(at, 0);   // placeMarkerLabels() stacks them
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setTextAlignment(Qt::AlignLeft);
        label->setPadding(QMargins(4, 1, 4, 1));
        label->setBrush(QColor(255, 255, 255, 225));   // the curves and grid stay out of the text
        label->setColor(colour);
        label->setFont(font());
        label->setText(m_markers.back().text);
        label->setSelectable(false);
        m_labels.push_back(label);
    }
}

void ScenarioChart::placeMarkerLabels()
{
    const QRect area = m_plot->axisRect(0)->rect();
    if (area.height() <= 0)
        return;
    constexpr double kGap = 3;
    const QFontMetrics metrics(font());
    std::vector<double> laneEnds;   // the right edge of the last label in each lane
    for (QCPItemText *label : m_labels) {   // by time, so left to right
        const double x = m_plot->xAxis->coordToPixel(label->position->key());
        const QMargins padding = label->padding();
        const QSize size = metrics.boundingRect(QRect(0, 0, 10000, 10000), Qt::AlignLeft, label->text()).size()
                           + QSize(padding.left() + padding.right(), padding.top() + padding.bottom());
        // A label that would run past the right edge reads leftwards from its line.
        const bool leftwards = x + size.width() > area.right();
        const double left = leftwards ? x - size.width() : x;
        std::size_t lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] + kGap > left)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.push_back(-1e9);
        laneEnds[lane] = left + size.width();
        label->setPositionAlignment((leftwards ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        const double top = kGap + double(lane) * (size.height() + kGap);
        label->position->setCoords(label->position->key(), top / area.height());
    }
}

void ScenarioChart::fitRanges(double horizonHours)
{
    // A tick every 1, 2, 3, 6, 12, 24 … hours: some ten along the horizon.
    double step = 0.25;
    for (double s : {0.5, 1.0, 2.0, 3.0, 6.0, 12.0, 24.0, 48.0, 168.0, 336.0, 720.0})
        if (horizonHours / step > 14)
            step = s;
    for (QCPAxis *axis : {m_plot->xAxis, m_bufferRect->axis(QCPAxis::atBottom)}) {
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(step);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        axis->setTicker(ticker);
    }
    m_plot->xAxis->setRange(0, std::max(horizonHours, 1e-3));
    // Room at the top of the upper rect for the event labels, above the curves.
    m_plot->yAxis->setRange(0, upperOf({graph(Curve::ItKw)}, 1, 1.45));
    m_plot->yAxis2->setRange(0, upperOf({graph(Curve::FuelHours)}, 1, 1.45));
    m_bufferRect->axis(QCPAxis::atLeft)
        ->setRange(0, upperOf({graph(Curve::BatteryMinutes), graph(Curve::RideThroughMinutes)}, 1, 1.15));
    m_bufferRect->axis(QCPAxis::atRight)->setRange(0, 115);
}

QVector<double> ScenarioChart::plottedKeys(Curve curve) const
{
    QVector<double> keys;
    if (std::size_t(curve) < m_graphs.size())
        for (const QCPGraphData &d : *graph(curve)->data())
            keys << d.key;
    return keys;
}

QVector<double> ScenarioChart::plottedValues(Curve curve) const
{
    QVector<double> values;
    if (std::size_t(curve) < m_graphs.size())
        for (const QCPGraphData &d : *graph(curve)->data())
            values << d.value;
    return values;
}

bool ScenarioChart::inLegend(Curve curve) const
{
    return std::size_t(curve) < m_graphs.size() && m_plot->legend->hasItemWithPlottable(graph(curve));
}

QString ScenarioChart::title() const { return m_title->text(); }

} // namespace hectare::ui
