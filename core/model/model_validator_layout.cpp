#include "model_validator.h"

#include "geometry.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <utility>

namespace hectare {
namespace {

// Rack–obstacle search: obstacles are bucketed per hall on a square grid (as racks are for
// rack–rack overlaps), so each rack looks only at the cells it covers. A hall without obstacles
// costs one lookup per rack.
constexpr double kCellM = 2.4;
constexpr qint64 kMaxCellsPerAxis = 8;   // larger shapes are compared with everything in their hall
constexpr double kMaxCoordinateM = 1e7;
constexpr double kMaxClearanceM = 10;
// Cages of two tenants may share a fence (an edge) but not floor: less than this is rounding.
constexpr double kCageOverlapM2 = 0.01;

qint64 cellOf(double v) { return qint64(std::floor(v / kCellM)); }

bool finite(const PointM &p) { return std::isfinite(p.x) && std::isfinite(p.y); }

bool reasonable(const BoundsM &b)
{
    return std::abs(b.minX) < kMaxCoordinateM && std::abs(b.maxX) < kMaxCoordinateM
           && std::abs(b.minY) < kMaxCoordinateM && std::abs(b.maxY) < kMaxCoordinateM;
}

bool usableOutline(const Hall &hall) { return hall.outline.size() >= 3 && polygonAreaM2(hall.outline) > 0; }

bool sizeIsValid(double lengthM) { return std::isfinite(lengthM) && lengthM > 0; }

bool shapeIsValid(const Obstacle &o)
{
    return sizeIsValid(o.widthM) && sizeIsValid(o.depthM) && finite(o.centre) && std::isfinite(o.rotationDeg);
}

// Walls and doors are drawn on the outline (half outside it); everything else stands inside.
bool sitsOnOutline(ObstacleKind kind) { return kind == ObstacleKind::Wall || kind == ObstacleKind::Door; }

struct CellHash
{
    std::size_t operator()(const std::pair<qint64, qint64> &cell) const
    {
        return std::hash<qint64>()(cell.first * 73856093) ^ std::hash<qint64>()(cell.second * 19349663);
    }
};

struct PlacedObstacle
{
    int index;   // in model.obstacles
    QuadM quad;
    BoundsM bounds;
};

// The obstacles of one hall that racks must not stand on, by grid cell.
struct ObstacleGrid
{
    std::vector<PlacedObstacle> placed;
    std::unordered_map<std::pair<qint64, qint64>, std::vector<int>, CellHash> cells;   // → index in placed
    std::vector<int> large;                                                          // → index in placed
};

bool boundsOverlap(const BoundsM &a, const BoundsM &b)
{
    return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

} // namespace

QString ModelValidator::obstaclePath(const Obstacle &obstacle) const
{
    return m_model.hall(obstacle.hallId)
               ? hallPath(obstacle.hallId) + QStringLiteral(", ") + tr("obstacle %1").arg(quoted(obstacle.name))
               : tr("Obstacle %1").arg(quoted(obstacle.name));
}

QString ModelValidator::cagePath(const Cage &cage) const
{
    return m_model.hall(cage.hallId) ? hallPath(cage.hallId) + QStringLiteral(", ") + tr("cage %1").arg(quoted(cage.name))
                                     : tr("Cage %1").arg(quoted(cage.name));
}

void ModelValidator::checkClearanceRules()
{
    const ClearanceRules &rules = m_model.site.clearance;
    const std::pair<QString, double> values[] = {{tr("cold aisle clearance"), rules.coldAisleMinM},
                                                 {tr("hot aisle clearance"), rules.hotAisleMinM},
                                                 {tr("service clearance"), rules.serviceMinM},
                                                 {tr("wall clearance"), rules.wallMinM}};
    for (const auto &[field, value] : values)
        if (!(value > 0 && value < kMaxClearanceM))
            add(sitePath(), field,
                tr("must be greater than 0 and less than %1 m (got %2)").arg(number(kMaxClearanceM), number(value)));
}

void ModelValidator::checkObstacles()
{
    QSet<std::pair<Id, QString>> names;
    for (const Obstacle &obstacle : m_model.obstacles) {
        if (full())
            return;
        const QString object = obstaclePath(obstacle);
        const Hall *hall = m_model.hall(obstacle.hallId);
        if (!hall) {
            add(object, tr("hall"), tr("refers to hall #%1, which does not exist").arg(obstacle.hallId));
            continue;
        }
        const std::pair<Id, QString> key{obstacle.hallId, obstacle.name};
        if (obstacle.name.isEmpty())
            add(object, tr("name"), tr("must not be empty"));
        else if (names.contains(key))
            add(object, tr("name"), tr("another obstacle in this hall has the same name"));
        names.insert(key);

        const auto requireSize = [&](const QString &field, double value) {
            if (!std::isfinite(value))
                add(object, field, tr("must be a finite number (got %1)").arg(number(value)));
            else
                requireGreaterThanZero(object, field, value);
        };
        requireSize(tr("width"), obstacle.widthM);
        requireSize(tr("depth"), obstacle.depthM);
        if (!finite(obstacle.centre))
            add(object, tr("centre"), tr("must be a point of finite coordinates"));
        if (!std::isfinite(obstacle.rotationDeg))
            add(object, tr("rotation"), tr("must be a finite number (got %1)").arg(number(obstacle.rotationDeg)));

        if (!shapeIsValid(obstacle) || !usableOutline(*hall))
            continue;   // reported above, or with the hall
        if (sitsOnOutline(obstacle.kind)) {
            if (!pointInPolygon(obstacle.centre, hall->outline))
                add(object, tr("position"), tr("its centre is neither inside nor on the hall's outline"));
        } else if (!rectangleInsidePolygon(rotatedRectangle(obstacle.centre, obstacle.widthM, obstacle.depthM,
                                                            obstacle.rotationDeg),
                                           hall->outline)) {
            add(object, tr("position"), tr("is not inside the hall's outline"));
        }
    }
}

// A rack may stand in a doorway's swing (a door is drawn, not built), never on anything else.
// Each overlapping pair is reported once, on the rack, in the order of the model's racks.
void ModelValidator::checkObstacleOverlaps()
{
    std::unordered_map<Id, ObstacleGrid> byHall;
    for (int i = 0; i < int(m_model.obstacles.size()); ++i) {
        const Obstacle &o = m_model.obstacles[i];
        if (o.kind == ObstacleKind::Door || !shapeIsValid(o))
            continue;
        PlacedObstacle p{i, rotatedRectangle(o.centre, o.widthM, o.depthM, o.rotationDeg), {}};
        p.bounds = boundsOf(p.quad);
        if (!reasonable(p.bounds))
            continue;
        ObstacleGrid &grid = byHall[o.hallId];
        const int at = int(grid.placed.size());
        grid.placed.push_back(p);
        const qint64 x0 = cellOf(p.bounds.minX), x1 = cellOf(p.bounds.maxX);
        const qint64 y0 = cellOf(p.bounds.minY), y1 = cellOf(p.bounds.maxY);
        if (x1 - x0 >= kMaxCellsPerAxis || y1 - y0 >= kMaxCellsPerAxis) {
            grid.large.push_back(at);
            continue;
        }
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                grid.cells[{x, y}].push_back(at);
    }
    if (byHall.empty())
        return;

    std::vector<std::pair<int, int>> overlaps;   // (rack index, obstacle index)
    std::vector<int> candidates;
    for (int r = 0; r < int(m_model.racks.size()); ++r) {
        const Rack &rack = m_model.racks[r];
        const Row *row = m_model.row(rack.rowId);
        if (!row)
            continue;
        const auto found = byHall.find(row->hallId);
        if (found == byHall.end())
            continue;
        const ObstacleGrid &grid = found->second;
        const QuadM quad = rackFootprint(*row, rack);
        const BoundsM bounds = boundsOf(quad);
        if (!reasonable(bounds))
            continue;   // reported as outside its hall

        candidates.assign(grid.large.begin(), grid.large.end());
        const qint64 x0 = cellOf(bounds.minX), x1 = cellOf(bounds.maxX);
        const qint64 y0 = cellOf(bounds.minY), y1 = cellOf(bounds.maxY);
        if (x1 - x0 >= kMaxCellsPerAxis || y1 - y0 >= kMaxCellsPerAxis) {
            for (int i = 0; i < int(grid.placed.size()); ++i)
                candidates.push_back(i);
        } else {
            for (qint64 x = x0; x <= x1; ++x)
                for (qint64 y = y0; y <= y1; ++y)
                    if (const auto cell = grid.cells.find({x, y}); cell != grid.cells.end())
                        candidates.insert(candidates.end(), cell->second.begin(), cell->second.end());
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (int c : candidates) {
            const PlacedObstacle &p = grid.placed[c];
            if (boundsOverlap(bounds, p.bounds) && rectanglesOverlap(quad, p.quad))
                overlaps.emplace_back(r, p.index);
        }
    }

    for (const auto &[r, o] : overlaps) {
        if (full())
            return;
        const Obstacle &obstacle = m_model.obstacles[o];
        add(rackPath(m_model.racks[r]), tr("position"),
            tr("overlaps %1 %2").arg(displayName(obstacle.kind), quoted(obstacle.name)));
    }
}

void ModelValidator::checkCages()
{
    QSet<std::pair<Id, QString>> names;
    for (const Cage &cage : m_model.cages) {
        if (full())
            return;
        const QString object = cagePath(cage);
        const Hall *hall = m_model.hall(cage.hallId);
        if (!hall) {
            add(object, tr("hall"), tr("refers to hall #%1, which does not exist").arg(cage.hallId));
            continue;
        }
        if (!m_model.tenant(cage.tenantId))
            add(object, tr("tenant"), tr("refers to tenant #%1, which does not exist").arg(cage.tenantId));
        const std::pair<Id, QString> key{cage.hallId, cage.name};
        if (cage.name.isEmpty())
            add(object, tr("name"), tr("must not be empty"));
        else if (names.contains(key))
            add(object, tr("name"), tr("another cage in this hall has the same name"));
        names.insert(key);

        if (cage.outline.size() < 3)
            add(object, tr("outline"), tr("needs at least 3 points (got %1)").arg(qint64(cage.outline.size())));
        else if (!(polygonAreaM2(cage.outline) > 0))
            add(object, tr("outline"), tr("must enclose an area greater than 0"));
        else if (!polygonIsSimple(cage.outline))
            add(object, tr("outline"), tr("must not cross or touch itself"));
        else if (usableOutline(*hall) && !polygonInsidePolygon(cage.outline, hall->outline))
            add(object, tr("outline"), tr("is not inside the hall's outline"));
    }
}

// Two tenants' cages may share a fence but not floor. Each pair is reported once, on the cage
// that comes later in the model. Halls hold a handful of cages: every pair in a hall is tried,
// after a bounds test.
void ModelValidator::checkCageOverlaps()
{
    struct Placed
    {
        int index;   // in model.cages
        BoundsM bounds;
    };
    std::unordered_map<Id, std::vector<Placed>> byHall;
    for (int i = 0; i < int(m_model.cages.size()); ++i) {
        const Cage &cage = m_model.cages[i];
        if (m_model.hall(cage.hallId) && polygonAreaM2(cage.outline) > 0 && polygonIsSimple(cage.outline))
            byHall[cage.hallId].push_back({i, boundsOf(cage.outline)});
    }
    std::vector<std::pair<int, int>> overlaps;   // (later cage, earlier cage)
    for (const auto &[hallId, placed] : byHall) {
        for (std::size_t i = 0; i < placed.size(); ++i)
            for (std::size_t j = i + 1; j < placed.size(); ++j) {
                const Cage &a = m_model.cages[placed[i].index];
                const Cage &b = m_model.cages[placed[j].index];
                if (a.tenantId == b.tenantId || !boundsOverlap(placed[i].bounds, placed[j].bounds))
                    continue;
                if (polygonOverlapAreaM2(a.outline, b.outline) > kCageOverlapM2)
                    overlaps.emplace_back(std::max(placed[i].index, placed[j].index),
                                          std::min(placed[i].index, placed[j].index));
            }
    }
    std::sort(overlaps.begin(), overlaps.end());
    const auto tenantName = [&](Id tenantId) {
        const Tenant *tenant = m_model.tenant(tenantId);
        return tenant ? quoted(tenant->name) : tr("#%1").arg(tenantId);
    };
    for (const auto &[later, earlier] : overlaps) {
        if (full())
            return;
        const Cage &cage = m_model.cages[later];
        const Cage &other = m_model.cages[earlier];
        const double common = polygonOverlapAreaM2(cage.outline, other.outline);
        add(cagePath(cage), tr("outline"),
            tr("the cage of %1 overlaps cage %2 of %3 (%4 m² in common)")
                .arg(tenantName(cage.tenantId), quoted(other.name), tenantName(other.tenantId),
                     number(std::round(common * 100) / 100)));
    }
}

} // namespace hectare
