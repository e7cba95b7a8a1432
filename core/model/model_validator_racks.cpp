#include "model_validator.h"

#include "geometry.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace hectare {
namespace {

bool needsTenant(RackState state) { return state == RackState::Occupied || state == RackState::Reserved; }

// Overlap search buckets racks on a square grid of this size (a little more than a rack's depth
// plus an aisle), so each rack is compared with its few neighbours, not with the whole hall.
constexpr double kCellM = 2.4;
// A footprint spanning more cells than this per axis is compared with every rack of its hall
// instead of being spread over a huge number of cells.
constexpr qint64 kMaxCellsPerAxis = 8;
constexpr double kMaxCoordinateM = 1e7;

struct Placed
{
    int rack;      // index in model.racks
    QuadM quad;
    BoundsM bounds;
    qint64 cellX0, cellY0, cellX1, cellY1;
};

qint64 cellOf(double v) { return qint64(std::floor(v / kCellM)); }

} // namespace

void ModelValidator::checkRacks()
{
    QSet<std::pair<Id, QString>> names;
    for (const Rack &rack : m_model.racks) {
        if (full())
            return;
        const QString object = rackPath(rack);
        const Row *row = m_model.row(rack.rowId);
        if (!row)
            add(object, tr("row"), tr("refers to row #%1, which does not exist").arg(rack.rowId));

        const std::pair<Id, QString> key{rack.rowId, rack.name};
        if (names.contains(key))
            add(object, tr("name"), tr("another rack in this row has the same name"));
        names.insert(key);

        requireGreaterThanZero(object, tr("width"), rack.widthMm);
        requireGreaterThanZero(object, tr("depth"), rack.depthMm);
        if (rack.heightU < 1 || rack.heightU > 60)
            add(object, tr("height"), tr("must be between 1 and 60 U (got %1)").arg(number(qint64(rack.heightU))));
        requireNotNegative(object, tr("design kW"), rack.designKw);
        requireGreaterThanZero(object, tr("max weight"), rack.maxWeightKg);

        const Tenant *tenant = m_model.tenant(rack.tenantId);
        if (needsTenant(rack.state)) {
            if (rack.tenantId == kNoId)
                add(object, tr("tenant"),
                    rack.state == RackState::Occupied ? tr("an occupied rack needs a tenant")
                                                      : tr("a reserved rack needs a tenant"));
            else if (!tenant)
                add(object, tr("tenant"), tr("refers to tenant #%1, which does not exist").arg(rack.tenantId));
        } else if (rack.tenantId != kNoId) {
            const QString who = tenant ? quoted(tenant->name) : tr("#%1").arg(rack.tenantId);
            add(object, tr("tenant"),
                rack.state == RackState::Free ? tr("a free rack cannot have a tenant (has %1)").arg(who)
                                              : tr("a blocked rack cannot have a tenant (has %1)").arg(who));
        }

        const Id hallId = row ? row->hallId : kNoId;
        const auto checkFeed = [&](const QString &field, Id pduId) {
            if (pduId == kNoId)
                return;
            const Pdu *pdu = m_model.pdu(pduId);
            if (!pdu)
                add(object, field, tr("refers to PDU #%1, which does not exist").arg(pduId));
            else if (row && m_model.hall(hallId) && pdu->hallId != hallId) {
                const Hall *pduHall = m_model.hall(pdu->hallId);
                add(object, field,
                    pduHall ? tr("PDU %1 is in hall %2, not in the rack's hall").arg(quoted(pdu->name), quoted(pduHall->name))
                            : tr("PDU %1 is not in the rack's hall").arg(quoted(pdu->name)));
            }
        };
        checkFeed(tr("feed A"), rack.feedAPduId);
        checkFeed(tr("feed B"), rack.feedBPduId);
    }
}

void ModelValidator::checkRackPlacement()
{
    for (const Rack &rack : m_model.racks) {
        if (full())
            return;
        const Row *row = m_model.row(rack.rowId);
        const Hall *hall = row ? m_model.hall(row->hallId) : nullptr;
        if (!hall || hall->outline.size() < 3 || !(polygonAreaM2(hall->outline) > 0))
            continue;   // reported with the row or the hall
        if (!rectangleInsidePolygon(rackFootprint(*row, rack), hall->outline))
            add(rackPath(rack), tr("position"), tr("is not inside the hall's outline"));
    }
}

// Each pair of overlapping racks is reported once, on the rack that comes later in the model.
// Racks are bucketed per hall on a grid; a pair sharing several cells is tested only in the
// first cell they share.
void ModelValidator::checkRackOverlaps()
{
    std::unordered_map<Id, std::vector<Placed>> byHall;
    for (int i = 0; i < int(m_model.racks.size()); ++i) {
        const Rack &rack = m_model.racks[i];
        const Row *row = m_model.row(rack.rowId);
        if (!row)
            continue;
        Placed p;
        p.rack = i;
        p.quad = rackFootprint(*row, rack);
        p.bounds = boundsOf(p.quad);
        const BoundsM &b = p.bounds;
        if (!(std::abs(b.minX) < kMaxCoordinateM && std::abs(b.maxX) < kMaxCoordinateM
              && std::abs(b.minY) < kMaxCoordinateM && std::abs(b.maxY) < kMaxCoordinateM))
            continue;   // not a number or far away: reported as outside its hall
        p.cellX0 = cellOf(b.minX);
        p.cellY0 = cellOf(b.minY);
        p.cellX1 = cellOf(b.maxX);
        p.cellY1 = cellOf(b.maxY);
        byHall[row->hallId].push_back(p);
    }

    std::vector<std::pair<int, int>> overlaps;   // (later rack, earlier rack)
    std::vector<Id> hallIds;
    for (const auto &entry : byHall)
        hallIds.push_back(entry.first);
    std::sort(hallIds.begin(), hallIds.end());

    for (Id hallId : hallIds) {
        const std::vector<Placed> &placed = byHall[hallId];
        const auto test = [&](const Placed &a, const Placed &b) {
            if (a.bounds.maxX <= b.bounds.minX || b.bounds.maxX <= a.bounds.minX || a.bounds.maxY <= b.bounds.minY
                || b.bounds.maxY <= a.bounds.minY)
                return;
            if (rectanglesOverlap(a.quad, b.quad))
                overlaps.emplace_back(std::max(a.rack, b.rack), std::min(a.rack, b.rack));
        };

        std::vector<const Placed *> large;
        std::vector<std::pair<std::pair<qint64, qint64>, int>> cells;   // ((x, y), index in placed)
        for (int i = 0; i < int(placed.size()); ++i) {
            const Placed &p = placed[i];
            if (p.cellX1 - p.cellX0 >= kMaxCellsPerAxis || p.cellY1 - p.cellY0 >= kMaxCellsPerAxis) {
                large.push_back(&p);
                continue;
            }
            for (qint64 x = p.cellX0; x <= p.cellX1; ++x)
                for (qint64 y = p.cellY0; y <= p.cellY1; ++y)
                    cells.push_back({{x, y}, i});
        }
        std::sort(cells.begin(), cells.end());
        for (std::size_t begin = 0; begin < cells.size();) {
            std::size_t end = begin;
            while (end < cells.size() && cells[end].first == cells[begin].first)
                ++end;
            const auto [cx, cy] = cells[begin].first;
            for (std::size_t i = begin; i < end; ++i) {
                const Placed &a = placed[cells[i].second];
                for (std::size_t j = i + 1; j < end; ++j) {
                    const Placed &b = placed[cells[j].second];
                    if (std::max(a.cellX0, b.cellX0) == cx && std::max(a.cellY0, b.cellY0) == cy)
                        test(a, b);
                }
            }
            begin = end;
        }
        for (std::size_t i = 0; i < large.size(); ++i) {
            for (const Placed &other : placed)
                if (&other != large[i]
                    && !(other.cellX1 - other.cellX0 >= kMaxCellsPerAxis || other.cellY1 - other.cellY0 >= kMaxCellsPerAxis))
                    test(*large[i], other);
            for (std::size_t j = i + 1; j < large.size(); ++j)
                test(*large[i], *large[j]);
        }
    }

    std::sort(overlaps.begin(), overlaps.end());
    for (const auto &[later, earlier] : overlaps) {
        if (full())
            return;
        const Rack &rack = m_model.racks[later];
        const Rack &other = m_model.racks[earlier];
        const Row *otherRow = m_model.row(other.rowId);
        add(rackPath(rack), tr("position"),
            tr("overlaps rack %1 in row %2").arg(quoted(other.name), quoted(otherRow ? otherRow->name : QString())));
    }
}

} // namespace hectare
