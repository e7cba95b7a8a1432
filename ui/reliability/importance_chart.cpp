#include "importance_chart.h"

#include "reliability_colours.h"
#include "reliability_plot_style.h"

#include "dashboard/qcustomplot_include.h"

#include "reliability/site_availability.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace hectare::ui {

ImportanceChart::ImportanceChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("importanceChart"));
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
    m_title = new QCPTextElement(m_plot, tr("What causes the site's downtime (top %1)").arg(kShown), titleFont);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->xAxis->setLabel(tr("Share of the site's downtime (%)"));
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setTickLength(0, 0);
    m_plot->yAxis->setSubTicks(false);
    clear(tr("Run the simulation to rank the components by the downtime they cause."));
}

void ImportanceChart::clear(const QString &message)
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_bars = nullptr;
    m_names.clear();
    m_message->setText(message);
    m_message->show();
    m_plot->hide();
}

void ImportanceChart::setResult(const reliability::SiteAvailability &result)
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_names.clear();
    const int shown = std::min<int>(kShown, int(result.importance.size()));
    if (shown == 0) {
        clear(tr("No component caused any site downtime in the simulated years."));
        return;
    }
    // Horizontal bars: the key axis is the left one; the largest share gets the top key.
    m_bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    m_bars->setWidth(0.7);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(reliabilityColours::bars());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, shares;
    double largest = 0;
    const QLocale locale;
    for (int i = 0; i < shown; ++i) {
        const reliability::ImportanceRow &row = result.importance[std::size_t(i)];
        const double key = shown - i;
        keys.prepend(key);
        shares.prepend(row.downtimeShare * 100);
        largest = std::max(largest, row.downtimeShare * 100);
        ticker->addTick(key, row.name);
        m_names << row.name;
        auto *label = new QCPItemText(m_plot);
        label->position->setCoords(row.downtimeShare * 100, key);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(4, 0, 0, 0));
        label->setFont(font());
        label->setColor(palette().color(QPalette::WindowText));
        label->setText(tr("%1 % · %2 h/yr")
                           .arg(locale.toString(row.downtimeShare * 100, 'f', 1),
                                locale.toString(row.hoursPerYear, 'f', row.hoursPerYear >= 0.1 ? 2 : row.hoursPerYear >= 0.01 ? 3 : 4)));
        label->setSelectable(false);
    }
    m_bars->setData(keys, shares, true);
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(0.4, shown + 0.6);
    // Room on the right for the longest label.
    m_plot->xAxis->setRange(0, std::max(1.0, largest * 1.45));
    m_message->hide();
    m_plot->show();
    m_plot->replot();
}

QVector<double> ImportanceChart::plottedShares() const
{
    QVector<double> shares;
    if (m_bars)
        for (auto it = m_bars->data()->constEnd(); it != m_bars->data()->constBegin();)
            shares << (--it)->value;   // top to bottom: the largest key first
    return shares;
}

} // namespace hectare::ui
