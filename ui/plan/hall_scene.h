#pragma once

#include "plan_colours.h"
#include "plan_legend.h"
#include "plan_style.h"
#include "tenant_hall_load.h"

#include "layout/clearance.h"
#include "model/site_model.h"

#include <QBrush>
#include <QDate>
#include <QGraphicsScene>
#include <QHash>
#include <QPolygonF>
#include <QSet>

#include <unordered_map>
#include <vector>

class QGraphicsPolygonItem;

namespace hectare::ui {

class CageItem;
class ClearanceMarkerItem;
class DimensionItem;
class ObstacleItem;
class RackItem;

// The plan of one hall, to scale. Scene units are millimetres in the hall's frame (hall metres
// × 1000, y as in the model, so the plan reads like the coordinates in the file). The floor and
// its tile grid are painted as background; the outline, the row labels, one RackItem per rack
// position, one ObstacleItem per obstacle, one CageItem per cage, core's dimension lines
// (DimensionItem) and clearance problems (ClearanceMarkerItem) are items. The scene copies what it
// draws, so it does not keep the model. Racks, obstacles and cages are selectable and carry their
// LayoutObjectRef (plan_item_ref.h).
class HallScene : public QGraphicsScene
{
    Q_OBJECT

public:
    HallScene(const SiteModel &model, Id hallId, QDate asOf, PlanColourMode mode = PlanColourMode::State,
              QObject *parent = nullptr);
    ~HallScene() override;

    Id hallId() const { return m_hall.id; }
    const Hall &hall() const { return m_hall; }
    QPolygonF hallOutlineMm() const { return m_outlineMm; }
    QRectF hallRectMm() const { return m_hallRectMm; }
    QGraphicsPolygonItem *hallOutlineItem() const { return m_outlineItem; }

    RackItem *rackItem(Id rackId) const;
    const std::unordered_map<Id, RackItem *> &rackItems() const { return m_racks; }
    std::vector<RackItem *> rackItemsOfRow(Id rowId) const;

    ObstacleItem *obstacleItem(Id obstacleId) const;
    CageItem *cageItem(Id cageId) const;
    const std::unordered_map<Id, ObstacleItem *> &obstacleItems() const { return m_obstacles; }
    const std::unordered_map<Id, CageItem *> &cageItems() const { return m_cages; }
    const std::vector<DimensionItem *> &dimensionItems() const { return m_dimensions; }
    const std::vector<ClearanceMarkerItem *> &clearanceItems() const { return m_clearances; }
    // The hall's clearance problems, as core's checkClearances() found them when the scene was built.
    const std::vector<ClearanceViolation> &violations() const { return m_violations; }

    // The item that stands for a document object: a rack, an obstacle, a cage, a row's label, the
    // hall's outline; nullptr when it is not on this plan.
    QGraphicsItem *itemFor(LayoutObjectRef ref) const;
    // Selects exactly these objects (a row stands for its racks), with one selectionChanged.
    void selectRefs(const std::vector<LayoutObjectRef> &refs);
    // The selected racks, obstacles and cages, sorted by kind then id.
    std::vector<LayoutObjectRef> selectedRefs() const;
    // Where these objects are on the plan, in scene units (a row: its racks); null when none is here.
    QRectF sceneBoundsOf(const std::vector<LayoutObjectRef> &refs) const;

    // Both are shown when the scene is built; the view keeps the user's choice across rebuilds.
    bool dimensionsVisible() const { return m_dimensionsVisible; }
    void setDimensionsVisible(bool visible);
    bool clearancesVisible() const { return m_clearancesVisible; }
    void setClearancesVisible(bool visible);

    PlanColourMode colourMode() const { return m_mode; }
    void setColourMode(PlanColourMode mode);

    // An edit changed one rack: only its item changes (and, for the power density, the other
    // racks of the tenants whose share it changed). A rack that left the hall is removed, one
    // that came in is added. Returns false when the rack has nothing to do with this hall.
    bool refreshRack(const Rack &rack);

    // The legend for the current colour mode.
    PlanLegend legend() const;

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void addRack(const Rack &rack, const Row &row);
    void addLayoutObjects(const SiteModel &model);
    void addDimensionsAndClearances(const SiteModel &model);
    void updateDimensionVisibility();
    void recolour(RackItem &item);
    void recolourTenant(Id tenantId);
    QBrush brushFor(const Rack &rack);
    QString tenantName(Id tenantId) const;
    PlanLegend stateLegend() const;
    PlanLegend tenantLegend() const;
    PlanLegend densityLegend() const;

    PlanStyle m_style;
    Hall m_hall;
    QPolygonF m_outlineMm;
    QRectF m_hallRectMm;
    bool m_outlineIsRect = false;
    QGraphicsPolygonItem *m_outlineItem = nullptr;
    PlanColourMode m_mode;
    std::unordered_map<Id, Row> m_rows;                 // the hall's rows, to place refreshed racks
    std::unordered_map<Id, RackItem *> m_racks;         // O(1) look-up for refreshRack / selectRack
    std::unordered_map<Id, TenantHallLoad> m_loads;     // per tenant, for the power density
    QSet<Id> m_held;                                    // positions live quotes hold
    QHash<Id, QString> m_tenantNames;
    QHash<QRgb, QBrush> m_brushes;                      // one shared brush per colour in use
    std::unordered_map<Id, ObstacleItem *> m_obstacles;
    std::unordered_map<Id, CageItem *> m_cages;
    std::unordered_map<Id, QGraphicsItem *> m_rowLabels;
    std::vector<DimensionItem *> m_dimensions;
    std::vector<bool> m_dimensionUnderMarker;           // a red mark says the same, in the same place
    std::vector<ClearanceMarkerItem *> m_clearances;
    std::vector<ClearanceViolation> m_violations;
    bool m_dimensionsVisible = true;
    bool m_clearancesVisible = true;
};

} // namespace hectare::ui
