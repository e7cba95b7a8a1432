#include "outline_handle_item.h"

#include <QCursor>
#include <QPainter>

namespace hectare::ui {
namespace {

constexpr qreal kHalfSidePx = 5;
constexpr qreal kZ = 1000;   // over racks, obstacles, dimensions and clearance marks

} // namespace

OutlineHandleItem::OutlineHandleItem(int vertex) : m_vertex(vertex)
{
    // Constant size on screen whatever the zoom: the item's units are pixels around its position.
    setFlag(ItemIgnoresTransformations);
    setZValue(kZ);
    setAcceptedMouseButtons(Qt::NoButton);   // the editor handles the mouse
    setCursor(Qt::SizeAllCursor);
}

void OutlineHandleItem::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    update();
}

QRectF OutlineHandleItem::boundingRect() const
{
    return QRectF(-kHalfSidePx - 1, -kHalfSidePx - 1, 2 * kHalfSidePx + 2, 2 * kHalfSidePx + 2);
}

void OutlineHandleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(QPen(QColor(0x1f, 0x4e, 0x9c), 1.5));
    painter->setBrush(m_current ? QColor(0x1f, 0x4e, 0x9c) : QColor(Qt::white));
    painter->drawRect(QRectF(-kHalfSidePx, -kHalfSidePx, 2 * kHalfSidePx, 2 * kHalfSidePx));
}

} // namespace hectare::ui
