#include "placed_rows.h"

#include <algorithm>
#include <unordered_map>

namespace hectare::layout {

std::vector<PlacedRow> placeRows(const SiteModel &model, Id hallId)
{
    std::vector<PlacedRow> placed;
    for (const Row &row : model.rows)
        if (hallId == kNoId || row.hallId == hallId)
            placed.push_back({&row, directionOf(row.orientationDeg), {}, 0, 0, 0, {}});
    std::sort(placed.begin(), placed.end(), [](const PlacedRow &a, const PlacedRow &b) {
        return a.row->hallId != b.row->hallId ? a.row->hallId < b.row->hallId : a.row->id < b.row->id;
    });

    std::unordered_map<Id, std::size_t> indexOfRow;
    indexOfRow.reserve(placed.size());
    for (std::size_t i = 0; i < placed.size(); ++i)
        indexOfRow.emplace(placed[i].row->id, i);
    for (const Rack &rack : model.racks) {
        const auto it = indexOfRow.find(rack.rowId);
        if (it == indexOfRow.end())
            continue;
        PlacedRow &row = placed[it->second];
        const QuadM footprint = rackFootprint(*row.row, rack);
        row.racks.push_back({&rack, footprint, boundsOf(footprint)});
    }

    for (PlacedRow &row : placed) {
        std::sort(row.racks.begin(), row.racks.end(), [](const PlacedRack &a, const PlacedRack &b) {
            return a.rack->offsetMm != b.rack->offsetMm ? a.rack->offsetMm < b.rack->offsetMm : a.rack->id < b.rack->id;
        });
        if (row.racks.empty()) {
            row.bounds = {row.row->origin.x, row.row->origin.y, row.row->origin.x, row.row->origin.y};
            continue;
        }
        row.startM = row.racks.front().rack->offsetMm / 1000.0;
        row.endM = row.startM;
        row.bounds = row.racks.front().bounds;
        for (const PlacedRack &r : row.racks) {
            row.startM = std::min(row.startM, r.rack->offsetMm / 1000.0);
            row.endM = std::max(row.endM, (r.rack->offsetMm + r.rack->widthMm) / 1000.0);
            row.depthM = std::max(row.depthM, r.rack->depthMm / 1000.0);
            row.bounds = united(row.bounds, r.bounds);
        }
    }
    return placed;
}

std::span<const PlacedRow> rowsOfHall(std::span<const PlacedRow> rows, Id hallId)
{
    const auto first = std::lower_bound(rows.begin(), rows.end(), hallId,
                                        [](const PlacedRow &r, Id id) { return r.row->hallId < id; });
    const auto last = std::upper_bound(first, rows.end(), hallId,
                                       [](Id id, const PlacedRow &r) { return id < r.row->hallId; });
    return {first, last};
}

} // namespace hectare::layout
