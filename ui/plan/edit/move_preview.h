#pragma once

#include "plan/hall_scene.h"

#include "layout/layout_edits.h"

#include <QPointF>
#include <QPointer>

#include <vector>

class QGraphicsItem;

namespace hectare::ui {

// The items of a selection being dragged, moved on screen only: the document is written once,
// when the mouse is released. Rows move with their racks and label, cages with their label.
// The dimension lines and clearance marks, which would no longer be right, are hidden meanwhile.
class MovePreview
{
public:
    MovePreview() = default;
    ~MovePreview();
    MovePreview(const MovePreview &) = delete;
    MovePreview &operator=(const MovePreview &) = delete;

    void start(HallScene *scene, const LayoutSelection &objects);
    bool isActive() const { return m_scene != nullptr; }
    // Puts the items `offsetMm` away from where they were at the start.
    void moveTo(const QPointF &offsetMm);
    // Back where they were, marks shown again; the preview ends.
    void finish();

private:
    QPointer<HallScene> m_scene;
    std::vector<QGraphicsItem *> m_items;
    QPointF m_offset;
    bool m_dimensionsWereVisible = false;
    bool m_clearancesWereVisible = false;
};

} // namespace hectare::ui
