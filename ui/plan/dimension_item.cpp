#include "dimension_item.h"

#include "plan_shapes.h"
#include "plan_style.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <numbers>

namespace hectare::ui {
namespace {

constexpr qreal kTickPx = 4;          // half length of the 45° ticks
constexpr qreal kTextPaddingPx = 2;
constexpr qreal kMarginPx = 12;        // ticks and half the text's panel, with room to spare
constexpr qreal kHoverWidthMm = 150;   // how close the pointer must be for the tooltip

QLineF lineOf(const PointM &from, const PointM &to)
{
    return QLineF(from.x * 1000.0, from.y * 1000.0, to.x * 1000.0, to.y * 1000.0);
}

QString dimensionToolTip(const LayoutDimension &dimension)
{
    QString what;
    switch (dimension.kind) {
    case LayoutDimension::Kind::Aisle: what = PlanText::tr("Aisle"); break;
    case LayoutDimension::Kind::Wall: what = PlanText::tr("To the wall"); break;
    case LayoutDimension::Kind::Service: what = PlanText::tr("Service clearance"); break;
    }
    QString tip = PlanText::tr("%1: %2").arg(what, metresText(dimension.lengthM));
    if (dimension.requiredM > 0)
        tip += QStringLiteral("<br>") + PlanText::tr("At least %1").arg(metresText(dimension.requiredM));
    return tip;
}

} // namespace

qreal dimensionMarginMm() { return kMarginPx / kDimensionMinPixelsPerMm; }

void paintDimensionLine(QPainter *painter, const QLineF &lineMm, const QPen &pen, const QStaticText &text,
                        const QFont &font, const PlanStyle &style, bool textNearEnd)
{
    const QTransform toDevice = painter->worldTransform();
    const QLineF line = toDevice.map(lineMm);
    const qreal length = line.length();
    if (length < 1)
        return;
    const QPointF along = (line.p2() - line.p1()) / length;
    const QPointF across(-along.y(), along.x());
    const QPointF tick = (along + across) * (kTickPx / std::numbers::sqrt2);

    painter->setWorldTransform(QTransform());
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QLineF lines[3] = {line, QLineF(line.p1() - tick, line.p1() + tick), QLineF(line.p2() - tick, line.p2() + tick)};
    painter->drawLines(lines, 3);

    const QSizeF size = text.size();
    if (!text.text().isEmpty() && length >= size.width() + 2 * (kTickPx + kTextPaddingPx)) {
        // Along the line, read from below or from the right as drawings are.
        qreal angle = std::atan2(along.y(), along.x()) * 180 / std::numbers::pi;
        if (angle > 90.5)
            angle -= 180;
        else if (angle <= -89.5)
            angle += 180;
        const qreal fromEnd = size.width() / 2 + kTickPx + 2 * kTextPaddingPx;
        painter->translate(textNearEnd && length / 2 > fromEnd ? line.p2() - along * fromEnd : line.center());
        painter->rotate(angle);
        const QRectF panel(-size.width() / 2 - kTextPaddingPx, -size.height() / 2, size.width() + 2 * kTextPaddingPx,
                           size.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.labelHalo);
        painter->drawRect(panel);
        painter->setPen(pen.color());
        painter->setFont(font);
        painter->drawStaticText(QPointF(-size.width() / 2, -size.height() / 2), text);
    }
    painter->setWorldTransform(toDevice);
}

DimensionItem::DimensionItem(const LayoutDimension &dimension, const PlanStyle &style)
    : m_dimension(dimension)
    , m_lineMm(lineOf(dimension.from, dimension.to))
    , m_style(&style)
{
    const qreal margin = dimensionMarginMm();
    m_bounds = QRectF(m_lineMm.p1(), m_lineMm.p2()).normalized().adjusted(-margin, -margin, margin, margin);
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(dimensionToolTip(dimension));
}

QString DimensionItem::text() const { return metresText(m_dimension.lengthM); }

QPainterPath DimensionItem::shape() const
{
    if (m_hoverShape.isEmpty()) {
        QPainterPath path(m_lineMm.p1());
        path.lineTo(m_lineMm.p2());
        QPainterPathStroker stroker;
        stroker.setWidth(kHoverWidthMm);
        m_hoverShape = stroker.createStroke(path);
    }
    return m_hoverShape;
}

void DimensionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod < kDimensionMinPixelsPerMm)
        return;
    if (m_text.text().isEmpty()) {
        m_text.setText(text());
        m_text.setTextFormat(Qt::PlainText);
        m_text.prepare(QTransform(), m_style->dimensionFont);
    }
    paintDimensionLine(painter, m_lineMm, m_dimension.violates ? m_style->violationLine : m_style->dimensionLine, m_text,
                       m_style->dimensionFont, *m_style, m_dimension.kind == LayoutDimension::Kind::Wall);
}

} // namespace hectare::ui
