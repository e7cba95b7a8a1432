#include "rack_item.h"

#include "plan_item_ref.h"

#include "plan_colours.h"
#include "plan_style.h"

#include "model/geometry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

// Screen sizes below which a detail is not worth its paint time or would be noise.
constexpr qreal kOutlineMinPx = 4;
constexpr qreal kCrossMinPx = 6;
constexpr qreal kLabelPaddingPx = 3;

QString kwText(double kw)
{
    const bool whole = std::abs(kw - std::round(kw)) < 1e-9;
    return QCoreApplication::translate("hectare::ui::RackItem", "%1 kW")
        .arg(QLocale().toString(kw, 'f', whole ? 0 : 1));
}

} // namespace

RackItem::RackItem(const Rack &rack, const Row &row, const QString &tenantName, const PlanStyle &style)
    : m_style(&style)
{
    setFlag(ItemIsSelectable);
    setAcceptedMouseButtons(Qt::LeftButton);
    setRack(rack, row, tenantName);
}

void RackItem::setRack(const Rack &rack, const Row &row, const QString &tenantName)
{
    const bool geometryChanged = m_rect.isNull() || rack.rowId != m_rack.rowId || rack.offsetMm != m_rack.offsetMm
                                 || rack.widthMm != m_rack.widthMm || rack.depthMm != m_rack.depthMm;
    m_rack = rack;
    m_tenantName = tenantName;
    setData(kRackIdDataKey, QVariant::fromValue(rack.id));
    setLayoutRef(this, {LayoutObjectRef::Kind::Rack, rack.id});
    m_detail = rack.designKw > 0 ? kwText(rack.designKw) : QString();
    m_nameText = QStaticText();
    m_detailText = QStaticText();
    if (geometryChanged)
        placeOnRow(row);
    updateToolTip();
    update();
}

void RackItem::placeOnRow(const Row &row)
{
    prepareGeometryChange();
    m_rect = QRectF(0, 0, m_rack.widthMm, m_rack.depthMm);
    // Scene units are millimetres; rotating by the row's orientation maps local +x onto the row
    // direction and local +y onto its left, exactly as rackFootprint() lays the rack out.
    const QuadM footprint = rackFootprint(row, m_rack);
    setPos(footprint[0].x * 1000.0, footprint[0].y * 1000.0);
    setRotation(row.orientationDeg);
}

void RackItem::setBrush(const QBrush &brush)
{
    if (brush == m_brush)
        return;
    m_brush = brush;
    m_labelColour = labelColourOn(brush.color());
    update();
}

QPainterPath RackItem::shape() const
{
    QPainterPath path;
    path.addRect(m_rect);
    return path;
}

void RackItem::updateToolTip()
{
    const QString tenant = m_tenantName.isEmpty() ? tr("none") : m_tenantName.toHtmlEscaped();
    setToolTip(QStringLiteral("<b>%1</b><br>").arg(m_rack.name.toHtmlEscaped())
               + tr("State: %1").arg(displayName(m_rack.state)) + QStringLiteral("<br>")
               + tr("Tenant: %1").arg(tenant) + QStringLiteral("<br>")
               + tr("Design: %1").arg(kwText(m_rack.designKw)));
}

void RackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const qreal minSidePx = std::min(m_rect.width(), m_rect.height()) * lod;

    // Zoomed far out, outlines would only darken the fill; the racks read as coloured rows.
    painter->setPen(minSidePx >= kOutlineMinPx ? m_style->rackOutline : QPen(Qt::NoPen));
    painter->setBrush(m_brush);
    // A rack square to the screen is drawn without antialiasing: its edges fall on whole pixels
    // anyway, and the raster engine then fills it directly rather than span by span (see
    // PlanStyle about spans and the thread pool).
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    const bool squareToScreen = painter->worldTransform().type() <= QTransform::TxScale;
    if (squareToScreen && antialiased)
        painter->setRenderHint(QPainter::Antialiasing, false);
    painter->drawRect(m_rect);

    // Blocked positions are crossed out so that they do not depend on colour alone.
    if (m_rack.state == RackState::Blocked && minSidePx >= kCrossMinPx) {
        painter->setPen(m_labelColour == Qt::white ? m_style->blockedCrossOnDark : m_style->blockedCrossOnLight);
        painter->drawLine(m_rect.topLeft(), m_rect.bottomRight());
        painter->drawLine(m_rect.topRight(), m_rect.bottomLeft());
    }
    if (isSelected())
        paintSelection(painter, lod);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
    if (minSidePx >= m_style->rackMetrics.height())
        paintLabel(painter);
}

void RackItem::paintSelection(QPainter *painter, qreal lod) const
{
    // Drawn inside the rack (inset by the pen's half width) so that it never paints outside the
    // bounding rectangle and leaves no trace when the selection moves on.
    const qreal maxInset = std::min(m_rect.width(), m_rect.height()) / 4;
    const qreal outer = std::min(1.5 / lod, maxInset);
    const qreal inner = std::min(3.5 / lod, maxInset);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(m_style->selectionOuter);
    painter->drawRect(m_rect.adjusted(outer, outer, -outer, -outer));
    painter->setPen(m_style->selectionInner);
    painter->drawRect(m_rect.adjusted(inner, inner, -inner, -inner));
}

void RackItem::paintLabel(QPainter *painter) const
{
    // Text is laid out in device pixels, upright whatever the row's orientation.
    const QTransform toDevice = painter->worldTransform();
    const QRectF box = toDevice.mapRect(m_rect).adjusted(kLabelPaddingPx, kLabelPaddingPx, -kLabelPaddingPx,
                                                         -kLabelPaddingPx);
    const PlanStyle &style = *m_style;
    const QSizeF name = preparedText(m_nameText, m_rack.name, style.rackFont).size();
    if (box.width() < name.width() || box.height() < name.height())
        return;
    QSizeF detail;
    if (!m_detail.isEmpty() && box.height() >= name.height() + style.rackDetailMetrics.height()) {
        detail = preparedText(m_detailText, m_detail, style.rackDetailFont).size();
        if (box.width() < detail.width() || box.height() < name.height() + detail.height())
            detail = {};
    }

    const QPointF centre = box.center();
    const qreal top = centre.y() - (name.height() + detail.height()) / 2;
    painter->setWorldTransform(QTransform());
    painter->setPen(m_labelColour);
    painter->setFont(style.rackFont);
    painter->drawStaticText(QPointF(centre.x() - name.width() / 2, top), m_nameText);
    if (!detail.isEmpty()) {
        painter->setFont(style.rackDetailFont);
        painter->drawStaticText(QPointF(centre.x() - detail.width() / 2, top + name.height()), m_detailText);
    }
    painter->setWorldTransform(toDevice);
}

const QStaticText &RackItem::preparedText(QStaticText &text, const QString &string, const QFont &font)
{
    if (text.text().isEmpty() && !string.isEmpty()) {
        text.setText(string);
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
    }
    return text;
}

} // namespace hectare::ui
