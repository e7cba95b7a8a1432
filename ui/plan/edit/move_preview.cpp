#include "move_preview.h"

#include "plan/cage_item.h"
#include "plan/hall_scene.h"
#include "plan/rack_item.h"

namespace hectare::ui {

MovePreview::~MovePreview() { finish(); }

void MovePreview::start(HallScene *scene, const LayoutSelection &objects)
{
    finish();
    if (!scene)
        return;
    m_scene = scene;
    m_offset = {};
    for (const LayoutObjectRef &ref : objects) {
        switch (ref.kind) {
        case LayoutObjectRef::Kind::Row:
            for (RackItem *rack : scene->rackItemsOfRow(ref.id))
                m_items.push_back(rack);
            if (QGraphicsItem *label = scene->itemFor(ref))
                m_items.push_back(label);
            break;
        case LayoutObjectRef::Kind::Cage:
            if (CageItem *cage = scene->cageItem(ref.id)) {
                m_items.push_back(cage);
                if (cage->labelItem())
                    m_items.push_back(cage->labelItem());
            }
            break;
        case LayoutObjectRef::Kind::Obstacle:
            if (QGraphicsItem *item = scene->itemFor(ref))
                m_items.push_back(item);
            break;
        case LayoutObjectRef::Kind::Rack:
        case LayoutObjectRef::Kind::Hall: break;
        }
    }
    m_dimensionsWereVisible = scene->dimensionsVisible();
    m_clearancesWereVisible = scene->clearancesVisible();
    scene->setDimensionsVisible(false);
    scene->setClearancesVisible(false);
}

void MovePreview::moveTo(const QPointF &offsetMm)
{
    if (!m_scene)
        return;
    const QPointF step = offsetMm - m_offset;
    if (step.isNull())
        return;
    for (QGraphicsItem *item : m_items)
        item->moveBy(step.x(), step.y());
    m_offset = offsetMm;
}

void MovePreview::finish()
{
    // A scene rebuilt meanwhile took the items with it: nothing to put back.
    if (m_scene) {
        moveTo({0, 0});
        m_scene->setDimensionsVisible(m_dimensionsWereVisible);
        m_scene->setClearancesVisible(m_clearancesWereVisible);
    }
    m_scene = nullptr;
    m_items.clear();
    m_offset = {};
}

} // namespace hectare::ui
