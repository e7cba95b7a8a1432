#pragma once

#include "plan_shapes.h"

#include "model/layout.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPen>
#include <QStaticText>

namespace hectare::ui {

struct PlanStyle;

// A column, wall, door, CRAH/CRAC, PDU/RPP or fire cylinder on the hall plan, to scale, in the
// look of its kind (obstacleShape). Its local frame is the obstacle's own (mm, centred, front at
// -y); position and rotation place it in the hall. The name is drawn in screen pixels when it fits.
class ObstacleItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    ObstacleItem(const Obstacle &obstacle, const PlanStyle &style);

    int type() const override { return Type; }
    Id obstacleId() const { return m_obstacle.id; }
    const Obstacle &obstacle() const { return m_obstacle; }
    // An edit moved, turned, resized or renamed it.
    void setObstacle(const Obstacle &obstacle);

    QRectF boundingRect() const override { return m_shape.boundsMm; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintLabel(QPainter *painter) const;

    Obstacle m_obstacle;
    ObstacleShape m_shape;
    QPainterPath m_pickShape;
    QBrush m_fill;
    QPen m_edge;
    QPen m_marks;
    QColor m_labelColour;
    mutable QStaticText m_nameText;   // laid out on first use and kept, as RackItem does
    const PlanStyle *m_style;
};

} // namespace hectare::ui
