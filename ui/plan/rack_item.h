#pragma once

#include "model/hall.h"

#include <QBrush>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QStaticText>

namespace hectare::ui {

struct PlanStyle;

// The key under which rack items also carry their rack id (QGraphicsItem::data), for code that
// only holds a QGraphicsItem.
inline constexpr int kRackIdDataKey = 0;

// One rack position, drawn to scale. Its local frame is the rack's own: x along the row over the
// width, y over the depth, origin at the front-start corner; position and rotation place it in
// the hall, so the paint is always one rectangle. Labels are drawn in screen pixels and only
// when they fit, so that a 1,000-rack hall stays cheap to paint when zoomed out.
class RackItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::RackItem)

public:
    enum { Type = UserType + 1 };

    RackItem(const Rack &rack, const Row &row, const QString &tenantName, const PlanStyle &style);

    int type() const override { return Type; }
    Id rackId() const { return m_rack.id; }
    const Rack &rack() const { return m_rack; }

    // An edit changed the rack: new label, tooltip and, when it moved or changed size, geometry.
    void setRack(const Rack &rack, const Row &row, const QString &tenantName);

    const QBrush &brush() const { return m_brush; }
    void setBrush(const QBrush &brush);

    QRectF boundingRect() const override { return m_rect; }
    QPainterPath shape() const override;
    bool contains(const QPointF &point) const override { return m_rect.contains(point); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void placeOnRow(const Row &row);
    void updateToolTip();
    void paintSelection(QPainter *painter, qreal lod) const;
    void paintLabel(QPainter *painter) const;
    static const QStaticText &preparedText(QStaticText &text, const QString &string, const QFont &font);

    Rack m_rack;
    QString m_tenantName;
    QString m_detail;   // second label line, e.g. "4 kW"
    // Laid out on first use and kept: re-laying out text per frame was most of a zoomed-in frame.
    mutable QStaticText m_nameText;
    mutable QStaticText m_detailText;
    QRectF m_rect;
    QBrush m_brush;
    QColor m_labelColour;
    const PlanStyle *m_style;
};

} // namespace hectare::ui
