#include "hall_scene.h"

#include "cage_item.h"
#include "clearance_marker_item.h"
#include "dimension_item.h"
#include "obstacle_item.h"
#include "plan_item_ref.h"
#include "plan_shapes.h"
#include "rack_item.h"
#include "row_label_item.h"

#include "quoting/reservations.h"

#include <QGraphicsPolygonItem>
#include <QPainter>
#include <QSignalBlocker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

constexpr qreal kMinTilePx = 4;        // a denser grid is only grey noise
constexpr qreal kSceneMarginMm = 1500;  // room around the hall to pan into

// Cages tint the floor under the racks they enclose; walls go under doors (a door is a gap in
// one); dimensions and clearance marks go over everything they measure.
constexpr qreal OutlineZ = 0;
constexpr qreal CageZ = 0.5;
constexpr qreal RowLabelZ = 1;
constexpr qreal RackZ = 2;
constexpr qreal WallZ = 2.3;
constexpr qreal ObstacleZ = 2.5;
constexpr qreal DoorZ = 2.6;
constexpr qreal DimensionZ = 3;
constexpr qreal CageLabelZ = 3.5;
constexpr qreal ClearanceZ = 4;

bool refLess(const LayoutObjectRef &a, const LayoutObjectRef &b)
{
    return a.kind != b.kind ? int(a.kind) < int(b.kind) : a.id < b.id;
}

QPolygonF toMm(const std::vector<PointM> &outline)
{
    QPolygonF polygon;
    polygon.reserve(qsizetype(outline.size()));
    for (const PointM &p : outline)
        polygon << QPointF(p.x * 1000.0, p.y * 1000.0);
    return polygon;
}

// True for an axis-aligned rectangle, whose tile grid needs no clipping.
bool isAxisAlignedRect(const QPolygonF &polygon)
{
    QPolygonF open = polygon;
    if (open.size() == 5 && open.first() == open.last())
        open.removeLast();
    if (open.size() != 4)
        return false;
    for (int i = 0; i < 4; ++i) {
        const QPointF a = open[i];
        const QPointF b = open[(i + 1) % 4];
        if (a.x() != b.x() && a.y() != b.y())
            return false;
    }
    return true;
}

} // namespace

HallScene::HallScene(const SiteModel &model, Id hallId, QDate asOf, PlanColourMode mode, QObject *parent)
    : QGraphicsScene(parent)
    , m_mode(mode)
{
    setItemIndexMethod(BspTreeIndex);
    if (const Hall *hall = model.hall(hallId))
        m_hall = *hall;
    m_outlineMm = toMm(m_hall.outline);
    m_hallRectMm = m_outlineMm.boundingRect();
    m_outlineIsRect = isAxisAlignedRect(m_outlineMm);
    // The floor is painted as background; the outline is an item so that it is drawn over the grid.
    m_outlineItem = addPolygon(m_outlineMm, m_style.hallOutline, Qt::NoBrush);
    m_outlineItem->setZValue(OutlineZ);
    m_outlineItem->setAcceptedMouseButtons(Qt::NoButton);

    m_tenantNames.reserve(qsizetype(model.tenants.size()));
    for (const Tenant &tenant : model.tenants)
        m_tenantNames.insert(tenant.id, tenant.name);
    m_loads = tenantHallLoads(model, hallId, asOf);
    m_held = heldRackIds(model, asOf);

    struct RowExtent
    {
        double firstOffsetMm = 0;
        double depthMm = 0;
        bool any = false;
    };
    std::unordered_map<Id, RowExtent> extents;
    for (const Row &row : model.rows)
        if (row.hallId == hallId && hallId != kNoId)
            m_rows.emplace(row.id, row);
    m_racks.reserve(model.racks.size() / std::max<std::size_t>(1, model.halls.size()) + 16);
    for (const Rack &rack : model.racks) {
        const auto row = m_rows.find(rack.rowId);
        if (row == m_rows.end())
            continue;
        addRack(rack, row->second);
        RowExtent &extent = extents[rack.rowId];
        extent.firstOffsetMm = extent.any ? std::min(extent.firstOffsetMm, rack.offsetMm) : rack.offsetMm;
        extent.depthMm = std::max(extent.depthMm, rack.depthMm);
        extent.any = true;
    }
    for (const auto &[rowId, extent] : extents) {
        auto *label = new RowLabelItem(m_rows.at(rowId), extent.firstOffsetMm, extent.depthMm, m_style);
        label->setZValue(RowLabelZ);
        addItem(label);
        m_rowLabels.emplace(rowId, label);
    }
    if (m_hall.id != kNoId)
        addLayoutObjects(model);
    // The plan's extent is what stands in the hall; dimension lines stay within it.
    const QRectF content = itemsBoundingRect().united(m_hallRectMm);
    setSceneRect(content.adjusted(-kSceneMarginMm, -kSceneMarginMm, kSceneMarginMm, kSceneMarginMm));
    if (m_hall.id != kNoId)
        addDimensionsAndClearances(model);
}

void HallScene::addLayoutObjects(const SiteModel &model)
{
    for (const Cage &cage : model.cages) {
        if (cage.hallId != m_hall.id)
            continue;
        auto *item = new CageItem(cage, tenantName(cage.tenantId), m_style);
        item->setZValue(CageZ);
        addItem(item);
        item->labelItem()->setZValue(CageLabelZ);
        addItem(item->labelItem());
        m_cages.emplace(cage.id, item);
    }
    for (const Obstacle &obstacle : model.obstacles) {
        if (obstacle.hallId != m_hall.id)
            continue;
        auto *item = new ObstacleItem(obstacle, m_style);
        item->setZValue(obstacle.kind == ObstacleKind::Wall   ? WallZ
                        : obstacle.kind == ObstacleKind::Door ? DoorZ
                                                              : ObstacleZ);
        addItem(item);
        m_obstacles.emplace(obstacle.id, item);
    }
}

void HallScene::addDimensionsAndClearances(const SiteModel &model)
{
    m_violations = checkClearances(model, m_hall.id);
    const std::vector<LayoutDimension> dimensions = layoutDimensions(model, m_hall.id);
    m_dimensions.reserve(dimensions.size());
    m_dimensionUnderMarker.reserve(dimensions.size());
    for (const LayoutDimension &dimension : dimensions) {
        auto *item = new DimensionItem(dimension, m_style);
        item->setZValue(DimensionZ);
        addItem(item);
        m_dimensions.push_back(item);
        m_dimensionUnderMarker.push_back(
            dimension.violates && std::any_of(m_violations.begin(), m_violations.end(), [&](const ClearanceViolation &v) {
                return markRepeatsDimension(v, dimension);
            }));
    }
    if (!m_violations.empty()) {
        const std::unordered_map<Id, QPolygonF> rowFootprints = rowFootprintsMm(model, m_hall.id);
        m_clearances.reserve(m_violations.size());
        for (const ClearanceViolation &violation : m_violations) {
            auto *item = new ClearanceMarkerItem(violation, culpritZonesMm(model, violation, rowFootprints), m_style);
            item->setZValue(ClearanceZ);
            addItem(item);
            m_clearances.push_back(item);
        }
    }
    updateDimensionVisibility();
}

void HallScene::updateDimensionVisibility()
{
    for (std::size_t i = 0; i < m_dimensions.size(); ++i)
        m_dimensions[i]->setVisible(m_dimensionsVisible && !(m_clearancesVisible && m_dimensionUnderMarker[i]));
    for (ClearanceMarkerItem *item : m_clearances)
        item->setVisible(m_clearancesVisible);
}

void HallScene::setDimensionsVisible(bool visible)
{
    if (visible == m_dimensionsVisible)
        return;
    m_dimensionsVisible = visible;
    updateDimensionVisibility();
}

void HallScene::setClearancesVisible(bool visible)
{
    if (visible == m_clearancesVisible)
        return;
    m_clearancesVisible = visible;
    updateDimensionVisibility();
}

ObstacleItem *HallScene::obstacleItem(Id obstacleId) const
{
    const auto it = m_obstacles.find(obstacleId);
    return it == m_obstacles.end() ? nullptr : it->second;
}

CageItem *HallScene::cageItem(Id cageId) const
{
    const auto it = m_cages.find(cageId);
    return it == m_cages.end() ? nullptr : it->second;
}

QGraphicsItem *HallScene::itemFor(LayoutObjectRef ref) const
{
    switch (ref.kind) {
    case LayoutObjectRef::Kind::Rack: return rackItem(ref.id);
    case LayoutObjectRef::Kind::Obstacle: return obstacleItem(ref.id);
    case LayoutObjectRef::Kind::Cage: return cageItem(ref.id);
    case LayoutObjectRef::Kind::Row: {
        const auto it = m_rowLabels.find(ref.id);
        return it == m_rowLabels.end() ? nullptr : it->second;
    }
    case LayoutObjectRef::Kind::Hall: return ref.id == m_hall.id ? m_outlineItem : nullptr;
    }
    return nullptr;
}

void HallScene::selectRefs(const std::vector<LayoutObjectRef> &refs)
{
    {
        // One selectionChanged for the whole change, not one per item.
        const QSignalBlocker blocker(this);
        clearSelection();
        for (const LayoutObjectRef &ref : refs) {
            if (ref.kind == LayoutObjectRef::Kind::Row) {
                for (RackItem *item : rackItemsOfRow(ref.id))
                    item->setSelected(true);
            } else if (QGraphicsItem *item = itemFor(ref); item && item->flags().testFlag(QGraphicsItem::ItemIsSelectable)) {
                item->setSelected(true);
            }
        }
    }
    Q_EMIT selectionChanged();
}

std::vector<LayoutObjectRef> HallScene::selectedRefs() const
{
    std::vector<LayoutObjectRef> refs;
    for (const QGraphicsItem *item : selectedItems())
        if (const std::optional<LayoutObjectRef> ref = layoutRefOf(item))
            refs.push_back(*ref);
    std::sort(refs.begin(), refs.end(), refLess);
    refs.erase(std::unique(refs.begin(), refs.end()), refs.end());
    return refs;
}

QRectF HallScene::sceneBoundsOf(const std::vector<LayoutObjectRef> &refs) const
{
    QRectF bounds;
    for (const LayoutObjectRef &ref : refs) {
        if (ref.kind == LayoutObjectRef::Kind::Row) {
            for (const RackItem *item : rackItemsOfRow(ref.id))
                bounds |= item->sceneBoundingRect();
        } else if (const QGraphicsItem *item = itemFor(ref)) {
            bounds |= item->sceneBoundingRect();
        }
    }
    return bounds;
}

HallScene::~HallScene() = default;

void HallScene::addRack(const Rack &rack, const Row &row)
{
    auto *item = new RackItem(rack, row, tenantName(rack.tenantId), m_style);
    item->setZValue(RackZ);
    item->setBrush(brushFor(rack));
    addItem(item);
    m_racks[rack.id] = item;
}

RackItem *HallScene::rackItem(Id rackId) const
{
    const auto it = m_racks.find(rackId);
    return it == m_racks.end() ? nullptr : it->second;
}

std::vector<RackItem *> HallScene::rackItemsOfRow(Id rowId) const
{
    std::vector<RackItem *> items;
    for (const auto &[id, item] : m_racks)
        if (item->rack().rowId == rowId)
            items.push_back(item);
    std::sort(items.begin(), items.end(),
              [](const RackItem *a, const RackItem *b) { return a->rackId() < b->rackId(); });
    return items;
}

QString HallScene::tenantName(Id tenantId) const { return m_tenantNames.value(tenantId); }

QBrush HallScene::brushFor(const Rack &rack)
{
    std::optional<double> ratio;
    if (m_mode == PlanColourMode::Density)
        if (const auto load = m_loads.find(rack.tenantId); load != m_loads.end())
            ratio = load->second.drawRatio();
    // A position a live quote holds is free in the file but sold-in-waiting: shown as reserved.
    const QColor colour = rackFillColour(m_mode, shownState(rack, m_held), rack.tenantId, ratio);
    // Items share the brushes of the colours in use instead of each holding its own.
    auto it = m_brushes.find(colour.rgb());
    if (it == m_brushes.end())
        it = m_brushes.insert(colour.rgb(), QBrush(colour));
    return *it;
}

void HallScene::recolour(RackItem &item) { item.setBrush(brushFor(item.rack())); }

void HallScene::recolourTenant(Id tenantId)
{
    if (tenantId == kNoId)
        return;
    for (const auto &[id, item] : m_racks)
        if (item->rack().tenantId == tenantId)
            recolour(*item);
}

void HallScene::setColourMode(PlanColourMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    for (const auto &[id, item] : m_racks)
        recolour(*item);
}

bool HallScene::refreshRack(const Rack &rack)
{
    RackItem *item = rackItem(rack.id);
    const auto row = m_rows.find(rack.rowId);
    if (!item && row == m_rows.end())
        return false;

    const Rack before = item ? item->rack() : Rack{};
    const bool staysInHall = row != m_rows.end();
    const double kwBefore = rackOccupiedDesignKw(before);
    const double kwAfter = staysInHall ? rackOccupiedDesignKw(rack) : 0.0;
    m_loads[before.tenantId].occupiedDesignKw -= kwBefore;
    m_loads[rack.tenantId].occupiedDesignKw += kwAfter;

    if (!staysInHall) {
        // Moved to a row of another hall.
        m_racks.erase(rack.id);
        delete item;
    } else if (item) {
        item->setRack(rack, row->second, tenantName(rack.tenantId));
        recolour(*item);
    } else {
        addRack(rack, row->second);
    }

    // In the power-density view every occupied rack of a tenant shows the tenant's draw over its
    // occupied design kW, so a rack that joins or leaves a tenant changes its siblings too.
    if (m_mode == PlanColourMode::Density && (kwBefore != kwAfter || before.tenantId != rack.tenantId)) {
        recolourTenant(before.tenantId);
        if (rack.tenantId != before.tenantId)
            recolourTenant(rack.tenantId);
    }
    return true;
}

void HallScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    // Plain fills without antialiasing take the raster engine's direct path (see RackItem::paint);
    // only a slanted outline needs smooth edges.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(rect, m_style.surround);
    painter->setRenderHint(QPainter::Antialiasing, !m_outlineIsRect);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style.hallFloor);
    if (m_outlineIsRect)
        painter->fillRect(m_hallRectMm, m_style.hallFloor);
    else
        painter->drawPolygon(m_outlineMm);
    painter->restore();

    const double tileMm = m_hall.tileM * 1000.0;
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const QRectF area = rect & m_hallRectMm;
    if (!(tileMm > 0) || tileMm * lod < kMinTilePx || area.isEmpty())
        return;

    // Only the lines crossing the exposed part of the hall; the grid starts at the outline's corner.
    std::vector<QLineF> lines;
    const double x0 = m_hallRectMm.left() + std::ceil((area.left() - m_hallRectMm.left()) / tileMm) * tileMm;
    for (double x = x0; x <= area.right(); x += tileMm)
        lines.emplace_back(x, area.top(), x, area.bottom());
    const double y0 = m_hallRectMm.top() + std::ceil((area.top() - m_hallRectMm.top()) / tileMm) * tileMm;
    for (double y = y0; y <= area.bottom(); y += tileMm)
        lines.emplace_back(area.left(), y, area.right(), y);

    painter->save();
    if (!m_outlineIsRect) {
        QPainterPath floor;
        floor.addPolygon(m_outlineMm);
        painter->setClipPath(floor, Qt::IntersectClip);
    }
    // Hairlines look sharper without antialiasing, and draw faster.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(m_style.tileGrid);
    painter->drawLines(lines.data(), int(lines.size()));
    painter->restore();
}

} // namespace hectare::ui
