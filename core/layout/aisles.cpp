// Aisles: each row face paired with the nearest parallel row face that looks back at it.
#include "layout_measures.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <set>
#include <unordered_map>

namespace hectare {
namespace layout {
namespace {

constexpr double kMaxAisleM = 6;
// Rows within this angle of each other (same or opposite direction) count as parallel.
const double kParallelSine = std::sin(1.0 * std::numbers::pi / 180.0);

// One long side of a row: the segment a→b (in the row's direction) covering its racks, with
// the normal pointing away from the row.
struct Face
{
    const PlacedRow *row = nullptr;
    AisleSide side = AisleSide::Front;
    PointM a;
    PointM b;
    PointM outward;
    bool cold = false;
    BoundsM bounds;
};

std::vector<Face> facesOf(std::span<const PlacedRow> rows)
{
    std::vector<Face> faces;
    faces.reserve(rows.size() * 2);
    for (const PlacedRow &row : rows) {
        if (row.racks.empty())
            continue;
        const PointM origin = row.row->origin;
        for (AisleSide side : {AisleSide::Front, AisleSide::Back}) {
            // The front is on the row line and looks to the row's right; the back is the deepest
            // rack's depth to the left and looks further left.
            const PointM base = side == AisleSide::Front ? origin : add(origin, scaled(row.dir.left, row.depthM));
            Face f;
            f.row = &row;
            f.side = side;
            f.a = add(base, scaled(row.dir.along, row.startM));
            f.b = add(base, scaled(row.dir.along, row.endM));
            f.outward = side == AisleSide::Front ? scaled(row.dir.left, -1) : row.dir.left;
            f.cold = row.row->coldAisle == side;
            f.bounds = boundsOfSegment(f.a, f.b);
            faces.push_back(f);
        }
    }
    return faces;
}

// The aisle from face f to face g, when they are parallel, look at each other, share a stretch
// along the row and are no more than kMaxAisleM apart.
std::optional<Aisle> aisleBetween(const Face &f, const Face &g)
{
    if (f.row == g.row)
        return std::nullopt;
    if (std::abs(cross(f.row->dir.along, g.row->dir.along)) > kParallelSine || dot(f.outward, g.outward) >= 0)
        return std::nullopt;
    if (boundsGap(f.bounds, g.bounds) > kMaxAisleM + kGeometryToleranceM)
        return std::nullopt;

    // Common stretch, measured along f.
    const PointM u = f.row->dir.along;
    const double fLo = dot(f.a, u);
    const double fHi = dot(f.b, u);
    const double g0 = dot(g.a, u);
    const double g1 = dot(g.b, u);
    const double lo = std::max(fLo, std::min(g0, g1));
    const double hi = std::min(fHi, std::max(g0, g1));
    if (!(hi - lo > kGeometryToleranceM))
        return std::nullopt;

    // Across the aisle at the middle of the common stretch: from f's face to g's face line.
    const PointM from = add(f.a, scaled(u, (lo + hi) / 2 - fLo));
    const double width = dot(sub(from, g.a), g.outward);
    if (!(width > kGeometryToleranceM && width <= kMaxAisleM + kGeometryToleranceM))
        return std::nullopt;

    Aisle aisle;
    aisle.rowA = f.row->row->id;
    aisle.rowB = g.row->row->id;
    aisle.kind = f.cold && g.cold ? AisleKind::Cold : (!f.cold && !g.cold ? AisleKind::Hot : AisleKind::Mixed);
    aisle.widthM = width;
    aisle.from = from;
    aisle.to = add(from, scaled(f.outward, width));
    return aisle;
}

// Faces bucketed on a grid of kMaxAisleM cells, so that each face is compared with the faces
// near it rather than with every face of the hall (a hall of single-rack rows has thousands).
class FaceGrid
{
public:
    explicit FaceGrid(const std::vector<Face> &faces)
    {
        for (std::size_t i = 0; i < faces.size(); ++i) {
            const std::optional<Cells> c = cellsOf(faces[i].bounds, 0);
            if (!c) {
                m_large.push_back(i);
                continue;
            }
            for (qint64 x = c->x0; x <= c->x1; ++x)
                for (qint64 y = c->y0; y <= c->y1; ++y)
                    m_cells[key(x, y)].push_back(i);
        }
    }

    // The faces whose cells lie within kMaxAisleM of `bounds`, each once, in index order.
    void near(const BoundsM &bounds, std::vector<std::size_t> &out) const
    {
        out = m_large;
        const std::optional<Cells> c = cellsOf(bounds, kMaxAisleM);
        if (!c) {
            for (const auto &[cell, faces] : m_cells)
                out.insert(out.end(), faces.begin(), faces.end());
        } else {
            for (qint64 x = c->x0; x <= c->x1; ++x)
                for (qint64 y = c->y0; y <= c->y1; ++y)
                    if (const auto it = m_cells.find(key(x, y)); it != m_cells.end())
                        out.insert(out.end(), it->second.begin(), it->second.end());
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
    }

private:
    struct Cells
    {
        qint64 x0, y0, x1, y1;
    };
    static constexpr qint64 kMaxCellsPerAxis = 64;

    // The cells covered by the bounds grown by `margin`, or nothing when they are too many (huge
    // or non-finite coordinates): such faces are compared with every other.
    static std::optional<Cells> cellsOf(const BoundsM &b, double margin)
    {
        const double x0 = std::floor((b.minX - margin) / kMaxAisleM);
        const double y0 = std::floor((b.minY - margin) / kMaxAisleM);
        const double x1 = std::floor((b.maxX + margin) / kMaxAisleM);
        const double y1 = std::floor((b.maxY + margin) / kMaxAisleM);
        if (!(x1 - x0 < kMaxCellsPerAxis && y1 - y0 < kMaxCellsPerAxis && std::abs(x0) < 1e9 && std::abs(y0) < 1e9))
            return std::nullopt;
        return Cells{qint64(x0), qint64(y0), qint64(x1), qint64(y1)};
    }
    static quint64 key(qint64 x, qint64 y) { return (quint64(x) << 32) ^ quint64(quint32(y)); }

    std::unordered_map<quint64, std::vector<std::size_t>> m_cells;
    std::vector<std::size_t> m_large;
};

} // namespace

std::vector<MeasuredAisle> aislesBetween(std::span<const PlacedRow> rows)
{
    const std::vector<Face> faces = facesOf(rows);
    const FaceGrid grid(faces);

    // Each face's nearest partner; a pair found from both sides is kept once, as (lower row id,
    // higher row id) so that the aisle is always measured from the same face.
    std::set<std::pair<std::size_t, std::size_t>> pairs;
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        std::optional<std::size_t> best;
        double bestWidth = 0;
        grid.near(faces[i].bounds, candidates);
        for (std::size_t j : candidates) {
            const std::optional<Aisle> aisle = aisleBetween(faces[i], faces[j]);
            if (!aisle)
                continue;
            if (!best || aisle->widthM < bestWidth
                || (aisle->widthM == bestWidth && faces[j].row->row->id < faces[*best].row->row->id)) {
                best = j;
                bestWidth = aisle->widthM;
            }
        }
        if (best) {
            const bool iFirst = faces[i].row->row->id < faces[*best].row->row->id;
            pairs.insert(iFirst ? std::pair{i, *best} : std::pair{*best, i});
        }
    }

    std::vector<MeasuredAisle> aisles;
    for (const auto &[i, j] : pairs) {
        const std::optional<Aisle> aisle = aisleBetween(faces[i], faces[j]);
        if (aisle)
            aisles.push_back({*aisle, faces[i].side, faces[j].side, faces[i].cold, faces[j].cold});
    }
    std::sort(aisles.begin(), aisles.end(), [](const MeasuredAisle &a, const MeasuredAisle &b) {
        return a.aisle.rowA != b.aisle.rowA ? a.aisle.rowA < b.aisle.rowA : a.aisle.rowB < b.aisle.rowB;
    });
    // Two rows face each other over one aisle, even if unusual overlaps pair other faces too.
    aisles.erase(std::unique(aisles.begin(), aisles.end(),
                             [](const MeasuredAisle &a, const MeasuredAisle &b) {
                                 return a.aisle.rowA == b.aisle.rowA && a.aisle.rowB == b.aisle.rowB;
                             }),
                 aisles.end());
    return aisles;
}

} // namespace layout

std::vector<Aisle> measureAisles(const SiteModel &model, Id hallId)
{
    std::vector<Aisle> aisles;
    if (!model.hall(hallId))
        return aisles;
    const std::vector<layout::PlacedRow> rows = layout::placeRows(model, hallId);
    for (const layout::MeasuredAisle &m : layout::aislesBetween(rows))
        aisles.push_back(m.aisle);
    return aisles;
}

} // namespace hectare
