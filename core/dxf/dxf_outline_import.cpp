#include "dxf_export.h"
#include "dxf_import_parts.h"

#include "model/geometry.h"

#include <algorithm>

namespace hectare {
namespace {

struct Candidate
{
    std::vector<PointM> points;
    QString layer;
    QString type;
    int entities = 1;   // a loop of lines counts all its lines
};

} // namespace

std::optional<DxfOutline> readDxfOutline(const DxfDrawing &drawing, const DxfLayerRoles &roles, double metresPerUnit,
                                         DxfSkipLog &log)
{
    std::vector<Candidate> candidates;
    for (const DxfPolyline &polyline : drawing.polylines) {
        if (!roles.isOutline(polyline.layer))
            continue;
        log.looked(polyline.layer, polyline.type);
        if (polyline.mesh)
            log.skip(polyline.layer, polyline.type, DxfText::tr("a mesh, not an outline"));
        else if (!isClosed(polyline, metresPerUnit, kDxfJoinToleranceM))
            log.skip(polyline.layer, polyline.type, DxfText::tr("an open polyline"));
        else
            candidates.push_back({polylinePointsM(polyline, metresPerUnit), polyline.layer, polyline.type});
    }

    // Lines that close a loop, layer by layer.
    std::map<QString, std::vector<DxfLine>> linesByLayer;
    for (const DxfLine &line : drawing.lines) {
        if (!roles.isOutline(line.layer))
            continue;
        log.looked(line.layer, QStringLiteral("LINE"));
        linesByLayer[line.layer].push_back({line.layer, {line.from.x * metresPerUnit, line.from.y * metresPerUnit},
                                            {line.to.x * metresPerUnit, line.to.y * metresPerUnit}});
    }
    for (const auto &[layer, lines] : linesByLayer) {
        std::vector<bool> used;
        for (std::vector<PointM> &loop : closedLoops(lines, kDxfJoinToleranceM, used))
            candidates.push_back({std::move(loop), layer, QStringLiteral("LINE"), int(loop.size())});
        log.skip(layer, QStringLiteral("LINE"), DxfText::tr("lines that do not close a loop"),
                 int(std::count(used.begin(), used.end(), false)));
    }

    // Circles, blocks and texts cannot be a hall's outline.
    for (const DxfCircle &circle : drawing.circles)
        if (roles.isOutline(circle.layer)) {
            log.looked(circle.layer, QStringLiteral("CIRCLE"));
            log.skip(circle.layer, QStringLiteral("CIRCLE"), DxfText::tr("not a closed polyline"));
        }
    for (const DxfInsert &insert : drawing.inserts)
        if (roles.isOutline(insert.layer)) {
            log.looked(insert.layer, QStringLiteral("INSERT"));
            log.skip(insert.layer, QStringLiteral("INSERT"), DxfText::tr("not a closed polyline"));
        }
    for (const DxfLabel &label : drawing.labels)
        if (roles.isOutline(label.layer)) {
            log.looked(label.layer, label.type);
            log.skip(label.layer, label.type, DxfText::tr("a text on the outline layer"));
        }

    size_t largest = candidates.size();
    double largestArea = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const double area = polygonAreaM2(candidates[i].points);
        if (area > largestArea) {
            largestArea = area;
            largest = i;
        }
    }
    for (size_t i = 0; i < candidates.size(); ++i)
        if (i != largest)
            log.skip(candidates[i].layer, candidates[i].type,
                     DxfText::tr("a smaller closed shape (the outline is the largest)"), candidates[i].entities);
    if (largest == candidates.size())
        return std::nullopt;
    return DxfOutline{candidates[largest].points, candidates[largest].layer};
}

} // namespace hectare
