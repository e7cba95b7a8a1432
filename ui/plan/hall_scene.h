#pragma once

#include "plan_colours.h"
#include "plan_legend.h"
#include "plan_style.h"
#include "tenant_hall_load.h"

#include "model/site_model.h"

#include <QBrush>
#include <QDate>
#include <QGraphicsScene>
#include <QHash>
#include <QPolygonF>

#include <unordered_map>
#include <vector>

class QGraphicsPolygonItem;

namespace hectare::ui {

class RackItem;

// The plan of one hall, to scale. Scene units are millimetres in the hall's frame (hall metres
// × 1000, y as in the model, so the plan reads like the coordinates in the file). The floor and
// its tile grid are painted as background; the outline, the row labels and one RackItem per
// rack position are items. The scene copies what it draws, so it does not keep the model.
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
    QHash<Id, QString> m_tenantNames;
    QHash<QRgb, QBrush> m_brushes;                      // one shared brush per colour in use
};

} // namespace hectare::ui
