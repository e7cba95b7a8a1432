#include "row_label_item.h"

#include "plan_style.h"

#include "model/geometry.h"

#include <QPainter>

namespace hectare::ui {
namespace {

constexpr double kGapMm = 150;   // between the label square and the row's first position

} // namespace

RowLabelItem::RowLabelItem(const Row &row, double firstOffsetMm, double depthMm, const PlanStyle &style)
    : m_rowId(row.id)
    , m_name(row.name)
    , m_rect(0, 0, depthMm, depthMm)
    , m_style(&style)
{
    // The square is laid out like a rack position before the row's start, so it follows the
    // row's orientation exactly as the racks do.
    Rack square;
    square.offsetMm = firstOffsetMm - kGapMm - depthMm;
    square.widthMm = depthMm;
    square.depthMm = depthMm;
    const QuadM footprint = rackFootprint(row, square);
    setPos(footprint[0].x * 1000.0, footprint[0].y * 1000.0);
    setRotation(row.orientationDeg);
    setAcceptedMouseButtons(Qt::NoButton);
}

void RowLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QTransform toDevice = painter->worldTransform();
    const QRectF box = toDevice.mapRect(m_rect);
    const QFontMetricsF &metrics = m_style->rowMetrics;
    if (box.width() < metrics.horizontalAdvance(m_name) + 2 || box.height() < metrics.height())
        return;
    painter->setWorldTransform(QTransform());
    painter->setFont(m_style->rowFont);
    painter->setPen(m_style->rowLabelColour);
    painter->drawText(box, Qt::AlignCenter, m_name);
    painter->setWorldTransform(toDevice);
}

} // namespace hectare::ui
