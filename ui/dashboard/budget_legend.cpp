#include "budget_legend.h"

#include "dashboard_colours.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace hectare::ui {

namespace {

enum class Swatch { Block, Tick };

QPixmap swatch(const QColor &colour, Swatch kind, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    if (kind == Swatch::Block) {
        // A hairline a shade darker keeps the faint "installed" swatch visible on a grey window.
        painter.setPen(QPen(colour.darker(125), 1));
        painter.setBrush(colour);
        painter.drawRect(QRectF(0.5, size * 0.2 + 0.5, size - 1, size * 0.6 - 1));
    } else {
        painter.setPen(QPen(colour, 2.5));
        painter.drawLine(QPointF(size / 2.0, 0), QPointF(size / 2.0, size));
    }
    return pixmap;
}

QWidget *entry(const QPixmap &pixmap, const QString &text, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *icon = new QLabel(box);
    icon->setPixmap(pixmap);
    layout->addWidget(icon);
    layout->addWidget(new QLabel(text, box));
    layout->addStretch();
    return box;
}

} // namespace

BudgetLegend::BudgetLegend(QWidget *parent) : QWidget(parent)
{
    namespace c = dashboardColours;
    const int size = fontMetrics().height();
    const qreal dpr = devicePixelRatioF();
    const struct
    {
        QColor colour;
        Swatch kind;
        QString text;
    } entries[] = {
        {c::committed(), Swatch::Block, tr("Committed")},
        {c::reserved(), Swatch::Block, tr("Reserved")},
        {c::free(), Swatch::Block, tr("Free")},
        {c::overCommitted(), Swatch::Block, tr("Over-committed")},
        {c::installed(), Swatch::Block, tr("Installed")},
        {c::expectedDraw(), Swatch::Tick, tr("Expected draw")},
    };
    // Three columns: two short lines fit a 380 px dock in English and in French.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    int i = 0;
    for (const auto &e : entries) {
        grid->addWidget(entry(swatch(e.colour, e.kind, size, dpr), e.text, this), i / 3, i % 3);
        ++i;
    }
}

} // namespace hectare::ui
