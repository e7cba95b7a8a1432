#include "budget_chart.h"

#include "bar_segments.h"
#include "dashboard_colours.h"
#include "qcustomplot_include.h"
#include "quantity_text.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hectare::ui {

namespace {

// Vertical geometry in key units: row i is centred on key i, one row per unit. The name and
// figures sit above their bar, so the bar can use the dock's whole width.
constexpr double kBarWidth = 0.40;
constexpr double kInstalledWidth = 0.56;
constexpr double kTextBottom = 0.29;    // text baseline room above the bar's centre
constexpr double kRoomAbove = 0.78;     // above row 0, for its text
constexpr double kRoomBelow = 0.36;     // below the last bar
constexpr double kRowHeightInLines = 2.5;
constexpr double kMinUpperPct = 120;    // leave room past 100 % for the installed bar and overflow
constexpr double kTickStepPct = 25;
const QMargins kTextPadding(2, 0, 2, 1);

QCPBars *makeBars(QCustomPlot *plot, const QString &name, const QColor &colour, double width)
{
    // Key axis vertical (yAxis), value axis horizontal (xAxis): horizontal bars.
    auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setName(name);
    bars->setWidthType(QCPBars::wtPlotCoords);
    bars->setWidth(width);
    bars->setPen(Qt::NoPen);   // no hairline where a segment is empty
    bars->setBrush(colour);
    bars->setStackingGap(0);
    return bars;
}

double barValue(const QCPBars *bars, int row)
{
    return bars->data()->at(row)->value;
}

} // namespace

BudgetChart::BudgetChart(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("budgetPlot"));
    layout->addWidget(m_plot);

    m_plot->setBackground(palette().color(QPalette::Base));
    m_plot->yAxis->setVisible(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setRangeReversed(true);   // first row on top
    const QColor axisGrey(0xb0, 0xb4, 0xba);
    m_plot->xAxis->setBasePen(QPen(axisGrey));
    m_plot->xAxis->setTickPen(QPen(axisGrey));
    m_plot->xAxis->setSubTickPen(Qt::NoPen);
    m_plot->xAxis->setTickLabelColor(palette().color(QPalette::WindowText));
    m_plot->xAxis->setTickLabelFont(font());
    m_plot->xAxis->grid()->setPen(QPen(QColor(0xe6, 0xe8, 0xeb), 0, Qt::DotLine));
    // Only the bottom margin follows the tick labels; left and right leave room for the
    // half of "0%" and of the last label that hang past the axis ends.
    m_plot->axisRect()->setAutoMargins(QCP::msBottom);
    m_plot->axisRect()->setMargins(QMargins(14, 0, 22, 0));

    namespace c = dashboardColours;
    m_installed = makeBars(m_plot, tr("Installed"), c::installed(), kInstalledWidth);
    m_committed = makeBars(m_plot, tr("Committed"), c::committed(), kBarWidth);
    m_reserved = makeBars(m_plot, tr("Reserved"), c::reserved(), kBarWidth);
    m_overCommitted = makeBars(m_plot, tr("Over-committed"), c::overCommitted(), kBarWidth);
    m_free = makeBars(m_plot, tr("Free"), c::free(), kBarWidth);
    m_reserved->moveAbove(m_committed);
    m_overCommitted->moveAbove(m_reserved);
    m_free->moveAbove(m_overCommitted);

    m_expectedDraw = m_plot->addGraph(m_plot->yAxis, m_plot->xAxis);
    m_expectedDraw->setName(tr("Expected draw"));
    m_expectedDraw->setLineStyle(QCPGraph::lsNone);

    m_plot->installEventFilter(this);
    fitHeight();
}

void BudgetChart::setRows(std::vector<BudgetRow> rows)
{
    m_rows = std::move(rows);
    fillSeries();
    m_plot->clearItems();
    m_names.clear();
    m_figures.clear();
    m_outlines.clear();

    // The usable limit, which every resource is measured against.
    auto *usableLine = new QCPItemStraightLine(m_plot);
    usableLine->point1->setCoords(100, 0);
    usableLine->point2->setCoords(100, 1);
    usableLine->setPen(QPen(dashboardColours::usableLine(), 1, Qt::DashLine));

    for (int row = 0; row < rowCount(); ++row)
        addRowItems(row);
    fitHeight();
    m_plot->replot();
}

void BudgetChart::fillSeries()
{
    QVector<double> keys, installed, committed, reserved, over, free, drawKeys, draws;
    double maxEndPct = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const BarSegments s = barSegments(m_rows[size_t(row)].budget);
        keys << row;
        installed << s.installedPct;
        committed << s.committedPct;
        reserved << s.reservedPct;
        over << s.overCommittedPct;
        free << s.freePct;
        if (s.expectedDrawPct > 0) {   // no tick at 0: it would read as the start of a bar
            drawKeys << row;
            draws << s.expectedDrawPct;
        }
        maxEndPct = std::max({maxEndPct, s.soldEndPct() + s.freePct, s.expectedDrawPct});
    }
    m_installed->setData(keys, installed, true);
    m_committed->setData(keys, committed, true);
    m_reserved->setData(keys, reserved, true);
    m_overCommitted->setData(keys, over, true);
    m_free->setData(keys, free, true);
    m_expectedDraw->setData(drawKeys, draws, true);

    // The axis reaches past the longest sold bar, so an over-commitment is never cut off; the
    // installed bar may run off the right edge (its figure is in the tooltip).
    const double upper = std::max(kMinUpperPct, maxEndPct * 1.06);
    m_plot->xAxis->setRange(0, upper);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->setSubTickCount(0);
    const double labelStep = upper > 300 ? 100 : 50;
    for (double pct = 0; pct <= upper; pct += kTickStepPct)
        ticker->addTick(pct, std::fmod(pct, labelStep) == 0 ? percentText(pct) : QString());
    m_plot->xAxis->setTicker(ticker);
}

void BudgetChart::addRowItems(int row)
{
    const BudgetRow &r = m_rows[size_t(row)];
    const BarSegments s = barSegments(r.budget);
    const QColor text = palette().color(QPalette::WindowText);

    auto *name = new QCPItemText(m_plot);
    name->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    name->position->setTypeY(QCPItemPosition::ptPlotCoords);
    name->position->setCoords(0, row - kTextBottom);
    name->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    name->setPadding(kTextPadding);
    name->setBrush(palette().color(QPalette::Base));   // hides grid lines running under the text
    name->setColor(text);
    QFont nameFont = font();
    nameFont.setBold(r.binding);
    name->setFont(nameFont);
    name->setText(r.binding ? tr("%1 · binding", "the resource that runs out first").arg(resourceDisplayName(r.resource))
                            : resourceDisplayName(r.resource));
    m_names.push_back(name);

    const bool over = r.budget.free < 0;
    QString figures = tr("%1 / %2", "committed / usable").arg(compactAmount(r.budget.committed, r.resource),
                                                             withUnit(compactAmount(r.budget.usable, r.resource), r.resource));
    if (over)
        figures = tr("%1, %2 over", "figures, then the over-committed amount")
                      .arg(figures, compactAmount(-r.budget.free, r.resource));
    auto *figuresItem = new QCPItemText(m_plot);
    figuresItem->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    figuresItem->position->setTypeY(QCPItemPosition::ptPlotCoords);
    figuresItem->position->setCoords(1, row - kTextBottom);
    figuresItem->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    figuresItem->setPadding(kTextPadding);
    figuresItem->setBrush(palette().color(QPalette::Base));
    figuresItem->setColor(over ? dashboardColours::overCommitted() : text);
    QFont figuresFont = font();
    figuresFont.setBold(over);
    figuresItem->setFont(figuresFont);
    figuresItem->setText(figures);
    m_figures.push_back(figuresItem);

    QCPItemRect *outline = nullptr;
    if (r.binding) {
        // Round the sold-and-free extent, and at least the usable 100 %.
        outline = new QCPItemRect(m_plot);
        outline->topLeft->setCoords(0, row - kBarWidth / 2);
        outline->bottomRight->setCoords(std::max(100.0, s.soldEndPct() + s.freePct), row + kBarWidth / 2);
        outline->setPen(QPen(dashboardColours::binding(), 2));
        outline->setBrush(Qt::NoBrush);
    }
    m_outlines.push_back(outline);
}

void BudgetChart::fitHeight()
{
    // Rows are sized in lines of text so that the name above a bar never meets the bar above.
    const int line = fontMetrics().height();
    const double rowPx = kRowHeightInLines * line;
    const int rows = std::max(1, rowCount());
    const int axisPx = line + 12;
    setFixedHeight(int(std::ceil((rows - 1 + kRoomAbove + kRoomBelow) * rowPx)) + axisPx);
    m_plot->yAxis->setRange(-kRoomAbove, rows - 1 + kRoomBelow);

    // The expected-draw tick spans the bar and a little more, in pixels.
    const double half = kBarWidth * rowPx / 2 + 3;
    QPainterPath tick;
    tick.moveTo(0, -half);
    tick.lineTo(0, half);
    m_expectedDraw->setScatterStyle(QCPScatterStyle(tick, QPen(dashboardColours::expectedDraw(), 2.5), Qt::NoBrush, 6));
}

int BudgetChart::rowOf(Resource r) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (m_rows[size_t(row)].resource == r)
            return row;
    return -1;
}

double BudgetChart::plottedPct(Resource r, Series s) const
{
    const double none = std::numeric_limits<double>::quiet_NaN();
    const int row = rowOf(r);
    if (row < 0)
        return none;
    switch (s) {
    case Series::Installed: return barValue(m_installed, row);
    case Series::Committed: return barValue(m_committed, row);
    case Series::Reserved: return barValue(m_reserved, row);
    case Series::OverCommitted: return barValue(m_overCommitted, row);
    case Series::Free: return barValue(m_free, row);
    case Series::ExpectedDraw:
        for (auto it = m_expectedDraw->data()->constBegin(); it != m_expectedDraw->data()->constEnd(); ++it)
            if (it->key == row)
                return it->value;
        return none;
    }
    return none;
}

QString BudgetChart::nameText(Resource r) const
{
    const int row = rowOf(r);
    return row < 0 ? QString() : m_names[size_t(row)]->text();
}

QString BudgetChart::figuresText(Resource r) const
{
    const int row = rowOf(r);
    return row < 0 ? QString() : m_figures[size_t(row)]->text();
}

bool BudgetChart::isMarkedBinding(Resource r) const
{
    const int row = rowOf(r);
    return row >= 0 && m_names[size_t(row)]->font().bold() && m_outlines[size_t(row)] != nullptr;
}

double BudgetChart::axisUpperPct() const
{
    return m_plot->xAxis->range().upper;
}

bool BudgetChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const double key = m_plot->yAxis->pixelToCoord(help->pos().y());
        const int row = int(std::lround(key));
        if (row >= 0 && row < rowCount() && std::abs(key - row) <= 0.5)
            QToolTip::showText(help->globalPos(), toolTipText(row), m_plot);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString BudgetChart::toolTipText(int row) const
{
    const BudgetRow &r = m_rows[size_t(row)];
    const auto amount = [&](double v) { return withUnit(preciseAmount(v, r.resource), r.resource).toHtmlEscaped(); };
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(resourceDisplayName(r.resource).toHtmlEscaped())
          << tr("Installed: %1").arg(amount(r.budget.installed)) << tr("Usable: %1").arg(amount(r.budget.usable))
          << tr("Committed: %1").arg(amount(r.budget.committed)) << tr("Reserved: %1").arg(amount(r.budget.reserved))
          << tr("Expected draw: %1").arg(amount(r.budget.expectedDraw)) << tr("Free: %1").arg(amount(r.budget.free));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace hectare::ui
