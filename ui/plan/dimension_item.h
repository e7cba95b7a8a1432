#pragma once

#include "layout/clearance.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QPen>
#include <QStaticText>

namespace hectare::ui {

struct PlanStyle;

// Dimension lines are drawn from this zoom (screen pixels per millimetre) up: further out the
// aisles of a large hall are a few pixels wide and their figures would be clutter.
inline constexpr qreal kDimensionMinPixelsPerMm = 0.025;

// Paints a dimension line in screen pixels over `lineMm` (scene units): the line in `pen`,
// oblique ticks at both ends, and `text` along it on a light panel when it fits between the ticks:
// in the middle, or near the line's end when `textNearEnd` (a distance from a row to a wall: the
// row's name stands at the row's end of it).
void paintDimensionLine(QPainter *painter, const QLineF &lineMm, const QPen &pen, const QStaticText &text,
                        const QFont &font, const PlanStyle &style, bool textNearEnd = false);
// Scene units to add around a dimension line so that its ticks and text stay inside the item's bounds.
qreal dimensionMarginMm();

// One of core's layoutDimensions(): an aisle's width, a row's distance to a wall, a PDU's or a
// CRAH's service depth, with its length in metres ("1.20 m"). Red when it breaks its rule.
// Pens are cosmetic and the text is in screen pixels, so it reads the same at every zoom.
class DimensionItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 6 };

    DimensionItem(const LayoutDimension &dimension, const PlanStyle &style);

    int type() const override { return Type; }
    const LayoutDimension &dimension() const { return m_dimension; }
    QString text() const;

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    LayoutDimension m_dimension;
    QLineF m_lineMm;
    QRectF m_bounds;
    // Made on first use: a large hall has hundreds of dimensions, most of them never hovered nor
    // shown at the zoom the plan opens at.
    mutable QPainterPath m_hoverShape;
    mutable QStaticText m_text;
    const PlanStyle *m_style;
};

} // namespace hectare::ui
