// GrowthChart's markers (runs out, decide by) and its hover tooltips.
#include "growth_chart.h"

#include "growth_colours.h"
#include "growth_text.h"
#include "month_axis_ticker.h"

#include "dashboard/qcustomplot_include.h"
#include "dashboard/quantity_text.h"

#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

constexpr int kLabelGap = 4;   // pixels between stacked labels and from the top of the plot

std::size_t slotOf(GrowthChart::Marker marker) { return std::size_t(marker); }

} // namespace

void GrowthChart::addMarkers(Plotted &plotted, bool compare)
{
    const ResourceOutlook &o = plotted.outlook;
    if (o.exhaustionP10)
        addMarker(plotted, Marker::ExhaustionP10, *o.exhaustionP10, compare);
    if (o.exhaustionP50)
        addMarker(plotted, Marker::ExhaustionP50, *o.exhaustionP50, compare);
    if (o.decisionMonth)
        addMarker(plotted, Marker::Decision, *o.decisionMonth, compare);
}

void GrowthChart::addMarker(Plotted &plotted, Marker marker, int month, bool compare)
{
    const QDate date = plotted.start.addMonths(month);
    QColor colour = marker == Marker::Decision ? growthColours::decision() : growthColours::exhaustion();
    if (compare)
        colour = plotted.colour.darker(115);
    const Qt::PenStyle style = marker == Marker::ExhaustionP10 ? Qt::DashLine
                               : marker == Marker::Decision    ? Qt::DashDotLine
                                                               : Qt::SolidLine;
    auto *line = new QCPItemStraightLine(m_plot);
    line->point1->setCoords(monthKey(date), 0);
    line->point2->setCoords(monthKey(date), 1);
    line->setPen(QPen(colour, 1.5, style));
    line->setSelectable(false);

    QString text;
    switch (marker) {
    case Marker::ExhaustionP10: text = tr("Runs out (P10)\n%1").arg(monthText(date)); break;
    case Marker::ExhaustionP50: text = tr("Runs out (P50)\n%1").arg(monthText(date)); break;
    case Marker::Decision:
        text = plotted.outlook.lateDecision() ? tr("Decide by\n%1 (late)").arg(monthText(date))
                                              : tr("Decide by\n%1").arg(monthText(date));
        break;
    }
    auto *label = new QCPItemText(m_plot);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(monthKey(date), 0);   // placeMarkerLabels() stacks them
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextAlignment(Qt::AlignLeft);
    label->setPadding(QMargins(4, 1, 4, 1));
    label->setBrush(QColor(255, 255, 255, 225));   // grid lines and the band stay out of the text
    label->setColor(colour);
    label->setFont(font());
    label->setText(text);
    label->setSelectable(false);
    plotted.markers[slotOf(marker)] = line;
    plotted.markerLabels[slotOf(marker)] = label;
}

void GrowthChart::placeMarkerLabels()
{
    struct Placed
    {
        QCPItemText *label;
        double x;
    };
    std::vector<Placed> labels;
    for (const Plotted &p : m_plotted)
        for (QCPItemText *label : p.markerLabels)
            if (label)
                labels.push_back({label, m_plot->xAxis->coordToPixel(label->position->key())});
    std::sort(labels.begin(), labels.end(), [](const Placed &a, const Placed &b) { return a.x < b.x; });
    const QRect area = m_plot->axisRect()->rect();
    if (area.height() <= 0)
        return;
    const QFontMetrics metrics(font());
    std::vector<double> laneEnds;   // the right edge of the last label in each lane
    for (const Placed &p : labels) {
        const QMargins padding = p.label->padding();
        const QSize size = metrics.boundingRect(QRect(0, 0, 10000, 10000), Qt::AlignLeft, p.label->text()).size()
                           + QSize(padding.left() + padding.right(), padding.top() + padding.bottom());
        // A label that would run past the right edge reads leftwards from its line.
        const bool leftwards = p.x + size.width() > area.right();
        const double left = leftwards ? p.x - size.width() : p.x;
        std::size_t lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] + kLabelGap > left)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.push_back(0);
        laneEnds[lane] = left + size.width();
        p.label->setPositionAlignment((leftwards ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
        const double top = kLabelGap + double(lane) * (size.height() + kLabelGap);
        p.label->position->setCoords(p.label->position->key(), top / area.height());
    }
}

std::optional<double> GrowthChart::markerKey(int series, Marker marker) const
{
    if (series < 0 || series >= seriesCount())
        return std::nullopt;
    const QCPItemStraightLine *line = m_plotted[std::size_t(series)].markers[slotOf(marker)];
    return line ? std::optional(line->point1->key()) : std::nullopt;
}

QString GrowthChart::markerText(int series, Marker marker) const
{
    if (series < 0 || series >= seriesCount())
        return {};
    const QCPItemText *label = m_plotted[std::size_t(series)].markerLabels[slotOf(marker)];
    return label ? label->text() : QString();
}

void GrowthChart::showToolTip(QMouseEvent *event)
{
    if (m_plotted.empty() || !m_plot->axisRect()->rect().contains(event->pos())) {
        QToolTip::hideText();
        return;
    }
    const QString text = toolTipAt(m_plot->xAxis->pixelToCoord(event->pos().x()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

QString GrowthChart::toolTipAt(double key) const
{
    if (m_plotted.empty())
        return {};
    const Plotted &first = m_plotted.front();
    int month = -1;
    double best = std::numeric_limits<double>::max();
    for (int m = 0; m < first.months; ++m) {
        const double distance = std::abs(monthKey(first.start, m) - key);
        if (distance < best) {
            best = distance;
            month = m;
        }
    }
    if (month < 0)
        return {};
    QString html = QStringLiteral("<b>%1</b>").arg(monthText(first.start.addMonths(month)).toHtmlEscaped());
    for (const Plotted &p : m_plotted)
        html += seriesToolTip(p, month);
    return html;
}

QString GrowthChart::seriesToolTip(const Plotted &p, int month) const
{
    const ResourceOutlook &o = p.outlook;
    const std::size_t m = std::size_t(month);
    const auto amount = [&](const std::vector<double> &values) {
        return m < values.size() ? withUnit(preciseAmount(values[m], o.resource), o.resource) : QStringLiteral("–");
    };
    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;%2</td></tr>")
            .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html;
    if (m_plotted.size() > 1)
        html += QStringLiteral("<br><span style='color:%1'><b>%2</b></span>")
                    .arg(p.colour.name(), p.scenarioName.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Usable capacity"), amount(o.capacity));
    if (!o.p50.empty()) {
        html += row(tr("Demand P90"), amount(o.p90));
        html += row(tr("Demand P50"), amount(o.p50));
        html += row(tr("Demand P10"), amount(o.p10));
    }
    html += row(tr("Expected demand"), amount(o.expected));
    if (m < o.exceedance.size())
        html += row(tr("Runs over capacity"), percentText(o.exceedance[m] * 100));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace hectare::ui
