#include "dxf_export.h"
#include "dxf_import_parts.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hectare {
namespace {

constexpr double kMinSizeM = 0.001;

double normalisedDegrees(double degrees)
{
    double a = std::fmod(degrees, 180.0);
    if (a < 0)
        a += 180;
    a = std::round(a * 1e6) / 1e6;
    return a >= 180 ? 0 : a;
}

// Width along the rotation and the longer side; rotation in [0, 180).
OrientedRectangle rectangleOf(PointM centre, double along, double across, double rotationDeg)
{
    if (across > along) {
        std::swap(along, across);
        rotationDeg += 90;
    }
    return {centre, along, across, normalisedDegrees(rotationDeg)};
}

struct Bounds
{
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool empty = true;
    void add(double x, double y)
    {
        minX = empty ? x : std::min(minX, x);
        minY = empty ? y : std::min(minY, y);
        maxX = empty ? x : std::max(maxX, x);
        maxY = empty ? y : std::max(maxY, y);
        empty = false;
    }
};

// The block's geometry around its base point, in metres.
Bounds blockBounds(const DxfBlock &block, double metresPerUnit)
{
    Bounds b;
    const PointM base{block.base.x * metresPerUnit, block.base.y * metresPerUnit};
    for (const DxfPolyline &polyline : block.polylines)
        for (const PointM &p : polylinePointsM(polyline, metresPerUnit))
            b.add(p.x - base.x, p.y - base.y);
    for (const DxfLine &line : block.lines) {
        b.add(line.from.x * metresPerUnit - base.x, line.from.y * metresPerUnit - base.y);
        b.add(line.to.x * metresPerUnit - base.x, line.to.y * metresPerUnit - base.y);
    }
    for (const DxfCircle &circle : block.circles) {
        const double r = circle.radius * metresPerUnit;
        b.add(circle.centre.x * metresPerUnit - base.x - r, circle.centre.y * metresPerUnit - base.y - r);
        b.add(circle.centre.x * metresPerUnit - base.x + r, circle.centre.y * metresPerUnit - base.y + r);
    }
    return b;
}

const DxfBlock *findBlock(const DxfDrawing &drawing, const QString &name)
{
    for (const auto &[blockName, block] : drawing.blocks)
        if (blockName.compare(name, Qt::CaseInsensitive) == 0)
            return &block;
    return nullptr;
}

class ShapeReader
{
public:
    ShapeReader(const DxfDrawing &drawing, const DxfLayerRoles &roles, double metresPerUnit, DxfSkipLog &log)
        : m_drawing(drawing), m_roles(roles), m_mpu(metresPerUnit), m_log(log)
    {
    }

    std::vector<DxfShape> read()
    {
        for (const DxfPolyline &polyline : m_drawing.polylines)
            if (const std::optional<ObstacleKind> kind = lookAt(polyline.layer, polyline.type))
                polylineShape(polyline, *kind);
        for (const DxfCircle &circle : m_drawing.circles)
            if (const std::optional<ObstacleKind> kind = lookAt(circle.layer, QStringLiteral("CIRCLE"))) {
                const double d = 2 * circle.radius * m_mpu;
                add(*kind, circle.layer, QStringLiteral("CIRCLE"),
                    rectangleOf({circle.centre.x * m_mpu, circle.centre.y * m_mpu}, d, d, 0));
            }
        for (const DxfLine &line : m_drawing.lines)
            if (const std::optional<ObstacleKind> kind = lookAt(line.layer, QStringLiteral("LINE")))
                lineShape(line, *kind);
        for (const DxfInsert &insert : m_drawing.inserts)
            if (const std::optional<ObstacleKind> kind = lookAt(insert.layer, QStringLiteral("INSERT")))
                insertShape(insert, *kind);
        return std::move(m_shapes);
    }

private:
    std::optional<ObstacleKind> lookAt(const QString &layer, const QString &type)
    {
        const std::optional<ObstacleKind> kind = m_roles.obstacleKindOf(layer);
        if (kind)
            m_log.looked(layer, type);
        return kind;
    }

    void add(ObstacleKind kind, const QString &layer, const QString &type, const OrientedRectangle &rectangle,
             std::vector<PointM> area = {}, bool fromLine = false)
    {
        if (!(rectangle.widthM >= kMinSizeM) || !(rectangle.depthM >= kMinSizeM)) {
            m_log.skip(layer, type, DxfText::tr("has no area"));
            return;
        }
        if (area.empty())
            area = cornersOf(rectangle);
        m_shapes.push_back({kind, layer, rectangle, std::move(area), fromLine});
    }

    void polylineShape(const DxfPolyline &polyline, ObstacleKind kind)
    {
        if (polyline.mesh) {
            m_log.skip(polyline.layer, polyline.type, DxfText::tr("a mesh, not an outline"));
            return;
        }
        if (!isClosed(polyline, m_mpu, kDxfJoinToleranceM)) {
            m_log.skip(polyline.layer, polyline.type, DxfText::tr("an open polyline"));
            return;
        }
        std::vector<PointM> points = polylinePointsM(polyline, m_mpu);
        const OrientedRectangle rectangle = minimumAreaRectangle(points);
        add(kind, polyline.layer, polyline.type, rectangle, std::move(points));
    }

    // A single line is a wall drawn by its centre line; other kinds need an outline.
    void lineShape(const DxfLine &line, ObstacleKind kind)
    {
        if (kind != ObstacleKind::Wall) {
            m_log.skip(line.layer, QStringLiteral("LINE"), DxfText::tr("a line (only walls may be single lines)"));
            return;
        }
        const PointM a{line.from.x * m_mpu, line.from.y * m_mpu};
        const PointM b{line.to.x * m_mpu, line.to.y * m_mpu};
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        add(kind, line.layer, QStringLiteral("LINE"),
            rectangleOf({(a.x + b.x) / 2, (a.y + b.y) / 2}, length, kDxfWallThicknessM,
                        std::atan2(b.y - a.y, b.x - a.x) * 180 / std::numbers::pi),
            {}, true);
    }

    void insertShape(const DxfInsert &insert, ObstacleKind kind)
    {
        if (insert.columns * insert.rows > 1) {
            m_log.skip(insert.layer, QStringLiteral("INSERT"), DxfText::tr("an array of blocks"));
            return;
        }
        const DxfBlock *block = findBlock(m_drawing, insert.block);
        const Bounds b = block ? blockBounds(*block, m_mpu) : Bounds{};
        if (b.empty) {
            m_log.skip(insert.layer, QStringLiteral("INSERT"),
                       DxfText::tr("a block with no lines, polylines or circles of its own"));
            return;
        }
        const double a = insert.angleDeg * std::numbers::pi / 180;
        const double lx = (b.minX + b.maxX) / 2 * insert.scaleX;
        const double ly = (b.minY + b.maxY) / 2 * insert.scaleY;
        const PointM centre{insert.at.x * m_mpu + lx * std::cos(a) - ly * std::sin(a),
                            insert.at.y * m_mpu + lx * std::sin(a) + ly * std::cos(a)};
        add(kind, insert.layer, QStringLiteral("INSERT"),
            rectangleOf(centre, std::abs(insert.scaleX) * (b.maxX - b.minX), std::abs(insert.scaleY) * (b.maxY - b.minY),
                        insert.angleDeg));
    }

    const DxfDrawing &m_drawing;
    const DxfLayerRoles &m_roles;
    const double m_mpu;
    DxfSkipLog &m_log;
    std::vector<DxfShape> m_shapes;
};

} // namespace

std::vector<DxfShape> readDxfShapes(const DxfDrawing &drawing, const DxfLayerRoles &roles, double metresPerUnit,
                                    DxfSkipLog &log)
{
    return ShapeReader(drawing, roles, metresPerUnit, log).read();
}

} // namespace hectare
