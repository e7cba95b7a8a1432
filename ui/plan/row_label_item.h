#pragma once

#include "model/hall.h"

#include <QGraphicsItem>

namespace hectare::ui {

struct PlanStyle;

// A row's name, in a square as deep as the row just before its first position. The square
// bounds the label in scene units; the text itself is drawn in screen pixels, and only when it
// fits in the square, so it never spills outside the item's bounds.
class RowLabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    // `firstOffsetMm` and `depthMm`: where the row's positions start and how deep they are.
    RowLabelItem(const Row &row, double firstOffsetMm, double depthMm, const PlanStyle &style);

    int type() const override { return Type; }
    Id rowId() const { return m_rowId; }

    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Id m_rowId;
    QString m_name;
    QRectF m_rect;
    const PlanStyle *m_style;
};

} // namespace hectare::ui
