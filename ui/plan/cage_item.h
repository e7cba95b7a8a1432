#pragma once

#include "model/layout.h"

#include <QBrush>
#include <QGraphicsItem>
#include <QPen>
#include <QPolygonF>
#include <QStaticText>
#include <QStringList>

#include <vector>

namespace hectare::ui {

struct PlanStyle;
class CageLabelItem;

// A tenant's cage on the hall plan: its floor tinted in the tenant's colour, fenced in a dashed
// line. Drawn under the racks it encloses; its label ("Cage 3 · Orange · 24.0 m²") is a separate
// CageLabelItem over them, so that the racks never hide it.
class CageItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    CageItem(const Cage &cage, const QString &tenantName, const PlanStyle &style);

    int type() const override { return Type; }
    Id cageId() const { return m_cage.id; }
    const Cage &cage() const { return m_cage; }
    QPolygonF outlineMm() const { return m_outline; }
    QString label() const { return m_label; }

    // The item that shows the label; the scene adds it (see HallScene).
    CageLabelItem *labelItem() const { return m_labelItem; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_path; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Cage m_cage;
    QString m_label;
    QPolygonF m_outline;
    QPainterPath m_path;
    QRectF m_bounds;
    QBrush m_fill;
    QPen m_fence;
    CageLabelItem *m_labelItem = nullptr;
    const PlanStyle *m_style;
};

// A cage's label in screen pixels at the cage's top-left corner, on a light panel so that it
// reads over racks; only when it fits in the cage, shortened (name and area, then the name) when
// the whole does not. Takes no clicks and no hover.
class CageLabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    // `texts`: the label from longest to shortest.
    CageLabelItem(const QStringList &texts, const QRectF &cageBoundsMm, const QColor &colour, const PlanStyle &style);

    int type() const override { return Type; }
    QString text() const { return m_texts.front().text(); }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::vector<QStaticText> m_texts;
    QRectF m_bounds;
    QColor m_colour;
    const PlanStyle *m_style;
};

} // namespace hectare::ui
