#pragma once

#include "model/hall.h"

#include <QCoreApplication>
#include <QPointer>

#include <optional>
#include <vector>

class QGraphicsPathItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;

namespace hectare::ui {

// The cage being drawn: the corners clicked so far and, while the mouse moves, the corner it
// would add, shown on the plan as a tinted polygon with its area in m². Nothing is written to
// the document until the drawing is closed (PlanEditor makes the cage then).
class CageDrawing
{
    Q_DECLARE_TR_FUNCTIONS(hectare::ui::CageDrawing)

public:
    CageDrawing() = default;
    ~CageDrawing();
    CageDrawing(const CageDrawing &) = delete;
    CageDrawing &operator=(const CageDrawing &) = delete;

    // Draws on `scene` from now on (after a rebuild: the old scene took its items with it).
    void attachTo(QGraphicsScene *scene);

    const std::vector<PointM> &points() const { return m_points; }
    bool isEmpty() const { return m_points.empty(); }
    bool canClose() const { return m_points.size() >= 3; }
    // A corner where the last one already is is not added (the second click of a double-click).
    void addPoint(const PointM &point);
    void removeLastPoint();
    void setHover(std::optional<PointM> point);
    void clear();

    // The area the polygon would have if closed now, the hovered corner included.
    double areaM2() const;
    QString areaText() const;

private:
    std::vector<PointM> shownPoints() const;
    void update();
    void removeItems();

    std::vector<PointM> m_points;
    std::optional<PointM> m_hover;
    QPointer<QGraphicsScene> m_scene;
    QGraphicsPathItem *m_path = nullptr;
    QGraphicsSimpleTextItem *m_label = nullptr;
};

} // namespace hectare::ui
