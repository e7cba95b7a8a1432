#include "plan_style.h"

#include "layout_colours.h"
#include "plan_colours.h"

#include <QGuiApplication>

namespace hectare::ui {
namespace {

QPen cosmeticPen(const QColor &colour, qreal widthPx)
{
    QPen pen(colour, widthPx);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

QFont pixelFont(int pixelSize, bool bold)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

} // namespace

PlanStyle::PlanStyle()
    // Opaque colours throughout: Qt's raster engine blends a translucent line span by span and
    // hands long runs of spans to a thread pool, which cost more than the whole rest of a frame.
    : rackOutline(cosmeticPen(QColor(0x5a, 0x5a, 0x5a), 1))
    , blockedCrossOnDark(cosmeticPen(crossColourOn(Qt::black), 1))
    , blockedCrossOnLight(cosmeticPen(crossColourOn(Qt::white), 1))
    , selectionOuter(cosmeticPen(Qt::black, 3))
    , selectionInner(cosmeticPen(Qt::white, 1))
    , hallOutline(cosmeticPen(QColor(0x40, 0x40, 0x40), 2))
    , tileGrid(cosmeticPen(QColor(0xd8, 0xde, 0xe6), 1))
    , hallFloor(QColor(0xfb, 0xfb, 0xfa))
    , surround(QColor(0xe4, 0xe4, 0xe2))
    , rowLabelColour(0x20, 0x20, 0x20)
    , obstacleEdge(cosmeticPen(QColor(0x40, 0x40, 0x40), 1))
    , dimensionLine(cosmeticPen(dimensionColour(), 1))
    , violationLine(cosmeticPen(violationColour(), 2))
    , violationZone(cosmeticPen(violationColour(), 2))
    , labelHalo(QColor(0xfb, 0xfb, 0xfa, 220))
    , rackFont(pixelFont(11, false))
    , rackDetailFont(pixelFont(10, false))
    , rowFont(pixelFont(13, true))
    , dimensionFont(pixelFont(10, false))
    , cageFont(pixelFont(12, true))
    , rackMetrics(rackFont)
    , rackDetailMetrics(rackDetailFont)
    , rowMetrics(rowFont)
    , dimensionMetrics(dimensionFont)
    , cageMetrics(cageFont)
{
}

} // namespace hectare::ui
