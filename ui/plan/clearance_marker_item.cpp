#include "clearance_marker_item.h"

#include "dimension_item.h"
#include "plan_shapes.h"
#include "plan_style.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace hectare::ui {
namespace {

constexpr qreal kHoverWidthMm = 200;   // how close the pointer must be to a red line for the tooltip
constexpr qreal kLabelGapPx = 6;        // between the line and its label
constexpr qreal kLabelPaddingPx = 2;

// "1.05 m < 1.20 m" on a light panel, in screen pixels (ItemIgnoresTransformations): to the right
// of a line that runs up and down, above one that runs across.
class ClearanceLabelItem : public QGraphicsItem
{
public:
    ClearanceLabelItem(const QString &text, bool besideVerticalLine, const PlanStyle &style, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_style(&style)
    {
        m_text.setText(text);
        m_text.setTextFormat(Qt::PlainText);
        m_text.prepare(QTransform(), style.dimensionFont);
        const QSizeF size = m_text.size() + QSizeF(2 * kLabelPaddingPx, 2 * kLabelPaddingPx);
        m_rect = besideVerticalLine ? QRectF(QPointF(kLabelGapPx, -size.height() / 2), size)
                                    : QRectF(QPointF(-size.width() / 2, -kLabelGapPx - size.height()), size);
        setFlag(ItemIgnoresTransformations);
        setAcceptedMouseButtons(Qt::NoButton);
    }

    QString text() const { return m_text.text(); }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style->labelHalo);
        painter->drawRect(m_rect);
        painter->setPen(m_style->violationLine.color());
        painter->setFont(m_style->dimensionFont);
        painter->drawStaticText(m_rect.topLeft() + QPointF(kLabelPaddingPx, kLabelPaddingPx), m_text);
    }

private:
    QStaticText m_text;
    QRectF m_rect;
    const PlanStyle *m_style;
};

} // namespace

ClearanceMarkerItem::ClearanceMarkerItem(const ClearanceViolation &violation, std::vector<QPolygonF> zonesMm,
                                         const PlanStyle &style)
    : m_violation(violation)
    , m_zones(std::move(zonesMm))
    , m_lineMm(violation.from.x * 1000.0, violation.from.y * 1000.0, violation.to.x * 1000.0, violation.to.y * 1000.0)
    , m_style(&style)
{
    QPainterPath lines(m_lineMm.p1());
    lines.lineTo(m_lineMm.p2());
    QRectF bounds = QRectF(m_lineMm.p1(), m_lineMm.p2()).normalized();
    const qreal margin = dimensionMarginMm();
    bounds.adjust(-margin, -margin, margin, margin);
    for (const QPolygonF &zone : m_zones) {
        lines.addPolygon(zone);
        lines.closeSubpath();
        bounds |= zone.boundingRect();
    }
    m_bounds = bounds;
    // Hovering the red lines, not the floor inside them, shows what is wrong: the racks inside
    // keep their own tooltips.
    QPainterPathStroker stroker;
    stroker.setWidth(kHoverWidthMm);
    m_hoverShape = stroker.createStroke(lines);
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(violation.message.toHtmlEscaped());
    const bool vertical = std::abs(m_lineMm.dy()) > std::abs(m_lineMm.dx());
    m_label = new ClearanceLabelItem(violationText(violation), vertical, style, this);
    m_label->setPos(m_lineMm.center());
    m_label->setToolTip(toolTip());
}

QString ClearanceMarkerItem::text() const { return static_cast<const ClearanceLabelItem *>(m_label)->text(); }

void ClearanceMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // The outlines show at every zoom: a problem must not hide when the whole hall is in view.
    painter->setPen(m_style->violationZone);
    painter->setBrush(Qt::NoBrush);
    for (const QPolygonF &zone : m_zones)
        painter->drawPolygon(zone);
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= kDimensionMinPixelsPerMm)
        paintDimensionLine(painter, m_lineMm, m_style->violationLine, m_noText, m_style->dimensionFont, *m_style);
    else
        painter->drawLine(m_lineMm);
}

} // namespace hectare::ui
