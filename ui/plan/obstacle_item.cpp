#include "obstacle_item.h"

#include "layout_colours.h"
#include "plan_colours.h"
#include "plan_item_ref.h"
#include "plan_style.h"

#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace hectare::ui {
namespace {

constexpr qreal kMarksMinPx = 10;       // hatching and arrows on a smaller shape are only noise
constexpr qreal kLabelPaddingPx = 2;

QPen cosmeticPen(const QColor &colour)
{
    QPen pen(colour, 1);
    pen.setCosmetic(true);
    return pen;
}

} // namespace

ObstacleItem::ObstacleItem(const Obstacle &obstacle, const PlanStyle &style) : m_style(&style)
{
    setFlag(ItemIsSelectable);
    setAcceptedMouseButtons(Qt::LeftButton);
    setObstacle(obstacle);
}

void ObstacleItem::setObstacle(const Obstacle &obstacle)
{
    prepareGeometryChange();
    m_obstacle = obstacle;
    setLayoutRef(this, {LayoutObjectRef::Kind::Obstacle, obstacle.id});
    m_shape = obstacleShape(obstacle);
    // A door is picked by its opening and its swing, anything else by its body.
    m_pickShape = m_shape.body;
    if (obstacle.kind == ObstacleKind::Door)
        m_pickShape.addRect(m_shape.marks.boundingRect());
    m_fill = QBrush(obstacleFill(obstacle.kind));
    m_edge = cosmeticPen(obstacleEdge(obstacle.kind));
    m_marks = cosmeticPen(obstacleMark(obstacle.kind));
    m_labelColour = labelColourOn(obstacleFill(obstacle.kind));
    m_nameText = QStaticText();
    setPos(obstacle.centre.x * 1000.0, obstacle.centre.y * 1000.0);
    setRotation(obstacle.rotationDeg);

    const QLocale locale;
    setToolTip(QStringLiteral("<b>%1</b><br>").arg(obstacle.name.toHtmlEscaped())
               + PlanText::tr("Kind: %1").arg(displayName(obstacle.kind)) + QStringLiteral("<br>")
               + PlanText::tr("Size: %1 × %2").arg(locale.toString(obstacle.widthM, 'f', 2), metresText(obstacle.depthM)));
    update();
}

QPainterPath ObstacleItem::shape() const { return m_pickShape; }

void ObstacleItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const qreal minSidePx = std::min(m_shape.rectMm.width(), m_shape.rectMm.height()) * lod;
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_fill);
    painter->drawPath(m_shape.body);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(m_edge);
    painter->drawPath(m_shape.outline);
    // A door's swing and a CRAH's arrow say which way it opens or blows even when it is small.
    const qreal marksSizePx = std::max(m_shape.rectMm.width(), m_shape.rectMm.height()) * lod;
    if (!m_shape.marks.isEmpty() && marksSizePx >= kMarksMinPx) {
        painter->setPen(m_marks);
        painter->drawPath(m_shape.marks);
    }
    if (isSelected()) {
        // Inside the bounds (by the pen's half width), in the plan's selection colours, as racks
        // show theirs, so that it leaves no trace when the selection moves on.
        const QRectF box = m_shape.boundsMm;
        const qreal inset = std::min(1.5 / lod, std::min(box.width(), box.height()) / 4);
        const QRectF frame = box.adjusted(inset, inset, -inset, -inset);
        painter->setPen(m_style->selectionOuter);
        painter->drawRect(frame);
        painter->setPen(m_style->selectionInner);
        painter->drawRect(frame);
    }
    if (minSidePx >= m_style->rackMetrics.height() && !m_obstacle.name.isEmpty())
        paintLabel(painter);
}

void ObstacleItem::paintLabel(QPainter *painter) const
{
    // In device pixels and upright, whatever the obstacle's rotation (see RackItem::paintLabel).
    const QTransform toDevice = painter->worldTransform();
    const QRectF box = toDevice.mapRect(m_shape.rectMm).adjusted(kLabelPaddingPx, kLabelPaddingPx, -kLabelPaddingPx,
                                                                 -kLabelPaddingPx);
    if (m_nameText.text().isEmpty()) {
        m_nameText.setText(m_obstacle.name);
        m_nameText.setTextFormat(Qt::PlainText);
        m_nameText.prepare(QTransform(), m_style->rackFont);
    }
    const QSizeF size = m_nameText.size();
    if (box.width() < size.width() || box.height() < size.height())
        return;
    painter->setWorldTransform(QTransform());
    painter->setPen(m_labelColour);
    painter->setFont(m_style->rackFont);
    painter->drawStaticText(box.center() - QPointF(size.width() / 2, size.height() / 2), m_nameText);
    painter->setWorldTransform(toDevice);
}

} // namespace hectare::ui
