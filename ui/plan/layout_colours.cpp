#include "layout_colours.h"

#include "plan_colours.h"

namespace hectare::ui {

QColor obstacleFill(ObstacleKind kind)
{
    switch (kind) {
    case ObstacleKind::Column: return QColor(0xa6, 0xa6, 0xa6);
    case ObstacleKind::Wall: return QColor(0x3c, 0x3c, 0x3c);
    case ObstacleKind::Door: return QColor(0xfb, 0xfb, 0xfa);          // the floor: a gap in the wall
    case ObstacleKind::Crah: return QColor(0x9c, 0xd0, 0xf0);          // pale sky blue: cold air
    case ObstacleKind::Pdu: return QColor(0xfd, 0xc0, 0x86);           // peach: power
    case ObstacleKind::FireCylinder: return QColor(0xd7, 0x30, 0x27);  // fire-equipment red
    }
    return QColor(0xa6, 0xa6, 0xa6);
}

QColor obstacleEdge(ObstacleKind kind)
{
    switch (kind) {
    case ObstacleKind::Crah: return QColor(0x1f, 0x5f, 0x8b);
    case ObstacleKind::Pdu: return QColor(0xa6, 0x50, 0x00);
    case ObstacleKind::FireCylinder: return QColor(0x7a, 0x10, 0x10);
    case ObstacleKind::Wall: return QColor(0x20, 0x20, 0x20);
    case ObstacleKind::Column:
    case ObstacleKind::Door: break;
    }
    return QColor(0x40, 0x40, 0x40);
}

QColor obstacleMark(ObstacleKind kind)
{
    switch (kind) {
    case ObstacleKind::Crah: return QColor(0x10, 0x40, 0x70);
    case ObstacleKind::Door: return QColor(0x50, 0x50, 0x50);
    case ObstacleKind::Column: return QColor(0x55, 0x55, 0x55);
    case ObstacleKind::Wall:
    case ObstacleKind::Pdu:
    case ObstacleKind::FireCylinder: break;
    }
    return obstacleEdge(kind);
}

QColor cageFill(Id tenantId)
{
    QColor colour = tenantColour(tenantId);
    colour.setAlpha(48);
    return colour;
}

QColor cageFence(Id tenantId) { return tenantColour(tenantId).darker(160); }

QColor dimensionColour() { return QColor(0x2c, 0x3e, 0x50); }
QColor violationColour() { return QColor(0xe0, 0x10, 0x10); }

} // namespace hectare::ui
