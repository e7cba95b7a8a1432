#include "dxf_import.h"

#include "dxf_export.h"
#include "dxf_import_change.h"
#include "dxf_import_parts.h"
#include "dxf_layers.h"

#include "model/geometry.h"

#include <algorithm>
#include <set>

namespace hectare {
namespace {

// $INSUNITS → metres per drawing unit: 4 millimetres, 5 centimetres, 6 metres.
std::optional<double> metresPerInsUnit(std::optional<int> insUnits)
{
    switch (insUnits.value_or(0)) {
    case 4: return 0.001;
    case 5: return 0.01;
    case 6: return 1.0;
    default: return std::nullopt;
    }
}

QString obstacleName(ObstacleKind kind, int number)
{
    switch (kind) {
    case ObstacleKind::Column: return DxfText::tr("Column %1").arg(number);
    case ObstacleKind::Wall: return DxfText::tr("Wall %1").arg(number);
    case ObstacleKind::Door: return DxfText::tr("Door %1").arg(number);
    case ObstacleKind::Crah: return DxfText::tr("CRAH %1").arg(number);
    case ObstacleKind::Pdu: return DxfText::tr("PDU %1").arg(number);
    case ObstacleKind::FireCylinder: return DxfText::tr("Fire cylinder %1").arg(number);
    }
    return QString::number(number);
}

int kindOrder(ObstacleKind kind)
{
    return int(std::find(kObstacleKinds.begin(), kObstacleKinds.end(), kind) - kObstacleKinds.begin());
}

// Each shape takes the nearest text to its centre that stands inside it; a text names one shape.
// Texts on the chosen layers that name nothing are reported.
std::vector<QString> namesFromTexts(const DxfDrawing &drawing, const std::vector<DxfShape> &shapes,
                                    const DxfLayerRoles &roles, double metresPerUnit, DxfSkipLog &log)
{
    std::vector<QString> names(shapes.size());
    std::vector<bool> used(drawing.labels.size(), false);
    for (size_t s = 0; s < shapes.size(); ++s) {
        size_t best = drawing.labels.size();
        double bestDistance = 0;
        for (size_t t = 0; t < drawing.labels.size(); ++t) {
            const DxfLabel &label = drawing.labels[t];
            const PointM at{label.at.x * metresPerUnit, label.at.y * metresPerUnit};
            if (used[t] || label.text.trimmed().isEmpty() || !pointInPolygon(at, shapes[s].area))
                continue;
            const double d = std::hypot(at.x - shapes[s].rectangle.centre.x, at.y - shapes[s].rectangle.centre.y);
            if (best == drawing.labels.size() || d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        if (best < drawing.labels.size()) {
            used[best] = true;
            names[s] = drawing.labels[best].text.trimmed();
        }
    }
    for (size_t t = 0; t < drawing.labels.size(); ++t) {
        const DxfLabel &label = drawing.labels[t];
        if (!roles.obstacleKindOf(label.layer))
            continue;
        log.looked(label.layer, label.type);
        if (!used[t])
            log.skip(label.layer, label.type, DxfText::tr("a text inside no shape"));
    }
    return names;
}

Result<double> unitsFor(const QString &path, const DxfDrawing &drawing, const DxfImportOptions &options,
                        bool &fromFile)
{
    fromFile = false;
    if (options.metresPerUnit) {
        if (!(*options.metresPerUnit > 0))
            return Error{path, DxfText::tr("the units must be greater than 0")};
        return *options.metresPerUnit;
    }
    if (const std::optional<double> metres = metresPerInsUnit(drawing.insUnits)) {
        fromFile = true;
        return *metres;
    }
    return Error{path, DxfText::tr("does not say whether it is drawn in millimetres or metres ($INSUNITS %1); "
                                   "choose the units")
                           .arg(drawing.insUnits.value_or(0))};
}

// Every layer the file names: its layer table, then layers that only entities name.
QStringList layersOf(const DxfDrawing &drawing)
{
    QStringList layers = drawing.layers;
    for (const auto &[key, count] : drawing.census)
        if (!layers.contains(key.first, Qt::CaseInsensitive))
            layers << key.first;
    return layers;
}

} // namespace

std::optional<DxfLayerRole> dxfLayerRoleFromKey(const QString &key)
{
    if (key.compare(QLatin1String("outline"), Qt::CaseInsensitive) == 0)
        return DxfLayerRole::forOutline();
    if (const std::optional<ObstacleKind> kind = obstacleKindFromKey(key.toLower()))
        return DxfLayerRole::forObstacles(*kind);
    return std::nullopt;
}

QString toKey(const DxfLayerRole &role) { return role.outline ? QStringLiteral("outline") : toKey(role.obstacleKind); }

QStringList dxfLayerRoleKeys()
{
    QStringList keys{QStringLiteral("outline")};
    for (ObstacleKind kind : kObstacleKinds)
        keys << toKey(kind);
    return keys;
}

Result<std::vector<DxfLayerInfo>> readDxfLayers(const QString &path)
{
    Result<DxfDrawing> drawing = readDxfDrawing(path);
    if (!drawing)
        return drawing.error();
    std::map<QString, int> usable;   // key: lower-case layer
    const auto countUsable = [&](const QString &layer) { ++usable[layer.toLower()]; };
    for (const DxfPolyline &polyline : drawing->polylines)
        if (!polyline.mesh && isClosed(polyline, 1, 1e-9))
            countUsable(polyline.layer);
    for (const DxfLine &line : drawing->lines)
        countUsable(line.layer);
    for (const DxfCircle &circle : drawing->circles)
        countUsable(circle.layer);
    for (const DxfInsert &insert : drawing->inserts) {
        const auto block = drawing->blocks.find(insert.block);
        if (insert.columns * insert.rows == 1 && block != drawing->blocks.end()
            && !(block->second.polylines.empty() && block->second.lines.empty() && block->second.circles.empty()))
            countUsable(insert.layer);
    }

    std::vector<DxfLayerInfo> layers;
    for (const QString &name : layersOf(drawing.value())) {
        DxfLayerInfo info;
        info.name = name;
        int total = 0;
        for (const auto &[key, count] : drawing->census) {
            if (key.first.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            info.entities[key.second] += count;
            total += count;
            if (key.second == QLatin1String("TEXT") || key.second == QLatin1String("MTEXT"))
                info.labels += count;
        }
        info.usable = std::min(usable[name.toLower()], total - info.labels);
        info.unusable = total - info.labels - info.usable;
        layers.push_back(info);
    }
    return layers;
}

Result<DxfHallImport> readHallDxf(const QString &path, const DxfImportOptions &options)
{
    if (options.layers.empty())
        return Error{path, DxfText::tr("choose at least one layer to import")};
    Result<DxfDrawing> read = readDxfDrawing(path);
    if (!read)
        return read.error();
    const DxfDrawing &drawing = read.value();
    const QStringList fileLayers = layersOf(drawing);
    for (const auto &[layer, role] : options.layers)
        if (!fileLayers.contains(layer, Qt::CaseInsensitive))
            return Error{path, DxfText::tr("has no layer \"%1\" (it has: %2)").arg(layer, fileLayers.join(QStringLiteral(", ")))};

    DxfHallImport import;
    const Result<double> units = unitsFor(path, drawing, options, import.unitsFromFile);
    if (!units)
        return units.error();
    import.metresPerUnit = units.value();

    const DxfLayerRoles roles(options.layers);
    DxfSkipLog log;
    std::set<ObstacleKind> kinds;
    bool outlineChosen = false;
    for (const auto &[layer, role] : options.layers) {
        outlineChosen = outlineChosen || role.outline;
        if (!role.outline)
            kinds.insert(role.obstacleKind);
    }
    import.replacedKinds.assign(kinds.begin(), kinds.end());

    if (outlineChosen) {
        const std::optional<DxfOutline> outline = readDxfOutline(drawing, roles, import.metresPerUnit, log);
        if (!outline || !(polygonAreaM2(outline->points) > 0)) {
            QStringList outlineLayers;
            for (const auto &[layer, role] : options.layers)
                if (role.outline)
                    outlineLayers << QStringLiteral("\"%1\"").arg(layer);
            return Error{path, DxfText::tr("layer %1 has no closed polyline or closed loop of lines for the outline")
                                   .arg(outlineLayers.join(QStringLiteral(", ")))};
        }
        import.outline = outline->points;
        import.outlineLayer = outline->layer;
    }

    std::vector<DxfShape> shapes = readDxfShapes(drawing, roles, import.metresPerUnit, log);
    // Numbered by kind, from the bottom left (y, then x), whatever the order of the file.
    std::stable_sort(shapes.begin(), shapes.end(), [](const DxfShape &a, const DxfShape &b) {
        if (a.kind != b.kind)
            return kindOrder(a.kind) < kindOrder(b.kind);
        if (std::abs(a.rectangle.centre.y - b.rectangle.centre.y) > kDxfJoinToleranceM)
            return a.rectangle.centre.y < b.rectangle.centre.y;
        return a.rectangle.centre.x < b.rectangle.centre.x;
    });
    const std::vector<QString> names = namesFromTexts(drawing, shapes, roles, import.metresPerUnit, log);
    std::map<ObstacleKind, int> numbers;
    for (size_t i = 0; i < shapes.size(); ++i) {
        const DxfShape &shape = shapes[i];
        Obstacle obstacle;
        obstacle.kind = shape.kind;
        obstacle.name = names[i].isEmpty() ? obstacleName(shape.kind, ++numbers[shape.kind]) : names[i];
        obstacle.centre = shape.rectangle.centre;
        obstacle.widthM = shape.rectangle.widthM;
        obstacle.depthM = shape.rectangle.depthM;
        obstacle.rotationDeg = shape.rectangle.rotationDeg;
        if (!import.outline.empty())
            faceIntoHall(obstacle, import.outline);
        import.obstacles.push_back(obstacle);
        import.obstacleLayers.push_back(shape.layer);
        import.wallsFromLines += shape.fromLine;
    }
    import.skipped = log.list(drawing, roles);
    return import;
}

} // namespace hectare
