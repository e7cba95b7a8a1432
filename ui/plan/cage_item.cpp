#include "cage_item.h"

#include "layout_colours.h"
#include "plan_shapes.h"
#include "plan_item_ref.h"
#include "plan_style.h"

#include "model/geometry.h"

#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace hectare::ui {
namespace {

constexpr qreal kFenceWidthPx = 2;
constexpr qreal kLabelInsetPx = 6;
constexpr qreal kLabelPaddingPx = 3;

} // namespace

CageItem::CageItem(const Cage &cage, const QString &tenantName, const PlanStyle &style)
    : m_cage(cage)
    , m_label(cageLabel(cage, tenantName))
    , m_outline(polygonMm(cage.outline))
    , m_fill(cageFill(cage.tenantId))
    , m_fence(cageFence(cage.tenantId), kFenceWidthPx, Qt::DashLine)
    , m_style(&style)
{
    setFlag(ItemIsSelectable);
    setAcceptedMouseButtons(Qt::LeftButton);
    setLayoutRef(this, {LayoutObjectRef::Kind::Cage, cage.id});
    m_fence.setCosmetic(true);
    m_path.addPolygon(m_outline);
    m_path.closeSubpath();
    m_bounds = m_outline.boundingRect();
    setToolTip(QStringLiteral("<b>%1</b>").arg(m_label.toHtmlEscaped()));
    const QString area = PlanText::tr("%1 m²").arg(QLocale().toString(polygonAreaM2(cage.outline), 'f', 1));
    const QStringList shorter{m_label, cage.name + QStringLiteral(" · ") + area, cage.name};
    m_labelItem = new CageLabelItem(shorter, m_bounds, cageFence(cage.tenantId), style);
}

void CageItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_fill);
    painter->drawPath(m_path);
    painter->setBrush(Qt::NoBrush);
    if (isSelected()) {
        painter->setPen(m_style->selectionOuter);
        painter->drawPath(m_path);
        painter->setPen(m_style->selectionInner);
        painter->drawPath(m_path);
    } else {
        painter->setPen(m_fence);
        painter->drawPath(m_path);
    }
}

CageLabelItem::CageLabelItem(const QStringList &texts, const QRectF &cageBoundsMm, const QColor &colour,
                             const PlanStyle &style)
    : m_bounds(cageBoundsMm)
    , m_colour(colour)
    , m_style(&style)
{
    for (const QString &text : texts) {
        QStaticText &prepared = m_texts.emplace_back(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.prepare(QTransform(), style.cageFont);
    }
    if (m_texts.empty())
        m_texts.emplace_back();
    setAcceptedMouseButtons(Qt::NoButton);
}

void CageLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QTransform toDevice = painter->worldTransform();
    const QRectF box = toDevice.mapRect(m_bounds);
    // Only inside the cage: the bounding rectangle is the cage's, and a label that spills over the
    // fence would say nothing about which cage it names.
    const QStaticText *text = nullptr;
    QRectF panel;
    for (const QStaticText &candidate : m_texts) {
        panel = QRectF(box.topLeft() + QPointF(kLabelInsetPx, kLabelInsetPx),
                       candidate.size() + QSizeF(2 * kLabelPaddingPx, 2 * kLabelPaddingPx));
        if (panel.right() <= box.right() - kLabelInsetPx && panel.bottom() <= box.bottom() - kLabelInsetPx) {
            text = &candidate;
            break;
        }
    }
    if (!text || text->text().isEmpty())
        return;
    painter->setWorldTransform(QTransform());
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style->labelHalo);
    painter->drawRect(panel);
    painter->setPen(m_colour);
    painter->setFont(m_style->cageFont);
    painter->drawStaticText(panel.topLeft() + QPointF(kLabelPaddingPx, kLabelPaddingPx), *text);
    painter->setWorldTransform(toDevice);
}

} // namespace hectare::ui
