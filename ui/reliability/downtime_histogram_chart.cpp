#include "downtime_histogram_chart.h"

#include "reliability_colours.h"
#include "reliability_plot_style.h"

#include "dashboard/qcustomplot_include.h"

#include "reliability/downtime_histogram.h"
#include "reliability/site_availability.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

using namespace reliability;

constexpr int kBinsPerBar = 4;
constexpr double kBarWidth = double(kBinsPerBar) / kDowntimeBinsPerDecade;   // in decades

// The bar of a bin: bin 0 (under 0.001 h) alone in bar 0, then kBinsPerBar bins a bar.
int barOf(int bin) { return bin == 0 ? 0 : 1 + (bin - 1) / kBinsPerBar; }

// log10 of the middle of a bar; bar 0 sits one bar-width below bar 1.
double barKey(int bar) { return std::log10(kDowntimeSmallestHours) + (bar - 0.5) * kBarWidth; }

QSharedPointer<QCPAxisTickerText> decadeTicker()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QLocale locale;
    for (int decade = -3; decade <= 4; ++decade) {
        const double hours = std::pow(10.0, decade);
        ticker->addTick(decade, decade < 0 ? locale.toString(hours, 'f', -decade) : locale.toString(qint64(hours)));
    }
    return ticker;
}

} // namespace

DowntimeHistogramChart::DowntimeHistogramChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("downtimeHistogram"));
    m_plot->setMinimumHeight(240);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_message, 1);

    styleReliabilityPlot(m_plot, *this);
    m_plot->plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title = new QCPTextElement(m_plot, QString(), titleFont);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->xAxis->setTicker(decadeTicker());
    m_plot->xAxis->setLabel(tr("Site downtime in a year (h, logarithmic scale)"));
    m_plot->yAxis->setLabel(tr("Simulated years"));
    m_plot->xAxis->grid()->setVisible(false);
    clear(tr("Run the simulation to see how the site's downtime spreads over the years."));
}

void DowntimeHistogramChart::clear(const QString &message)
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_bars = nullptr;
    m_title->setText(QString());
    m_message->setText(message);
    m_message->show();
    m_plot->hide();
}

void DowntimeHistogramChart::setResult(const SiteAvailability &result)
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setWidth(kBarWidth);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(reliabilityColours::bars());
    const int bins = int(result.siteDowntimeHistogram.size());
    std::vector<qint64> bars(std::size_t(barOf(std::max(0, bins - 1)) + 1), 0);
    qint64 withDowntime = 0;
    for (int bin = 0; bin < bins; ++bin) {
        bars[std::size_t(barOf(bin))] += result.siteDowntimeHistogram[std::size_t(bin)];
        withDowntime += result.siteDowntimeHistogram[std::size_t(bin)];
    }
    QVector<double> keys, years;
    for (int bar = 0; bar < int(bars.size()); ++bar)
        if (bars[std::size_t(bar)] > 0) {
            keys << barKey(bar);
            years << double(bars[std::size_t(bar)]);
        }
    m_bars->setData(keys, years, true);

    const QLocale locale;
    const qint64 without = result.years - withDowntime;
    m_title->setText(tr("Years by site downtime: %1 of %2 simulated years had none (%3 %)")
                         .arg(locale.toString(without), locale.toString(result.years),
                              locale.toString(result.years > 0 ? 100.0 * double(without) / result.years : 0, 'f', 1)));

    const double tier3Hours = kHoursPerYear * (1 - kTier3Availability);
    const AvailabilityFigures &site = result.site.figures;
    double low = std::log10(tier3Hours), high = low;
    if (!keys.isEmpty()) {
        low = std::min(low, keys.front());
        high = std::max(high, keys.back());
    }
    addLine(tier3Hours, tr("Tier III budget %1 h").arg(locale.toString(tier3Hours, 'f', 2)),
            QPen(reliabilityColours::tier3Line(), 1.5), 0.02);
    if (site.downtimeHoursPerYear > 0) {
        addLine(site.downtimeHoursPerYear, tr("mean %1 h").arg(locale.toString(site.downtimeHoursPerYear, 'f', 2)),
                QPen(reliabilityColours::rideThrough(), 1.5, Qt::DashLine), 0.30);
        low = std::min(low, std::log10(site.downtimeHoursPerYear));
    }
    if (site.downtimeP90Hours > 0)
        addLine(site.downtimeP90Hours, tr("P90 %1 h").arg(locale.toString(site.downtimeP90Hours, 'f', 2)),
                QPen(reliabilityColours::fuel(), 1.5, Qt::DotLine), 0.58);
    m_plot->xAxis->setRange(std::floor(low * 2) / 2 - 0.25, std::ceil(high * 2) / 2 + 0.25);
    bool found = false;
    const QCPRange range = m_bars->getValueRange(found);
    m_plot->yAxis->setRange(0, std::max(1.0, found ? range.upper * 1.1 : 1.0));
    m_message->hide();
    m_plot->show();
    m_plot->replot();
}

void DowntimeHistogramChart::addLine(double hours, const QString &text, const QPen &pen, double labelRatio)
{
    const double key = std::log10(hours);
    auto *line = new QCPItemStraightLine(m_plot);
    line->point1->setCoords(key, 0);
    line->point2->setCoords(key, 1);
    line->setPen(pen);
    line->setSelectable(false);
    auto *label = new QCPItemText(m_plot);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(key, labelRatio);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setPadding(QMargins(4, 2, 4, 2));
    label->setBrush(QColor(255, 255, 255, 210));
    label->setColor(pen.color());
    label->setFont(font());
    label->setText(text);
    label->setSelectable(false);
}

QVector<double> DowntimeHistogramChart::plottedKeys() const
{
    QVector<double> keys;
    if (m_bars)
        for (const QCPBarsData &d : *m_bars->data())
            keys << d.key;
    return keys;
}

QVector<double> DowntimeHistogramChart::plottedValues() const
{
    QVector<double> values;
    if (m_bars)
        for (const QCPBarsData &d : *m_bars->data())
            values << d.value;
    return values;
}

QString DowntimeHistogramChart::title() const { return m_title->text(); }

} // namespace hectare::ui
