#pragma once

#include "layout/clearance.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QPolygonF>
#include <QStaticText>

#include <vector>

namespace hectare::ui {

struct PlanStyle;

// One clearance problem from core's checkClearances(), over the plan in red: a red outline around
// each object it is about (the rows either side of a narrow aisle, the rack too close to a wall, the
// PDU whose front is blocked) and a red dimension where it is measured. What it measures,
// "1.05 m < 1.20 m", is a child item beside the dimension's middle that keeps its size in screen
// pixels, so that it reads at every zoom even where the line is too short to hold it.
class ClearanceMarkerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 7 };

    // `zonesMm`: where the culprits stand, in scene units (culpritZonesMm).
    ClearanceMarkerItem(const ClearanceViolation &violation, std::vector<QPolygonF> zonesMm, const PlanStyle &style);

    int type() const override { return Type; }
    const ClearanceViolation &violation() const { return m_violation; }
    const std::vector<QPolygonF> &zonesMm() const { return m_zones; }
    QLineF lineMm() const { return m_lineMm; }
    QString text() const;

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_hoverShape; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    ClearanceViolation m_violation;
    std::vector<QPolygonF> m_zones;
    QLineF m_lineMm;
    QRectF m_bounds;
    QPainterPath m_hoverShape;
    QStaticText m_noText;   // the line carries no text: the label does
    QGraphicsItem *m_label = nullptr;
    const PlanStyle *m_style;
};

} // namespace hectare::ui
